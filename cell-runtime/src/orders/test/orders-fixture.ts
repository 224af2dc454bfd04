import { createHash } from 'node:crypto';
import request from 'supertest';
import { withTenant, type Knex } from '@mpb/db';
import type { CellHarness, TestStore } from '../../test/cell-harness';

/** A live store that sells, ships to Brazil and takes payments on a (stripe-mock) account. */
export interface SellingStore extends TestStore {
  variantId: string;
  sku: string;
  accountId: string;
}

export const staff = (store: TestStore) => ({
  host: store.host,
  authorization: `Bearer ${store.ownerToken}`,
});

let storeCounter = 0;

export async function createSellingStore(
  cell: CellHarness,
  options: { stock?: number; title?: string; coupon?: string } = {},
): Promise<SellingStore> {
  const store = await cell.provisionStore({ live: true });
  const sku = `SKU-${++storeCounter}-${store.tenantId.slice(0, 6)}`;
  const product = await request(cell.app)
    .post('/api/v1/admin/products')
    .set(staff(store))
    .send({
      title: options.title ?? 'Luminária',
      status: 'active',
      price: 15000,
      variants: [{ sku, stock: options.stock ?? 50 }],
    })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/shipping-zones')
    .set(staff(store))
    .send({
      name: 'Brasil',
      countries: ['BR'],
      rates: [{ name: 'Correios', kind: 'flat', amount: 2000 }],
    })
    .expect(201);
  if (options.coupon) {
    await request(cell.app)
      .post('/api/v1/admin/coupons')
      .set(staff(store))
      .send({ code: options.coupon, kind: 'fixed', value: 1000, usageLimit: 10 })
      .expect(201);
  }
  const accountId = `acct_${store.tenantId.replace(/-/g, '').slice(0, 16)}`;
  await request(cell.app)
    .put(`/internal/v1/tenants/${store.tenantId}/payment-account`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({ accountId, chargesEnabled: true })
    .expect(204);
  return { ...store, variantId: product.body.variants[0].id, sku, accountId };
}

export interface PlacedOrder {
  orderId: string;
  checkoutId: string;
  number: number;
  /** The status link's token, set by the test (the real one only reaches Stripe). */
  statusToken: string;
  email: string;
}

let orderCounter = 0;

/** A shopper's order through cart and Stripe Checkout, awaiting payment. */
export async function placeOrder(
  cell: CellHarness,
  store: SellingStore,
  options: { quantity?: number; email?: string; coupon?: string; locale?: string } = {},
): Promise<PlacedOrder> {
  const shopper = { host: store.host };
  const email =
    options.email ?? `buyer-${++orderCounter}-${store.tenantId.slice(0, 6)}@example.com`;
  const cart = await request(cell.app).post('/api/v1/carts').set(shopper).expect(201);
  const cartId: string = cart.body.id;
  await request(cell.app)
    .post(`/api/v1/carts/${cartId}/items`)
    .set(shopper)
    .send({ variantId: store.variantId, quantity: options.quantity ?? 1 })
    .expect(200);
  if (options.coupon) {
    await request(cell.app)
      .put(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper)
      .send({ code: options.coupon })
      .expect(200);
  }
  await request(cell.app)
    .put(`/api/v1/carts/${cartId}/email`)
    .set(shopper)
    .send({ email })
    .expect(200);
  await request(cell.app)
    .put(`/api/v1/carts/${cartId}/shipping-address`)
    .set(shopper)
    .send({
      name: 'Maria Souza',
      line1: 'Rua das Flores, 10',
      city: 'São Paulo',
      region: 'BR-SP',
      postalCode: '01000-000',
      country: 'BR',
    })
    .expect(200);
  const priced = await request(cell.app).get(`/api/v1/carts/${cartId}`).set(shopper).expect(200);
  await request(cell.app)
    .put(`/api/v1/carts/${cartId}/shipping-rate`)
    .set(shopper)
    .send({ rateId: priced.body.shippingOptions[0].id })
    .expect(200);
  const started = await request(cell.app)
    .post(`/api/v1/carts/${cartId}/checkout`)
    .set(shopper)
    .send({ locale: options.locale ?? 'pt-BR' })
    .expect(201);
  const statusToken = `status-token-${started.body.orderId}`;
  await rowsOf(cell, store, (trx) =>
    trx('orders')
      .where({ id: started.body.orderId })
      .update({ status_token_hash: createHash('sha256').update(statusToken).digest('hex') }),
  );
  return {
    orderId: started.body.orderId,
    checkoutId: started.body.checkoutId,
    number: started.body.orderNumber,
    statusToken,
    email,
  };
}

let eventCounter = 0;

/** Stripe's `checkout.session.completed` for the order, as the control plane forwards it. */
export async function payOrder(
  cell: CellHarness,
  store: SellingStore,
  order: PlacedOrder,
): Promise<void> {
  const checkout = await rowsOf(cell, store, (trx) =>
    trx('checkout_sessions').where({ id: order.checkoutId }).first('stripe_session_id'),
  );
  const response = await request(cell.app)
    .post(`/internal/v1/tenants/${store.tenantId}/stripe-events`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({
      event: {
        id: `evt_orders_${Date.now()}_${++eventCounter}`,
        object: 'event',
        type: 'checkout.session.completed',
        created: Math.floor(Date.now() / 1000),
        account: store.accountId,
        data: {
          object: {
            id: checkout.stripe_session_id,
            object: 'checkout.session',
            payment_status: 'paid',
            payment_intent: `pi_test_${order.number}`,
            metadata: {
              tenant_id: store.tenantId,
              checkout_id: order.checkoutId,
              order_id: order.orderId,
            },
          },
        },
      },
    })
    .expect(200);
  expect(response.body.outcome).toBe('processed');
}

export async function paidOrder(
  cell: CellHarness,
  store: SellingStore,
  options: { quantity?: number; email?: string; locale?: string } = {},
): Promise<PlacedOrder> {
  const order = await placeOrder(cell, store, options);
  await payOrder(cell, store, order);
  return order;
}

export function rowsOf<T>(
  cell: CellHarness,
  store: TestStore,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return withTenant(cell.database.app, store.tenantId, work);
}

export async function stockOf(
  cell: CellHarness,
  store: SellingStore,
): Promise<{ stock: number; reserved: number }> {
  return rowsOf(cell, store, (trx) =>
    trx('product_variants').where({ id: store.variantId }).first('stock', 'reserved'),
  );
}

/** The outbox events of an order, by type, oldest first. */
export async function eventsOf(
  cell: CellHarness,
  store: TestStore,
  orderId: string,
): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  return rowsOf(cell, store, (trx) =>
    trx('outbox_events').where({ aggregate_id: orderId }).orderBy('id').select('type', 'payload'),
  );
}
