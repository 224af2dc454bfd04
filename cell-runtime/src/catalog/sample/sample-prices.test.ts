import { currencies } from '@mpb/contracts';
import { sampleCatalogs } from './data';
import { samplePrice, sampleSurcharge } from './sample-prices';

describe('sample prices in the store currency', () => {
  it.each([
    [1990, 'USD', 1990],
    [1990, 'BRL', 10990],
    [2990, 'BRL', 16990],
    [1990, 'EUR', 1890],
    [690, 'USD', 699],
    [2990, 'CLP', 28900],
    [2990, 'JPY', 4490],
    [2990, 'COP', 11900000],
    [2990, 'ARS', 2990000],
    [2990, 'PYG', 229000],
    [690, 'GBP', 549],
  ] as const)('%d US cents is %s minor units %d', (usdCents, currency, expected) => {
    expect(samplePrice(usdCents, currency)).toBe(expected);
  });

  it.each([
    [200, 'USD', 200],
    [200, 'MXN', 3600],
    [1000, 'BRL', 5500],
    [3000, 'JPY', 4500],
  ] as const)('a dearer variant adds %d US cents as %s %d', (usdCents, currency, expected) => {
    expect(sampleSurcharge(usdCents, currency)).toBe(expected);
  });

  it('keeps every sample product’s order of prices, promotions above prices, in every currency', () => {
    for (const currency of currencies) {
      for (const products of Object.values(sampleCatalogs)) {
        for (const product of products) {
          const price = samplePrice(product.usdCents, currency);
          expect(Number.isInteger(price) && price > 0).toBe(true);
          if (product.compareAtUsdCents)
            expect(samplePrice(product.compareAtUsdCents, currency)).toBeGreaterThan(price);
          for (const value of product.axis?.values ?? [])
            if (value.extraUsdCents)
              expect({
                currency,
                key: product.key,
                more: sampleSurcharge(value.extraUsdCents, currency) > 0,
              }).toEqual({ currency, key: product.key, more: true });
        }
      }
    }
  });

  it('has six products per niche with keys unique in the niche and text in every language', () => {
    for (const products of Object.values(sampleCatalogs)) {
      expect(products).toHaveLength(6);
      expect(new Set(products.map((product) => product.key)).size).toBe(6);
      for (const product of products) {
        for (const text of [product.title, product.description])
          expect(Object.values(text).every((value) => value.trim().length > 0)).toBe(true);
      }
    }
  });
});
