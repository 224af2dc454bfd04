import { readHeader, rowValues } from './columns';
import { ImportFailure } from './import-failure';
import { parseRow } from './parse-row';
import { header, row } from './test/files';

const layout = readHeader(header);
const parse = (fields: Record<string, string | number>, exponent = 2) =>
  parseRow(2, rowValues(row(fields).map(String), layout), exponent);

const valid = {
  handle: 'tee',
  title: 'Tee',
  status: 'active',
  price: '19,90',
  sku: 'TEE-S',
  stock: '3',
};

describe('the header row', () => {
  it('accepts any letter case, spaces for underscores, and leaves optional columns out', () => {
    const read = readHeader(['SKU', 'Handle', 'Price', 'Stock', 'Option1 Name']);
    expect([...read.positions.keys()]).toEqual(['sku', 'handle', 'price', 'stock', 'option1_name']);
  });

  it('fails the whole file on unknown, repeated or missing columns, naming them', () => {
    expect(() => readHeader([...header, 'colour', 'Vendor'])).toThrow(
      /unknown columns: colour, Vendor/,
    );
    expect(() => readHeader(['handle', 'sku', 'sku', 'price', 'stock'])).toThrow(
      /repeated columns: sku/,
    );
    expect(() => readHeader(['handle', 'title'])).toThrow(ImportFailure);
    expect(() => readHeader(['handle', 'title'])).toThrow(/missing columns: sku, price, stock/);
  });
});

describe('a data row', () => {
  it('turns text into the catalog’s values: minor units, options in column order, tags', () => {
    const result = parse({
      ...valid,
      compare_at_price: '25',
      tags: 'Summer, cotton, summer',
      option1_name: 'Size',
      option1_value: 'S',
      option2_name: 'Colour',
      option2_value: 'Black',
      weight_grams: '180',
      seo_title: '',
    });
    expect(result).toEqual({
      ok: true,
      row: {
        number: 2,
        handle: 'tee',
        sku: 'TEE-S',
        price: 1990,
        stock: 3,
        weightGrams: 180,
        options: [
          ['Size', 'S'],
          ['Colour', 'Black'],
        ],
        product: {
          title: 'Tee',
          status: 'active',
          description: '',
          compareAtPrice: 2500,
          tags: ['summer', 'cotton'],
          seoTitle: null,
          seoDescription: null,
        },
      },
    });
  });

  it('reports every problem of the row at once, each naming its column', () => {
    const result = parse({
      handle: 'Bad Handle!',
      status: 'published',
      price: '12.345',
      sku: '-starts-with-dash',
      stock: '-2',
      option1_name: 'Size',
      weight_grams: 'heavy',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.sku).toBe('-starts-with-dash');
    expect(Object.fromEntries(result.problems.map((p) => [p.field, p.message]))).toEqual({
      handle: 'may contain only lowercase letters, digits and hyphens',
      sku: 'may contain letters, digits and . _ - /',
      price: expect.stringContaining('at most 2 decimals'),
      stock: 'must not be negative',
      weight_grams: 'must be a whole number',
      option1_value: 'is required when option1_name is set',
      status: 'must be one of draft, active, archived',
    });
  });

  it('requires handle, sku, price and stock on every row', () => {
    const result = parse({ title: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual(['handle', 'sku', 'price', 'stock']);
      expect(result.sku).toBeNull();
    }
  });

  it('refuses decimals the currency does not have', () => {
    const result = parse({ ...valid, price: '1500.50' }, 0);
    expect(result.ok).toBe(false);
    expect(parse({ ...valid, price: '1500' }, 0)).toMatchObject({ ok: true, row: { price: 1500 } });
  });

  it('drops the apostrophe an export put before a formula-like cell', () => {
    const result = parse({ ...valid, title: `'=HYPERLINK("http://evil")` });
    expect(result).toMatchObject({
      ok: true,
      row: { product: { title: '=HYPERLINK("http://evil")' } },
    });
  });

  it('leaves fields alone whose columns the file does not have', () => {
    const narrow = readHeader(['handle', 'sku', 'price', 'stock']);
    const result = parseRow(2, rowValues(['tee', 'TEE-S', '10', '1'], narrow), 2);
    expect(result).toEqual({
      ok: true,
      row: { number: 2, handle: 'tee', sku: 'TEE-S', price: 1000, stock: 1, product: {} },
    });
  });
});
