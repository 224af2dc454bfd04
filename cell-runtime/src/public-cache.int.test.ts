import request from 'supertest';
import { createCellHarness, type CellHarness, type TestStore } from './test/cell-harness';

let cell: CellHarness;
let storeA: TestStore;
let storeB: TestStore;
let productA: string;

const staff = (store: TestStore) => ({
  host: store.host,
  authorization: `Bearer ${store.ownerToken}`,
});
const read = (store: TestStore, path: string) =>
  request(cell.app).get(path).set('host', store.host);

beforeAll(async () => {
  cell = await createCellHarness();
  storeA = await cell.provisionStore({ live: true });
  storeB = await cell.provisionStore({ live: true });
  for (const [store, title] of [
    [storeA, 'Caneca da loja A'],
    [storeB, 'Caneca da loja B'],
  ] as const) {
    const created = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(staff(store))
      .send({ title, handle: 'caneca', price: 2500, status: 'active', stock: 3 })
      .expect(201);
    if (store === storeA) productA = created.body.id;
  }
});
afterAll(() => cell.close());

it('serves a repeated catalog read from the cache, per store', async () => {
  const first = await read(storeA, '/api/v1/products/caneca').expect(200);
  expect(first.headers['x-cache']).toBe('miss');
  const second = await read(storeA, '/api/v1/products/caneca').expect(200);
  expect(second.headers['x-cache']).toBe('hit');
  expect(second.body).toEqual(first.body);
  expect(second.headers['cache-control']).toBe(first.headers['cache-control']);

  // Same path, other store: its own answer, never A's.
  const other = await read(storeB, '/api/v1/products/caneca').expect(200);
  expect(other.headers['x-cache']).toBe('miss');
  expect(other.body.title).toBe('Caneca da loja B');
  expect((await read(storeB, '/api/v1/products/caneca')).body.title).toBe('Caneca da loja B');
});

it('shows a staff change on the very next read', async () => {
  await read(storeA, '/api/v1/products?limit=5').expect(200);
  expect((await read(storeA, '/api/v1/products?limit=5')).headers['x-cache']).toBe('hit');
  await request(cell.app)
    .patch(`/api/v1/admin/products/${productA}`)
    .set(staff(storeA))
    .send({ price: 2990 })
    .expect(200);
  const product = await read(storeA, '/api/v1/products/caneca').expect(200);
  expect(product.headers['x-cache']).toBe('miss');
  expect(product.body.price).toBe(2990);
  const listing = await read(storeA, '/api/v1/products?limit=5').expect(200);
  expect(listing.body.items[0].price).toBe(2990);
  // B's cache was left alone.
  expect((await read(storeB, '/api/v1/products/caneca')).headers['x-cache']).toBe('hit');
});

it('does not keep a refused staff write’s effect, nor cache errors', async () => {
  await request(cell.app)
    .patch(`/api/v1/admin/products/${productA}`)
    .set(staff(storeA))
    .send({ price: -1 })
    .expect(400);
  expect((await read(storeA, '/api/v1/products/caneca')).headers['x-cache']).toBe('hit');
  await read(storeA, '/api/v1/products/nope').expect(404);
  const again = await read(storeA, '/api/v1/products/nope').expect(404);
  expect(again.headers['x-cache']).toBe('miss');
});

it('follows the store being unpublished through the internal API', async () => {
  await read(storeA, '/api/v1/storefront/config').expect(200);
  expect((await read(storeA, '/api/v1/storefront/config')).body.live).toBe(true);
  await request(cell.app)
    .put(`/internal/v1/tenants/${storeA.tenantId}/live`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({ live: false })
    .expect(200);
  const config = await read(storeA, '/api/v1/storefront/config').expect(200);
  expect(config.headers['x-cache']).toBe('miss');
  expect(config.body.live).toBe(false);
  await read(storeA, '/api/v1/products/caneca').expect(404);
});

it('is off with a TTL of 0', async () => {
  const uncached = await createCellHarness({ env: { PUBLIC_CACHE_TTL_SECONDS: '0' } });
  try {
    const store = await uncached.provisionStore({ live: true });
    await request(uncached.app).get('/api/v1/storefront/config').set('host', store.host);
    const again = await request(uncached.app)
      .get('/api/v1/storefront/config')
      .set('host', store.host)
      .expect(200);
    expect(again.headers['x-cache']).toBeUndefined();
  } finally {
    await uncached.close();
  }
});
