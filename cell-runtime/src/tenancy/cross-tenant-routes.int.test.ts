/**
 * Every route of the store API, tried by store B on store A's resources. A route that names a
 * resource answers 404, exactly as for one that does not exist, and changes nothing; a list
 * shows none of A's data. The route list comes from the API's own contract (`cellPublicRoutes`),
 * so a new route fails this test until it is added here.
 */
import request from 'supertest';
import { adminStorefrontRoutes, previewTokenHeader, type RouteSpec } from '@mpb/contracts';
import { makeImage } from '../media/test/images';
import { createMediaHarness, keyOf, type MediaHarness } from '../media/test/media-harness';
import { addMember } from '../members/test/staff-fixture';
import { createLoginToken } from '../notifications/login-token';
import { cellPublicRoutes } from '../openapi';
import {
  createSellingStore,
  paidOrder,
  rowsOf,
  staff,
  type PlacedOrder,
  type SellingStore,
} from '../orders/test/orders-fixture';

jest.setTimeout(120_000);

let h: MediaHarness;
let a: SellingStore;
let b: SellingStore;
let orderOfA: PlacedOrder;
let sessionOfB: string;
let previewOfA: string;
let previewOfB: string;
const ids: Record<string, string> = {};
/** Strings only store A's data contains: none may appear in anything B reads. */
const markers: string[] = [];

const app = () => h.cell.app;

beforeAll(async () => {
  h = await createMediaHarness();
  a = await createSellingStore(h.cell, { title: 'Abajur exclusivo da loja A', coupon: 'SOA10' });
  b = await createSellingStore(h.cell, { title: 'Produto da loja B' });
  const asA = staff(a);

  const product = await request(app()).get('/api/v1/admin/products?limit=1').set(asA).expect(200);
  ids.product = product.body.items[0].id;
  ids.handle = product.body.items[0].handle;
  const collection = await request(app())
    .post('/api/v1/admin/collections')
    .set(asA)
    .send({
      kind: 'manual',
      title: 'Coleção só da A',
      handle: 'colecao-so-da-a',
      published: true,
      productIds: [ids.product],
    })
    .expect(201);
  ids.collection = collection.body.id;
  ids.collectionHandle = collection.body.handle;
  const category = await request(app())
    .post('/api/v1/admin/categories')
    .set(asA)
    .send({ name: 'Categoria só da A', handle: 'categoria-so-da-a' })
    .expect(201);
  ids.category = category.body.id;
  const media = await request(app())
    .post(`/api/v1/admin/products/${ids.product}/media`)
    .set(asA)
    .attach('file', await makeImage('png', 200, 200), 'a.png')
    .expect(201);
  ids.media = media.body.id;
  ids.mediaKey = keyOf(media.body.url);
  const coupons = await request(app()).get('/api/v1/admin/coupons').set(asA).expect(200);
  ids.coupon = coupons.body.items[0].id;
  const zones = await request(app()).get('/api/v1/admin/shipping-zones').set(asA).expect(200);
  ids.zone = zones.body.items[0].id;
  const tax = await request(app())
    .post('/api/v1/admin/tax-rates')
    .set(asA)
    .send({ name: 'Imposto da A', country: 'BR', region: 'BR-SP', rateBps: 1800 })
    .expect(201);
  ids.tax = tax.body.id;
  const imported = await request(app())
    .post('/api/v1/admin/imports')
    .set(asA)
    .attach(
      'file',
      Buffer.from(
        'handle,title,status,price,sku,stock\nimportado-a,Importado A,active,10.00,IMP-A,5\n',
      ),
      'a.csv',
    )
    .expect(201);
  ids.import = imported.body.id;
  const cart = await request(app()).post('/api/v1/carts').set('host', a.host).expect(201);
  ids.cart = cart.body.id;
  await request(app())
    .post(`/api/v1/carts/${ids.cart}/items`)
    .set('host', a.host)
    .send({ variantId: a.variantId, quantity: 1 })
    .expect(200);
  orderOfA = await paidOrder(h.cell, a);
  ids.order = orderOfA.orderId;

  // B's shopper signs in to B (the token as the notifier would store it).
  const orderOfB = await paidOrder(h.cell, b);
  const customer = await rowsOf(h.cell, b, (trx) =>
    trx('customers').where({ email: orderOfB.email }).first('id'),
  );
  const login = createLoginToken();
  await rowsOf(h.cell, b, (trx) =>
    trx('customer_login_tokens').insert({
      token_hash: login.tokenHash,
      tenant_id: b.tenantId,
      customer_id: customer.id,
      expires_at: trx.raw(`now() + interval '15 minutes'`),
    }),
  );
  const session = await request(app())
    .post('/api/v1/account/sessions')
    .set('host', b.host)
    .send({ token: login.token })
    .expect(201);
  sessionOfB = session.body.sessionToken;
  const memberOfA = await addMember(h.cell, a, 'support');
  ids.member = memberOfA.userId;
  markers.push(memberOfA.email);

  // A's storefront: its own template, colours and logo, and a preview token of its own.
  await request(app())
    .put('/api/v1/admin/storefront/theme')
    .set(asA)
    .send({ template: 'minimal', primaryColor: '#a1b2c3', accentColor: '#c3b2a1' })
    .expect(200);
  const logo = await request(app())
    .post('/api/v1/admin/storefront/logo')
    .set(asA)
    .attach('file', await makeImage('png', 120, 60), 'logo.png')
    .expect(200);
  ids.logoKey = keyOf(logo.body.logoUrl);
  const previewToken = (store: SellingStore) =>
    request(app())
      .post('/api/v1/admin/storefront/preview-token')
      .set(staff(store))
      .expect(201)
      .then((response) => response.body.token as string);
  previewOfA = await previewToken(a);
  previewOfB = await previewToken(b);

  // A's content: a published page, SEO and analytics settings, a sample catalog, traffic.
  const page = await request(app())
    .post('/api/v1/admin/pages')
    .set(asA)
    .send({ title: 'Página secreta da A', body: '<p>Só da A</p>', published: true })
    .expect(201);
  ids.page = page.body.id;
  ids.pageHandle = page.body.handle;
  await request(app())
    .patch('/api/v1/admin/site-settings')
    .set(asA)
    .send({ seo: { titleSuffix: 'Sufixo da A' }, analytics: { ga4MeasurementId: 'G-LOJAA12345' } })
    .expect(200);
  const samples = await request(app()).post('/api/v1/admin/sample-catalog').set(asA).expect(200);
  for (const sample of samples.body.products as { id: string }[]) markers.push(sample.id);
  await request(app())
    .post('/api/v1/events')
    .set('host', a.host)
    .send({ type: 'page_view', sessionId: 'session-of-a-shopper-1234' })
    .expect(202);
  markers.push('Sufixo da A', 'G-LOJAA12345');
  // A's languages and display currencies: B's settings and configuration show none of them.
  await request(app())
    .patch('/api/v1/admin/settings')
    .set(asA)
    .send({
      languages: ['pt-BR', 'es'],
      displayCurrencies: [{ currency: 'KWD', rate: '0.0123457' }],
    })
    .expect(200);
  markers.push('0.0123457');
  // A's product in Spanish: B can neither change nor remove it, nor read it in any listing.
  await request(app())
    .put(`/api/v1/admin/products/${ids.product}/translations/es`)
    .set(asA)
    .send({ title: 'Lámpara exclusiva de la tienda A' })
    .expect(200);
  markers.push('Lámpara exclusiva');

  markers.push(...Object.values(ids), a.sku, 'Abajur exclusivo', 'SOA10', 'IMP-A', orderOfA.email);
  markers.push('#a1b2c3', '#c3b2a1');
});
afterAll(() => h.close());

/** A's resource in each parameterised path, and a body that would be valid for it. */
const targets: Record<string, { path: () => string; body?: () => object; headers?: object }> = {
  getPublishedProduct: { path: () => `/api/v1/products/${ids.handle}` },
  getPublishedCollection: { path: () => `/api/v1/collections/${ids.collectionHandle}` },
  getMediaRendition: { path: () => `/api/v1/media/${ids.mediaKey}` },
  getProduct: { path: () => `/api/v1/admin/products/${ids.product}` },
  updateProduct: {
    path: () => `/api/v1/admin/products/${ids.product}`,
    body: () => ({ title: 'Taken by B' }),
  },
  deleteProduct: { path: () => `/api/v1/admin/products/${ids.product}` },
  putProductTranslation: {
    path: () => `/api/v1/admin/products/${ids.product}/translations/es`,
    body: () => ({ title: 'Taken by B' }),
  },
  deleteProductTranslation: { path: () => `/api/v1/admin/products/${ids.product}/translations/es` },
  getCollection: { path: () => `/api/v1/admin/collections/${ids.collection}` },
  updateCollection: {
    path: () => `/api/v1/admin/collections/${ids.collection}`,
    body: () => ({ title: 'Taken by B' }),
  },
  deleteCollection: { path: () => `/api/v1/admin/collections/${ids.collection}` },
  updateCategory: {
    path: () => `/api/v1/admin/categories/${ids.category}`,
    body: () => ({ name: 'Taken by B' }),
  },
  deleteCategory: { path: () => `/api/v1/admin/categories/${ids.category}` },
  uploadProductMedia: { path: () => `/api/v1/admin/products/${ids.product}/media` },
  listProductMedia: { path: () => `/api/v1/admin/products/${ids.product}/media` },
  importProductMedia: {
    path: () => `/api/v1/admin/products/${ids.product}/media/import`,
    body: () => ({ url: 'https://images.example.com/photo.png' }),
  },
  updateMedia: {
    path: () => `/api/v1/admin/media/${ids.media}`,
    body: () => ({ alt: 'Taken by B' }),
  },
  deleteMedia: { path: () => `/api/v1/admin/media/${ids.media}` },
  getImport: { path: () => `/api/v1/admin/imports/${ids.import}` },
  downloadImportErrors: { path: () => `/api/v1/admin/imports/${ids.import}/errors.csv` },
  getCart: { path: () => `/api/v1/carts/${ids.cart}` },
  addCartItem: {
    path: () => `/api/v1/carts/${ids.cart}/items`,
    body: () => ({ variantId: b.variantId, quantity: 1 }),
  },
  updateCartItem: {
    path: () => `/api/v1/carts/${ids.cart}/items/${a.variantId}`,
    body: () => ({ quantity: 2 }),
  },
  removeCartItem: { path: () => `/api/v1/carts/${ids.cart}/items/${a.variantId}` },
  applyCoupon: { path: () => `/api/v1/carts/${ids.cart}/coupon`, body: () => ({ code: 'SOA10' }) },
  removeCoupon: { path: () => `/api/v1/carts/${ids.cart}/coupon` },
  setCartEmail: {
    path: () => `/api/v1/carts/${ids.cart}/email`,
    body: () => ({ email: 'thief@example.com' }),
  },
  setCartShippingAddress: {
    path: () => `/api/v1/carts/${ids.cart}/shipping-address`,
    body: () => ({
      country: 'BR',
      region: 'BR-RJ',
      line1: 'Rua B',
      city: 'Rio',
      postalCode: '20000-000',
    }),
  },
  selectCartShippingRate: {
    path: () => `/api/v1/carts/${ids.cart}/shipping-rate`,
    body: () => ({ rateId: ids.zone }),
  },
  startCheckout: { path: () => `/api/v1/carts/${ids.cart}/checkout`, body: () => ({}) },
  updateCoupon: { path: () => `/api/v1/admin/coupons/${ids.coupon}`, body: () => ({ value: 999 }) },
  deleteCoupon: { path: () => `/api/v1/admin/coupons/${ids.coupon}` },
  updateShippingZone: {
    path: () => `/api/v1/admin/shipping-zones/${ids.zone}`,
    body: () => ({
      name: 'Taken by B',
      countries: ['BR'],
      rates: [{ name: 'Grátis', kind: 'flat', amount: 0 }],
    }),
  },
  deleteShippingZone: { path: () => `/api/v1/admin/shipping-zones/${ids.zone}` },
  updateTaxRate: {
    path: () => `/api/v1/admin/tax-rates/${ids.tax}`,
    body: () => ({ name: 'Taken by B', country: 'BR', region: 'BR-SP', rateBps: 0 }),
  },
  deleteTaxRate: { path: () => `/api/v1/admin/tax-rates/${ids.tax}` },
  getOrderStatus: { path: () => `/api/v1/orders/${ids.order}?token=${orderOfA.statusToken}` },
  getMyOrder: { path: () => `/api/v1/account/orders/${ids.order}` },
  getOrder: { path: () => `/api/v1/admin/orders/${ids.order}` },
  shipOrder: {
    path: () => `/api/v1/admin/orders/${ids.order}/shipments`,
    body: () => ({ carrier: 'Correios', trackingNumber: 'BR123456789' }),
  },
  markOrderDelivered: { path: () => `/api/v1/admin/orders/${ids.order}/delivery` },
  cancelOrder: {
    path: () => `/api/v1/admin/orders/${ids.order}/cancellation`,
    body: () => ({ reason: 'Taken by B' }),
  },
  refundOrder: {
    path: () => `/api/v1/admin/orders/${ids.order}/refunds`,
    body: () => ({ amount: 100 }),
    headers: { 'idempotency-key': 'cross-tenant-refund-1' },
  },
  getOrderPackingSlip: { path: () => `/api/v1/admin/orders/${ids.order}/packing-slip` },
  getPage: { path: () => `/api/v1/admin/pages/${ids.page}` },
  updatePage: {
    path: () => `/api/v1/admin/pages/${ids.page}`,
    body: () => ({ title: 'Taken by B', published: false }),
  },
  deletePage: { path: () => `/api/v1/admin/pages/${ids.page}` },
  getPublishedPage: { path: () => `/api/v1/pages/${ids.pageHandle}` },
};

const withParams = cellPublicRoutes.filter((route) => route.path.includes(':'));
const lists = cellPublicRoutes.filter(
  (route) => route.method === 'get' && !route.path.includes(':'),
);

/** B's credentials for a route: its owner's token for staff routes, its shopper's session for accounts. */
function asB(route: RouteSpec) {
  const headers: Record<string, string> = { host: b.host };
  if (route.path.startsWith('/api/v1/admin/')) headers.authorization = `Bearer ${b.ownerToken}`;
  if (route.path.startsWith('/api/v1/account/')) headers.authorization = `Bearer ${sessionOfB}`;
  if (route.operationId === 'getStorefrontPreview') headers[previewTokenHeader] = previewOfB;
  return headers;
}

function send(route: RouteSpec, path: string, headers: Record<string, string>, body?: object) {
  const call = request(app())[route.method](path).set(headers);
  if (route.operationId === 'uploadProductMedia' || route.operationId === 'uploadStorefrontLogo')
    return call.attach('file', Buffer.from('x'), 'x.png');
  return body ? call.send(body) : call;
}

it('knows a target for every route that names a resource', () => {
  const missing = withParams
    .map((route) => route.operationId)
    .filter((operationId) => !targets[operationId]);
  expect(missing).toEqual([]);
});

describe.each(withParams.map((route) => [route.operationId, route] as const))(
  '%s',
  (_operationId, route) => {
    it('answers 404 to store B for store A’s resource, as for one that does not exist', async () => {
      const target = targets[route.operationId]!;
      const response = await send(
        route,
        target.path(),
        { ...asB(route), ...(target.headers as Record<string, string>) },
        target.body?.(),
      );
      expect({ status: response.status, code: response.body?.error?.code }).toEqual({
        status: 404,
        code: 'NOT_FOUND',
      });
      expect(JSON.stringify(response.body)).not.toContain(a.tenantId);
    });
  },
);

describe.each(lists.map((route) => [route.operationId, route] as const))('%s', (_id, route) => {
  it('shows store B none of store A’s data', async () => {
    const path = route.path === '/api/v1/search' ? '/api/v1/search?q=abajur' : route.path;
    const response = await send(route, path, asB(route));
    expect(response.status).toBeLessThan(300);
    const text = response.text ?? JSON.stringify(response.body);
    for (const marker of markers) expect(text).not.toContain(marker);
  });
});

describe.each(
  Object.values(adminStorefrontRoutes).map((route) => [route.operationId, route] as const),
)('%s on store A’s host', (_operationId, route) => {
  it('answers 404 to store B’s owner, as to a stranger', async () => {
    const body = route.method === 'put' ? { template: 'bold' } : undefined;
    const response = await send(
      route,
      route.path,
      { host: a.host, authorization: `Bearer ${b.ownerToken}` },
      body,
    );
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});

it('shows store B none of store A’s translations in its own listing, in A’s languages', async () => {
  for (const path of ['/api/v1/products?lang=es', `/api/v1/products/${ids.handle}?lang=es`]) {
    const response = await request(app()).get(path).set('host', b.host);
    for (const marker of markers) expect(response.text).not.toContain(marker);
  }
});

it('shows nothing of store A to store A’s preview token on store B’s host, or to B’s on A’s', async () => {
  const onB = { host: b.host, [previewTokenHeader]: previewOfA };
  await request(app()).get('/api/v1/storefront/preview').set(onB).expect(404);
  const products = await request(app()).get('/api/v1/products').set(onB).expect(200);
  for (const marker of markers) expect(products.text).not.toContain(marker);
  const onA = { host: a.host, [previewTokenHeader]: previewOfB };
  await request(app()).get('/api/v1/storefront/preview').set(onA).expect(404);
});

it('left every resource of store A as it was', async () => {
  const asA = staff(a);
  const product = await request(app())
    .get(`/api/v1/admin/products/${ids.product}`)
    .set(asA)
    .expect(200);
  expect(product.body.title).toBe('Abajur exclusivo da loja A');
  expect(product.body.translations).toEqual([
    expect.objectContaining({ language: 'es', title: 'Lámpara exclusiva de la tienda A' }),
  ]);
  expect(product.body.images.map((image: { alt: string }) => image.alt)).toEqual(['']);
  const order = await request(app()).get(`/api/v1/admin/orders/${ids.order}`).set(asA).expect(200);
  expect(order.body.status).toBe('paid');
  expect(order.body.refunds).toEqual([]);
  await request(app()).get(`/api/v1/admin/collections/${ids.collection}`).set(asA).expect(200);
  const cart = await request(app())
    .get(`/api/v1/carts/${ids.cart}`)
    .set('host', a.host)
    .expect(200);
  expect(cart.body.email ?? null).toBeNull();
  expect(cart.body.lines.map((line: { quantity: number }) => line.quantity)).toEqual([1]);
  const coupons = await request(app()).get('/api/v1/admin/coupons').set(asA).expect(200);
  expect(
    coupons.body.items.map((coupon: { id: string; value: number }) => [coupon.id, coupon.value]),
  ).toEqual([[ids.coupon, 1000]]);
  const taxes = await request(app()).get('/api/v1/admin/tax-rates').set(asA).expect(200);
  expect(taxes.body.items.map((rate: { name: string }) => rate.name)).toEqual(['Imposto da A']);
  const zones = await request(app()).get('/api/v1/admin/shipping-zones').set(asA).expect(200);
  expect(zones.body.items.map((zone: { name: string }) => zone.name)).toEqual(['Brasil']);
  const categories = await request(app()).get('/api/v1/admin/categories').set(asA).expect(200);
  expect(JSON.stringify(categories.body)).toContain('Categoria só da A');
  const page = await request(app()).get(`/api/v1/admin/pages/${ids.page}`).set(asA).expect(200);
  expect(page.body).toMatchObject({ title: 'Página secreta da A', published: true });
  const site = await request(app()).get('/api/v1/admin/site-settings').set(asA).expect(200);
  expect(site.body.analytics.ga4MeasurementId).toBe('G-LOJAA12345');
  const samples = await request(app()).get('/api/v1/admin/sample-catalog').set(asA).expect(200);
  expect(samples.body.products).toHaveLength(6);
  const members = await request(app()).get('/api/v1/admin/members').set(asA).expect(200);
  expect(
    members.body.items.map((m: { userId: string; role: string }) => [m.userId, m.role]),
  ).toEqual([
    [a.ownerId, 'owner'],
    [ids.member, 'support'],
  ]);
  const settings = await request(app()).get('/api/v1/admin/settings').set(asA).expect(200);
  expect(settings.body).toMatchObject({
    languages: ['pt-BR', 'es'],
    displayCurrencies: [{ currency: 'KWD', rate: '0.0123457', rounding: 'none' }],
  });
  const theme = await request(app()).get('/api/v1/admin/storefront/theme').set(asA).expect(200);
  expect(theme.body).toMatchObject({
    template: 'minimal',
    primaryColor: '#a1b2c3',
    logoUrl: `/api/v1/media/${ids.logoKey}`,
  });
});
