import request from 'supertest';
import { createCellHarness, type CellHarness } from '../test/cell-harness';
import {
  createSellingStore,
  rowsOf,
  stockOf,
  type SellingStore,
} from '../orders/test/orders-fixture';

jest.setTimeout(60_000);

let cell: CellHarness;
let store: SellingStore;

beforeAll(async () => {
  cell = await createCellHarness({
    env: { CART_CREATIONS_PER_IP_PER_MINUTE: '1000', CHECKOUTS_PER_IP_PER_MINUTE: '1000' },
  });
  store = await createSellingStore(cell, { stock: 20 });
});
afterAll(() => cell.close());

async function readyCart(quantity: number): Promise<string> {
  const shopper = { host: store.host };
  const cart = await request(cell.app).post('/api/v1/carts').set(shopper).expect(201);
  const path = `/api/v1/carts/${cart.body.id}`;
  await request(cell.app)
    .post(`${path}/items`)
    .set(shopper)
    .send({ variantId: store.variantId, quantity })
    .expect(200);
  await request(cell.app)
    .put(`${path}/email`)
    .set(shopper)
    .send({ email: 'twice@example.com' })
    .expect(200);
  await request(cell.app)
    .put(`${path}/shipping-address`)
    .set(shopper)
    .send({
      country: 'BR',
      region: 'BR-SP',
      line1: 'Rua C, 3',
      city: 'Campinas',
      postalCode: '13000-000',
    })
    .expect(200);
  const priced = await request(cell.app).get(path).set(shopper).expect(200);
  await request(cell.app)
    .put(`${path}/shipping-rate`)
    .set(shopper)
    .send({ rateId: priced.body.shippingOptions[0].id })
    .expect(200);
  return cart.body.id as string;
}

const start = (cartId: string) =>
  request(cell.app).post(`/api/v1/carts/${cartId}/checkout`).set('host', store.host).send({});

it('gives a cart clicked "pay" many times at once one checkout, one order and one hold', async () => {
  const cartId = await readyCart(2);
  const answers = await Promise.all(Array.from({ length: 12 }, () => start(cartId)));
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
  const waits = answers.filter((answer) => answer.status === 409);
  for (const wait of waits) {
    expect(wait.body.error.code).toBe('CHECKOUT_IN_PROGRESS');
    expect(wait.headers['retry-after']).toBe('1');
  }
  // Retrying, as the storefront does, lands on the one checkout.
  const again = await start(cartId).expect(201);
  const created = answers.filter((answer) => answer.status === 201);
  for (const answer of created) expect(answer.body.checkoutId).toBe(again.body.checkoutId);
  const counts = await rowsOf(cell, store, async (trx) => ({
    checkouts: (await trx('checkout_sessions').where({ cart_id: cartId })).length,
    orders: (await trx('orders').where({ checkout_session_id: again.body.checkoutId })).length,
  }));
  expect(counts).toEqual({ checkouts: 1, orders: 1 });
  expect(await stockOf(cell, store)).toEqual({ stock: 20, reserved: 2 });
});

it('replaces a checkout whose start died half-way, giving its hold back', async () => {
  const cartId = await readyCart(3);
  const first = await start(cartId).expect(201);
  expect(await stockOf(cell, store)).toEqual({ stock: 20, reserved: 5 });
  // As if the process had died between holding the stock and getting Stripe's page.
  await rowsOf(cell, store, (trx) =>
    trx('checkout_sessions')
      .where({ id: first.body.checkoutId })
      .update({
        status: 'pending',
        checkout_url: null,
        created_at: trx.raw(`now() - interval '2 minutes'`),
      }),
  );
  const second = await start(cartId).expect(201);
  expect(second.body.checkoutId).not.toBe(first.body.checkoutId);
  expect(await stockOf(cell, store)).toEqual({ stock: 20, reserved: 5 });
  const state = await rowsOf(cell, store, async (trx) => ({
    old: await trx('checkout_sessions').where({ id: first.body.checkoutId }).first('status'),
    oldOrder: await trx('orders').where({ id: first.body.orderId }).first('status'),
  }));
  expect(state).toEqual({ old: { status: 'failed' }, oldOrder: { status: 'cancelled' } });
});

it('ships the paid order to the street address the shopper gave on Stripe’s page', async () => {
  const cartId = await readyCart(1);
  const started = await start(cartId).expect(201);
  const { stripe_session_id: sessionId } = await rowsOf(cell, store, (trx) =>
    trx('checkout_sessions').where({ id: started.body.checkoutId }).first('stripe_session_id'),
  );
  await request(cell.app)
    .post(`/internal/v1/tenants/${store.tenantId}/stripe-events`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({
      event: {
        id: `evt_address_${Date.now()}`,
        object: 'event',
        type: 'checkout.session.completed',
        created: Math.floor(Date.now() / 1000),
        account: store.accountId,
        data: {
          object: {
            id: sessionId,
            object: 'checkout.session',
            payment_status: 'paid',
            payment_intent: 'pi_address',
            metadata: { tenant_id: store.tenantId, checkout_id: started.body.checkoutId },
            collected_information: {
              shipping_details: {
                name: 'Ana Lima',
                address: {
                  line1: 'Av. Brasil, 500',
                  line2: null,
                  city: 'Campinas',
                  state: 'SP',
                  postal_code: '13000-100',
                  country: 'BR',
                },
              },
            },
            customer_details: { email: 'twice@example.com', phone: '+5519988887777' },
          },
        },
      },
    })
    .expect(200);
  const order = await request(cell.app)
    .get(`/api/v1/admin/orders/${started.body.orderId}`)
    .set({ host: store.host, authorization: `Bearer ${store.ownerToken}` })
    .expect(200);
  expect(order.body.status).toBe('paid');
  expect(order.body.shippingAddress).toMatchObject({
    name: 'Ana Lima',
    line1: 'Av. Brasil, 500',
    city: 'Campinas',
    region: 'BR-SP',
    postalCode: '13000-100',
    country: 'BR',
    phone: '+5519988887777',
  });
});
