import ExcelJS from 'exceljs';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { header, readXlsx, row, toCsv } from './test/files';
import { catalogOf, download, parseCsv, upload } from './test/import-api';

let cell: CellHarness;
let store: TestStore;
const evilTitle = '=HYPERLINK("http://evil.example","Click")';

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore();
  const catalog = toCsv([
    header,
    row({
      handle: 'evil',
      title: evilTitle,
      status: 'active',
      price: '10',
      sku: 'EVIL-1',
      stock: 1,
      tags: '-1, @home',
      seo_title: '+cmd',
    }),
    row({
      handle: 'classic-tee',
      title: 'Classic Tee, "organic"',
      description: '<p>Line one,</p>\n<p>line "two"</p>',
      status: 'active',
      price: '49.90',
      compare_at_price: '59.90',
      tags: 'shirts, cotton',
      sku: 'TEE-S',
      option1_name: 'Size',
      option1_value: 'S',
      option2_name: 'Colour',
      option2_value: 'Black',
      stock: 12,
      weight_grams: 180,
      seo_title: 'Tee',
      seo_description: 'A tee; soft.',
    }),
    row({
      handle: 'classic-tee',
      price: '52.90',
      sku: 'TEE-L',
      option1_name: 'Size',
      option1_value: 'L',
      option2_name: 'Colour',
      option2_value: 'White',
      stock: 0,
      weight_grams: 200,
    }),
    row({
      handle: 'mug',
      title: 'Mug',
      status: 'archived',
      price: '0.05',
      sku: 'MUG-1',
      stock: 999,
    }),
  ]);
  await upload(cell.app, store, catalog).expect(201);
});
afterAll(async () => {
  await cell.close();
});

describe('exporting the catalog as CSV', () => {
  let body: Buffer;
  beforeAll(async () => {
    const response = await download(cell.app, store, '/api/v1/admin/products/export.csv').expect(
      200,
    );
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="products.csv"');
    expect(response.headers['cache-control']).toBe('private, no-store');
    body = response.body as Buffer;
  });

  it('writes one row per variant in the import format, with a BOM for Excel', () => {
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(body);
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1).map((cells) => [cells[0], cells[7], cells[4]])).toEqual([
      ['evil', 'EVIL-1', '10.00'],
      ['classic-tee', 'TEE-S', '49.90'],
      ['classic-tee', 'TEE-L', '52.90'],
      ['mug', 'MUG-1', '0.05'],
    ]);
    expect(rows[2]).toEqual(
      row({
        handle: 'classic-tee',
        title: 'Classic Tee, "organic"',
        description: '<p>Line one,</p>\n<p>line "two"</p>',
        status: 'active',
        price: '49.90',
        compare_at_price: '59.90',
        tags: 'shirts, cotton',
        sku: 'TEE-S',
        option1_name: 'Size',
        option1_value: 'S',
        option2_name: 'Colour',
        option2_value: 'Black',
        stock: '12',
        weight_grams: '180',
        seo_title: 'Tee',
        seo_description: 'A tee; soft.',
      }),
    );
  });

  it('prefixes cells a spreadsheet would run as formulas with an apostrophe', () => {
    const evil = parseCsv(body)[1];
    expect(evil?.[1]).toBe(`'${evilTitle}`);
    expect(evil?.[6]).toBe(`'-1, @home`);
    expect(evil?.[16]).toBe(`'+cmd`);
    // No cell of the file starts with a formula character.
    for (const cells of parseCsv(body))
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('round-trips: imported into another store it gives the same catalog', async () => {
    const other = await cell.provisionStore();
    const response = await upload(cell.app, other, body, 'products.csv').expect(201);
    expect(response.body).toMatchObject({ status: 'completed', createdCount: 4, failedCount: 0 });
    expect(await catalogOf(cell, other)).toEqual(await catalogOf(cell, store));
    expect((await catalogOf(cell, other)).find((product) => product.handle === 'evil')?.title).toBe(
      evilTitle,
    );
  });

  it('re-imported into the same store it only updates', async () => {
    const before = await catalogOf(cell, store);
    const response = await upload(cell.app, store, body, 'products.csv').expect(201);
    expect(response.body).toMatchObject({ createdCount: 0, updatedCount: 4, failedCount: 0 });
    expect(await catalogOf(cell, store)).toEqual(before);
  });
});

describe('exporting the catalog as XLSX', () => {
  let body: Buffer;
  beforeAll(async () => {
    const response = await download(cell.app, store, '/api/v1/admin/products/export.xlsx').expect(
      200,
    );
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe('attachment; filename="products.xlsx"');
    body = response.body as Buffer;
  });

  it('writes text as string cells, never formulas, and prices as numbers', async () => {
    const rows = await readXlsx(body);
    expect(rows[0]).toEqual(header);
    const evil = rows[1] ?? [];
    expect(evil[1]).toBe(evilTitle);
    for (const cells of rows) {
      for (const value of cells) {
        expect(value === null || ['string', 'number', 'undefined'].includes(typeof value)).toBe(
          true,
        );
      }
    }
    expect(rows.slice(1).map((cells) => cells[4])).toEqual([10, 49.9, 52.9, 0.05]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
  });

  it('round-trips through an import too', async () => {
    const other = await cell.provisionStore();
    const response = await upload(cell.app, other, body, 'products.xlsx').expect(201);
    expect(response.body).toMatchObject({
      format: 'xlsx',
      status: 'completed',
      createdCount: 4,
      failedCount: 0,
    });
    expect(await catalogOf(cell, other)).toEqual(await catalogOf(cell, store));
  });
});

describe('the sample files', () => {
  it.each([
    ['sample.csv', 'BRL', 'catalog-sample.csv', 'text/csv; charset=utf-8'],
    [
      'sample.xlsx',
      'BRL',
      'catalog-sample.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['sample.csv', 'JPY', 'catalog-sample.csv', 'text/csv; charset=utf-8'],
  ] as const)('%s imports as it is into a %s store', async (name, currency, filename, type) => {
    const target = await cell.provisionStore({ currency });
    const sample = await download(cell.app, target, `/api/v1/admin/imports/${name}`).expect(200);
    expect(sample.headers['content-type']).toBe(type);
    expect(sample.headers['content-disposition']).toBe(`attachment; filename="${filename}"`);
    const response = await upload(cell.app, target, sample.body as Buffer, name).expect(201);
    expect(response.body).toMatchObject({ status: 'completed', createdCount: 4, failedCount: 0 });
    const catalog = await catalogOf(cell, target);
    const tee = catalog.find((product) => product.handle === 'classic-t-shirt');
    expect(tee?.option_names).toEqual(['Size', 'Colour']);
    expect(tee?.variants.map((variant) => variant.options)).toEqual([
      { Size: 'S', Colour: 'Black' },
      { Size: 'M', Colour: 'Black' },
      { Size: 'L', Colour: 'White' },
    ]);
    expect(tee?.price).toBe(4990);
  });
});
