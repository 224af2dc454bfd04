import { Stripe } from '@mpb/payments';
import { expectStatus, request, type Reply } from './http';

export interface BenchContext {
  routerPort: number;
  /** The platform's own host (control plane behind the router). */
  platformHost: string;
  /** The merchant's token: owner of every bench store. */
  token: string;
  /** The platform's Stripe webhook signing secret. */
  webhookSecret: string;
}

export interface BenchStore {
  id: string;
  host: string;
  cellId: string;
}

// Stripe's own signing code, as Stripe runs it for each delivery.
const signer = new Stripe('sk_test_signing_only');
let eventCounter = 0;

/** Delivers an event the way Stripe does: one signed POST to the platform's webhook endpoint. */
export function deliverStripeEvent(
  ctx: BenchContext,
  account: string,
  type: string,
  object: object,
): Promise<Reply> {
  const payload = JSON.stringify({
    id: `evt_bench_${process.pid}_${Date.now()}_${eventCounter++}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    account,
    data: { object },
  });
  const signature = signer.webhooks.generateTestHeaderString({
    payload,
    secret: ctx.webhookSecret,
  });
  return request(ctx.routerPort, ctx.platformHost, '/api/v1/webhooks/stripe', {
    method: 'POST',
    raw: payload,
    headers: { 'stripe-signature': signature },
  });
}

/** Connects the store's Stripe account (stripe-mock) and has Stripe report it ready to charge. */
export async function connectPayments(ctx: BenchContext, store: BenchStore): Promise<string> {
  const onboarding = await expectStatus(
    200,
    ctx.routerPort,
    ctx.platformHost,
    `/api/v1/tenants/${store.id}/payments/stripe/onboarding`,
    { method: 'POST', body: { returnPath: `/stores/${store.id}` }, token: ctx.token },
  );
  const accountId = onboarding.json.accountId as string;
  const updated = await deliverStripeEvent(ctx, accountId, 'account.updated', {
    id: accountId,
    object: 'account',
    charges_enabled: true,
    details_submitted: true,
  });
  if (updated.status !== 200) throw new Error(`account.updated answered ${updated.status}`);
  await expectStatus(201, ctx.routerPort, store.host, '/api/v1/admin/shipping-zones', {
    method: 'POST',
    token: ctx.token,
    body: {
      name: 'Brasil',
      countries: ['BR'],
      rates: [{ name: 'Correios', kind: 'flat', amount: 1500 }],
    },
  });
  return accountId;
}

export async function createProduct(
  ctx: BenchContext,
  store: BenchStore,
  body: Record<string, unknown>,
): Promise<{ id: string; handle: string; variantId: string }> {
  const created = await expectStatus(201, ctx.routerPort, store.host, '/api/v1/admin/products', {
    method: 'POST',
    token: ctx.token,
    body: { status: 'active', ...body },
  });
  return {
    id: created.json.id,
    handle: created.json.handle,
    variantId: created.json.variants[0].id,
  };
}

/** A shopper's cart with one line, an email and a Brazilian address: ready to pay. */
export async function readyCart(
  ctx: BenchContext,
  store: BenchStore,
  variantId: string,
  index: number,
): Promise<string> {
  const cart = await expectStatus(201, ctx.routerPort, store.host, '/api/v1/carts', {
    method: 'POST',
    body: {},
  });
  const path = `/api/v1/carts/${cart.json.id}`;
  await expectStatus(200, ctx.routerPort, store.host, `${path}/items`, {
    method: 'POST',
    body: { variantId, quantity: 1 },
  });
  await expectStatus(200, ctx.routerPort, store.host, `${path}/email`, {
    method: 'PUT',
    body: { email: `shopper-${index}@example.com` },
  });
  await expectStatus(200, ctx.routerPort, store.host, `${path}/shipping-address`, {
    method: 'PUT',
    body: {
      country: 'BR',
      region: 'BR-SP',
      line1: `Rua ${index}, 1`,
      city: 'São Paulo',
      postalCode: '01000-000',
    },
  });
  return cart.json.id as string;
}

export function startCheckout(ctx: BenchContext, store: BenchStore, cartId: string) {
  return request(ctx.routerPort, store.host, `/api/v1/carts/${cartId}/checkout`, {
    method: 'POST',
    body: {},
  });
}

/** Stripe telling the platform the shopper paid. */
export function payCheckout(
  ctx: BenchContext,
  store: BenchStore,
  accountId: string,
  checkout: { checkoutId: string; orderId: string; stripeSessionId: string },
) {
  return deliverStripeEvent(ctx, accountId, 'checkout.session.completed', {
    id: checkout.stripeSessionId,
    object: 'checkout.session',
    payment_status: 'paid',
    payment_intent: `pi_bench_${checkout.checkoutId.replace(/-/g, '')}`,
    metadata: { tenant_id: store.id, checkout_id: checkout.checkoutId, order_id: checkout.orderId },
  });
}
