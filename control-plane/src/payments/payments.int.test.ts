import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { createCellHarness, type CellHarness } from '@mpb/cell-runtime/testing';
import { withTenant, type Knex } from '@mpb/db';
import { Stripe } from '@mpb/payments';
import { upsertCell } from '../cells/repository';
import {
  createControlPlaneHarness,
  TEST_WEBHOOK_SECRET,
  type ControlPlaneHarness,
} from '../test/control-plane-harness';

jest.setTimeout(60_000);

let cp: ControlPlaneHarness;
let cell: CellHarness;
let cellServer: http.Server;
let owner: { token: string; userId: string; email: string };
const tenantId = uuidv7();
const slug = `pay-${tenantId.slice(-8)}`;
const host = `${slug}.localhost`;
let accountId: string;
let variantId: string;

// Stripe's own signing code, as Stripe runs it for each delivery.
const signer = new Stripe('sk_test_signing_only');
function signed(event: object, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event);
  const signature = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? TEST_WEBHOOK_SECRET,
    timestamp: options.timestamp,
  });
  return { payload, signature };
}
const deliver = (event: object, options?: { secret?: string; timestamp?: number }) => {
  const { payload, signature } = signed(event, options);
  return request(cp.app)
    .post('/api/v1/webhooks/stripe')
    .set('content-type', 'application/json')
    .set('stripe-signature', signature)
    .send(payload);
};
let eventCounter = 0;
const stripeEvent = (type: string, object: object) => ({
  id: `evt_test_${Date.now()}_${eventCounter++}`,
  object: 'event',
  type,
  created: Math.floor(Date.now() / 1000),
  account: accountId,
  data: { object },
});

const shopper = { host };
async function readyCart(quantity = 1): Promise<string> {
  const cart = await request(cell.app).post('/api/v1/carts').set(shopper).expect(201);
  await request(cell.app)
    .post(`/api/v1/carts/${cart.body.id}/items`)
    .set(shopper)
    .send({ variantId, quantity })
    .expect(200);
  await request(cell.app)
    .put(`/api/v1/carts/${cart.body.id}/email`)
    .set(shopper)
    .send({ email: 'buyer@example.com' })
    .expect(200);
  await request(cell.app)
    .put(`/api/v1/carts/${cart.body.id}/shipping-address`)
    .set(shopper)
    .send({
      country: 'BR',
      region: 'BR-SP',
      line1: 'Rua A, 1',
      city: 'São Paulo',
      postalCode: '01000-000',
    })
    .expect(200);
  return cart.body.id;
}
const cellRows = <T>(work: (trx: Knex.Transaction) => Promise<T>) =>
  withTenant(cell.database.app, tenantId, work);
const stockOf = async () =>
  await cellRows((trx) =>
    trx('product_variants')
      .where({ id: variantId })
      .first<{ stock: number; reserved: number }>('stock', 'reserved'),
  );

beforeAll(async () => {
  cell = await createCellHarness({
    env: { CART_CREATIONS_PER_IP_PER_MINUTE: '10000', CHECKOUTS_PER_IP_PER_MINUTE: '10000' },
  });
  cellServer = http.createServer(cell.app);
  await new Promise<void>((resolve) => cellServer.listen(0, '127.0.0.1', () => resolve()));
  const cellUrl = `http://127.0.0.1:${(cellServer.address() as AddressInfo).port}`;
  cp = await createControlPlaneHarness({ INTERNAL_API_TOKEN: cell.internalToken });
  owner = await cp.signUp();
  await upsertCell(cp.database.app, {
    id: 'pay-cell',
    kind: 'shared',
    region: 'test',
    status: 'active',
    capacity: 10,
    api_url: cellUrl,
    storefront_url: cellUrl,
  });
  // A provisioned store, in the control plane and in its cell (what the workflow does).
  await cp.database.app('tenants').insert({
    id: tenantId,
    slug,
    name: 'Loja Pagamentos',
    niche: 'home',
    currency: 'BRL',
    language: 'pt-BR',
    country: 'BR',
    template: 'default',
    status: 'ready',
    cell_id: 'pay-cell',
    created_by: owner.userId,
  });
  await cp.database
    .app('tenant_memberships')
    .insert({ tenant_id: tenantId, user_id: owner.userId, role: 'owner' });
  await request(cell.app)
    .put(`/internal/v1/tenants/${tenantId}`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({
      slug,
      name: 'Loja Pagamentos',
      niche: 'home',
      currency: 'BRL',
      language: 'pt-BR',
      country: 'BR',
      template: 'default',
      hosts: [host],
      owner: { userId: owner.userId, email: owner.email },
    })
    .expect(200);
  await request(cell.app)
    .put(`/internal/v1/tenants/${tenantId}/live`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({ live: true })
    .expect(200);
  const ownerToken = await cell.tokenFor(owner.userId, owner.email);
  const admin = { host, authorization: `Bearer ${ownerToken}` };
  const product = await request(cell.app)
    .post('/api/v1/admin/products')
    .set(admin)
    .send({
      title: 'Luminária',
      status: 'active',
      price: 15000,
      variants: [{ sku: 'LUM-1', stock: 10 }],
    })
    .expect(201);
  variantId = product.body.variants[0].id;
  await request(cell.app)
    .post('/api/v1/admin/shipping-zones')
    .set(admin)
    .send({
      name: 'Brasil',
      countries: ['BR'],
      rates: [{ name: 'Correios', kind: 'flat', amount: 2000 }],
    })
    .expect(201);
  await request(cell.app)
    .post('/api/v1/admin/coupons')
    .set(admin)
    .send({ code: 'PRIMEIRA', kind: 'percentage', value: 10, usageLimit: 1 })
    .expect(201);
});

afterAll(async () => {
  await new Promise((resolve) => cellServer.close(resolve));
  await cp.close();
  await cell.close();
});

describe('connecting Stripe', () => {
  it('refuses checkout before the store can take payments', async () => {
    const cartId = await readyCart();
    const response = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/checkout`)
      .set(shopper)
      .send({})
      .expect(409);
    expect(response.body.error.code).toBe('PAYMENTS_NOT_CONFIGURED');
  });

  it('creates the connected account once, tells the cell, and returns an onboarding link', async () => {
    const bearer = { authorization: `Bearer ${owner.token}` };
    const first = await request(cp.app)
      .post(`/api/v1/tenants/${tenantId}/payments/stripe/onboarding`)
      .set(bearer)
      .send({ returnPath: `/stores/${tenantId}` })
      .expect(200);
    expect(first.body).toMatchObject({
      provider: 'stripe',
      accountId: expect.stringMatching(/^acct_/),
      url: expect.stringMatching(/^https:\/\//),
    });
    accountId = first.body.accountId;
    const again = await request(cp.app)
      .post(`/api/v1/tenants/${tenantId}/payments/stripe/onboarding`)
      .set(bearer)
      .send({})
      .expect(200);
    expect(again.body.accountId).toBe(accountId);
    expect(await cp.database.app('stripe_accounts').where({ tenant_id: tenantId })).toHaveLength(1);
    const settings = await cellRows((trx) => trx('store_settings').first('stripe_account_id'));
    expect(settings).toEqual({ stripe_account_id: accountId });
    const stranger = await cp.signUp();
    await request(cp.app)
      .post(`/api/v1/tenants/${tenantId}/payments/stripe/onboarding`)
      .set({ authorization: `Bearer ${stranger.token}` })
      .send({})
      .expect(404);
    await request(cp.app)
      .get(`/api/v1/tenants/${tenantId}/payments`)
      .set({ authorization: `Bearer ${stranger.token}` })
      .expect(404);
  });

  it('enables charges when Stripe says the account is ready (account.updated)', async () => {
    const response = await deliver(
      stripeEvent('account.updated', {
        id: accountId,
        object: 'account',
        charges_enabled: true,
        details_submitted: true,
      }),
    ).expect(200);
    expect(response.body).toEqual({ received: true, outcome: 'processed' });
    const status = await request(cp.app)
      .get(`/api/v1/tenants/${tenantId}/payments`)
      .set({ authorization: `Bearer ${owner.token}` })
      .expect(200);
    expect(status.body).toMatchObject({ chargesEnabled: true, detailsSubmitted: true });
    expect(await cellRows((trx) => trx('store_settings').first('stripe_charges_enabled'))).toEqual({
      stripe_charges_enabled: true,
    });
  });
});

describe('checkout and the payment webhook', () => {
  let checkout: { checkoutId: string; orderId: string; url: string };

  it('starts a Stripe Checkout session, holding the stock and creating the order awaiting payment', async () => {
    const cartId = await readyCart(2);
    const response = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/checkout`)
      .set(shopper)
      .send({ locale: 'pt-BR' })
      .expect(201);
    checkout = response.body;
    expect(response.body).toMatchObject({
      checkoutId: expect.any(String),
      orderId: expect.any(String),
      orderNumber: 1001,
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(await stockOf()).toEqual({ stock: 10, reserved: 2 });
    const order = await cellRows((trx) =>
      trx('orders')
        .where({ id: checkout.orderId })
        .first('status', 'total', 'shipping_amount', 'email'),
    );
    expect(order).toEqual({
      status: 'created',
      total: 32000,
      shipping_amount: 2000,
      email: 'buyer@example.com',
    });
    // The same cart again: the same checkout, nothing more held.
    const again = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/checkout`)
      .set(shopper)
      .send({ locale: 'pt-BR' })
      .expect(201);
    expect(again.body.checkoutId).toBe(checkout.checkoutId);
    expect(await stockOf()).toEqual({ stock: 10, reserved: 2 });
  });

  it('applies a payment delivered 50 times at once exactly once', async () => {
    const session = await cellRows((trx) =>
      trx('checkout_sessions').where({ id: checkout.checkoutId }).first('stripe_session_id'),
    );
    const event = stripeEvent('checkout.session.completed', {
      id: session.stripe_session_id,
      object: 'checkout.session',
      payment_status: 'paid',
      payment_intent: 'pi_test_123',
      metadata: {
        tenant_id: tenantId,
        checkout_id: checkout.checkoutId,
        order_id: checkout.orderId,
      },
    });
    const responses = await Promise.all(Array.from({ length: 50 }, () => deliver(event)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(responses.filter((response) => response.body.outcome === 'processed')).toHaveLength(1);
    expect(await stockOf()).toEqual({ stock: 8, reserved: 0 });
    const order = await cellRows((trx) =>
      trx('orders').where({ id: checkout.orderId }).first('status', 'stripe_payment_intent_id'),
    );
    expect(order).toEqual({ status: 'paid', stripe_payment_intent_id: 'pi_test_123' });
    const counts = await cellRows(async (trx) => ({
      stripeEvents: (await trx('stripe_events').where({ event_id: event.id })).length,
      confirmations: (
        await trx('outbox_events').where({
          type: 'PaymentConfirmed',
          aggregate_id: checkout.orderId,
        })
      ).length,
      paidEvents: (await trx('order_events').where({ order_id: checkout.orderId, type: 'paid' }))
        .length,
    }));
    expect(counts).toEqual({ stripeEvents: 1, confirmations: 1, paidEvents: 1 });
    const delivery = await cp.database
      .app('stripe_webhook_deliveries')
      .where({ event_id: event.id })
      .first();
    expect(delivery.deliveries).toBe(50);
  });

  it('ignores an expiry that arrives after the payment (events out of order)', async () => {
    const late = stripeEvent('checkout.session.expired', {
      id: 'cs_test_late',
      object: 'checkout.session',
      metadata: { tenant_id: tenantId, checkout_id: checkout.checkoutId },
    });
    await deliver(late).expect(200);
    expect(
      (await cellRows((trx) => trx('orders').where({ id: checkout.orderId }).first('status')))
        .status,
    ).toBe('paid');
    expect(await stockOf()).toEqual({ stock: 8, reserved: 0 });
  });

  it('rejects forged, stale and unsigned deliveries with 400 and no effect', async () => {
    const cartId = await readyCart();
    const started = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/checkout`)
      .set(shopper)
      .send({})
      .expect(201);
    const session = await cellRows((trx) =>
      trx('checkout_sessions').where({ id: started.body.checkoutId }).first('stripe_session_id'),
    );
    const event = stripeEvent('checkout.session.completed', {
      id: session.stripe_session_id,
      object: 'checkout.session',
      payment_status: 'paid',
      metadata: { tenant_id: tenantId, checkout_id: started.body.checkoutId },
    });
    const forged = await deliver(event, { secret: 'whsec_someoneelse' }).expect(400);
    expect(forged.body.error.fields).toHaveProperty(['stripe-signature']);
    await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 }).expect(400);
    await request(cp.app)
      .post('/api/v1/webhooks/stripe')
      .set('content-type', 'application/json')
      .send(JSON.stringify(event))
      .expect(400);
    // A valid signature over a different body is a forgery too.
    const { signature } = signed(event);
    await request(cp.app)
      .post('/api/v1/webhooks/stripe')
      .set('content-type', 'application/json')
      .set('stripe-signature', signature)
      .send(JSON.stringify({ ...event, type: 'checkout.session.expired' }))
      .expect(400);
    expect(
      (await cellRows((trx) => trx('orders').where({ id: started.body.orderId }).first('status')))
        .status,
    ).toBe('created');
    expect(await cellRows((trx) => trx('stripe_events').where({ event_id: event.id }))).toEqual([]);
    // Refusals are logged (and counted) under the webhook's own route, where alerts look.
    const refusals = cp
      .logLines()
      .filter((line) => line.message === 'request' && line.status === 400);
    expect(refusals.length).toBeGreaterThanOrEqual(4);
    for (const line of refusals.slice(-4))
      expect(line).toMatchObject({
        route: '/api/v1/webhooks/stripe',
        path: '/api/v1/webhooks/stripe',
      });
    // Then the genuine delivery works.
    await deliver(event).expect(200);
    expect(
      (await cellRows((trx) => trx('orders').where({ id: started.body.orderId }).first('status')))
        .status,
    ).toBe('paid');
  });

  it('releases stock and the coupon when a checkout expires, and still honours a payment that arrives later', async () => {
    const cartId = await readyCart(3);
    await request(cell.app)
      .put(`/api/v1/carts/${cartId}/coupon`)
      .set(shopper)
      .send({ code: 'PRIMEIRA' })
      .expect(200);
    const before = await stockOf();
    const started = await request(cell.app)
      .post(`/api/v1/carts/${cartId}/checkout`)
      .set(shopper)
      .send({})
      .expect(201);
    expect(await stockOf()).toEqual({ stock: before.stock, reserved: before.reserved + 3 });
    expect(
      (await cellRows((trx) => trx('coupons').where({ code: 'PRIMEIRA' }).first('used_count')))
        .used_count,
    ).toBe(1);
    // The coupon is used up while this checkout holds it.
    const other = await readyCart();
    await request(cell.app)
      .put(`/api/v1/carts/${other}/coupon`)
      .set(shopper)
      .send({ code: 'PRIMEIRA' })
      .expect(422);

    const session = await cellRows((trx) =>
      trx('checkout_sessions').where({ id: started.body.checkoutId }).first('stripe_session_id'),
    );
    const metadata = { tenant_id: tenantId, checkout_id: started.body.checkoutId };
    await deliver(
      stripeEvent('checkout.session.expired', {
        id: session.stripe_session_id,
        object: 'checkout.session',
        metadata,
      }),
    ).expect(200);
    expect(await stockOf()).toEqual(before);
    expect(
      (await cellRows((trx) => trx('coupons').where({ code: 'PRIMEIRA' }).first('used_count')))
        .used_count,
    ).toBe(0);
    expect(
      (await cellRows((trx) => trx('orders').where({ id: started.body.orderId }).first('status')))
        .status,
    ).toBe('cancelled');

    // Stripe delivered the payment late (our endpoint was down): the order is paid after all.
    await deliver(
      stripeEvent('checkout.session.completed', {
        id: session.stripe_session_id,
        object: 'checkout.session',
        payment_status: 'paid',
        metadata,
      }),
    ).expect(200);
    expect(
      (await cellRows((trx) => trx('orders').where({ id: started.body.orderId }).first('status')))
        .status,
    ).toBe('paid');
    expect(await stockOf()).toEqual({ stock: before.stock - 3, reserved: before.reserved });
    const timeline = await cellRows((trx) =>
      trx('order_events').where({ order_id: started.body.orderId }).orderBy('id').pluck('type'),
    );
    expect(timeline).toEqual(['created', 'cancelled', 'paid_after_expiry']);
  });

  it('never sells more than the stock, however many checkouts race for it', async () => {
    const { stock, reserved } = await stockOf();
    const available = stock - reserved;
    const carts = await Promise.all(Array.from({ length: 20 }, () => readyCart()));
    const attempts = await Promise.all(
      carts.map((cartId) =>
        request(cell.app).post(`/api/v1/carts/${cartId}/checkout`).set(shopper).send({}),
      ),
    );
    const statuses = attempts.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(available);
    expect(statuses.filter((status) => status === 409)).toHaveLength(20 - available);
    expect(attempts.find((response) => response.status === 409)?.body.error.code).toBe(
      'INSUFFICIENT_STOCK',
    );
    expect(await stockOf()).toEqual({ stock, reserved: stock });
  });

  it('answers 400 for a cart that is not ready to pay', async () => {
    const cart = await request(cell.app).post('/api/v1/carts').set(shopper).expect(201);
    const empty = await request(cell.app)
      .post(`/api/v1/carts/${cart.body.id}/checkout`)
      .set(shopper)
      .send({})
      .expect(400);
    expect(empty.body.error.fields).toHaveProperty('cart');
    await request(cell.app)
      .post(`/api/v1/carts/${cart.body.id}/items`)
      .set(shopper)
      .send({ variantId, quantity: 1 })
      .expect(409);
  });

  it('acknowledges an event the store’s cell refuses, so Stripe stops retrying it', async () => {
    // A store known to the control plane but missing from its cell (a half-finished move).
    const strayId = uuidv7();
    await cp.database.app('tenants').insert({
      id: strayId,
      slug: `stray-${strayId.slice(-8)}`,
      name: 'Loja Perdida',
      niche: 'home',
      currency: 'BRL',
      language: 'pt-BR',
      country: 'BR',
      template: 'default',
      status: 'ready',
      cell_id: 'pay-cell',
      created_by: owner.userId,
    });
    await cp.database.app('stripe_accounts').insert({
      account_id: 'acct_strayaccount',
      tenant_id: strayId,
      charges_enabled: true,
      details_submitted: true,
    });
    const event = {
      ...stripeEvent('checkout.session.completed', {
        id: 'cs_test_stray',
        object: 'checkout.session',
        payment_status: 'paid',
        metadata: { tenant_id: strayId, checkout_id: uuidv7() },
      }),
      account: 'acct_strayaccount',
    };
    const response = await deliver(event).expect(200);
    expect(response.body.outcome).toBe('ignored: cell refused (404)');
    expect(cp.logLines().some((line) => line.message === 'cell refused a Stripe event')).toBe(true);
  });
});
