import type { Cart, CartProblem } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import type { StoreRow } from '../catalog/store';
import { couponProblem, findCouponByCode, type CouponRow } from '../selling/coupons';
import {
  applicableRates,
  discountFor,
  priceCart,
  type CartPrice,
  type TaxTerms,
} from '../selling/pricing';
import type { SettingsRow } from '../selling/settings';
import { ratesForAddress } from '../selling/shipping-zones';
import { taxForPlace } from '../selling/tax-rates';
import type { StoredCart } from './cart-store';

export interface SellableVariant {
  variantId: string;
  productId: string;
  handle: string;
  title: string;
  productStatus: string;
  unitPrice: number;
  compareAtPrice: number | null;
  available: number;
  weightGrams: number;
  sku: string | null;
  options: Record<string, string>;
}

export async function loadVariants(
  trx: Knex.Transaction,
  variantIds: string[],
): Promise<Map<string, SellableVariant>> {
  if (variantIds.length === 0) return new Map();
  const rows = await trx('product_variants as v')
    .join('products as p', 'p.id', 'v.product_id')
    .whereIn('v.id', variantIds)
    .select<
      {
        id: string;
        product_id: string;
        handle: string;
        title: string;
        status: string;
        unit_price: number;
        compare_at_price: number | null;
        available: number;
        weight_grams: number;
        sku: string | null;
        options: Record<string, string>;
      }[]
    >(
      'v.id',
      'v.product_id',
      'p.handle',
      'p.title',
      'p.status',
      trx.raw('coalesce(v.price, p.price)::bigint as unit_price'),
      'p.compare_at_price',
      trx.raw('(v.stock - v.reserved) as available'),
      'v.weight_grams',
      'v.sku',
      'v.options',
    );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        variantId: row.id,
        productId: row.product_id,
        handle: row.handle,
        title: row.title,
        productStatus: row.status,
        unitPrice: Number(row.unit_price),
        compareAtPrice: row.compare_at_price,
        available: Number(row.available),
        weightGrams: row.weight_grams,
        sku: row.sku,
        options: row.options,
      },
    ]),
  );
}

export interface EvaluatedCart {
  view: Cart;
  price: CartPrice;
  variants: Map<string, SellableVariant>;
  coupon: CouponRow | undefined;
  tax: TaxTerms | undefined;
  shippingMethod: { id: string; name: string; amount: number; pickup: boolean } | undefined;
}

/**
 * Prices a stored cart from the database as it is now, and lists what the shopper must know:
 * products gone, stock short, prices changed since they last saw them, a coupon that no longer
 * applies, no way to ship to their address.
 */
export async function evaluateCart(
  trx: Knex.Transaction,
  store: StoreRow,
  settings: SettingsRow,
  cart: StoredCart,
  expiresAt: string,
): Promise<EvaluatedCart> {
  const variants = await loadVariants(
    trx,
    cart.lines.map((line) => line.variantId),
  );
  const problems: CartProblem[] = [];
  const priced: { quantity: number; unitPrice: number; weightGrams: number }[] = [];
  const lines = cart.lines.map((line) => {
    const variant = variants.get(line.variantId);
    if (!variant || variant.productStatus !== 'active') {
      problems.push({
        code: 'PRODUCT_UNAVAILABLE',
        variantId: line.variantId,
        message: 'This product is no longer available',
      });
      return {
        variantId: line.variantId,
        productId: variant?.productId ?? null,
        handle: null,
        title: variant?.title ?? 'Unavailable product',
        options: variant?.options ?? {},
        quantity: line.quantity,
        unitPrice: line.priceSeen ?? 0,
        compareAtPrice: null,
        lineTotal: 0,
        available: false,
      };
    }
    if (line.quantity > variant.available) {
      problems.push({
        code: 'INSUFFICIENT_STOCK',
        variantId: line.variantId,
        available: Math.max(variant.available, 0),
        message: `Only ${Math.max(variant.available, 0)} available`,
      });
    }
    if (line.priceSeen !== null && line.priceSeen !== variant.unitPrice) {
      problems.push({
        code: 'PRICE_CHANGED',
        variantId: line.variantId,
        previousPrice: line.priceSeen,
        price: variant.unitPrice,
        message: 'The price changed',
      });
    }
    priced.push({
      quantity: line.quantity,
      unitPrice: variant.unitPrice,
      weightGrams: variant.weightGrams,
    });
    return {
      variantId: line.variantId,
      productId: variant.productId,
      handle: variant.handle,
      title: variant.title,
      options: variant.options,
      quantity: line.quantity,
      unitPrice: variant.unitPrice,
      compareAtPrice: variant.compareAtPrice,
      lineTotal: variant.unitPrice * line.quantity,
      available: variant.available > 0,
    };
  });
  const subtotal = priced.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);

  let coupon: CouponRow | undefined;
  if (cart.couponCode) {
    const found = await findCouponByCode(trx, cart.couponCode);
    const problem = await couponProblem(trx, found, subtotal, cart.email);
    if (problem) problems.push({ code: 'COUPON_NOT_APPLICABLE', message: problem });
    else coupon = found;
  }
  const couponTerms = coupon ? { kind: coupon.kind, value: coupon.value } : undefined;
  const discountedSubtotal = subtotal - discountFor(couponTerms, subtotal);

  let shippingOptions: ReturnType<typeof applicableRates> = [];
  if (cart.shippingAddress) {
    const weightGrams = priced.reduce((sum, line) => sum + line.weightGrams * line.quantity, 0);
    shippingOptions = applicableRates(await ratesForAddress(trx, cart.shippingAddress), {
      weightGrams,
      discountedSubtotal,
    });
    if (shippingOptions.length === 0 && priced.length > 0)
      problems.push({ code: 'SHIPPING_UNAVAILABLE', message: 'We do not ship to this address' });
  }
  const shippingMethod = shippingOptions.find((option) => option.id === cart.shippingRateId);
  const tax = await taxForPlace(trx, cart.shippingAddress ?? { country: store.country });
  const price = priceCart({
    lines: priced,
    coupon: couponTerms,
    shippingAmount: shippingMethod?.amount,
    tax,
    pricesIncludeTax: settings.prices_include_tax,
  });

  return {
    variants,
    coupon,
    tax,
    shippingMethod,
    price,
    view: {
      id: cart.id,
      currency: store.currency,
      lines,
      itemCount: cart.lines.reduce((sum, line) => sum + line.quantity, 0),
      subtotal: price.subtotal,
      discount: price.discount,
      shipping: price.shipping,
      tax: price.tax,
      taxIncluded: price.taxIncluded,
      total: price.total,
      coupon: coupon ? { code: coupon.code, kind: coupon.kind, value: coupon.value } : null,
      email: cart.email,
      shippingAddress: cart.shippingAddress,
      shippingOptions,
      shippingRateId: shippingMethod?.id ?? null,
      problems,
      expiresAt,
    },
  };
}
