import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let store: TestStore;
const variants: Record<string, string> = {};

const admin = (target: TestStore) => ({
  host: target.host,
  authorization: `Bearer ${target.ownerToken}`,
});

beforeAll(async () => {
  cell = await createCellHarness({ env: { CART_CREATIONS_PER_IP_PER_MINUTE: '1000' } });
  store = await cell.provisionStore({ live: true });
  const products = [
    { title: 'Caneca', price: 2500, variants: [{ sku: 'CAN', stock: 5, weightGrams: 400 }] },
    {
      title: 'Camiseta',
      price: 6000,
      variants: [{ sku: 'CAM-P', stock: 10, weightGrams: 200, options: { size: 'P' } }],
    },
    { title: 'Rascunho', price: 100, status: 'draft', variants: [{ sku: 'DRAFT', stock: 10 }] },
  ];
  for (const product of products) {
    const created = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin(store))
      .send({ status: 'active', ...product })
      .expect(201);
    variants[product.variants[0]!.sku] = created.body.variants[0].id;
  }
  await request(cell.app)
    .post('/api/v1/admin/coupons')
    .set(admin(store))
    .send({ code: 'DEZ', kind: 'percentage', value: 10 })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/coupons')
    .set(admin(store))
    .send({ code: 'VELHO', kind: 'fixed', value: 500, endsAt: '2020-01-01T00:00:00Z' })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/coupons')
    .set(admin(store))
    .send({ code: 'GRANDE', kind: 'fixed', value: 1000, minSubtotal: 100000 })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/shipping-zones')
    .set(admin(store))
    .send({
      name: 'Brasil',
      countries: ['BR'],
      rates: [
        { name: 'PAC', kind: 'free_over', amount: 1500, freeOverAmount: 20000 },
        { name: 'Retirada', kind: 'pickup' },
      ],
    })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/shipping-zones')
    .set(admin(store))
    .send({
      name: 'EUA pesado',
      countries: ['US'],
      rates: [
        { name: 'Até 1 kg', kind: 'weight', amount: 3000, minWeightGrams: 0, maxWeightGrams: 1000 },
      ],
    })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/tax-rates')
    .set(admin(store))
    .send({ name: 'ICMS SP', country: 'BR', region: 'BR-SP', rateBps: 1800 })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/tax-rates')
    .set(admin(store))
    .send({ name: 'BR', country: 'BR', rateBps: 1200, appliesToShipping: true })
    .expect(201);
});
afterAll(async () => {
  await cell.close();
});

const shopper = () => ({ host: store.host });
async function newCart(): Promise<string> {
  const response = await request(cell.app).post('/api/v1/carts').set(shopper()).expect(201);
  return response.body.id;
}
const add = (cartId: string, sku: string, quantity: number) =>
  request(cell.app)
    .post(`/api/v1/carts/${cartId}/items`)
    .set(shopper())
    .send({ variantId: variants[sku], quantity });

describe('the cart', () => {
  it('starts empty with an unguessable id, and prices lines from the server', async () => {
    const created = await request(cell.app).post('/api/v1/carts').set(shopper()).expect(201);
    expect(created.body).toMatchObject({ lines: [], total: 0, currency: 'BRL', problems: [] });
    expect(created.body.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.headers['cache-control']).toBe('no-store');
    await add(created.body.id, 'CAN', 2).expect(200);
    const cart = await add(created.body.id, 'CAN', 1).expect(200);
    expect(cart.body.lines).toEqual([
      expect.objectContaining({ title: 'Caneca', quantity: 3, unitPrice: 2500, lineTotal: 7500 }),
    ]);
    expect(cart.body).toMatchObject({ subtotal: 7500, itemCount: 3, shipping: null });
  });

  it('refuses more units than are available, saying how many are', async () => {
    const cartId = await newCart();
    const response = await add(cartId, 'CAN', 6).expect(409);
    expect(response.body.error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      fields: { quantity: 'only 5 available' },
    });
    await add(cartId, 'CAN', 5).expect(200);
    await add(cartId, 'CAN', 1).expect(409);
  });

  it('refuses products that are not for sale, and unknown ones, the same way', async () => {
    const cartId = await newCart();
    const draft = await add(cartId, 'DRAFT', 1).expect(409);
    expect(draft.body.error.code).toBe('PRODUCT_UNAVAILABLE');
    const unknown = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/items`)
      .set(shopper())
      .send({ variantId: '00000000-0000-4000-8000-000000000000', quantity: 1 })
      .expect(409);
    expect(unknown.body.error).toEqual({ ...draft.body.error, correlationId: expect.any(String) });
  });

  it('tells the shopper once when a price changed, and keeps a removed product out of the total', async () => {
    const cartId = await newCart();
    await add(cartId, 'CAN', 1).expect(200);
    await add(cartId, 'CAM-P', 1).expect(200);
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('products').where({ title: 'Caneca' }).update({ price: 2700 }),
    );
    const changed = await request(cell.app)
      .get(`/api/v1/carts/${cartId}`)
      .set(shopper())
      .expect(200);
    expect(changed.body.problems).toEqual([
      expect.objectContaining({ code: 'PRICE_CHANGED', previousPrice: 2500, price: 2700 }),
    ]);
    expect(changed.body.subtotal).toBe(8700);
    const again = await request(cell.app).get(`/api/v1/carts/${cartId}`).set(shopper()).expect(200);
    expect(again.body.problems).toEqual([]);
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('products').where({ title: 'Caneca' }).update({ price: 2500, status: 'archived' }),
    );
    const gone = await request(cell.app).get(`/api/v1/carts/${cartId}`).set(shopper()).expect(200);
    expect(gone.body.problems).toEqual([
      expect.objectContaining({ code: 'PRODUCT_UNAVAILABLE', variantId: variants.CAN }),
    ]);
    expect(gone.body.subtotal).toBe(6000);
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('products').where({ title: 'Caneca' }).update({ status: 'active' }),
    );
  });

  it('changes and removes lines', async () => {
    const cartId = await newCart();
    await add(cartId, 'CAM-P', 1).expect(200);
    const updated = await request(cell.app)
      .patch(`/api/v1/carts/${cartId}/items/${variants['CAM-P']}`)
      .set(shopper())
      .send({ quantity: 4 })
      .expect(200);
    expect(updated.body.lines[0].quantity).toBe(4);
    const removed = await request(cell.app)
      .patch(`/api/v1/carts/${cartId}/items/${variants['CAM-P']}`)
      .set(shopper())
      .send({ quantity: 0 })
      .expect(200);
    expect(removed.body.lines).toEqual([]);
    await request(cell.app)
      .delete(`/api/v1/carts/${cartId}/items/${variants['CAM-P']}`)
      .set(shopper())
      .expect(404);
  });

  it('applies coupons, and explains why a code does not apply', async () => {
    const cartId = await newCart();
    await add(cartId, 'CAM-P', 2).expect(200);
    const discounted = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper())
      .send({ code: 'dez' })
      .expect(200);
    expect(discounted.body).toMatchObject({
      discount: 1200,
      coupon: { code: 'DEZ', kind: 'percentage', value: 10 },
    });
    const expired = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper())
      .send({ code: 'VELHO' })
      .expect(422);
    expect(expired.body.error).toMatchObject({
      code: 'COUPON_NOT_APPLICABLE',
      fields: { code: 'This code has expired' },
    });
    const minimum = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper())
      .send({ code: 'GRANDE' })
      .expect(422);
    expect(minimum.body.error.fields.code).toMatch(/minimum/);
    const unknown = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper())
      .send({ code: 'NADA' })
      .expect(422);
    expect(unknown.body.error.fields.code).toBe('This code does not exist');
    // A code that expires after it was applied stays visible as a problem, not a silent change.
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('coupons')
        .where({ code: 'DEZ' })
        .update({ ends_at: new Date(Date.now() - 1000) }),
    );
    const later = await request(cell.app).get(`/api/v1/carts/${cartId}`).set(shopper()).expect(200);
    expect(later.body).toMatchObject({
      discount: 0,
      coupon: null,
      problems: [
        expect.objectContaining({
          code: 'COUPON_NOT_APPLICABLE',
          message: 'This code has expired',
        }),
      ],
    });
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('coupons').where({ code: 'DEZ' }).update({ ends_at: null }),
    );
    const cleared = await request(cell.app)
      .delete(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper())
      .expect(200);
    expect(cleared.body.problems).toEqual([]);
  });

  it('offers shipping for the address and adds the place’s tax', async () => {
    const cartId = await newCart();
    await add(cartId, 'CAN', 2).expect(200);
    const sp = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/shipping-address`)
      .set(shopper())
      .send({ country: 'BR', region: 'BR-SP', city: 'São Paulo', postalCode: '01000-000' })
      .expect(200);
    expect(sp.body.shippingOptions).toEqual([
      { id: expect.any(String), name: 'PAC', amount: 1500 },
      { id: expect.any(String), name: 'Retirada', amount: 0 },
    ]);
    // Two options: the shopper chooses.
    expect(sp.body.shippingRateId).toBeNull();
    const pac = sp.body.shippingOptions[0].id;
    const chosen = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/shipping-rate`)
      .set(shopper())
      .send({ rateId: pac })
      .expect(200);
    // 18% São Paulo rate (region beats country), not on shipping: 5000 × 0.18 = 900.
    expect(chosen.body).toMatchObject({
      subtotal: 5000,
      shipping: 1500,
      tax: 900,
      taxIncluded: false,
      total: 7400,
    });
    // Over 200.00 the PAC is free.
    await add(cartId, 'CAM-P', 3).expect(200);
    expect(
      (await request(cell.app).get(`/api/v1/carts/${cartId}`).set(shopper()).expect(200)).body
        .shipping,
    ).toBe(0);
    const rio = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/shipping-address`)
      .set(shopper())
      .send({ country: 'BR', region: 'BR-RJ' })
      .expect(200);
    // The country rate (12%) applies to shipping too; shipping is free here.
    expect(rio.body).toMatchObject({ subtotal: 23000, shipping: 0, tax: 2760, total: 25760 });
  });

  it('chooses the only option itself, follows weight ranges, and says when it cannot ship', async () => {
    const cartId = await newCart();
    await add(cartId, 'CAN', 2).expect(200);
    const us = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/shipping-address`)
      .set(shopper())
      .send({ country: 'US', region: 'US-CA' })
      .expect(200);
    expect(us.body).toMatchObject({
      shippingOptions: [expect.objectContaining({ name: 'Até 1 kg', amount: 3000 })],
      shipping: 3000,
    });
    expect(us.body.shippingRateId).toBe(us.body.shippingOptions[0].id);
    // 3 × 400 g is over the 1 kg range: no rate any more.
    const heavy = await add(cartId, 'CAN', 1).expect(200);
    expect(heavy.body).toMatchObject({
      shippingOptions: [],
      shipping: null,
      problems: [expect.objectContaining({ code: 'SHIPPING_UNAVAILABLE' })],
    });
    const france = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/shipping-address`)
      .set(shopper())
      .send({ country: 'FR' })
      .expect(200);
    expect(france.body.problems).toEqual([
      expect.objectContaining({ code: 'SHIPPING_UNAVAILABLE' }),
    ]);
    const wrong = await request(cell.app)
      .put(`/api/v1/carts/${cartId}/shipping-rate`)
      .set(shopper())
      .send({ rateId: us.body.shippingOptions[0].id })
      .expect(400);
    expect(wrong.body.error.fields).toHaveProperty('rateId');
  });

  it('reports tax inside prices when the store’s prices include it', async () => {
    const other = await cell.provisionStore({ live: true });
    await request(cell.app)
      .patch('/api/v1/admin/settings')
      .set(admin(other))
      .send({ pricesIncludeTax: true })
      .expect(200);
    await request(cell.app)
      .post('/api/v1/admin/tax-rates')
      .set(admin(other))
      .send({ name: 'IVA', country: 'BR', rateBps: 2000 })
      .expect(201);
    const product = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin(other))
      .send({ title: 'Livro', status: 'active', price: 12000, stock: 3 })
      .expect(201);
    const cart = await request(cell.app)
      .post('/api/v1/carts')
      .set({ host: other.host })
      .expect(201);
    const priced = await request(cell.app)
      .post(`/api/v1/carts/${cart.body.id}/items`)
      .set({ host: other.host })
      .send({ variantId: product.body.variants[0].id, quantity: 1 })
      .expect(200);
    expect(priced.body).toMatchObject({
      subtotal: 12000,
      tax: 2000,
      taxIncluded: true,
      total: 12000,
    });
  });

  it('keeps every concurrent addition (no lost updates)', async () => {
    const cartId = await newCart();
    await Promise.all(Array.from({ length: 8 }, () => add(cartId, 'CAM-P', 1).expect(200)));
    const cart = await request(cell.app).get(`/api/v1/carts/${cartId}`).set(shopper()).expect(200);
    expect(cart.body.lines[0].quantity).toBe(8);
  });

  it('keeps carts inside their store: another host, a made-up id or a malformed one finds nothing', async () => {
    const cartId = await newCart();
    const other = await cell.provisionStore({ live: true });
    await request(cell.app).get(`/api/v1/carts/${cartId}`).set({ host: other.host }).expect(404);
    await request(cell.app)
      .post(`/api/v1/carts/${cartId}/items`)
      .set({ host: other.host })
      .send({ variantId: variants.CAN, quantity: 1 })
      .expect(404);
    await request(cell.app)
      .get(`/api/v1/carts/${'a'.repeat(43)}`)
      .set(shopper())
      .expect(404);
    const malformed = await request(cell.app).get('/api/v1/carts/short').set(shopper()).expect(400);
    expect(malformed.body.error.fields).toHaveProperty('cartId');
    const closed = await cell.provisionStore();
    await request(cell.app).post('/api/v1/carts').set({ host: closed.host }).expect(404);
  });

  it.each([
    [{ variantId: 'x', quantity: 1 }, 'variantId'],
    [{ quantity: 1 }, 'variantId'],
    [{ variantId: '00000000-0000-4000-8000-000000000000', quantity: 0 }, 'quantity'],
    [{ variantId: '00000000-0000-4000-8000-000000000000', quantity: 1.5 }, 'quantity'],
    [{ variantId: '00000000-0000-4000-8000-000000000000', quantity: 1, price: 1 }, 'price'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const cartId = await newCart();
    const response = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/items`)
      .set(shopper())
      .send(body)
      .expect(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });
});

describe('rate limits on public endpoints', () => {
  it('answers 429 with Retry-After when one address creates too many carts', async () => {
    const limited = await createCellHarness({ env: { CART_CREATIONS_PER_IP_PER_MINUTE: '3' } });
    try {
      const shop = await limited.provisionStore({ live: true });
      const statuses = [];
      for (let index = 0; index < 5; index++)
        statuses.push(
          (await request(limited.app).post('/api/v1/carts').set({ host: shop.host })).status,
        );
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const limitedResponse = await request(limited.app)
        .post('/api/v1/carts')
        .set({ host: shop.host });
      expect(Number(limitedResponse.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
