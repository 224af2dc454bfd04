import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { toCsv } from './test/files';
import { catalogOf, countRows, upload } from './test/import-api';

let cell: CellHarness;
let storeA: TestStore;
let storeB: TestStore;
let importA: string;

const catalog = toCsv([
  ['handle', 'title', 'status', 'sku', 'price', 'stock'],
  ['secret-of-a', 'Secret of A', 'active', 'A-1', '10', '3'],
  ['secret-of-a', '', '', 'A-2', 'oops', '3'],
]);
const intruderFile = toCsv([
  ['handle', 'title', 'status', 'sku', 'price', 'stock'],
  ['secret-of-a', 'Hijacked', 'active', 'A-1', '0.01', '0'],
]);

beforeAll(async () => {
  cell = await createCellHarness();
  storeA = await cell.provisionStore();
  storeB = await cell.provisionStore();
  importA = (await upload(cell.app, storeA, catalog).expect(201)).body.id as string;
});
afterAll(async () => {
  await cell.close();
});

/** Every route of the slice, with `id` standing for an import id. */
const routes = (id: string): [string, string][] => [
  ['post', '/api/v1/admin/imports'],
  ['get', '/api/v1/admin/imports'],
  ['get', `/api/v1/admin/imports/${id}`],
  ['get', `/api/v1/admin/imports/${id}/errors.csv`],
  ['get', '/api/v1/admin/imports/sample.csv'],
  ['get', '/api/v1/admin/imports/sample.xlsx'],
  ['get', '/api/v1/admin/products/export.csv'],
  ['get', '/api/v1/admin/products/export.xlsx'],
];

function call(method: string, path: string, headers: Record<string, string>) {
  if (method === 'post') {
    return request(cell.app)
      .post(path)
      .set(headers)
      .attach('file', Buffer.from(intruderFile), 'catalog.csv');
  }
  return request(cell.app).get(path).set(headers);
}

describe('another store’s member', () => {
  it.each(routes('IMPORT'))('gets 404 on store A’s host: %s %s', async (method, template) => {
    const response = await call(method, template.replace('IMPORT', importA), {
      host: storeA.host,
      authorization: `Bearer ${storeB.ownerToken}`,
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });

  it.each(routes('IMPORT').filter(([, path]) => path.includes('IMPORT')))(
    'gets 404 for store A’s import id on its own host: %s %s',
    async (method, template) => {
      const response = await call(method, template.replace('IMPORT', importA), {
        host: storeB.host,
        authorization: `Bearer ${storeB.ownerToken}`,
      });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    },
  );

  it('sees none of store A’s imports or products in its own list and export', async () => {
    const headers = { host: storeB.host, authorization: `Bearer ${storeB.ownerToken}` };
    const list = await request(cell.app).get('/api/v1/admin/imports').set(headers).expect(200);
    expect(list.body.items).toEqual([]);
    const exported = await request(cell.app)
      .get('/api/v1/admin/products/export.csv')
      .set(headers)
      .expect(200);
    expect(exported.text).not.toContain('secret-of-a');
  });

  it('left store A exactly as it was', async () => {
    expect(await countRows(cell, storeA)).toEqual({ products: 1, variants: 1, imports: 1 });
    const [product] = await catalogOf(cell, storeA);
    expect(product).toMatchObject({ title: 'Secret of A', price: 1000 });
    expect(product?.variants[0]).toMatchObject({ sku: 'A-1', price: 1000, stock: 3 });
    const errors = await withTenant(cell.database.app, storeA.tenantId, (trx) =>
      trx('import_row_errors').count({ n: '*' }).first(),
    );
    expect(Number(errors?.n)).toBe(1);
  });
});

describe('callers who may not manage the catalog', () => {
  it.each(routes(randomUUID()))('gets 401 without a token: %s %s', async (method, path) => {
    const response = await call(method, path, { host: storeA.host });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });

  it.each(routes('IMPORT'))(
    'gets 403 as an orders staff member: %s %s',
    async (method, template) => {
      const ordersStaffId = randomUUID();
      await withTenant(cell.database.app, storeA.tenantId, (trx) =>
        trx('members').insert({
          tenant_id: storeA.tenantId,
          user_id: ordersStaffId,
          email: `orders-${ordersStaffId.slice(0, 8)}@example.com`,
          role: 'orders_staff',
        }),
      );
      const response = await call(method, template.replace('IMPORT', importA), {
        host: storeA.host,
        authorization: `Bearer ${await cell.tokenFor(ordersStaffId)}`,
      });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
    },
  );

  it('changed nothing either', async () => {
    expect(await countRows(cell, storeA)).toEqual({ products: 1, variants: 1, imports: 1 });
  });
});
