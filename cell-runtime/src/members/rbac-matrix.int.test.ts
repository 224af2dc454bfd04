/**
 * Every admin route of the store API, called by a member of each role on their own store's
 * resources: 403 FORBIDDEN exactly when the role lacks the permission the route's contract
 * declares, and otherwise an answer that is neither 401 nor 403 (nor a server error). The
 * routes come from the API's own contract (`cellPublicRoutes`), so a new admin route is in
 * the matrix without touching this file; one without a known target is called with random ids
 * and an empty body, which still shows whether the guard let the member through.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { hasPermission, memberRoles, type MemberRole, type RouteSpec } from '@mpb/contracts';
import { makeImage } from '../media/test/images';
import { createMediaHarness, type MediaHarness } from '../media/test/media-harness';
import { cellPublicRoutes } from '../openapi';
import {
  createSellingStore,
  paidOrder,
  staff,
  type PlacedOrder,
  type SellingStore,
} from '../orders/test/orders-fixture';
import { isAdminRoute } from './authorize';
import { addMember, ownerOf, type TestMember } from './test/staff-fixture';

jest.setTimeout(180_000);

interface RoleStore {
  store: SellingStore;
  member: TestMember;
  order: PlacedOrder;
  ids: Record<string, string>;
}

let h: MediaHarness;
const stores = {} as Record<MemberRole, RoleStore>;
const app = () => h.cell.app;

/** A store whose every kind of resource exists once, set up by its owner. */
async function storeFor(role: MemberRole, index: number): Promise<RoleStore> {
  const store = await createSellingStore(h.cell, { coupon: `RBAC${index}` });
  const asOwner = staff(store);
  const ids: Record<string, string> = {};
  const products = await request(app()).get('/api/v1/admin/products').set(asOwner).expect(200);
  ids.product = products.body.items[0].id;
  const collection = await request(app())
    .post('/api/v1/admin/collections')
    .set(asOwner)
    .send({ kind: 'manual', title: 'Coleção', handle: 'colecao', productIds: [ids.product] })
    .expect(201);
  ids.collection = collection.body.id;
  const category = await request(app())
    .post('/api/v1/admin/categories')
    .set(asOwner)
    .send({ name: 'Categoria', handle: 'categoria' })
    .expect(201);
  ids.category = category.body.id;
  const media = await request(app())
    .post(`/api/v1/admin/products/${ids.product}/media`)
    .set(asOwner)
    .attach('file', await makeImage('png', 64, 64), 'a.png')
    .expect(201);
  ids.media = media.body.id;
  const coupons = await request(app()).get('/api/v1/admin/coupons').set(asOwner).expect(200);
  ids.coupon = coupons.body.items[0].id;
  const zones = await request(app()).get('/api/v1/admin/shipping-zones').set(asOwner).expect(200);
  ids.zone = zones.body.items[0].id;
  const tax = await request(app())
    .post('/api/v1/admin/tax-rates')
    .set(asOwner)
    .send({ name: 'ICMS', country: 'BR', region: 'BR-SP', rateBps: 1800 })
    .expect(201);
  ids.tax = tax.body.id;
  const imported = await request(app())
    .post('/api/v1/admin/imports')
    .set(asOwner)
    .attach(
      'file',
      Buffer.from('handle,title,status,price,sku,stock\nimportado,Importado,active,10.00,IMP,5\n'),
      'a.csv',
    )
    .expect(201);
  ids.import = imported.body.id;
  const order = await paidOrder(h.cell, store);
  const member = role === 'owner' ? ownerOf(store) : await addMember(h.cell, store, role);
  return { store, member, order, ids };
}

beforeAll(async () => {
  h = await createMediaHarness();
  const all = await Promise.all(memberRoles.map((role, index) => storeFor(role, index)));
  memberRoles.forEach((role, index) => (stores[role] = all[index]!));
});
afterAll(() => h.close());

interface Call {
  path: (s: RoleStore) => string;
  body?: (s: RoleStore) => object;
  headers?: Record<string, string>;
  /** A multipart file instead of a JSON body. */
  file?: () => Promise<{ bytes: Buffer; name: string }>;
}

/** Real targets and valid bodies, so that a permitted call does what it says. */
const calls: Record<string, Call> = {
  getProduct: { path: (s) => `/api/v1/admin/products/${s.ids.product}` },
  updateProduct: {
    path: (s) => `/api/v1/admin/products/${s.ids.product}`,
    body: () => ({ title: 'Luminária nova' }),
  },
  deleteProduct: { path: (s) => `/api/v1/admin/products/${s.ids.product}` },
  // The stores' default is pt-BR: a translation into English is a valid change.
  putProductTranslation: {
    path: (s) => `/api/v1/admin/products/${s.ids.product}/translations/en`,
    body: () => ({ title: 'New lamp', description: '<p>Bright.</p>' }),
  },
  deleteProductTranslation: {
    path: (s) => `/api/v1/admin/products/${s.ids.product}/translations/en`,
  },
  createProduct: {
    path: () => '/api/v1/admin/products',
    body: () => ({ title: 'Outro', price: 1000, status: 'draft' }),
  },
  getCollection: { path: (s) => `/api/v1/admin/collections/${s.ids.collection}` },
  createCollection: {
    path: () => '/api/v1/admin/collections',
    body: () => ({ kind: 'manual', title: 'Nova', handle: `nova-${randomUUID().slice(0, 8)}` }),
  },
  updateCollection: {
    path: (s) => `/api/v1/admin/collections/${s.ids.collection}`,
    body: () => ({ title: 'Mudou' }),
  },
  deleteCollection: { path: (s) => `/api/v1/admin/collections/${s.ids.collection}` },
  createCategory: {
    path: () => '/api/v1/admin/categories',
    body: () => ({ name: 'Nova', handle: `nova-${randomUUID().slice(0, 8)}` }),
  },
  updateCategory: {
    path: (s) => `/api/v1/admin/categories/${s.ids.category}`,
    body: () => ({ name: 'Mudou' }),
  },
  deleteCategory: { path: (s) => `/api/v1/admin/categories/${s.ids.category}` },
  uploadProductMedia: {
    path: (s) => `/api/v1/admin/products/${s.ids.product}/media`,
    file: async () => ({ bytes: await makeImage('png', 32, 32), name: 'b.png' }),
  },
  importProductMedia: {
    path: (s) => `/api/v1/admin/products/${s.ids.product}/media/import`,
    body: () => ({ url: 'https://images.example.com/photo.png' }),
  },
  listProductMedia: { path: (s) => `/api/v1/admin/products/${s.ids.product}/media` },
  updateMedia: {
    path: (s) => `/api/v1/admin/media/${s.ids.media}`,
    body: () => ({ alt: 'Foto' }),
  },
  deleteMedia: { path: (s) => `/api/v1/admin/media/${s.ids.media}` },
  importProducts: {
    path: () => '/api/v1/admin/imports',
    file: async () => ({
      bytes: Buffer.from('handle,title,status,price,sku,stock\nmatriz,Matriz,active,12.00,MTZ,3\n'),
      name: 'b.csv',
    }),
  },
  getImport: { path: (s) => `/api/v1/admin/imports/${s.ids.import}` },
  downloadImportErrors: { path: (s) => `/api/v1/admin/imports/${s.ids.import}/errors.csv` },
  createCoupon: {
    path: () => '/api/v1/admin/coupons',
    body: () => ({ code: `NOVO${randomUUID().slice(0, 6)}`, kind: 'fixed', value: 100 }),
  },
  updateCoupon: {
    path: (s) => `/api/v1/admin/coupons/${s.ids.coupon}`,
    body: () => ({ value: 500 }),
  },
  deleteCoupon: { path: (s) => `/api/v1/admin/coupons/${s.ids.coupon}` },
  createShippingZone: {
    path: () => '/api/v1/admin/shipping-zones',
    body: () => ({
      name: 'Portugal',
      countries: ['PT'],
      rates: [{ name: 'CTT', kind: 'flat', amount: 900 }],
    }),
  },
  updateShippingZone: {
    path: (s) => `/api/v1/admin/shipping-zones/${s.ids.zone}`,
    body: () => ({
      name: 'Brasil',
      countries: ['BR'],
      rates: [{ name: 'Correios', kind: 'flat', amount: 2500 }],
    }),
  },
  deleteShippingZone: { path: (s) => `/api/v1/admin/shipping-zones/${s.ids.zone}` },
  createTaxRate: {
    path: () => '/api/v1/admin/tax-rates',
    body: () => ({ name: 'ISS', country: 'BR', region: 'BR-RJ', rateBps: 500 }),
  },
  updateTaxRate: {
    path: (s) => `/api/v1/admin/tax-rates/${s.ids.tax}`,
    body: () => ({ name: 'ICMS', country: 'BR', region: 'BR-SP', rateBps: 1700 }),
  },
  deleteTaxRate: { path: (s) => `/api/v1/admin/tax-rates/${s.ids.tax}` },
  updateStoreSettings: {
    path: () => '/api/v1/admin/settings',
    body: () => ({ supportEmail: 'ajuda@example.com' }),
  },
  getOrder: { path: (s) => `/api/v1/admin/orders/${s.order.orderId}` },
  getOrderPackingSlip: { path: (s) => `/api/v1/admin/orders/${s.order.orderId}/packing-slip` },
  shipOrder: {
    path: (s) => `/api/v1/admin/orders/${s.order.orderId}/shipments`,
    body: () => ({ carrier: 'Correios', trackingNumber: 'BR123456789' }),
  },
  markOrderDelivered: { path: (s) => `/api/v1/admin/orders/${s.order.orderId}/delivery` },
  refundOrder: {
    path: (s) => `/api/v1/admin/orders/${s.order.orderId}/refunds`,
    body: () => ({ amount: 100 }),
    headers: { 'idempotency-key': 'rbac-matrix-refund' },
  },
  cancelOrder: {
    path: (s) => `/api/v1/admin/orders/${s.order.orderId}/cancellation`,
    body: () => ({ reason: 'Teste' }),
  },
};

/** A route nobody described above: its path with random ids, and an empty JSON body. */
const fallback = (route: RouteSpec): Call => ({
  path: () => route.path.replace(/:[A-Za-z0-9_]+/g, () => randomUUID()),
  body: route.body ? () => ({}) : undefined,
});

/** Reads first, then writes, then deletions (the product's last, it takes its images along). */
const stage = (route: RouteSpec) =>
  route.operationId === 'deleteProduct'
    ? 3
    : { get: 0, post: 1, put: 1, patch: 1, delete: 2 }[route.method];
const adminRoutes = cellPublicRoutes
  .filter(isAdminRoute)
  .map((route, index) => ({ route, index }))
  .sort((a, b) => stage(a.route) - stage(b.route) || a.index - b.index)
  .map(({ route }) => route);

async function send(route: RouteSpec, s: RoleStore, headers: Record<string, string>) {
  const call = calls[route.operationId] ?? fallback(route);
  const test = request(app())
    [route.method](call.path(s))
    .set({ ...headers, ...call.headers });
  if (call.file) {
    const file = await call.file();
    return test.attach('file', file.bytes, file.name);
  }
  const body = call.body?.(s);
  return body ? test.send(body) : test;
}

describe.each(memberRoles.map((role) => [role]))('a member with the role %s', (role) => {
  it.each(adminRoutes.map((route) => [route.operationId, route] as const))(
    '%s: forbidden exactly without its permission',
    async (_operationId, route) => {
      const s = stores[role];
      const response = await send(route, s, s.member.as);
      const permitted = hasPermission(role, route.permission!);
      if (permitted) {
        const refused = [401, 403].includes(response.status) || response.status >= 500;
        expect({ refused, status: response.status, body: response.body }).toMatchObject({
          refused: false,
        });
      } else {
        expect({ status: response.status, code: response.body?.error?.code }).toEqual({
          status: 403,
          code: 'FORBIDDEN',
        });
        expect(response.body.error.message).toContain(route.permission);
      }
    },
  );
});

describe('the guards of every admin route', () => {
  const s = () => stores.owner;

  it.each(adminRoutes.map((route) => [route.operationId, route] as const))(
    '%s: 401 without a token, 404 for someone who is not a member',
    async (_operationId, route) => {
      const anonymous = await send(route, s(), { host: s().store.host });
      expect(anonymous.status).toBe(401);
      const stranger = await h.cell.tokenFor(randomUUID());
      const outsider = await send(route, s(), {
        host: s().store.host,
        authorization: `Bearer ${stranger}`,
      });
      expect({ status: outsider.status, code: outsider.body?.error?.code }).toEqual({
        status: 404,
        code: 'NOT_FOUND',
      });
    },
  );
});
