import request from 'supertest';
import { withTenant } from '@mpb/db';
import {
  createSellingStore,
  paidOrder,
  placeOrder,
  rowsOf,
  staff,
  type SellingStore,
} from '../orders/test/orders-fixture';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { todayIn } from './period';
import { rollUpSessions } from './rollup-job';

jest.setTimeout(120_000);

let cell: CellHarness;
let store: SellingStore;
let other: SellingStore;
// Test stores are Brazilian: their days start at midnight in São Paulo.
const today = () => todayIn('America/Sao_Paulo');

beforeAll(async () => {
  cell = await createCellHarness({ env: { EVENTS_PER_IP_PER_MINUTE: '40' } });
  store = await createSellingStore(cell, { title: 'Luminária' });
  other = await createSellingStore(cell, { title: 'Produto da outra loja' });
});
afterAll(async () => {
  await cell.close();
});

const session = (name: string) => `session-${name}-${'x'.repeat(16)}`;
const beacon = (target: TestStore, body: object) =>
  request(cell.app).post('/api/v1/events').set('host', target.host).send(body);
const summary = (target: TestStore, query = '') =>
  request(cell.app).get(`/api/v1/admin/analytics/summary${query}`).set(staff(target));

describe('the storefront beacon', () => {
  it('counts page views, product views and add-to-carts, and distinct sessions per day', async () => {
    const target = await createSellingStore(cell);
    for (const [type, name] of [
      ['page_view', 'a'],
      ['page_view', 'a'],
      ['page_view', 'b'],
      ['product_view', 'b'],
      ['add_to_cart', 'b'],
      ['checkout_started', 'b'],
    ]) {
      await beacon(target, { type, sessionId: session(name!), path: '/products/x' }).expect(202);
    }
    const days = await rowsOf(cell, target, (trx) =>
      trx('storefront_event_days').orderBy('type').select('type', 'count'),
    );
    expect(days.map((row) => [row.type, Number(row.count)])).toEqual([
      ['add_to_cart', 1],
      ['checkout_started', 1],
      ['page_view', 3],
      ['product_view', 1],
    ]);
    // Only a hash of each session id is kept, nothing else of the beacon.
    const sessions = await rowsOf(cell, target, (trx) => trx('storefront_sessions').select('*'));
    expect(sessions).toHaveLength(2);
    expect(JSON.stringify(sessions)).not.toContain('session-a');
  });

  it.each([
    ['an unknown type', { type: 'purchase', sessionId: session('a') }, 'type'],
    ['a short session id', { type: 'page_view', sessionId: 'abc' }, 'sessionId'],
    [
      'a path that is a URL',
      { type: 'page_view', sessionId: session('a'), path: 'https://x.y/' },
      'path',
    ],
    [
      'a product that is no id',
      { type: 'product_view', sessionId: session('a'), productId: '1' },
      'productId',
    ],
    ['an unknown field', { type: 'page_view', sessionId: session('a'), ip: '1.2.3.4' }, 'ip'],
  ])('refuses %s, naming the field', async (_case, body, field) => {
    const response = await beacon(store, body).expect(400);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('counts nothing for a store that is not live', async () => {
    const closed = await cell.provisionStore();
    await beacon(closed, { type: 'page_view', sessionId: session('a') }).expect(404);
    expect(await rowsOf(cell, closed, (trx) => trx('storefront_event_days').select('*'))).toEqual(
      [],
    );
  });

  it('limits beacons per address', async () => {
    const target = await createSellingStore(cell);
    // The limit counts per clock minute: start early in one, so every beacon falls in it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000)
      await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const statuses: number[] = [];
    for (let index = 0; index < 42; index++) {
      statuses.push(
        (await beacon(target, { type: 'page_view', sessionId: session('flood') })).status,
      );
    }
    expect(statuses.filter((status) => status === 202)).toHaveLength(40);
    expect(statuses.slice(40)).toEqual([429, 429]);
  });
});

describe('the dashboard summary', () => {
  let orderTotals: number[];

  beforeAll(async () => {
    const first = await paidOrder(cell, store, { quantity: 1 });
    const second = await paidOrder(cell, store, { quantity: 2 });
    await placeOrder(cell, store, { quantity: 5 }); // never paid: not a sale
    orderTotals = await rowsOf(cell, store, (trx) =>
      trx('orders').whereIn('id', [first.orderId, second.orderId]).orderBy('number').pluck('total'),
    ).then((totals) => totals.map(Number));
    await request(cell.app)
      .post(`/api/v1/admin/orders/${first.orderId}/refunds`)
      .set(staff(store))
      .set('idempotency-key', 'analytics-refund-1')
      .send({ amount: 1000 })
      .expect(201);
    for (const name of ['a', 'b', 'c', 'd']) {
      await beacon(store, { type: 'page_view', sessionId: session(name) }).expect(202);
    }
    await beacon(store, { type: 'product_view', sessionId: session('a') }).expect(202);
    await beacon(store, { type: 'add_to_cart', sessionId: session('a') }).expect(202);
    await beacon(other, { type: 'page_view', sessionId: session('z') }).expect(202);
  });

  it('adds up paid orders and sessions of the day, in the store’s currency', async () => {
    const response = await summary(store, `?from=${today()}&to=${today()}`).expect(200);
    const sales = orderTotals[0]! + orderTotals[1]!;
    expect(response.body).toMatchObject({
      from: today(),
      to: today(),
      currency: 'BRL',
      language: 'pt-BR',
      timeZone: 'America/Sao_Paulo',
      totals: {
        sales,
        refunded: 1000,
        netSales: sales - 1000,
        orders: 2,
        averageOrderValue: Math.round(sales / 2),
        sessions: 4,
        conversionRate: 0.5,
        pageViews: 4,
        productViews: 1,
        addToCarts: 1,
      },
      series: [{ date: today(), sales, orders: 2, sessions: 4, pageViews: 4, conversionRate: 0.5 }],
    });
    // 1 + 2 lamps at R$ 150,00 each.
    expect(response.body.topProducts.byQuantity).toEqual([
      { productId: expect.any(String), title: 'Luminária', quantity: 3, revenue: 45000 },
    ]);
    expect(response.body.topProducts.byRevenue).toEqual(response.body.topProducts.byQuantity);
  });

  it('covers the last 30 days by default, one point per day', async () => {
    const response = await summary(store).expect(200);
    expect(response.body.to).toBe(today());
    expect(response.body.series).toHaveLength(30);
    expect(response.body.series.at(-1)).toMatchObject({ date: today(), orders: 2 });
    expect(response.body.series[0]).toMatchObject({
      orders: 0,
      sales: 0,
      sessions: 0,
      conversionRate: null,
    });
  });

  it('groups by week and month', async () => {
    const weeks = await summary(store, '?from=2025-01-01&to=2025-01-31&granularity=week').expect(
      200,
    );
    expect(weeks.body.series.map((point: { date: string }) => point.date)).toEqual([
      '2024-12-30',
      '2025-01-06',
      '2025-01-13',
      '2025-01-20',
      '2025-01-27',
    ]);
    const months = await summary(store, '?from=2025-01-15&to=2025-03-02&granularity=month').expect(
      200,
    );
    expect(months.body.series.map((point: { date: string }) => point.date)).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
    ]);
  });

  it('counts nothing outside the period', async () => {
    const response = await summary(store, '?from=2024-01-01&to=2024-01-31').expect(200);
    expect(response.body.totals).toMatchObject({
      sales: 0,
      orders: 0,
      sessions: 0,
      averageOrderValue: 0,
    });
    expect(response.body.totals.conversionRate).toBeNull();
    expect(response.body.topProducts).toEqual({ byRevenue: [], byQuantity: [] });
  });

  it.each([
    ['from after to', '?from=2025-02-01&to=2025-01-31', 'to'],
    ['a range over 366 days', '?from=2024-01-01&to=2025-01-01', 'to'],
    ['a date that is not one', '?from=2025-02-30', 'from'],
    ['an unknown granularity', '?granularity=hour', 'granularity'],
  ])('refuses %s, naming the field', async (_case, query, field) => {
    const response = await summary(store, query).expect(400);
    expect(Object.keys(response.body.error.fields)).toEqual([field]);
  });

  it('shows another store only its own numbers', async () => {
    const response = await summary(other, `?from=${today()}&to=${today()}`).expect(200);
    expect(response.body.totals).toMatchObject({ sales: 0, orders: 0, sessions: 1, pageViews: 1 });
    expect(JSON.stringify(response.body)).not.toContain('Luminária');
  });
});

describe('rolling up finished days', () => {
  it('turns a finished day’s sessions into one counter, and the summary still counts them', async () => {
    const target = await createSellingStore(cell);
    await withTenant(cell.database.app, target.tenantId, (trx) =>
      trx('storefront_sessions').insert(
        ['a', 'b', 'c'].map((name) => ({
          tenant_id: target.tenantId,
          day: '2024-05-10',
          session_hash: Buffer.from(name.repeat(16)),
        })),
      ),
    );
    await beacon(target, { type: 'page_view', sessionId: session('today') }).expect(202);
    const before = await summary(target, '?from=2024-05-10&to=2024-05-10').expect(200);
    expect(before.body.totals.sessions).toBe(3);

    expect(await rollUpSessions(cell.database.app)).toBeGreaterThanOrEqual(1);
    const rows = await rowsOf(cell, target, (trx) =>
      trx('storefront_sessions').select(trx.raw(`to_char(day, 'YYYY-MM-DD') as day`)),
    );
    expect(rows).toEqual([{ day: today() }]); // today's session stays until its day is over
    const after = await summary(target, '?from=2024-05-10&to=2024-05-10').expect(200);
    expect(after.body.totals.sessions).toBe(3);
    expect(
      (await summary(target, `?from=${today()}&to=${today()}`).expect(200)).body.totals.sessions,
    ).toBe(1);
  });
});
