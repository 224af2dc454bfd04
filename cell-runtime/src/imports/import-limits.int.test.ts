import type { Express } from 'express';
import request from 'supertest';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { toCsv } from './test/files';
import { as, countRows, upload } from './test/import-api';

let cell: CellHarness;
let app: Express;
const maxBytes = 64 * 1024;
const maxRows = 600;

beforeAll(async () => {
  // Small limits so the tests stay fast; the 500-row batches still flush once before 600.
  cell = await createCellHarness({
    env: { IMPORT_MAX_BYTES: String(maxBytes), IMPORT_MAX_ROWS: String(maxRows) },
  });
  app = cell.app;
});
afterAll(async () => {
  await cell.close();
});

const columns = ['handle', 'title', 'status', 'sku', 'price', 'stock'];
const rows = (count: number) =>
  Array.from({ length: count }, (_, index) => [
    `p-${index}`,
    `P ${index}`,
    'active',
    `SKU-${index}`,
    '1.00',
    '1',
  ]);

describe('files that fail as a whole', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await cell.provisionStore();
  });

  it.each([
    [
      'an unclosed quote',
      'handle,title,status,sku,price,stock\na,A,active,A-1,1,1\nb,"B,active,B-1,1,1\n',
      /Quote Not Closed.*line 3/,
    ],
    [
      'a row of the wrong width',
      'handle,title,status,sku,price,stock\na,A,active,A-1,1,1\nb,B,active\n',
      /expect 6, got 3 on line 3/,
    ],
    [
      'unknown columns',
      'handle,title,status,sku,price,stock,colour,vendor\na,A,active,A-1,1,1,red,acme\n',
      /unknown columns: colour, vendor/,
    ],
    [
      'Latin-1 text',
      Buffer.from('handle,title,status,sku,price,stock\ncafe,Caf\xe9,active,C-1,1,1\n', 'latin1'),
      /not UTF-8/,
    ],
    ['only blank lines', '\n\n', /no header row/],
  ])(
    'fails the import on %s, naming the problem, and changes nothing',
    async (_case, content, error) => {
      const response = await upload(app, store, content).expect(201);
      expect(response.body).toMatchObject({ status: 'failed', createdCount: 0, updatedCount: 0 });
      expect(response.body.error).toMatch(error);
      expect(await countRows(cell, store)).toEqual({ products: 0, variants: 0, imports: 1 });
      const listed = await request(app).get('/api/v1/admin/imports').set(as(store)).expect(200);
      expect(listed.body.items[0]).toMatchObject({ status: 'failed', error: response.body.error });
    },
  );

  it('refuses a file with more rows than allowed, after a first batch, leaving nothing applied', async () => {
    const response = await upload(app, store, toCsv([columns, ...rows(maxRows + 1)])).expect(201);
    expect(response.body).toMatchObject({
      status: 'failed',
      totalRows: maxRows + 1,
      createdCount: 0,
    });
    expect(response.body.error).toBe(
      `The file has more than ${maxRows} rows; split it into files of at most ${maxRows} rows`,
    );
    expect(await countRows(cell, store)).toEqual({ products: 0, variants: 0, imports: 1 });
    // Exactly the limit is fine.
    const ok = await upload(app, store, toCsv([columns, ...rows(maxRows)])).expect(201);
    expect(ok.body).toMatchObject({ status: 'completed', createdCount: maxRows });
  });
});

describe('uploads refused before any import starts', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await cell.provisionStore();
  });
  afterAll(async () => {
    expect(await countRows(cell, store)).toEqual({ products: 0, variants: 0, imports: 0 });
  });

  it('answers 413 to a file declared larger than the limit, without reading it', async () => {
    const response = await upload(app, store, Buffer.alloc(maxBytes * 4, 'a')).expect(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 413 as soon as a streamed file passes the limit', async () => {
    const csv = toCsv([columns, ...rows(3000)]);
    expect(csv.length).toBeGreaterThan(maxBytes);
    expect(csv.length).toBeLessThan(maxBytes + 64 * 1024);
    const response = await upload(app, store, csv).expect(413);
    expect(response.body.error.message).toBe(
      `The file is larger than the ${maxBytes} bytes allowed`,
    );
  });

  it.each([
    [
      'an Excel 97 file',
      Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'),
      /\.xls\) files are not supported/,
    ],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /neither CSV/],
    ['an empty file', Buffer.alloc(0), /is empty/],
  ])('answers 400 to %s', async (_case, content, message) => {
    const response = await upload(app, store, content, 'catalog.csv').expect(400);
    expect(JSON.stringify(response.body.error)).toMatch(message);
  });

  it('answers 400 without the `file` field and 415 to a body that is not multipart', async () => {
    const noFile = await request(app)
      .post('/api/v1/admin/imports')
      .set(as(store))
      .field('other', 'x')
      .expect(400);
    expect(noFile.body.error.fields).toEqual({ file: 'is required' });
    const json = await request(app)
      .post('/api/v1/admin/imports')
      .set(as(store))
      .send({ file: 'handle,sku' })
      .expect(415);
    expect(json.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
