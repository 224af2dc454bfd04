import { createHash } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import { seedOrder, type SeededOrder } from '../notifications/test/fixtures';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let storeA: TestStore;
let storeB: TestStore;
let order: SeededOrder;
const token = 'guest-status-token-0123456789abcdef';

beforeAll(async () => {
  cell = await createCellHarness();
  storeA = await cell.provisionStore({ live: true });
  storeB = await cell.provisionStore({ live: true });
  order = await seedOrder(cell, storeA, {
    status_token_hash: createHash('sha256').update(token).digest('hex'),
  });
  await withTenant(cell.database.app, storeA.tenantId, (trx) =>
    trx('order_events').insert([
      {
        tenant_id: storeA.tenantId,
        order_id: order.orderId,
        type: 'created',
        to_status: 'created',
        actor_type: 'customer',
      },
      {
        tenant_id: storeA.tenantId,
        order_id: order.orderId,
        type: 'paid',
        from_status: 'created',
        to_status: 'paid',
        actor_type: 'stripe',
      },
      {
        tenant_id: storeA.tenantId,
        order_id: order.orderId,
        type: 'note',
        actor_type: 'member',
        actor_id: storeA.ownerId,
        data: JSON.stringify({ note: 'VIP buyer' }),
      },
    ]),
  );
});
afterAll(() => cell.close());

const status = (host: string, orderId: string, query = '') =>
  request(cell.app).get(`/api/v1/orders/${orderId}${query}`).set({ host });
const withoutCorrelation = (body: { error: Record<string, unknown> }) => ({
  ...body.error,
  correlationId: undefined,
});

describe('the guest order-status page', () => {
  it('shows the order with its token: totals, lines, city-level address, public timeline', async () => {
    const response = await status(storeA.host, order.orderId, `?token=${token}`).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      id: order.orderId,
      number: order.number,
      status: 'paid',
      placedAt: expect.any(String),
      totals: {
        currency: 'BRL',
        subtotal: 119000,
        discount: 0,
        shipping: 4456,
        tax: 0,
        taxIncluded: false,
        total: 123456,
        refunded: 0,
      },
      lines: [
        {
          title: '<script>alert("x")</script>',
          sku: null,
          quantity: 2,
          unitPrice: 10000,
          total: 20000,
        },
        { title: 'Vestido floral', sku: 'VEST-01', quantity: 1, unitPrice: 99000, total: 99000 },
      ],
      shippingMethod: 'PAC',
      shippingAddress: { name: 'Maria Souza', city: 'São Paulo', region: 'SP', country: 'BR' },
      shipments: [],
      timeline: [
        { status: 'created', at: expect.any(String) },
        { status: 'paid', at: expect.any(String) },
      ],
    });
    expect(JSON.stringify(response.body)).not.toContain(storeA.ownerId);
    expect(JSON.stringify(response.body)).not.toContain('Rua das Flores');
  });

  it('shows tracking once the order ships', async () => {
    await request(cell.app)
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set({ host: storeA.host, authorization: `Bearer ${storeA.ownerToken}` })
      .send({
        carrier: 'Correios',
        trackingNumber: 'QB1BR',
        trackingUrl: 'https://t.example/QB1BR',
      })
      .expect(200);
    const response = await status(storeA.host, order.orderId, `?token=${token}`).expect(200);
    expect(response.body.status).toBe('shipped');
    expect(response.body.shipments).toEqual([
      {
        carrier: 'Correios',
        trackingNumber: 'QB1BR',
        trackingUrl: 'https://t.example/QB1BR',
        shippedAt: expect.any(String),
        deliveredAt: null,
      },
    ]);
    expect(response.body.timeline.at(-1)).toEqual({ status: 'shipped', at: expect.any(String) });
  });

  it('answers a wrong or missing token exactly like an order that does not exist', async () => {
    const missing = await status(
      storeA.host,
      '00000000-0000-4000-8000-000000000000',
      `?token=${token}`,
    ).expect(404);
    const wrong = await status(storeA.host, order.orderId, `?token=${token}x`).expect(404);
    const none = await status(storeA.host, order.orderId).expect(404);
    const empty = await status(storeA.host, order.orderId, '?token=').expect(404);
    expect(withoutCorrelation(wrong.body)).toEqual(withoutCorrelation(missing.body));
    expect(withoutCorrelation(none.body)).toEqual(withoutCorrelation(missing.body));
    expect(withoutCorrelation(empty.body)).toEqual(withoutCorrelation(missing.body));
  });

  it('is not found on another store’s host, even with the right token', async () => {
    const response = await status(storeB.host, order.orderId, `?token=${token}`).expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });

  it('says when the order id is malformed', async () => {
    const response = await status(storeA.host, 'not-an-id', `?token=${token}`).expect(400);
    expect(response.body.error.fields).toEqual({ orderId: 'must be a UUID' });
  });
});

describe('the OpenAPI document', () => {
  it('describes the order and account routes', async () => {
    const response = await request(cell.app)
      .get('/api/v1/openapi.json')
      .set({ host: storeA.host })
      .expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/orders/{orderId}',
        '/api/v1/account/login-links',
        '/api/v1/account/sessions',
        '/api/v1/account/sessions/current',
        '/api/v1/account/orders',
        '/api/v1/account/orders/{orderId}',
        '/api/v1/admin/orders',
        '/api/v1/admin/orders/{orderId}',
        '/api/v1/admin/orders/{orderId}/shipments',
        '/api/v1/admin/orders/{orderId}/delivery',
        '/api/v1/admin/orders/{orderId}/cancellation',
        '/api/v1/admin/orders/{orderId}/refunds',
        '/api/v1/admin/orders/{orderId}/packing-slip',
      ]),
    );
    const refund = response.body.paths['/api/v1/admin/orders/{orderId}/refunds'].post;
    expect(refund.security).toEqual([{ bearerAuth: [] }]);
    expect(refund.requestBody.content['application/json'].schema).toBeDefined();
  });
});
