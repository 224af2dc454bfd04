import type { ProductSummary } from './cell-api';
import { choicesOf } from './filter-choices';

function product(overrides: Partial<ProductSummary>): ProductSummary {
  return {
    handle: 'p',
    title: 'P',
    price: { amountMinor: 1000, currency: 'BRL' },
    compareAtPrice: null,
    available: true,
    image: null,
    tags: [],
    optionAxes: [],
    ...overrides,
  };
}

describe('choicesOf', () => {
  it('counts tags and option values per product, and spans the prices', () => {
    const choices = choicesOf([
      product({
        tags: ['linen', 'summer'],
        optionAxes: [{ name: 'size', values: ['M', 'L'] }],
        price: { amountMinor: 500, currency: 'BRL' },
      }),
      product({
        tags: ['summer', 'a,b'],
        optionAxes: [{ name: 'size', values: ['L'] }],
        price: { amountMinor: 2500, currency: 'BRL' },
      }),
    ]);
    expect(choices).toEqual({
      tags: [
        { value: 'summer', count: 2 },
        { value: 'linen', count: 1 },
      ],
      options: [
        {
          name: 'size',
          values: [
            { value: 'M', count: 1 },
            { value: 'L', count: 2 },
          ],
        },
      ],
      price: { min: 500, max: 2500 },
    });
  });
});
