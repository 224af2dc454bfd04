import { randomUUID } from 'node:crypto';
import type { Product } from '@mpb/contracts';
import { buildBulkChanges, problemsFromFields, rowValues, strayFieldMessages } from './bulk-edit';

function product(overrides: Partial<Product> = {}, variantCount = 1): Product {
  const id = randomUUID();
  return {
    id,
    title: 'Caneca',
    handle: 'caneca',
    description: '',
    status: 'active',
    price: 2990,
    compareAtPrice: null,
    currency: 'BRL',
    tags: [],
    seoTitle: null,
    seoDescription: null,
    categoryIds: [],
    images: [],
    stock: 4,
    variants: Array.from({ length: variantCount }, () => ({
      id: randomUUID(),
      sku: null,
      price: 2990,
      stock: 4,
      reserved: 0,
      available: 4,
      weightGrams: 0,
      options: {},
    })),
    translations: [],
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('rowValues', () => {
  it('shows the price as typed in the UI language', () => {
    expect(rowValues(product(), 'pt-BR')).toEqual({ price: '29,90', stock: '4', status: 'active' });
  });
});

describe('buildBulkChanges', () => {
  it('sends only the cells that changed, in minor units', () => {
    const mug = product();
    const plate = product({ price: 4990 });
    const { body, problems } = buildBulkChanges(
      [mug, plate],
      {
        [mug.id]: { price: '32,90', stock: '4' },
        [plate.id]: { status: 'draft', price: '49,90' },
      },
      'pt-BR',
    );
    expect(problems).toEqual({});
    expect(body).toEqual({
      items: [
        { id: mug.id, price: 3290 },
        { id: plate.id, status: 'draft' },
      ],
    });
  });

  it('treats "29.9" as the same price as 29,90', () => {
    const mug = product();
    expect(buildBulkChanges([mug], { [mug.id]: { price: '29.9' } }, 'pt-BR')).toEqual({
      body: null,
      problems: {},
    });
  });

  it('refuses a price that is not an amount, and sends nothing', () => {
    const mug = product();
    const other = product();
    const { body, problems } = buildBulkChanges(
      [mug, other],
      { [mug.id]: { price: 'abc' }, [other.id]: { price: '1,00' } },
      'pt-BR',
    );
    expect(body).toBeNull();
    expect(problems[mug.id]?.price).toMatchObject({
      kind: 'money',
      failure: { reason: 'invalid' },
    });
    expect(problems[other.id]).toBeUndefined();
  });

  it('refuses stock that is not a whole number, or of a product with several variants', () => {
    const single = product();
    const sized = product({}, 2);
    const { problems } = buildBulkChanges(
      [single, sized],
      { [single.id]: { stock: '-1' }, [sized.id]: { stock: '3' } },
      'en',
    );
    expect(problems[single.id]?.stock).toEqual({ kind: 'stock' });
    expect(problems[sized.id]?.stock).toEqual({ kind: 'stock' });
  });

  it('checks the contract’s limit of 200 products at once', () => {
    const products = Array.from({ length: 201 }, () => product());
    const edits = Object.fromEntries(products.map((item) => [item.id, { status: 'draft' }]));
    const { body, problems } = buildBulkChanges(products, edits, 'en');
    expect(body).toBeNull();
    // The whole list is at fault, not one row: nothing is put on a row.
    expect(Object.keys(problems)).toEqual([]);
  });
});

describe('server errors on rows', () => {
  it('puts `items.N.field` on the row of the product sent as item N', () => {
    const a = randomUUID();
    const b = randomUUID();
    expect(
      problemsFromFields({ 'items.1.stock': 'this product has 2 variants', 'items.0': 'bad' }, [
        { id: a },
        { id: b },
      ]),
    ).toEqual({
      [b]: { stock: { kind: 'server', message: 'this product has 2 variants' } },
      [a]: { row: { kind: 'server', message: 'bad' } },
    });
  });

  it('keeps the messages about no row for the form', () => {
    expect(
      strayFieldMessages({ items: 'at most 200 products at once', 'items.0.id': 'x' }),
    ).toEqual(['items: at most 200 products at once']);
  });
});
