import request from 'supertest';
import { addMember, ownerOf, type TestMember } from '../members/test/staff-fixture';
import {
  createSellingStore,
  paidOrder,
  staff,
  type PlacedOrder,
  type SellingStore,
} from '../orders/test/orders-fixture';
import { createCellHarness, type CellHarness } from '../test/cell-harness';

jest.setTimeout(60_000);

let cell: CellHarness;
let a: SellingStore;
let b: SellingStore;
let catalog: TestMember;
let orders: TestMember;
let productId: string;
let order: PlacedOrder;

const app = () => cell.app;
const log = (as: Record<string, string>, query = '') =>
  request(app()).get(`/api/v1/admin/audit-log${query}`).set(as);

interface Entry {
  id: string;
  at: string;
  action: string;
  actor: { type: string; id: string | null; email: string | null };
  target: { type: string | null; id: string | null };
  data: Record<string, unknown>;
  correlationId: string | null;
}

beforeAll(async () => {
  cell = await createCellHarness();
  a = await createSellingStore(cell, { title: 'Abajur da loja A' });
  b = await createSellingStore(cell, { title: 'Produto da loja B' });
  catalog = await addMember(cell, a, 'catalog_staff');
  orders = await addMember(cell, a, 'orders_staff');
  const products = await request(app()).get('/api/v1/admin/products').set(staff(a)).expect(200);
  productId = products.body.items[0].id;
  await request(app())
    .patch(`/api/v1/admin/products/${productId}`)
    .set({ ...catalog.as, 'x-correlation-id': 'audit-test-product-update' })
    .send({ title: 'Abajur renomeado', price: 17000 })
    .expect(200);
  order = await paidOrder(cell, a);
  await request(app())
    .post(`/api/v1/admin/orders/${order.orderId}/shipments`)
    .set(orders.as)
    .send({ carrier: 'Correios', trackingNumber: 'BR987654321' })
    .expect(200);
  await request(app())
    .post(`/api/v1/admin/orders/${order.orderId}/refunds`)
    .set({ ...staff(a), 'idempotency-key': 'audit-log-refund-1' })
    .send({ amount: 500, reason: 'Atraso' })
    .expect(201);
});
afterAll(() => cell.close());

describe('the audit log', () => {
  it('shows a catalog staff member’s product change with who, what, when and the request', async () => {
    const response = await log(ownerOf(a).as, '?action=product.updated').expect(200);
    expect(response.body.items).toEqual([
      {
        id: expect.any(String),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
        actor: { type: 'member', id: catalog.userId, email: catalog.email },
        action: 'product.updated',
        target: { type: 'product', id: productId },
        data: { fields: ['title', 'price'] },
        correlationId: 'audit-test-product-update',
      },
    ]);
    expect(Date.now() - Date.parse(response.body.items[0].at)).toBeLessThan(60_000);
  });

  it('records order fulfilment and refunds with the member who did them', async () => {
    const response = await log(staff(a), `?targetType=order&targetId=${order.orderId}`).expect(200);
    const entries = response.body.items as Entry[];
    expect(entries.map((entry) => [entry.action, entry.actor.id])).toEqual([
      ['order.refund_requested', a.ownerId],
      ['order.shipped', orders.userId],
    ]);
    expect(entries[0]!.data).toMatchObject({ amount: 500, reason: 'Atraso', restock: false });
    expect(entries[1]!.data).toMatchObject({ carrier: 'Correios', trackingNumber: 'BR987654321' });
  });

  it('filters by actor, action prefix and dates', async () => {
    const byCatalog = await log(staff(a), `?actorId=${catalog.userId}`).expect(200);
    expect(byCatalog.body.items.map((entry: Entry) => entry.action)).toEqual(['product.updated']);
    const members = await log(staff(a), '?action=member.').expect(200);
    expect(members.body.items.map((entry: Entry) => [entry.action, entry.target.id])).toEqual([
      ['member.added', orders.userId],
      ['member.added', catalog.userId],
    ]);
    expect(members.body.items[0].actor).toEqual({ type: 'platform', id: null, email: null });
    // `_` is a character here, not a wildcard.
    const literal = await log(staff(a), '?action=order.refund_').expect(200);
    expect(literal.body.items.map((entry: Entry) => entry.action)).toEqual([
      'order.refund_requested',
    ]);
    const past = await log(staff(a), '?to=2020-01-01').expect(200);
    expect(past.body).toEqual({ items: [], nextCursor: null });
    const today = new Date().toISOString().slice(0, 10);
    const todays = await log(staff(a), `?from=${today}&to=${today}`).expect(200);
    expect(todays.body.items.length).toBeGreaterThan(5);
  });

  it('pages newest first with cursors, without repeating or skipping an entry', async () => {
    const all = (await log(staff(a), '?limit=100').expect(200)).body.items as Entry[];
    const seen: Entry[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await log(staff(a), query).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
    const times = all.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(all.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['tenant.provisioned', 'product.created', 'shipping_zone.created']),
    );
  });

  it('refuses bad filters naming the field', async () => {
    const cursor = await log(staff(a), '?cursor=garbage').expect(400);
    expect(cursor.body.error.fields).toHaveProperty('cursor');
    const dates = await log(staff(a), '?from=2026-02-01&to=2026-01-01').expect(400);
    expect(dates.body.error.fields).toHaveProperty('to');
    const fields = await log(staff(a), '?actorId=me&action=DROP%20TABLE&limit=1000&x=1').expect(
      400,
    );
    expect(Object.keys(fields.body.error.fields).sort()).toEqual(
      ['action', 'actorId', 'limit', 'x'].sort(),
    );
  });

  it('is only for members with audit:read', async () => {
    const refused = await log(catalog.as).expect(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.body.error.message).toContain('audit:read');
  });

  it('shows another store none of it', async () => {
    const other = await log(staff(b), '?limit=100').expect(200);
    const text = JSON.stringify(other.body);
    for (const marker of [productId, order.orderId, catalog.userId, catalog.email, a.tenantId]) {
      expect(text).not.toContain(marker);
    }
    const theirs = await log(staff(b), `?actorId=${catalog.userId}`).expect(200);
    expect(theirs.body.items).toEqual([]);
    // A's cursor on B's log pages through B's entries only.
    const firstOfA = (await log(staff(a), '?limit=1').expect(200)).body.nextCursor as string;
    const withCursorOfA = await log(staff(b), `?cursor=${firstOfA}`).expect(200);
    expect(JSON.stringify(withCursorOfA.body)).not.toContain(productId);
  });
});
