import request from 'supertest';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let live: TestStore;
let hidden: TestStore;

beforeAll(async () => {
  cell = await createCellHarness();
  live = await cell.provisionStore({ live: true, currency: 'JPY' });
  hidden = await cell.provisionStore();
  const admin = (store: TestStore, body: object) =>
    request(cell.app)
      .post('/api/v1/admin/products')
      .set({ host: store.host, authorization: `Bearer ${store.ownerToken}` })
      .send(body)
      .expect(201);
  await admin(live, { title: 'Matcha', status: 'active', price: 1200, stock: 0 });
  await admin(live, {
    title: 'Sencha',
    status: 'active',
    price: 800,
    variants: [{ sku: 'SEN-1', stock: 4, options: { size: '100g' } }],
  });
  await admin(live, { title: 'Draft tea', status: 'draft', price: 1 });
  await admin(live, { title: 'Old tea', status: 'archived', price: 1 });
  await admin(hidden, { title: 'Not yet', status: 'active', price: 1 });
});
afterAll(async () => {
  await cell.close();
});

describe('the public storefront API', () => {
  it('serves the store configuration by Host', async () => {
    const response = await request(cell.app)
      .get('/api/v1/storefront/config')
      .set('host', live.host)
      .expect(200);
    expect(response.body).toMatchObject({
      slug: live.slug,
      live: true,
      currency: 'JPY',
      language: 'pt-BR',
      // Provisioned as 'default' (before templates existed): shown as classic.
      template: 'classic',
    });
    expect(response.body.theme.primaryColor).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('lists only active products of a live store, with availability instead of stock', async () => {
    const response = await request(cell.app)
      .get('/api/v1/products')
      .set('host', live.host)
      .expect(200);
    expect(response.body.items.map((item: { title: string }) => item.title).sort()).toEqual([
      'Matcha',
      'Sencha',
    ]);
    const matcha = response.body.items.find((item: { title: string }) => item.title === 'Matcha');
    expect(matcha).toMatchObject({ price: 1200, currency: 'JPY', available: false });
    expect(matcha).not.toHaveProperty('stock');
    expect(matcha.variants[0]).not.toHaveProperty('sku');
  });

  it('serves a product by handle, and 404 for drafts, archived and unknown handles', async () => {
    const sencha = await request(cell.app)
      .get('/api/v1/products/sencha')
      .set('host', live.host)
      .expect(200);
    expect(sencha.body).toMatchObject({
      title: 'Sencha',
      available: true,
      variants: [{ options: { size: '100g' }, available: true }],
    });
    await request(cell.app).get('/api/v1/products/draft-tea').set('host', live.host).expect(404);
    await request(cell.app).get('/api/v1/products/old-tea').set('host', live.host).expect(404);
    await request(cell.app).get('/api/v1/products/nothing-here').set('host', live.host).expect(404);
    const tooLong = await request(cell.app)
      .get(`/api/v1/products/${'a'.repeat(201)}`)
      .set('host', live.host)
      .expect(400);
    expect(tooLong.body.error.fields).toHaveProperty('handle');
  });

  it('shows nothing of a store that is not live, but says so in its configuration', async () => {
    const config = await request(cell.app)
      .get('/api/v1/storefront/config')
      .set('host', hidden.host)
      .expect(200);
    expect(config.body.live).toBe(false);
    await request(cell.app).get('/api/v1/products').set('host', hidden.host).expect(404);
    await request(cell.app).get('/api/v1/products/not-yet').set('host', hidden.host).expect(404);
  });

  it('pages with a cursor and rejects bad paging input', async () => {
    const first = await request(cell.app)
      .get('/api/v1/products?limit=1')
      .set('host', live.host)
      .expect(200);
    const second = await request(cell.app)
      .get(`/api/v1/products?limit=1&cursor=${first.body.nextCursor}`)
      .set('host', live.host)
      .expect(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(second.body.nextCursor).toBeNull();
    const bad = await request(cell.app)
      .get('/api/v1/products?limit=0')
      .set('host', live.host)
      .expect(400);
    expect(bad.body.error.fields).toHaveProperty('limit');
    const unknown = await request(cell.app)
      .get('/api/v1/products?sort=price')
      .set('host', live.host)
      .expect(400);
    expect(unknown.body.error.fields).toHaveProperty('sort');
  });

  it('publishes its OpenAPI document, generated from the contract schemas', async () => {
    const response = await request(cell.app)
      .get('/api/v1/openapi.json')
      .set('host', live.host)
      .expect(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/storefront/config',
        '/api/v1/products',
        '/api/v1/products/{handle}',
        '/api/v1/admin/products',
        '/api/v1/admin/products/{id}',
      ]),
    );
    const create = response.body.paths['/api/v1/admin/products'].post;
    expect(create.security).toEqual([{ bearerAuth: [] }]);
    expect(create.requestBody.content['application/json'].schema).toBeDefined();
    expect(response.body.paths['/internal/v1/tenants/{tenantId}']).toBeUndefined();
  });
});
