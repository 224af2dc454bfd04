import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SignJWT } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let storeA: TestStore;
let storeB: TestStore;
let productA: { id: string; handle: string };

beforeAll(async () => {
  cell = await createCellHarness();
  storeA = await cell.provisionStore({ live: true });
  storeB = await cell.provisionStore({ live: true });
  const created = await request(cell.app)
    .post('/api/v1/admin/products')
    .set({ host: storeA.host, authorization: `Bearer ${storeA.ownerToken}` })
    .send({ title: 'Secret of A', status: 'active', price: 1000, stock: 3 })
    .expect(201);
  productA = created.body;
});
afterAll(async () => {
  await cell.close();
});

/** Every admin route, as [method, path, body]. */
const adminRoutes = (productId: string): [string, string, object | undefined][] => [
  ['get', '/api/v1/admin/products', undefined],
  ['post', '/api/v1/admin/products', { title: 'Intruder', status: 'active', price: 1 }],
  ['get', `/api/v1/admin/products/${productId}`, undefined],
  ['patch', `/api/v1/admin/products/${productId}`, { title: 'Hijacked' }],
  ['delete', `/api/v1/admin/products/${productId}`, undefined],
];

function call(
  method: string,
  path: string,
  body: object | undefined,
  headers: Record<string, string>,
) {
  const req = (request(cell.app) as unknown as Record<string, (path: string) => request.Test>)[
    method
  ]!(path).set(headers);
  return body ? req.send(body) : req;
}

describe('cross-tenant access', () => {
  it.each(adminRoutes('PRODUCT').map(([method, path]) => [method, path]))(
    'answers 404 to a member of store B on store A for %s %s',
    async (method, path) => {
      const [, resolved, body] = adminRoutes(productA.id).find(
        ([m, p]) => m === method && p.replace(productA.id, 'PRODUCT') === path,
      )!;
      const response = await call(method, resolved, body, {
        host: storeA.host,
        authorization: `Bearer ${storeB.ownerToken}`,
      });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    },
  );

  it('answers 404 to store A’s owner asking store B’s host for store A’s product', async () => {
    const headers = { host: storeB.host, authorization: `Bearer ${storeA.ownerToken}` };
    expect(
      (await call('get', `/api/v1/admin/products/${productA.id}`, undefined, headers)).status,
    ).toBe(404);
  });

  it('answers 404 to store B’s owner on its own host for store A’s product id', async () => {
    const headers = { host: storeB.host, authorization: `Bearer ${storeB.ownerToken}` };
    for (const [method, path, body] of adminRoutes(productA.id).filter(([, path]) =>
      path.includes(productA.id),
    )) {
      expect({ method, status: (await call(method, path, body, headers)).status }).toEqual({
        method,
        status: 404,
      });
    }
  });

  it('leaves store A’s product untouched after all those attempts', async () => {
    const rows = await withTenant(cell.database.app, storeA.tenantId, (trx) =>
      trx('products').select('id', 'title'),
    );
    expect(rows).toEqual([{ id: productA.id, title: 'Secret of A' }]);
    const inB = await withTenant(cell.database.app, storeB.tenantId, (trx) =>
      trx('products').select('id'),
    );
    expect(inB).toEqual([]);
  });

  it('never shows store A’s products on store B’s public API', async () => {
    const list = await request(cell.app)
      .get('/api/v1/products')
      .set('host', storeB.host)
      .expect(200);
    expect(list.body.items).toEqual([]);
    await request(cell.app)
      .get(`/api/v1/products/${productA.handle}`)
      .set('host', storeB.host)
      .expect(404);
    const own = await request(cell.app)
      .get(`/api/v1/products/${productA.handle}`)
      .set('host', storeA.host)
      .expect(200);
    expect(own.body.title).toBe('Secret of A');
  });

  it('chooses the tenant by Host, ignoring a spoofed X-Forwarded-Host', async () => {
    const response = await request(cell.app)
      .get('/api/v1/storefront/config')
      .set({ host: storeB.host, 'x-forwarded-host': storeA.host })
      .expect(200);
    expect(response.body.slug).toBe(storeB.slug);
  });
});

describe('authentication of the admin API', () => {
  it.each(adminRoutes(randomUUID()))(
    'answers 401 without a token: %s %s',
    async (method, path, body) => {
      const response = await call(method, path, body, { host: storeA.host });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    },
  );

  it('answers 401 to a token signed by another key, and to an expired one', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const forged = await new SignJWT({ email: 'x@example.com' })
      .setProtectedHeader({ alg: 'EdDSA', kid: cell.signer.publicJwk.kid })
      .setSubject(storeA.ownerId)
      .setIssuer('mpb-control-plane')
      .setAudience('mpb')
      .setExpirationTime('5m')
      .sign(privateKey);
    await request(cell.app)
      .get('/api/v1/admin/products')
      .set({ host: storeA.host, authorization: `Bearer ${forged}` })
      .expect(401);
    const { createTestSigner } = await import('@mpb/testing');
    const expired = await (
      await createTestSigner(-10)
    ).signer.sign({ sub: storeA.ownerId, email: 'x@example.com' });
    await request(cell.app)
      .get('/api/v1/admin/products')
      .set({ host: storeA.host, authorization: `Bearer ${expired}` })
      .expect(401);
  });

  it('answers 403 to a member whose role may not see the catalog', async () => {
    const ordersStaffId = randomUUID();
    await withTenant(cell.database.app, storeA.tenantId, (trx) =>
      trx('members').insert({
        tenant_id: storeA.tenantId,
        user_id: ordersStaffId,
        email: 'orders@example.com',
        role: 'orders_staff',
      }),
    );
    const token = await cell.tokenFor(ordersStaffId);
    const response = await request(cell.app)
      .get('/api/v1/admin/products')
      .set({ host: storeA.host, authorization: `Bearer ${token}` });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
    expect(response.body.error.message).toContain('catalog:read');
  });

  it('answers 404 for a host that names no store in this cell', async () => {
    const response = await request(cell.app)
      .get('/api/v1/admin/products')
      .set({ host: 'nobody.localhost', authorization: `Bearer ${storeA.ownerToken}` })
      .expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
    await request(cell.app)
      .get('/api/v1/storefront/config')
      .set('host', 'nobody.localhost')
      .expect(404);
  });

  it('lets the admin app’s origin call the admin API from the browser, and no other origin', async () => {
    const allowed = await request(cell.app)
      .options('/api/v1/admin/products')
      .set({
        host: storeA.host,
        origin: 'http://localhost:8080',
        'access-control-request-method': 'POST',
      })
      .expect(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:8080');
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
    const denied = await request(cell.app).options('/api/v1/admin/products').set({
      host: storeA.host,
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('logs requests as JSON lines carrying the correlation id, tenant and cell', async () => {
    await request(cell.app)
      .get('/api/v1/storefront/config')
      .set({ host: storeA.host, 'x-correlation-id': 'corr-isolation-1' })
      .expect(200);
    const line = cell
      .logLines()
      .find((entry) => entry.correlation_id === 'corr-isolation-1' && entry.message === 'request');
    expect(line).toMatchObject({
      tenant_id: storeA.tenantId,
      service: 'cell-runtime',
      status: 200,
      route: '/api/v1/storefront/config',
    });
  });
});
