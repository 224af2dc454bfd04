/**
 * The price of a cart, as pure arithmetic on integer minor units. The server computes it from
 * its own prices on every change; nothing a client sends is trusted.
 */

export interface PricingLine {
  quantity: number;
  unitPrice: number;
  weightGrams: number;
}

export interface CouponTerms {
  kind: 'percentage' | 'fixed' | 'free_shipping';
  value: number;
}

export interface ShippingRateTerms {
  id: string;
  name: string;
  kind: 'flat' | 'weight' | 'free_over' | 'pickup';
  amount: number;
  minWeightGrams: number | null;
  maxWeightGrams: number | null;
  freeOverAmount: number | null;
}

export interface TaxTerms {
  rateBps: number;
  appliesToShipping: boolean;
}

export interface CartPrice {
  subtotal: number;
  discount: number;
  shipping: number | null;
  tax: number;
  taxIncluded: boolean;
  total: number;
}

export const subtotalOf = (lines: PricingLine[]): number =>
  lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);

export const weightOf = (lines: PricingLine[]): number =>
  lines.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);

/** Discount on the goods (free shipping is applied to shipping instead). */
export function discountFor(coupon: CouponTerms | undefined, subtotal: number): number {
  if (!coupon) return 0;
  if (coupon.kind === 'percentage') return Math.round((subtotal * coupon.value) / 100);
  if (coupon.kind === 'fixed') return Math.min(coupon.value, subtotal);
  return 0;
}

/**
 * The rates of a zone that apply to a cart, with what each costs it: weight rates only within
 * their range, free-over rates free from their threshold (after the discount).
 */
export function applicableRates(
  rates: ShippingRateTerms[],
  cart: { weightGrams: number; discountedSubtotal: number },
): { id: string; name: string; amount: number; pickup: boolean }[] {
  return rates.flatMap((rate) => {
    if (rate.kind === 'weight') {
      const aboveMin = rate.minWeightGrams === null || cart.weightGrams >= rate.minWeightGrams;
      const belowMax = rate.maxWeightGrams === null || cart.weightGrams < rate.maxWeightGrams;
      if (!aboveMin || !belowMax) return [];
    }
    let amount = rate.amount;
    if (rate.kind === 'pickup') amount = 0;
    if (
      rate.kind === 'free_over' &&
      rate.freeOverAmount !== null &&
      cart.discountedSubtotal >= rate.freeOverAmount
    )
      amount = 0;
    return [{ id: rate.id, name: rate.name, amount, pickup: rate.kind === 'pickup' }];
  });
}

export function priceCart(input: {
  lines: PricingLine[];
  coupon?: CouponTerms;
  /** The chosen shipping option's amount, or undefined when none is chosen yet. */
  shippingAmount?: number;
  tax?: TaxTerms;
  pricesIncludeTax: boolean;
}): CartPrice {
  const subtotal = subtotalOf(input.lines);
  const discount = discountFor(input.coupon, subtotal);
  const shipping =
    input.shippingAmount === undefined
      ? null
      : input.coupon?.kind === 'free_shipping'
        ? 0
        : input.shippingAmount;
  const rate = input.tax?.rateBps ?? 0;
  const taxable = subtotal - discount + (input.tax?.appliesToShipping ? (shipping ?? 0) : 0);
  // Inclusive prices contain tax: report the part of them that is tax. Exclusive: add it.
  const tax = input.pricesIncludeTax
    ? Math.round((taxable * rate) / (10_000 + rate))
    : Math.round((taxable * rate) / 10_000);
  const total = subtotal - discount + (shipping ?? 0) + (input.pricesIncludeTax ? 0 : tax);
  return { subtotal, discount, shipping, tax, taxIncluded: input.pricesIncludeTax, total };
}
