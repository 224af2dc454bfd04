import request from 'supertest';
import { createCellHarness, type CellHarness } from '../test/cell-harness';
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

beforeAll(async () => {
  cell = await createCellHarness({
    env: { CART_CREATIONS_PER_IP_PER_MINUTE: '10000', CHECKOUTS_PER_IP_PER_MINUTE: '10000' },
  });
  store = await createSellingStore(cell, { coupon: 'DEZ' });
});
afterAll(() => cell.close());

const admin = () => request(cell.app);

describe('listing and reading orders', () => {
  let listStore: SellingStore;
  const placed: { orderId: string; number: number; email: string }[] = [];

  beforeAll(async () => {
    listStore = await createSellingStore(cell);
    for (const email of ['ana@example.com', 'bruno@example.com', 'carla@example.com']) {
      placed.push(await placeOrder(cell, listStore, { email }));
    }
    placed.push(await paidOrder(cell, listStore, { email: 'ana.paid@example.com' }));
  });

  it('lists newest first, in keyset pages', async () => {
    const first = await admin()
      .get('/api/v1/admin/orders?limit=3')
      .set(staff(listStore))
      .expect(200);
    expect(first.body.items.map((item: { number: number }) => item.number)).toEqual(
      [...placed]
        .reverse()
        .slice(0, 3)
        .map((order) => order.number),
    );
    expect(first.body.items[0]).toMatchObject({
      status: 'paid',
      email: 'ana.paid@example.com',
      currency: 'BRL',
      total: 17000,
      refunded: 0,
      itemCount: 1,
      paidAt: expect.any(String),
    });
    const second = await admin()
      .get(`/api/v1/admin/orders?limit=3&cursor=${first.body.nextCursor}`)
      .set(staff(listStore))
      .expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ number: placed[0]!.number })],
      nextCursor: null,
    });
  });

  it('filters by status, number, email and dates', async () => {
    const list = async (query: string) =>
      (await admin().get(`/api/v1/admin/orders?${query}`).set(staff(listStore)).expect(200)).body
        .items as { number: number }[];
    expect((await list('status=paid')).map((item) => item.number)).toEqual([placed[3]!.number]);
    expect((await list(`q=%23${placed[1]!.number}`)).map((item) => item.number)).toEqual([
      placed[1]!.number,
    ]);
    expect((await list('q=ANA')).map((item) => item.number)).toEqual([
      placed[3]!.number,
      placed[0]!.number,
    ]);
    expect(await list('q=100%25')).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await list(`from=${today}&to=${today}`)).toHaveLength(4);
    expect(await list('to=2000-01-01')).toEqual([]);
  });

  it('says which query field is wrong', async () => {
    const response = await admin()
      .get('/api/v1/admin/orders?status=lost&from=yesterday&limit=0')
      .set(staff(listStore))
      .expect(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['from', 'limit', 'status']);
    const cursor = await admin()
      .get('/api/v1/admin/orders?cursor=nope')
      .set(staff(listStore))
      .expect(400);
    expect(cursor.body.error.fields).toEqual({ cursor: expect.any(String) });
  });

  it('shows one order with lines, totals, payment and a timeline of who did what', async () => {
    const order = placed[3]!;
    const response = await admin()
      .get(`/api/v1/admin/orders/${order.orderId}`)
      .set(staff(listStore))
      .expect(200);
    expect(response.body).toMatchObject({
      id: order.orderId,
      number: order.number,
      status: 'paid',
      email: 'ana.paid@example.com',
      totals: {
        currency: 'BRL',
        subtotal: 15000,
        discount: 0,
        shipping: 2000,
        tax: 0,
        total: 17000,
        refunded: 0,
      },
      refundable: 17000,
      lines: [
        { title: 'Luminária', sku: listStore.sku, quantity: 1, unitPrice: 15000, total: 15000 },
      ],
      shippingMethod: 'Correios',
      shippingAddress: { name: 'Maria Souza', city: 'São Paulo', country: 'BR' },
      payment: {
        provider: 'stripe',
        stripeCheckoutSessionId: expect.stringMatching(/^cs_/),
        stripePaymentIntentId: `pi_test_${order.number}`,
      },
      shipments: [],
      refunds: [],
    });
    expect(
      response.body.timeline.map((entry: { type: string; actor: { type: string } }) => [
        entry.type,
        entry.actor.type,
      ]),
    ).toEqual([
      ['created', 'customer'],
      ['paid', 'stripe'],
    ]);
  });
});

describe('fulfilment', () => {
  it('refuses to ship an unpaid order and to deliver one not shipped', async () => {
    const order = await placeOrder(cell, store);
    const ship = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set(staff(store))
      .send({ carrier: 'Correios', trackingNumber: 'BR123' })
      .expect(409);
    expect(ship.body.error.code).toBe('INVALID_STATE');
    const paid = await paidOrder(cell, store);
    const deliver = await admin()
      .post(`/api/v1/admin/orders/${paid.orderId}/delivery`)
      .set(staff(store))
      .expect(409);
    expect(deliver.body.error.code).toBe('INVALID_STATE');
  });

  it('ships with tracking once, delivers once, and records both', async () => {
    const order = await paidOrder(cell, store);
    const tracking = {
      carrier: 'Correios',
      trackingNumber: 'QB123456789BR',
      trackingUrl: 'https://rastreamento.correios.com.br/app/index.php?objeto=QB123456789BR',
    };
    const shipped = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set(staff(store))
      .send(tracking)
      .expect(200);
    expect(shipped.body.status).toBe('shipped');
    expect(shipped.body.shipments).toEqual([
      { ...tracking, shippedAt: expect.any(String), deliveredAt: null },
    ]);
    expect(shipped.body.timeline.at(-1)).toMatchObject({
      type: 'shipped',
      fromStatus: 'paid',
      toStatus: 'shipped',
      actor: { type: 'member', id: store.ownerId },
    });
    // The same request again: same answer, nothing recorded twice.
    await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set(staff(store))
      .send(tracking)
      .expect(200);
    const other = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set(staff(store))
      .send({ carrier: 'Jadlog', trackingNumber: 'X1' })
      .expect(409);
    expect(other.body.error.code).toBe('INVALID_STATE');

    const delivered = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/delivery`)
      .set(staff(store))
      .expect(200);
    expect(delivered.body.status).toBe('delivered');
    expect(delivered.body.shipments[0].deliveredAt).toEqual(expect.any(String));
    await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/delivery`)
      .set(staff(store))
      .expect(200);

    expect(await eventsOf(cell, store, order.orderId)).toEqual([
      expect.objectContaining({ type: 'OrderCreated' }),
      expect.objectContaining({ type: 'PaymentConfirmed' }),
      {
        type: 'OrderShipped',
        payload: { orderId: order.orderId, carrier: 'Correios', trackingNumber: 'QB123456789BR' },
      },
      { type: 'OrderDelivered', payload: { orderId: order.orderId } },
    ]);
  });

  it('says which shipment field is wrong', async () => {
    const order = await paidOrder(cell, store);
    const response = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set(staff(store))
      .send({ carrier: '', trackingUrl: 'javascript:alert(1)', extra: true })
      .expect(400);
    expect(response.body.error.fields).toEqual({
      carrier: expect.any(String),
      trackingNumber: 'is required',
      trackingUrl: 'must be an http or https URL',
      extra: 'is not an accepted field',
    });
  });
});

describe('cancellation', () => {
  it('cancels an unpaid order, releasing its stock hold and coupon use', async () => {
    const before = await stockOf(cell, store);
    const coupon = () =>
      rowsOf(cell, store, (trx) => trx('coupons').where({ code: 'DEZ' }).first('used_count'));
    const usedBefore = (await coupon()).used_count;
    const order = await placeOrder(cell, store, { quantity: 2, coupon: 'DEZ' });
    expect(await stockOf(cell, store)).toEqual({ ...before, reserved: before.reserved + 2 });
    expect((await coupon()).used_count).toBe(usedBefore + 1);

    const response = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({ reason: 'Buyer asked by phone' })
      .expect(200);
    expect(response.body.status).toBe('cancelled');
    expect(response.body.timeline.at(-1)).toMatchObject({
      type: 'cancelled',
      actor: { type: 'member', id: store.ownerId },
      data: { reason: 'Buyer asked by phone' },
    });
    expect(await stockOf(cell, store)).toEqual(before);
    expect((await coupon()).used_count).toBe(usedBefore);
    const checkout = await rowsOf(cell, store, (trx) =>
      trx('checkout_sessions').where({ id: order.checkoutId }).first('status'),
    );
    expect(checkout.status).toBe('expired');
    expect((await eventsOf(cell, store, order.orderId)).map((event) => event.type)).toContain(
      'OrderCancelled',
    );
    // Again: nothing more happens.
    await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({ reason: 'again' })
      .expect(200);
    expect(await stockOf(cell, store)).toEqual(before);
  });

  it('cancels a paid order by refunding it in full and returning its stock', async () => {
    const order = await paidOrder(cell, store, { quantity: 3 });
    const afterSale = await stockOf(cell, store);
    const response = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({ reason: 'Out of stock at the warehouse' })
      .expect(200);
    expect(response.body).toMatchObject({
      status: 'cancelled',
      totals: { total: 47000, refunded: 47000 },
      refundable: 0,
      refunds: [
        {
          amount: 47000,
          status: 'succeeded',
          reason: 'Out of stock at the warehouse',
          stripeRefundId: expect.stringMatching(/^re_/),
          createdBy: store.ownerId,
        },
      ],
    });
    expect(await stockOf(cell, store)).toEqual({ ...afterSale, stock: afterSale.stock + 3 });
    const types = (await eventsOf(cell, store, order.orderId)).map((event) => event.type);
    expect(types.slice(-2)).toEqual(['OrderRefunded', 'OrderCancelled']);
  });

  it('refuses to cancel a shipped order, and asks for a reason', async () => {
    const order = await paidOrder(cell, store);
    await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({})
      .expect(400);
    await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
      .set(staff(store))
      .send({ carrier: 'Correios', trackingNumber: 'BR1' })
      .expect(200);
    const response = await admin()
      .post(`/api/v1/admin/orders/${order.orderId}/cancellation`)
      .set(staff(store))
      .send({ reason: 'Too late' })
      .expect(409);
    expect(response.body.error.code).toBe('INVALID_STATE');
  });
});

describe('the packing slip', () => {
  it('is print-ready HTML in the store’s language with every value escaped', async () => {
    const hostile = await createSellingStore(cell, { title: '<script>alert("x")</script> Vaso' });
    const order = await paidOrder(cell, hostile, { quantity: 2 });
    const response = await admin()
      .get(`/api/v1/admin/orders/${order.orderId}/packing-slip`)
      .set(staff(hostile))
      .expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const html = response.text;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Vaso');
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('Romaneio de envio');
    expect(html).toContain(`Pedido #${order.number}`);
    expect(html).toContain(hostile.sku);
    expect(html).toContain('Maria Souza');
    expect(html).toContain('@media print');
    expect(html).not.toContain('150,00');
  });
});
