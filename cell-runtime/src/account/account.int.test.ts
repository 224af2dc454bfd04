import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import type { DomainEvent } from '../events';
import { createNotificationsHandler } from '../notifications';
import {
  createNotificationsFixture,
  seedOrder,
  type NotificationsFixture,
  type SeededOrder,
} from '../notifications/test/fixtures';
import type { TestStore } from '../test/cell-harness';

jest.setTimeout(60_000);

let fixture: NotificationsFixture;
let storeA: TestStore;
let storeB: TestStore;

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  storeA = await fixture.harness.provisionStore({ live: true });
  storeB = await fixture.harness.provisionStore({ live: true });
});
afterAll(() => fixture.close());

const app = () => fixture.harness.app;

async function createCustomer(
  store: TestStore,
  email = `c-${randomUUID().slice(0, 8)}@example.com`,
) {
  const id = randomUUID();
  await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
    trx('customers').insert({ id, tenant_id: store.tenantId, email }),
  );
  return { id, email };
}

async function loginEvents(store: TestStore, customerId: string): Promise<DomainEvent[]> {
  const rows = await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
    trx('outbox_events')
      .where({ type: 'CustomerLoginRequested', aggregate_id: customerId })
      .orderBy('id')
      .select('id', 'tenant_id', 'type', 'aggregate_type', 'aggregate_id', 'payload', 'created_at'),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    tenantId: row.tenant_id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    correlationId: null,
    createdAt: row.created_at.toISOString(),
  }));
}

/** The whole magic-link journey: ask, let the notifier mail the link, read the token from it. */
async function signInLink(store: TestStore, email: string, customerId: string): Promise<string> {
  await request(app())
    .post('/api/v1/account/login-links')
    .set({ host: store.host })
    .send({ email: email.toUpperCase(), returnPath: '/account/orders' })
    .expect(202);
  const [event] = (await loginEvents(store, customerId)).slice(-1);
  expect(event?.payload).toEqual({
    customerId,
    email,
    returnPath: '/account/orders',
    locale: 'pt-BR',
  });
  await createNotificationsHandler(fixture.deps()).handle(event!);
  const mail = await fixture.sink.waitFor(
    (message) => message.to.includes(email) && !usedMails.has(message),
  );
  usedMails.add(mail);
  const link = /http:\/\/\S+\/account\/login\?token=[\w-]+\S*/.exec(mail.text)?.[0];
  const token = new URL(link!).searchParams.get('token');
  expect(token).toMatch(/^[\w-]{43}$/);
  return token!;
}
const usedMails = new Set<unknown>();

async function signIn(store: TestStore, customer: { id: string; email: string }) {
  const token = await signInLink(store, customer.email, customer.id);
  const response = await request(app())
    .post('/api/v1/account/sessions')
    .set({ host: store.host })
    .send({ token })
    .expect(201);
  return response.body.sessionToken as string;
}

const asCustomer = (store: TestStore, session: string) => ({
  host: store.host,
  authorization: `Bearer ${session}`,
});

describe('sign-in by emailed link', () => {
  it('answers 202 for anyone, and records a request only for a customer of the store', async () => {
    const customer = await createCustomer(storeA);
    const stranger = await request(app())
      .post('/api/v1/account/login-links')
      .set({ host: storeA.host })
      .send({ email: 'nobody-here@example.com' })
      .expect(202);
    const known = await request(app())
      .post('/api/v1/account/login-links')
      .set({ host: storeA.host })
      .send({ email: customer.email })
      .expect(202);
    expect(known.body).toEqual(stranger.body);
    expect(await loginEvents(storeA, customer.id)).toHaveLength(1);
    // A customer of store A is a stranger to store B.
    await request(app())
      .post('/api/v1/account/login-links')
      .set({ host: storeB.host })
      .send({ email: customer.email })
      .expect(202);
    const inB = await withTenant(fixture.harness.database.app, storeB.tenantId, (trx) =>
      trx('outbox_events').where({ type: 'CustomerLoginRequested' }).select('id'),
    );
    expect(inB).toEqual([]);
  });

  it('writes the link in the language the shopper browses in, when the store offers it', async () => {
    const customer = await createCustomer(storeA);
    await withTenant(fixture.harness.database.app, storeA.tenantId, (trx) =>
      trx('store_settings').update({ languages: ['pt-BR', 'es'] }),
    );
    const ask = (locale: string) =>
      request(app())
        .post('/api/v1/account/login-links')
        .set({ host: storeA.host })
        .send({ email: customer.email, locale })
        .expect(202);
    try {
      await ask('es');
      await ask('en'); // not offered by this store: its own language instead
    } finally {
      await withTenant(fixture.harness.database.app, storeA.tenantId, (trx) =>
        trx('store_settings').update({ languages: ['pt-BR'] }),
      );
    }
    const events = await loginEvents(storeA, customer.id);
    expect(events.map((event) => (event.payload as { locale?: string }).locale)).toEqual([
      'es',
      'pt-BR',
    ]);

    await createNotificationsHandler(fixture.deps()).handle(events[0]!);
    const mail = await fixture.sink.waitFor((message) => message.to.includes(customer.email));
    expect(mail.subject).toMatch(/tu enlace de acceso$/);
  });

  it('says which field is wrong', async () => {
    const response = await request(app())
      .post('/api/v1/account/login-links')
      .set({ host: storeA.host })
      .send({ email: 'not-an-email', returnPath: '//evil.example' })
      .expect(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['email', 'returnPath']);
  });

  it('limits links per email address', async () => {
    const email = `limited-${randomUUID().slice(0, 8)}@example.com`;
    for (let i = 0; i < 5; i++) {
      await request(app())
        .post('/api/v1/account/login-links')
        .set({ host: storeA.host })
        .send({ email })
        .expect(202);
    }
    const limited = await request(app())
      .post('/api/v1/account/login-links')
      .set({ host: storeA.host })
      .send({ email })
      .expect(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('exchanges the link’s token for a session once', async () => {
    const customer = await createCustomer(storeA);
    const token = await signInLink(storeA, customer.email, customer.id);
    const [first, second] = await Promise.all([
      request(app()).post('/api/v1/account/sessions').set({ host: storeA.host }).send({ token }),
      request(app()).post('/api/v1/account/sessions').set({ host: storeA.host }).send({ token }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([201, 401]);
    const created = first.status === 201 ? first : second;
    const refused = first.status === 201 ? second : first;
    expect(created.body).toEqual({
      sessionToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: expect.any(String),
      customer: { email: customer.email },
    });
    const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(refused.body.error.code).toBe('LOGIN_LINK_INVALID');
    // Only the hash of the session token is stored.
    const stored = await withTenant(fixture.harness.database.app, storeA.tenantId, (trx) =>
      trx('customer_sessions').where({ customer_id: customer.id }).select('token_hash'),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toBe(created.body.sessionToken);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses expired, unknown and other stores’ tokens alike', async () => {
    const customer = await createCustomer(storeA);
    const token = await signInLink(storeA, customer.email, customer.id);
    const onB = await request(app())
      .post('/api/v1/account/sessions')
      .set({ host: storeB.host })
      .send({ token })
      .expect(401);
    expect(onB.body.error.code).toBe('LOGIN_LINK_INVALID');
    await withTenant(fixture.harness.database.app, storeA.tenantId, (trx) =>
      trx('customer_login_tokens')
        .where({ customer_id: customer.id })
        .update({ expires_at: trx.raw(`now() - interval '1 second'`) }),
    );
    const expired = await request(app())
      .post('/api/v1/account/sessions')
      .set({ host: storeA.host })
      .send({ token })
      .expect(401);
    expect(expired.body.error.code).toBe('LOGIN_LINK_INVALID');
    const unknown = await request(app())
      .post('/api/v1/account/sessions')
      .set({ host: storeA.host })
      .send({ token: 'A'.repeat(43) })
      .expect(401);
    expect(unknown.body.error).toEqual({
      ...expired.body.error,
      correlationId: expect.any(String),
    });
    const malformed = await request(app())
      .post('/api/v1/account/sessions')
      .set({ host: storeA.host })
      .send({ token: 'short' })
      .expect(400);
    expect(malformed.body.error.fields).toEqual({ token: expect.any(String) });
  });
});

describe('the signed-in account', () => {
  let alice: { id: string; email: string };
  let bob: { id: string; email: string };
  let aliceSession: string;
  let aliceOrders: SeededOrder[];
  let bobOrder: SeededOrder;
  let bSession: string;
  let bOrder: SeededOrder;

  beforeAll(async () => {
    alice = await createCustomer(storeA);
    bob = await createCustomer(storeA);
    aliceOrders = [];
    for (let i = 0; i < 3; i++) {
      aliceOrders.push(
        await seedOrder(fixture.harness, storeA, { customer_id: alice.id, email: alice.email }),
      );
    }
    // An abandoned checkout: never paid, not an order to show.
    await seedOrder(fixture.harness, storeA, {
      customer_id: alice.id,
      email: alice.email,
      status: 'cancelled',
      paid_at: null,
    });
    bobOrder = await seedOrder(fixture.harness, storeA, { customer_id: bob.id, email: bob.email });
    aliceSession = await signIn(storeA, alice);
    // Alice is a customer of store B too, with a session and an order there.
    const aliceInB = await createCustomer(storeB, alice.email);
    bOrder = await seedOrder(fixture.harness, storeB, {
      customer_id: aliceInB.id,
      email: alice.email,
    });
    bSession = await signIn(storeB, aliceInB);
  });

  it('lists only the customer’s own orders, newest first, in pages', async () => {
    const first = await request(app())
      .get('/api/v1/account/orders?limit=2')
      .set(asCustomer(storeA, aliceSession))
      .expect(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body.items).toEqual([
      {
        id: aliceOrders[2]!.orderId,
        number: aliceOrders[2]!.number,
        status: 'paid',
        placedAt: expect.any(String),
        currency: 'BRL',
        total: 123456,
        itemCount: 3,
      },
      expect.objectContaining({ id: aliceOrders[1]!.orderId }),
    ]);
    const second = await request(app())
      .get(`/api/v1/account/orders?limit=2&cursor=${first.body.nextCursor}`)
      .set(asCustomer(storeA, aliceSession))
      .expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: aliceOrders[0]!.orderId })],
      nextCursor: null,
    });
  });

  it('shows one of the customer’s orders, and no one else’s', async () => {
    const own = await request(app())
      .get(`/api/v1/account/orders/${aliceOrders[0]!.orderId}`)
      .set(asCustomer(storeA, aliceSession))
      .expect(200);
    expect(own.body).toMatchObject({
      id: aliceOrders[0]!.orderId,
      status: 'paid',
      totals: { total: 123456 },
      shipments: [],
    });
    const bobs = await request(app())
      .get(`/api/v1/account/orders/${bobOrder.orderId}`)
      .set(asCustomer(storeA, aliceSession))
      .expect(404);
    expect(bobs.body.error.code).toBe('NOT_FOUND');
  });

  it('does not take a session of one store on another', async () => {
    // Store A's session on store B's host: unknown there.
    await request(app())
      .get('/api/v1/account/orders')
      .set(asCustomer(storeB, aliceSession))
      .expect(401);
    await request(app())
      .get(`/api/v1/account/orders/${bOrder.orderId}`)
      .set(asCustomer(storeB, aliceSession))
      .expect(401);
    await request(app())
      .delete('/api/v1/account/sessions/current')
      .set(asCustomer(storeB, aliceSession))
      .expect(401);
    // Store B's session asking for store A's order on store B: not found.
    const crossed = await request(app())
      .get(`/api/v1/account/orders/${aliceOrders[0]!.orderId}`)
      .set(asCustomer(storeB, bSession))
      .expect(404);
    expect(crossed.body.error.code).toBe('NOT_FOUND');
    const listB = await request(app())
      .get('/api/v1/account/orders')
      .set(asCustomer(storeB, bSession))
      .expect(200);
    expect(listB.body.items.map((item: { id: string }) => item.id)).toEqual([bOrder.orderId]);
  });

  it('needs a session', async () => {
    const none = await request(app())
      .get('/api/v1/account/orders')
      .set({ host: storeA.host })
      .expect(401);
    expect(none.body.error.code).toBe('UNAUTHENTICATED');
    await request(app())
      .get('/api/v1/account/orders')
      .set(asCustomer(storeA, 'B'.repeat(43)))
      .expect(401);
  });

  it('signs out', async () => {
    const session = await signIn(storeA, bob);
    await request(app()).get('/api/v1/account/orders').set(asCustomer(storeA, session)).expect(200);
    await request(app())
      .delete('/api/v1/account/sessions/current')
      .set(asCustomer(storeA, session))
      .expect(204);
    await request(app()).get('/api/v1/account/orders').set(asCustomer(storeA, session)).expect(401);
    await request(app())
      .delete('/api/v1/account/sessions/current')
      .set(asCustomer(storeA, session))
      .expect(401);
    // Alice is still signed in.
    await request(app())
      .get('/api/v1/account/orders')
      .set(asCustomer(storeA, aliceSession))
      .expect(200);
  });
});
