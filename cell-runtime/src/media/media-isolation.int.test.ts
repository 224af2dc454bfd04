import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import type { TestStore } from '../test/cell-harness';
import { makeImage } from './test/images';
import { createMediaHarness, type MediaHarness } from './test/media-harness';

let h: MediaHarness;
let storeA: TestStore;
let storeB: TestStore;
let productA: string;
let mediaA: { id: string; url: string; alt: string; position: number };
let keysA: string[];
let png: Buffer;

beforeAll(async () => {
  png = await makeImage('png', 500, 500);
  h = await createMediaHarness({ 'cdn.shop.test': ['127.0.0.1'] });
  storeA = await h.cell.provisionStore({ live: true });
  storeB = await h.cell.provisionStore({ live: true });
  productA = await h.createProduct(storeA, 'Secret of A');
  const created = await request(h.cell.app)
    .post(`/api/v1/admin/products/${productA}/media`)
    .set({ host: storeA.host, authorization: `Bearer ${storeA.ownerToken}` })
    .field('alt', 'Original alt')
    .attach('file', png, 'a.png')
    .expect(201);
  mediaA = created.body;
  keysA = await h.storedKeys(storeA.tenantId);
});
afterAll(async () => {
  await h.close();
});

type Call = (headers: Record<string, string>) => request.Test;

/** Every admin media route, aimed at store A's product and image. */
const adminCalls = (): [string, Call][] => [
  [
    'upload',
    (headers) =>
      request(h.cell.app)
        .post(`/api/v1/admin/products/${productA}/media`)
        .set(headers)
        .attach('file', png, 'intruder.png'),
  ],
  [
    'import',
    (headers) =>
      request(h.cell.app)
        .post(`/api/v1/admin/products/${productA}/media/import`)
        .set(headers)
        .send({ url: 'http://cdn.shop.test/x.png' }),
  ],
  [
    'list',
    (headers) => request(h.cell.app).get(`/api/v1/admin/products/${productA}/media`).set(headers),
  ],
  [
    'update',
    (headers) =>
      request(h.cell.app)
        .patch(`/api/v1/admin/media/${mediaA.id}`)
        .set(headers)
        .send({ alt: 'Hijacked', position: 9 }),
  ],
  [
    'delete',
    (headers) => request(h.cell.app).delete(`/api/v1/admin/media/${mediaA.id}`).set(headers),
  ],
];
const writes = () => adminCalls().filter(([name]) => name !== 'list');

async function expectStoreAUnchanged() {
  const rows = await withTenant(h.cell.database.app, storeA.tenantId, (trx) =>
    trx('media').select('id', 'product_id', 'alt', 'position'),
  );
  expect(rows).toEqual([{ id: mediaA.id, product_id: productA, alt: 'Original alt', position: 0 }]);
  expect(await h.storedKeys(storeA.tenantId)).toEqual(keysA);
}

describe('media across stores', () => {
  it.each(adminCalls())(
    'answers 404 to %s by a member of store B on store A’s host',
    async (_name, call) => {
      const response = await call({
        host: storeA.host,
        authorization: `Bearer ${storeB.ownerToken}`,
      });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    },
  );

  it.each(adminCalls())(
    'answers 404 to %s by store B’s owner on B’s host with A’s ids',
    async (_name, call) => {
      const response = await call({
        host: storeB.host,
        authorization: `Bearer ${storeB.ownerToken}`,
      });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    },
  );

  it('leaves store A’s image, and its objects, untouched', async () => {
    await expectStoreAUnchanged();
    expect(await h.storedKeys(storeB.tenantId)).toEqual([]);
    const rowsInB = await withTenant(h.cell.database.app, storeB.tenantId, (trx) =>
      trx('media').select('id'),
    );
    expect(rowsInB).toEqual([]);
  });

  it('serves store A’s renditions on A’s host only', async () => {
    await request(h.cell.app).get(mediaA.url).set('host', storeA.host).expect(200);
    const onB = await request(h.cell.app).get(mediaA.url).set('host', storeB.host);
    expect(onB.status).toBe(404);
    expect(onB.body.error.code).toBe('NOT_FOUND');
  });
});

describe('authentication and roles of the media API', () => {
  it.each(adminCalls())('answers 401 to %s without a token', async (_name, call) => {
    const response = await call({ host: storeA.host });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });

  it.each(writes())('answers 403 to %s by a support member', async (_name, call) => {
    const supportId = randomUUID();
    await withTenant(h.cell.database.app, storeA.tenantId, (trx) =>
      trx('members').insert({
        tenant_id: storeA.tenantId,
        user_id: supportId,
        email: `support-${supportId.slice(0, 8)}@example.com`,
        role: 'support',
      }),
    );
    const token = await h.cell.tokenFor(supportId);
    const response = await call({ host: storeA.host, authorization: `Bearer ${token}` });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
  });

  it('lets catalog staff manage images', async () => {
    const staffId = randomUUID();
    await withTenant(h.cell.database.app, storeA.tenantId, (trx) =>
      trx('members').insert({
        tenant_id: storeA.tenantId,
        user_id: staffId,
        email: 'staff@example.com',
        role: 'catalog_staff',
      }),
    );
    const token = await h.cell.tokenFor(staffId);
    const list = await request(h.cell.app)
      .get(`/api/v1/admin/products/${productA}/media`)
      .set({ host: storeA.host, authorization: `Bearer ${token}` })
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([mediaA.id]);
  });

  it('still leaves store A’s image untouched', async () => {
    await expectStoreAUnchanged();
  });
});
