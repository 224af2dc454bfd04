import type { Express } from 'express';
import request from 'supertest';
import { Stripe } from '@mpb/payments';
import { createCapturingLogger } from '@mpb/testing';
import { createCellApp } from '../app';
import { stripeRefundKey } from './refund-rules';
import { createCellHarness, type CellHarness } from '../test/cell-harness';
import { testCellDeps } from '../test/test-deps';
import {
  createSellingStore,
  eventsOf,
  paidOrder,
  placeOrder,
  rowsOf,
  staff,
  stockOf,
  type SellingStore,
} from './test/orders-fixture';

jest.setTimeout(60_000);

let cell: CellHarness;
let store: SellingStore;
/** The same cell, database and stores, with Stripe unreachable. */
let stripeDown: Express;

beforeAll(async () => {
  cell = await createCellHarness({
    env: { CART_CREATIONS_PER_IP_PER_MINUTE: '10000', CHECKOUTS_PER_IP_PER_MINUTE: '10000' },
  });
  store = await createSellingStore(cell);
  stripeDown = createCellApp(
    testCellDeps({
      cellId: 'test-cell',
      db: cell.database.app,
      databaseUrl: cell.database.appUrl,
      redis: cell.redis.scoped,
      signer: cell.signer,
      internalToken: cell.internalToken,
      logger: createCapturingLogger('stripe-down').logger,
      // Nothing listens on the discard port: every call fails to connect.
      env: { STRIPE_API_BASE: 'http://127.0.0.1:9', STRIPE_TIMEOUT_MS: '2000' },
    }),
  );
});
afterAll(() => cell.close());

let keyCounter = 0;
const newKey = () => `refund-key-${Date.now()}-${++keyCounter}`;
const refund = (
  orderId: string,
  body: object,
  key: string | null = newKey(),
  app: Express = cell.app,
) => {
  const call = request(app).post(`/api/v1/admin/orders/${orderId}/refunds`).set(staff(store));
  return (key === null ? call : call.set('idempotency-key', key)).send(body);
};
const refundRows = (orderId: string) =>
  rowsOf(cell, store, (trx) =>
    trx('refunds').where({ order_id: orderId }).orderBy('created_at').select('amount', 'status'),
  );
const orderRow = (orderId: string) =>
  rowsOf(cell, store, (trx) =>
    trx('orders').where({ id: orderId }).first('status', 'refunded_amount'),
  );

describe('refunds', () => {
  it('refunds part of an order through Stripe, keeping its status', async () => {
    const order = await paidOrder(cell, store);
    const response = await refund(order.orderId, { amount: 5000, reason: 'Scratched' }).expect(201);
    expect(response.body.refund).toMatchObject({
      amount: 5000,
      currency: 'BRL',
      status: 'succeeded',
      reason: 'Scratched',
      restock: false,
      stripeRefundId: expect.stringMatching(/^re_/),
      createdBy: store.ownerId,
    });
    expect(response.body.order).toMatchObject({
      status: 'paid',
      totals: { total: 17000, refunded: 5000 },
      refundable: 12000,
    });
    expect(response.body.order.timeline.at(-1)).toMatchObject({
      type: 'refund',
      fromStatus: null,
      toStatus: null,
      actor: { type: 'member', id: store.ownerId },
      data: { amount: 5000, full: false },
    });
    expect((await eventsOf(cell, store, order.orderId)).at(-1)).toEqual({
      type: 'OrderRefunded',
      payload: {
        orderId: order.orderId,
        refundId: response.body.refund.id,
        amount: 5000,
        full: false,
      },
    });
  });

  it('moves to refunded when the rest is refunded, and refuses more after that', async () => {
    const order = await paidOrder(cell, store);
    await refund(order.orderId, { amount: 7000 }).expect(201);
    const rest = await refund(order.orderId, { amount: 10000 }).expect(201);
    expect(rest.body.order).toMatchObject({
      status: 'refunded',
      totals: { refunded: 17000 },
      refundable: 0,
    });
    expect(rest.body.order.timeline.at(-1)).toMatchObject({
      type: 'refunded',
      fromStatus: 'paid',
      toStatus: 'refunded',
    });
    const more = await refund(order.orderId, { amount: 1 }).expect(409);
    expect(more.body.error.code).toBe('INVALID_STATE');
  });

  it('refuses more than what is still refundable, naming the amount', async () => {
    const order = await paidOrder(cell, store);
    await refund(order.orderId, { amount: 15000 }).expect(201);
    const response = await refund(order.orderId, { amount: 2001 }).expect(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { amount: expect.stringContaining('at most 2000') },
    });
    expect(await refundRows(order.orderId)).toEqual([{ amount: 15000, status: 'succeeded' }]);
  });

  it('validates the body and requires an Idempotency-Key', async () => {
    const order = await paidOrder(cell, store);
    const invalid = await refund(order.orderId, { amount: -5, restock: 'yes' }).expect(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['amount', 'restock']);
    const fractional = await refund(order.orderId, { amount: 10.5 }).expect(400);
    expect(fractional.body.error.fields).toEqual({ amount: expect.any(String) });
    const noKey = await refund(order.orderId, { amount: 100 }, null).expect(400);
    expect(noKey.body.error.fields).toEqual({ 'Idempotency-Key': 'is required' });
    await refund(order.orderId, { amount: 100 }, 'short').expect(400);
    expect(await refundRows(order.orderId)).toEqual([]);
  });

  it('refuses to refund an unpaid order', async () => {
    const order = await placeOrder(cell, store);
    const response = await refund(order.orderId, { amount: 100 }).expect(409);
    expect(response.body.error.code).toBe('INVALID_STATE');
  });

  it('answers a replayed key with the same refund, and refunds only once', async () => {
    const order = await paidOrder(cell, store);
    const key = newKey();
    const first = await refund(order.orderId, { amount: 3000 }, key).expect(201);
    const again = await refund(order.orderId, { amount: 3000 }, key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.refund).toEqual(first.body.refund);
    expect(await refundRows(order.orderId)).toEqual([{ amount: 3000, status: 'succeeded' }]);
    expect(await orderRow(order.orderId)).toEqual({ status: 'paid', refunded_amount: 3000 });
    const events = await eventsOf(cell, store, order.orderId);
    expect(events.filter((event) => event.type === 'OrderRefunded')).toHaveLength(1);

    const reused = await refund(order.orderId, { amount: 4000 }, key).expect(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('never refunds twice when the same refund is submitted many times at once', async () => {
    const order = await paidOrder(cell, store);
    const key = newKey();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => refund(order.orderId, { amount: 17000 }, key)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201));
    const ids = new Set(responses.map((response) => response.body.refund.id));
    expect(ids.size).toBe(1);
    expect(await refundRows(order.orderId)).toEqual([{ amount: 17000, status: 'succeeded' }]);
    expect(await orderRow(order.orderId)).toEqual({ status: 'refunded', refunded_amount: 17000 });
  });

  it('never passes the total when different refunds race', async () => {
    const order = await paidOrder(cell, store);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => refund(order.orderId, { amount: 10000 })),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 400)).toHaveLength(5);
    expect(await orderRow(order.orderId)).toEqual({ status: 'paid', refunded_amount: 10000 });
  });

  it('returns the units to stock when asked, once per order', async () => {
    const order = await paidOrder(cell, store, { quantity: 2 });
    const afterSale = await stockOf(cell, store);
    await refund(order.orderId, { amount: 1000, restock: true }).expect(201);
    expect(await stockOf(cell, store)).toEqual({ ...afterSale, stock: afterSale.stock + 2 });
    await refund(order.orderId, { amount: 1000, restock: true }).expect(201);
    expect(await stockOf(cell, store)).toEqual({ ...afterSale, stock: afterSale.stock + 2 });
  });

  it('answers 503 when Stripe is down, records nothing as refunded, and resumes on retry', async () => {
    const order = await paidOrder(cell, store);
    const key = newKey();
    const down = await refund(order.orderId, { amount: 2500 }, key, stripeDown).expect(503);
    expect(down.body.error.code).toBe('UNAVAILABLE');
    expect(await refundRows(order.orderId)).toEqual([{ amount: 2500, status: 'pending' }]);
    expect(await orderRow(order.orderId)).toEqual({ status: 'paid', refunded_amount: 0 });
    expect((await eventsOf(cell, store, order.orderId)).map((event) => event.type)).not.toContain(
      'OrderRefunded',
    );
    // The pending refund holds its amount against other refunds...
    const detail = await request(cell.app)
      .get(`/api/v1/admin/orders/${order.orderId}`)
      .set(staff(store))
      .expect(200);
    expect(detail.body.refundable).toBe(14500);
    // ...until the same request is retried with Stripe back.
    const retried = await refund(order.orderId, { amount: 2500 }, key).expect(201);
    expect(retried.body.refund.status).toBe('succeeded');
    expect(await orderRow(order.orderId)).toEqual({ status: 'paid', refunded_amount: 2500 });
  });

  it('answers 503 for a paid cancellation when Stripe is down, leaving the order paid', async () => {
    const order = await paidOrder(cell, store);
    const response = await request(stripeDown)
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({ reason: 'Buyer changed their mind' })
      .expect(503);
    expect(response.body.error.code).toBe('UNAVAILABLE');
    expect(await orderRow(order.orderId)).toEqual({ status: 'paid', refunded_amount: 0 });
    const retried = await request(cell.app)
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({ reason: 'Buyer changed their mind' })
      .expect(200);
    expect(retried.body).toMatchObject({ status: 'cancelled', totals: { refunded: 17000 } });
  });

  it('asks Stripe once, on the store’s account, with a key derived from tenant and Idempotency-Key', async () => {
    const deps = testCellDeps({
      cellId: 'test-cell',
      db: cell.database.app,
      databaseUrl: cell.database.appUrl,
      redis: cell.redis.scoped,
      signer: cell.signer,
      internalToken: cell.internalToken,
      logger: createCapturingLogger('stripe-spy').logger,
    });
    const create = jest.spyOn(deps.stripe.refunds, 'create');
    const app = createCellApp(deps);
    const order = await paidOrder(cell, store);
    const key = newKey();
    await refund(order.orderId, { amount: 1234 }, key, app).expect(201);
    await refund(order.orderId, { amount: 1234 }, key, app).expect(201);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ payment_intent: `pi_test_${order.number}`, amount: 1234 }),
      { stripeAccount: store.accountId, idempotencyKey: stripeRefundKey(store.tenantId, key) },
    );
  });

  it('records a refund Stripe refuses as failed, answers 409, and lets a new key try again', async () => {
    const deps = testCellDeps({
      cellId: 'test-cell',
      db: cell.database.app,
      databaseUrl: cell.database.appUrl,
      redis: cell.redis.scoped,
      signer: cell.signer,
      internalToken: cell.internalToken,
      logger: createCapturingLogger('stripe-refuses').logger,
    });
    const refusal = () =>
      new Stripe.errors.StripeInvalidRequestError({
        type: 'invalid_request_error',
        message: 'Charge ch_1 has already been refunded.',
      });
    const create = jest.spyOn(deps.stripe.refunds, 'create').mockRejectedValue(refusal());
    const app = createCellApp(deps);

    const order = await paidOrder(cell, store);
    const key = newKey();
    const refused = await refund(order.orderId, { amount: 1000 }, key, app).expect(409);
    expect(refused.body.error.message).toContain('already been refunded');
    expect(await refundRows(order.orderId)).toEqual([{ amount: 1000, status: 'failed' }]);
    expect(await orderRow(order.orderId)).toEqual({ status: 'paid', refunded_amount: 0 });
    const replayed = await refund(order.orderId, { amount: 1000 }, key, app).expect(409);
    expect(replayed.body.error.code).toBe('INVALID_STATE');
    expect(create).toHaveBeenCalledTimes(1);

    // A cancellation Stripe refuses can be tried again once Stripe accepts.
    const cancel = () =>
      request(app)
        .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
        .set(staff(store))
        .send({ reason: 'Lost in transit' });
    await cancel().expect(409);
    create.mockRestore();
    const cancelled = await cancel().expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', totals: { refunded: 17000 } });
    expect(await refundRows(order.orderId)).toEqual([
      { amount: 1000, status: 'failed' },
      { amount: 17000, status: 'failed' },
      { amount: 17000, status: 'succeeded' },
    ]);
    await refund(order.orderId, { amount: 1000 }, newKey(), app).expect(409);
  });
});
