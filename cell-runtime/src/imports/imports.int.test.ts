import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { header, row, toCsv, toXlsx } from './test/files';
import { buildZip, workbookParts, zerosEntry } from './test/zip-builder';
import { as, catalogOf, countRows, download, parseCsv, upload } from './test/import-api';
import request from 'supertest';

let cell: CellHarness;
beforeAll(async () => {
  cell = await createCellHarness();
});
afterAll(async () => {
  await cell.close();
});

const tee = {
  handle: 'classic-tee',
  title: 'Classic Tee',
  description: '<p>Soft cotton</p><script>alert(1)</script>',
  status: 'active',
  compare_at_price: '59.90',
  tags: 'Shirts, cotton',
  seo_title: 'Classic cotton tee',
};

/** Three products, six variants: options, prices in both notations, a blank product row. */
const catalogRows = [
  header,
  row({
    ...tee,
    price: '49.90',
    sku: 'TEE-S-BLK',
    option1_name: 'Size',
    option1_value: 'S',
    option2_name: 'Colour',
    option2_value: 'Black',
    stock: 12,
    weight_grams: 180,
  }),
  row({
    handle: 'classic-tee',
    price: '49,90',
    sku: 'TEE-M-BLK',
    option1_name: 'Size',
    option1_value: 'M',
    option2_name: 'Colour',
    option2_value: 'Black',
    stock: 20,
    weight_grams: 190,
  }),
  row({
    handle: 'classic-tee',
    price: '52.9',
    sku: 'TEE-L-WHT',
    option1_name: 'Size',
    option1_value: 'L',
    option2_name: 'Colour',
    option2_value: 'White',
    stock: 0,
    weight_grams: 200,
  }),
  row({
    handle: 'stoneware-mug',
    title: 'Stoneware Mug',
    status: 'draft',
    price: '35',
    sku: 'MUG-350',
    stock: 40,
    tags: 'kitchen',
  }),
  row({
    handle: 'zip-hoodie',
    title: 'Zip Hoodie',
    status: 'active',
    price: '129.00',
    sku: 'HOOD-M',
    option1_name: 'Size',
    option1_value: 'M',
    stock: 5,
    weight_grams: 600,
  }),
  row({
    handle: 'zip-hoodie',
    price: '129.00',
    sku: 'HOOD-L',
    option1_name: 'Size',
    option1_value: 'L',
    stock: 4,
    weight_grams: 650,
  }),
];
const catalogCsv = toCsv(catalogRows);

describe('importing a catalog CSV', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await cell.provisionStore();
  });

  it('creates 3 products and 6 variants with options, prices in minor units, stock and tags', async () => {
    const response = await upload(cell.app, store, catalogCsv).expect(201);
    expect(response.body).toMatchObject({
      format: 'csv',
      filename: 'catalog.csv',
      status: 'completed',
      totalRows: 6,
      createdCount: 6,
      updatedCount: 0,
      failedCount: 0,
      error: null,
      errors: [],
    });
    expect(response.body.finishedAt).toEqual(expect.any(String));

    const catalog = await catalogOf(cell, store);
    expect(catalog.map((product) => product.handle)).toEqual([
      'classic-tee',
      'stoneware-mug',
      'zip-hoodie',
    ]);
    const [shirt, mug, hoodie] = catalog;
    expect(shirt).toMatchObject({
      title: 'Classic Tee',
      status: 'active',
      price: 4990,
      compare_at_price: 5990,
      tags: ['shirts', 'cotton'],
      option_names: ['Size', 'Colour'],
      seo_title: 'Classic cotton tee',
      seo_description: null,
    });
    // Sanitised like a description sent to the catalog API.
    expect(shirt?.description).toBe('<p>Soft cotton</p>');
    expect(shirt?.variants).toEqual([
      {
        sku: 'TEE-S-BLK',
        price: 4990,
        stock: 12,
        weight_grams: 180,
        options: { Size: 'S', Colour: 'Black' },
        position: 0,
      },
      {
        sku: 'TEE-M-BLK',
        price: 4990,
        stock: 20,
        weight_grams: 190,
        options: { Size: 'M', Colour: 'Black' },
        position: 1,
      },
      {
        sku: 'TEE-L-WHT',
        price: 5290,
        stock: 0,
        weight_grams: 200,
        options: { Size: 'L', Colour: 'White' },
        position: 2,
      },
    ]);
    expect(mug).toMatchObject({
      status: 'draft',
      price: 3500,
      tags: ['kitchen'],
      option_names: [],
    });
    expect(mug?.variants).toEqual([
      { sku: 'MUG-350', price: 3500, stock: 40, weight_grams: 0, options: {}, position: 0 },
    ]);
    expect(hoodie?.variants.map((variant) => [variant.sku, variant.price, variant.stock])).toEqual([
      ['HOOD-M', 12900, 5],
      ['HOOD-L', 12900, 4],
    ]);
  });

  it('records one ProductCreated per product and one audit entry for the import', async () => {
    const { events, audits } = await withTenant(cell.database.app, store.tenantId, async (trx) => ({
      events: await trx('outbox_events')
        .where({ aggregate_type: 'product' })
        .select('type', 'payload'),
      audits: await trx('audit_logs')
        .where({ action: 'catalog.imported' })
        .select('actor_id', 'data'),
    }));
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'ProductCreated',
      'ProductCreated',
      'ProductCreated',
    ]);
    expect(
      events.map((event: { payload: { handle: string } }) => event.payload.handle).sort(),
    ).toEqual(['classic-tee', 'stoneware-mug', 'zip-hoodie']);
    expect(audits).toEqual([
      {
        actor_id: store.ownerId,
        data: expect.objectContaining({
          filename: 'catalog.csv',
          created: 6,
          updated: 0,
          failed: 0,
        }),
      },
    ]);
  });

  it('imports the same file again as 6 updates and 0 creations, duplicating nothing', async () => {
    const before = await catalogOf(cell, store);
    const response = await upload(cell.app, store, catalogCsv).expect(201);
    expect(response.body).toMatchObject({
      status: 'completed',
      createdCount: 0,
      updatedCount: 6,
      failedCount: 0,
    });
    expect(await countRows(cell, store)).toMatchObject({ products: 3, variants: 6, imports: 2 });
    expect(await catalogOf(cell, store)).toEqual(before);
    const updated = await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('outbox_events').where({ type: 'ProductUpdated' }).count({ n: '*' }).first(),
    );
    expect(Number(updated?.n)).toBe(3);
  });

  it('updates price, stock and fields of existing SKUs, and adds new SKUs to the product', async () => {
    const changed = toCsv([
      ['handle', 'sku', 'price', 'stock', 'title', 'option1_name', 'option1_value'],
      ['zip-hoodie', 'HOOD-M', '99.90', '7', 'Zip Hoodie (new)', 'Size', 'M'],
      ['zip-hoodie', 'HOOD-XL', '139', '2', '', 'Size', 'XL'],
    ]);
    const response = await upload(cell.app, store, changed).expect(201);
    expect(response.body).toMatchObject({ createdCount: 1, updatedCount: 1, failedCount: 0 });
    const hoodie = (await catalogOf(cell, store)).find(
      (product) => product.handle === 'zip-hoodie',
    );
    expect(hoodie).toMatchObject({ title: 'Zip Hoodie (new)', price: 9990, status: 'active' });
    expect(
      hoodie?.variants.map((variant) => [
        variant.sku,
        variant.price,
        variant.stock,
        variant.weight_grams,
        variant.position,
      ]),
    ).toEqual([
      ['HOOD-M', 9990, 7, 600, 0],
      ['HOOD-L', 12900, 4, 650, 1],
      ['HOOD-XL', 13900, 2, 0, 2],
    ]);
  });

  it('lists imports newest first and shows one by id', async () => {
    const list = await request(cell.app)
      .get('/api/v1/admin/imports?limit=2')
      .set(as(store))
      .expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0]).toMatchObject({ createdCount: 1, updatedCount: 1 });
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await request(cell.app)
      .get(`/api/v1/admin/imports?limit=2&cursor=${list.body.nextCursor as string}`)
      .set(as(store))
      .expect(200);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0]).toMatchObject({ createdCount: 6 });
    const one = await request(cell.app)
      .get(`/api/v1/admin/imports/${next.body.items[0].id as string}`)
      .set(as(store))
      .expect(200);
    expect(one.body).toMatchObject({ id: next.body.items[0].id, status: 'completed', errors: [] });
  });
});

describe('importing a broken file', () => {
  let store: TestStore;
  let response: request.Response;
  beforeAll(async () => {
    store = await cell.provisionStore();
    await upload(
      cell.app,
      store,
      toCsv([
        header,
        row({
          handle: 'classic-tee',
          title: 'Tee',
          status: 'active',
          price: '10',
          sku: 'TEE-1',
          stock: 1,
        }),
      ]),
    ).expect(201);
    const broken = toCsv([
      header,
      row({
        handle: 'good-one',
        title: 'Good One',
        status: 'active',
        price: '10.00',
        sku: 'GOOD-1',
        stock: 3,
      }),
      row({
        handle: 'bad-price',
        title: 'Bad price',
        status: 'active',
        price: 'ten',
        sku: 'BAD-PRICE',
        stock: 1,
      }),
      row({
        handle: 'neg-stock',
        title: 'Negative',
        status: 'active',
        price: '1',
        sku: 'NEG-STOCK',
        stock: -4,
      }),
      row({ handle: 'no-sku', title: 'No SKU', status: 'active', price: '1', stock: 1 }),
      row({
        handle: 'bad-status',
        title: 'Bad status',
        status: 'published',
        price: '1',
        sku: 'BAD-STATUS',
        stock: 1,
      }),
      row({ handle: 'good-one', price: '10.00', sku: 'good-1', stock: 3 }),
      row({
        handle: 'Bad Handle!',
        title: 'Bad handle',
        status: 'active',
        price: '1',
        sku: 'BAD-HANDLE',
        stock: 1,
      }),
      row({
        handle: 'good-one',
        price: '12.50',
        sku: 'GOOD-2',
        stock: 0,
        option1_name: 'Size',
        option1_value: 'L',
      }),
      row({
        handle: 'elsewhere',
        title: 'Moved',
        status: 'active',
        price: '1',
        sku: 'TEE-1',
        stock: 1,
      }),
    ]);
    response = await upload(cell.app, store, broken, 'broken.csv').expect(201);
  });

  it('imports the good rows and skips the bad ones', async () => {
    expect(response.body).toMatchObject({
      status: 'completed',
      totalRows: 9,
      createdCount: 2,
      updatedCount: 0,
      failedCount: 7,
    });
    const catalog = await catalogOf(cell, store);
    expect(catalog.map((product) => product.handle)).toEqual(['classic-tee', 'good-one']);
    expect(catalog[1]?.variants.map((variant) => [variant.sku, variant.price])).toEqual([
      ['GOOD-1', 1000],
      ['GOOD-2', 1250],
    ]);
    // The SKU claimed by another handle stayed where it was.
    expect(catalog[0]?.variants.map((variant) => variant.sku)).toEqual(['TEE-1']);
  });

  const expected = [
    { row: 3, sku: 'BAD-PRICE', field: 'price', message: 'must be an amount like 19.90' },
    { row: 4, sku: 'NEG-STOCK', field: 'stock', message: 'must not be negative' },
    { row: 5, sku: null, field: 'sku', message: 'is required' },
    {
      row: 6,
      sku: 'BAD-STATUS',
      field: 'status',
      message: 'must be one of draft, active, archived',
    },
    { row: 7, sku: 'good-1', field: 'sku', message: 'is repeated in this file (first in row 2)' },
    {
      row: 8,
      sku: 'BAD-HANDLE',
      field: 'handle',
      message: 'may contain only lowercase letters, digits and hyphens',
    },
    {
      row: 10,
      sku: 'TEE-1',
      field: 'handle',
      message:
        'SKU TEE-1 belongs to the product "classic-tee"; an import does not move variants between products',
    },
  ];

  it('reports each failed row with its number, SKU, column and reason', async () => {
    expect(response.body.errors).toEqual(expected);
    const again = await request(cell.app)
      .get(`/api/v1/admin/imports/${response.body.id as string}`)
      .set(as(store))
      .expect(200);
    expect(again.body.errors).toEqual(expected);
  });

  it('offers the same report as a CSV download', async () => {
    const report = await download(
      cell.app,
      store,
      `/api/v1/admin/imports/${response.body.id as string}/errors.csv`,
    ).expect(200);
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.headers['content-disposition']).toBe(
      `attachment; filename="import-${response.body.id as string}-errors.csv"`,
    );
    expect(parseCsv(report.body as Buffer)).toEqual([
      ['row', 'sku', 'field', 'message'],
      ...expected.map((error) => [String(error.row), error.sku ?? '', error.field, error.message]),
    ]);
  });
});

describe('other files a merchant sends', () => {
  it('refuses a zip bomb posing as a workbook before parsing it, quickly', async () => {
    const store = await cell.provisionStore();
    const bomb = buildZip([
      ...workbookParts(),
      await zerosEntry('xl/worksheets/sheet1.xml', 200 * 1024 * 1024),
    ]);
    // 200 KiB on the wire, 200 MiB once inflated.
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const response = await upload(cell.app, store, bomb, 'catalog.xlsx').expect(400);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'The workbook would inflate to more than 50 MiB; it was refused before being read',
    });
    expect(await countRows(cell, store)).toEqual({ products: 0, variants: 0, imports: 0 });
  });

  it('imports an XLSX built in Excel, with numeric prices and stock', async () => {
    const store = await cell.provisionStore();
    const workbook = await toXlsx(
      [
        header,
        row({
          handle: 'tee',
          title: 'Tee',
          status: 'active',
          price: 19.9,
          sku: 'X-1',
          stock: 3,
          option1_name: 'Size',
          option1_value: 'S',
        }),
        row({
          handle: 'tee',
          price: '19,90',
          sku: 'X-2',
          stock: 0,
          option1_name: 'Size',
          option1_value: 'M',
        }),
        [],
        row({
          handle: 'cap',
          title: 'Cap',
          status: 'draft',
          price: 0.1 + 0.2,
          sku: 'X-3',
          stock: 10,
          tags: 'a, b',
        }),
      ],
      // Only the first sheet is the catalog; notes on another sheet are not rows.
      [
        [
          ['not', 'a', 'catalog'],
          ['=1+1', 'x'],
        ],
      ],
    );
    // Named .csv on purpose: the bytes decide the format, not the name.
    const response = await upload(cell.app, store, workbook, 'catalog.csv').expect(201);
    expect(response.body).toMatchObject({
      format: 'xlsx',
      status: 'completed',
      totalRows: 3,
      createdCount: 3,
      failedCount: 0,
    });
    const catalog = await catalogOf(cell, store);
    expect(
      catalog.flatMap((product) =>
        product.variants.map((variant) => [variant.sku, variant.price, variant.stock]),
      ),
    ).toEqual([
      ['X-3', 30, 10],
      ['X-1', 1990, 3],
      ['X-2', 1990, 0],
    ]);
  });

  it('reads a semicolon CSV with a BOM, as European Excel saves it', async () => {
    const store = await cell.provisionStore();
    const csv =
      '\uFEFF' +
      toCsv(
        [
          ['Handle', 'Title', 'Status', 'SKU', 'Price', 'Stock'],
          ['café', 'Café Azul', 'active', 'CAFE-1', '19,90', '3'],
        ],
        ';',
      );
    const response = await upload(cell.app, store, csv).expect(201);
    expect(response.body.errors).toEqual([
      {
        row: 2,
        sku: 'CAFE-1',
        field: 'handle',
        message: 'may contain only lowercase letters, digits and hyphens',
      },
    ]);
    const fixed = csv.replace('café;', 'cafe-azul;');
    const retried = await upload(cell.app, store, fixed).expect(201);
    expect(retried.body).toMatchObject({ createdCount: 1, failedCount: 0 });
    expect((await catalogOf(cell, store))[0]).toMatchObject({ title: 'Café Azul', price: 1990 });
  });

  it('refuses decimals a JPY store does not have', async () => {
    const store = await cell.provisionStore({ currency: 'JPY' });
    const csv = toCsv([
      ['handle', 'title', 'status', 'sku', 'price', 'stock'],
      ['tea', 'Tea', 'active', 'TEA-1', '1500.50', '1'],
      ['tea', 'Tea', 'active', 'TEA-2', '1500', '1'],
    ]);
    const response = await upload(cell.app, store, csv).expect(201);
    expect(response.body.errors).toEqual([
      {
        row: 2,
        sku: 'TEA-1',
        field: 'price',
        message: 'must be a whole amount: the store currency has no decimals',
      },
    ]);
    expect((await catalogOf(cell, store))[0]?.variants).toEqual([
      expect.objectContaining({ sku: 'TEA-2', price: 1500 }),
    ]);
  });

  it('will not lower stock below the units held by checkouts in progress', async () => {
    const store = await cell.provisionStore();
    const csv = (stock: number) =>
      toCsv([
        ['handle', 'title', 'status', 'sku', 'price', 'stock'],
        ['lamp', 'Lamp', 'active', 'LAMP-1', '80', String(stock)],
      ]);
    await upload(cell.app, store, csv(5)).expect(201);
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('product_variants').where({ sku: 'LAMP-1' }).update({ reserved: 3 }),
    );
    const response = await upload(cell.app, store, csv(2)).expect(201);
    expect(response.body.errors).toEqual([
      {
        row: 2,
        sku: 'LAMP-1',
        field: 'stock',
        message: 'must be at least 3: units held by checkouts in progress',
      },
    ]);
    expect((await catalogOf(cell, store))[0]?.variants[0]?.stock).toBe(5);
  });
});
