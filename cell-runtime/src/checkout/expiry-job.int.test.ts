import request from 'supertest';
import { withTenant, type Knex } from '@mpb/db';
import { createCapturingLogger } from '@mpb/testing';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { checkoutExpiryJob } from './expiry-job';

jest.setTimeout(60_000);

let cell: CellHarness;
let store: TestStore;
let variantId: string;

const admin = () => ({ host: store.host, authorization: `Bearer ${store.ownerToken}` });
const shopper = () => ({ host: store.host });

beforeAll(async () => {
  cell = await createCellHarness({
    env: { CART_CREATIONS_PER_IP_PER_MINUTE: '1000', CHECKOUTS_PER_IP_PER_MINUTE: '1000' },
  });
  store = await cell.provisionStore({ live: true });
  await request(cell.app)
    .put(`/internal/v1/tenants/${store.tenantId}/payment-account`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({ accountId: 'acct_expiryjob', chargesEnabled: true })
    .expect(204);
  const product = await request(cell.app)
    .post('/api/v1/admin/products')
    .set(admin())
    .send({ title: 'Vela', price: 3000, status: 'active', variants: [{ sku: 'VELA', stock: 4 }] })
    .expect(201);
  variantId = product.body.variants[0].id;
  await request(cell.app)
    .post('/api/v1/admin/shipping-zones')
    .set(admin())
    .send({ name: 'Brasil', countries: ['BR'], rates: [{ name: 'Retirada', kind: 'pickup' }] })
    .expect(201);
});

afterAll(() => cell.close());

async function startCheckout(quantity: number) {
  const cart = await request(cell.app).post('/api/v1/carts').set(shopper()).expect(201);
  const path = `/api/v1/carts/${cart.body.id}`;
  await request(cell.app)
    .post(`${path}/items`)
    .set(shopper())
    .send({ variantId, quantity })
    .expect(200);
  await request(cell.app)
    .put(`${path}/email`)
    .set(shopper())
    .send({ email: 'late@example.com' })
    .expect(200);
  await request(cell.app)
    .put(`${path}/shipping-address`)
    .set(shopper())
    .send({
      country: 'BR',
      region: 'BR-SP',
      line1: 'Rua B, 2',
      city: 'Santos',
      postalCode: '11000-000',
    })
    .expect(200);
  const started = await request(cell.app).post(`${path}/checkout`).set(shopper()).send({});
  expect(started.status).toBe(201);
  return started.body as { checkoutId: string; orderId: string };
}

const rows = <T>(work: (trx: Knex.Transaction) => Promise<T>) =>
  withTenant(cell.database.app, store.tenantId, work);

it('releases the stock of checkouts past their expiry and grace, and leaves the others alone', async () => {
  const stale = await startCheckout(3);
  const fresh = await startCheckout(1);
  expect(
    await rows((trx) => trx('product_variants').where({ id: variantId }).first('reserved')),
  ).toEqual({ reserved: 4 });

  // The first checkout expired ten minutes ago, past the five-minute grace.
  await rows((trx) =>
    trx('checkout_sessions')
      .where({ id: stale.checkoutId })
      .update({ expires_at: trx.raw(`now() - interval '10 minutes'`) }),
  );

  const job = checkoutExpiryJob(cell.database.app, createCapturingLogger().logger, 1000);
  await job.run();
  await job.run(); // a second sweep finds nothing left to do

  const state = await rows(async (trx) => ({
    variant: await trx('product_variants').where({ id: variantId }).first('stock', 'reserved'),
    checkouts: await trx('checkout_sessions')
      .whereIn('id', [stale.checkoutId, fresh.checkoutId])
      .orderBy('id')
      .select('id', 'status'),
    staleOrder: await trx('orders').where({ id: stale.orderId }).first('status'),
    freshOrder: await trx('orders').where({ id: fresh.orderId }).first('status'),
    timeline: await trx('order_events')
      .where({ order_id: stale.orderId })
      .orderBy('id')
      .pluck('type'),
  }));
  expect(state.variant).toEqual({ stock: 4, reserved: 1 });
  expect(Object.fromEntries(state.checkouts.map((row) => [row.id, row.status]))).toEqual({
    [stale.checkoutId]: 'expired',
    [fresh.checkoutId]: 'open',
  });
  expect(state.staleOrder).toEqual({ status: 'cancelled' });
  expect(state.freshOrder).toEqual({ status: 'created' });
  expect(state.timeline).toEqual(['created', 'cancelled']);
});
