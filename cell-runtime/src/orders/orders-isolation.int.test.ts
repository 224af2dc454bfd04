import request from 'supertest';
import { createCellHarness, type CellHarness } from '../test/cell-harness';
import {
  createSellingStore,
  eventsOf,
  paidOrder,
  placeOrder,
  rowsOf,
  type PlacedOrder,
  type SellingStore,
} from './test/orders-fixture';

jest.setTimeout(60_000);

/**
 * Every order route, called by store B (its staff token, its host, or both) on store A's
 * orders: always 404, never 403, and store A's order is left exactly as it was.
 */
let cell: CellHarness;
let storeA: SellingStore;
let storeB: SellingStore;
let paid: PlacedOrder;
let unpaid: PlacedOrder;

beforeAll(async () => {
  cell = await createCellHarness({
    env: { CART_CREATIONS_PER_IP_PER_MINUTE: '10000', CHECKOUTS_PER_IP_PER_MINUTE: '10000' },
  });
  storeA = await createSellingStore(cell);
  storeB = await createSellingStore(cell);
  paid = await paidOrder(cell, storeA);
  unpaid = await placeOrder(cell, storeA);
  await paidOrder(cell, storeB);
});
afterAll(() => cell.close());

interface Call {
  name: string;
  method: 'get' | 'post';
  path: (orderId: string) => string;
  body?: object;
  headers?: Record<string, string>;
}

const adminCalls: Call[] = [
  { name: 'get', method: 'get', path: (id) => `/api/v1/admin/orders/${id}` },
  {
    name: 'ship',
    method: 'post',
    path: (id) => `/api/v1/admin/orders/${id}/shipments`,
    body: { carrier: 'Correios', trackingNumber: 'BR1' },
  },
  { name: 'deliver', method: 'post', path: (id) => `/api/v1/admin/orders/${id}/delivery` },
  {
    name: 'cancel',
    method: 'post',
    path: (id) => `/api/v1/admin/orders/${id}/cancellation`,
    body: { reason: 'not yours' },
  },
  {
    name: 'refund',
    method: 'post',
    path: (id) => `/api/v1/admin/orders/${id}/refunds`,
    body: { amount: 100 },
    headers: { 'idempotency-key': 'cross-tenant-refund-1' },
  },
  { name: 'packing slip', method: 'get', path: (id) => `/api/v1/admin/orders/${id}/packing-slip` },
];

const send = (call: Call, orderId: string, headers: Record<string, string>) => {
  const pending = request(cell.app)
    [call.method](call.path(orderId))
    .set({ ...headers, ...call.headers });
  return call.body ? pending.send(call.body) : pending;
};

const snapshot = async (order: PlacedOrder) => ({
  order: await rowsOf(cell, storeA, (trx) =>
    trx('orders')
      .where({ id: order.orderId })
      .first('status', 'refunded_amount', 'carrier', 'cancelled_at', 'updated_at'),
  ),
  refunds: await rowsOf(cell, storeA, (trx) => trx('refunds').where({ order_id: order.orderId })),
  events: await eventsOf(cell, storeA, order.orderId),
  timeline: await rowsOf(cell, storeA, (trx) =>
    trx('order_events').where({ order_id: order.orderId }).count({ count: '*' }),
  ),
});

describe.each(adminCalls)('staff route: $name', (call) => {
  it.each([
    [
      'store B’s staff on store B’s host',
      () => ({ host: storeB.host, authorization: `Bearer ${storeB.ownerToken}` }),
    ],
    [
      'store B’s staff on store A’s host',
      () => ({ host: storeA.host, authorization: `Bearer ${storeB.ownerToken}` }),
    ],
  ])('is 404 for %s, changing nothing', async (_label, headers) => {
    for (const order of [paid, unpaid]) {
      const before = await snapshot(order);
      const response = await send(call, order.orderId, headers());
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
      expect(await snapshot(order)).toEqual(before);
    }
  });
});

describe('staff list', () => {
  it('shows store B only its own orders', async () => {
    const response = await request(cell.app)
      .get('/api/v1/admin/orders')
      .set({ host: storeB.host, authorization: `Bearer ${storeB.ownerToken}` })
      .expect(200);
    const ids = response.body.items.map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(1);
    expect(ids).not.toContain(paid.orderId);
    expect(ids).not.toContain(unpaid.orderId);
    const searched = await request(cell.app)
      .get(`/api/v1/admin/orders?q=${encodeURIComponent(paid.email)}`)
      .set({ host: storeB.host, authorization: `Bearer ${storeB.ownerToken}` })
      .expect(200);
    expect(searched.body.items).toEqual([]);
  });

  it('is 404 for store B’s staff on store A’s host', async () => {
    const response = await request(cell.app)
      .get('/api/v1/admin/orders')
      .set({ host: storeA.host, authorization: `Bearer ${storeB.ownerToken}` })
      .expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

describe('guest status', () => {
  it('is 404 on store B’s host with store A’s order and token', async () => {
    await request(cell.app)
      .get(`/api/v1/orders/${paid.orderId}?token=${paid.statusToken}`)
      .set({ host: storeA.host })
      .expect(200);
    const response = await request(cell.app)
      .get(`/api/v1/orders/${paid.orderId}?token=${paid.statusToken}`)
      .set({ host: storeB.host })
      .expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});
