import { productJsonLd, serializeJsonLd } from './json-ld';

const base = {
  name: 'Blue mug',
  description: 'Hand made.',
  url: 'https://shop.example/products/blue-mug',
  images: ['https://shop.example/api/v1/media/a-1600.webp'],
  sku: 'v1',
  brand: 'Café Azul',
};

describe('productJsonLd', () => {
  it('describes the product with one offer, price as a decimal string in major units', () => {
    const data = productJsonLd({
      ...base,
      offers: [{ sku: 'v1', price: { amountMinor: 1999, currency: 'BRL' }, available: true }],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Blue mug',
      description: 'Hand made.',
      image: ['https://shop.example/api/v1/media/a-1600.webp'],
      sku: 'v1',
      brand: { '@type': 'Brand', name: 'Café Azul' },
      url: 'https://shop.example/products/blue-mug',
      offers: {
        '@type': 'Offer',
        sku: 'v1',
        price: '19.99',
        priceCurrency: 'BRL',
        availability: 'https://schema.org/InStock',
        url: 'https://shop.example/products/blue-mug',
      },
    });
  });

  it('lists one offer per variant, with zero-decimal currencies and sold-out variants', () => {
    const data = productJsonLd({
      ...base,
      images: [],
      description: '',
      offers: [
        { sku: 'a', price: { amountMinor: 1500, currency: 'JPY' }, available: true },
        { sku: 'b', price: { amountMinor: 5, currency: 'JPY' }, available: false },
      ],
    });
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('description');
    expect(data.offers).toEqual([
      expect.objectContaining({ sku: 'a', price: '1500', priceCurrency: 'JPY' }),
      expect.objectContaining({
        sku: 'b',
        price: '5',
        availability: 'https://schema.org/OutOfStock',
      }),
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, whatever the merchant typed', () => {
    const hostile = {
      name: '</script><script>alert(1)</script>',
      description: '<!-- x --> & &amp; \u2028\u2029',
    };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<|>|&/);
    expect(text).not.toContain('\u2028');
    expect(text).toContain('\\u003c/script\\u003e');
    // Still the same JSON value once parsed.
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
