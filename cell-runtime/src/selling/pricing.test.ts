import { applicableRates, discountFor, priceCart, type ShippingRateTerms } from './pricing';

const lines = [
  { quantity: 2, unitPrice: 4990, weightGrams: 300 },
  { quantity: 1, unitPrice: 12000, weightGrams: 800 },
];

describe('cart pricing', () => {
  it('adds exclusive tax on goods (and shipping when the rate says so)', () => {
    expect(
      priceCart({
        lines,
        shippingAmount: 1500,
        tax: { rateBps: 1000, appliesToShipping: false },
        pricesIncludeTax: false,
      }),
    ).toEqual({
      subtotal: 21980,
      discount: 0,
      shipping: 1500,
      tax: 2198,
      taxIncluded: false,
      total: 25678,
    });
    expect(
      priceCart({
        lines,
        shippingAmount: 1500,
        tax: { rateBps: 1000, appliesToShipping: true },
        pricesIncludeTax: false,
      }).tax,
    ).toBe(2348);
  });

  it('reports the tax inside inclusive prices without adding it', () => {
    const price = priceCart({
      lines,
      shippingAmount: 0,
      tax: { rateBps: 1700, appliesToShipping: false },
      pricesIncludeTax: true,
    });
    // 21980 × 17 / 117 = 3193.67…
    expect(price).toMatchObject({ tax: 3194, taxIncluded: true, total: 21980 });
  });

  it('applies percentage, fixed and free-shipping coupons', () => {
    expect(discountFor({ kind: 'percentage', value: 15 }, 21980)).toBe(3297);
    expect(discountFor({ kind: 'fixed', value: 5000 }, 21980)).toBe(5000);
    expect(discountFor({ kind: 'fixed', value: 50000 }, 21980)).toBe(21980);
    const free = priceCart({
      lines,
      coupon: { kind: 'free_shipping', value: 0 },
      shippingAmount: 1500,
      pricesIncludeTax: false,
    });
    expect(free).toMatchObject({ discount: 0, shipping: 0, total: 21980 });
    const tenOff = priceCart({
      lines,
      coupon: { kind: 'percentage', value: 10 },
      tax: { rateBps: 1000, appliesToShipping: false },
      pricesIncludeTax: false,
    });
    // Tax is on the discounted goods.
    expect(tenOff).toMatchObject({
      discount: 2198,
      tax: 1978,
      shipping: null,
      total: 21980 - 2198 + 1978,
    });
  });

  it('offers weight rates within their range and makes free-over rates free from the threshold', () => {
    const rates: ShippingRateTerms[] = [
      {
        id: 'a',
        name: 'Light',
        kind: 'weight',
        amount: 1000,
        minWeightGrams: 0,
        maxWeightGrams: 1000,
        freeOverAmount: null,
      },
      {
        id: 'b',
        name: 'Heavy',
        kind: 'weight',
        amount: 2500,
        minWeightGrams: 1000,
        maxWeightGrams: null,
        freeOverAmount: null,
      },
      {
        id: 'c',
        name: 'Standard',
        kind: 'free_over',
        amount: 1500,
        minWeightGrams: null,
        maxWeightGrams: null,
        freeOverAmount: 20000,
      },
      {
        id: 'd',
        name: 'Pickup',
        kind: 'pickup',
        amount: 999,
        minWeightGrams: null,
        maxWeightGrams: null,
        freeOverAmount: null,
      },
    ];
    expect(applicableRates(rates, { weightGrams: 1400, discountedSubtotal: 21980 })).toEqual([
      { id: 'b', name: 'Heavy', amount: 2500, pickup: false },
      { id: 'c', name: 'Standard', amount: 0, pickup: false },
      { id: 'd', name: 'Pickup', amount: 0, pickup: true },
    ]);
    expect(
      applicableRates(rates, { weightGrams: 999, discountedSubtotal: 19999 }).map((rate) => [
        rate.id,
        rate.amount,
      ]),
    ).toEqual([
      ['a', 1000],
      ['c', 1500],
      ['d', 0],
    ]);
  });

  it('never charges below zero, and an empty cart costs nothing', () => {
    expect(priceCart({ lines: [], pricesIncludeTax: false })).toEqual({
      subtotal: 0,
      discount: 0,
      shipping: null,
      tax: 0,
      taxIncluded: false,
      total: 0,
    });
    expect(
      priceCart({ lines, coupon: { kind: 'fixed', value: 1e9 }, pricesIncludeTax: false }).total,
    ).toBe(0);
  });
});
