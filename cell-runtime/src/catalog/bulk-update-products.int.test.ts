import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let store: TestStore;
let other: TestStore;

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore();
  other = await cell.provisionStore();
});
afterAll(async () => {
  await cell.close();
});

const bulkPath = '/api/v1/admin/products/bulk';
const as = (target: TestStore, token = target.ownerToken) => ({
  host: target.host,
  authorization: `Bearer ${token}`,
});

interface Created {
  id: string;
  variants: { id: string }[];
}

async function createProduct(body: object, target = store): Promise<Created> {
  const response = await request(cell.app)
    .post('/api/v1/admin/products')
    .set(as(target))
    .send({ status: 'active', ...body })
    .expect(201);
  return response.body as Created;
}

function bulk(items: object[], target = store, token?: string) {
  return request(cell.app).patch(bulkPath).set(as(target, token)).send({ items });
}

async function readProduct(id: string, target = store) {
  const response = await request(cell.app)
    .get(`/api/v1/admin/products/${id}`)
    .set(as(target))
    .expect(200);
  return response.body as { price: number; stock: number; status: string; updatedAt: string };
}

async function addMember(target: TestStore, role: string): Promise<string> {
  const userId = randomUUID();
  await withTenant(cell.database.app, target.tenantId, (trx) =>
    trx('members').insert({
      tenant_id: target.tenantId,
      user_id: userId,
      email: `${role}-${userId.slice(0, 8)}@example.com`,
      role,
    }),
  );
  return cell.tokenFor(userId);
}

describe('bulk edit of price, stock and status', () => {
  it('changes several products at once and answers them in the order asked', async () => {
    const mug = await createProduct({ title: 'Caneca', price: 2990, stock: 4 });
    const plate = await createProduct({ title: 'Prato', price: 4990, stock: 2 });
    const response = await bulk([
      { id: plate.id, price: 5490, status: 'draft' },
      { id: mug.id, price: 3290, stock: 10 },
    ]).expect(200);

    expect(
      response.body.items.map(
        (item: { id: string; price: number; stock: number; status: string }) => [
          item.id,
          item.price,
          item.stock,
          item.status,
        ],
      ),
    ).toEqual([
      [plate.id, 5490, 2, 'draft'],
      [mug.id, 3290, 10, 'active'],
    ]);
    await expect(readProduct(mug.id)).resolves.toMatchObject({ price: 3290, stock: 10 });
    await expect(readProduct(plate.id)).resolves.toMatchObject({ price: 5490, status: 'draft' });
  });

  it('records who changed each product and announces each change like a single update', async () => {
    const product = await createProduct({ title: 'Audited', price: 100, stock: 1 });
    await bulk([{ id: product.id, status: 'archived' }]).expect(200);

    const { audit, events } = await withTenant(cell.database.app, store.tenantId, async (trx) => ({
      audit: await trx('audit_logs')
        .where({ target_id: product.id, action: 'product.updated' })
        .select('actor_id', 'data'),
      events: await trx('outbox_events')
        .where({ aggregate_id: product.id })
        .orderBy('id')
        .pluck('type'),
    }));
    expect(audit).toEqual([{ actor_id: store.ownerId, data: { fields: ['status'], bulk: true } }]);
    expect(events).toEqual(['ProductCreated', 'ProductUpdated']);
  });

  it('changes nothing when one product belongs to another store: 404 as for a missing one', async () => {
    const mine = await createProduct({ title: 'Mine', price: 1000, stock: 1 });
    const theirs = await createProduct({ title: 'Theirs', price: 7000, stock: 3 }, other);
    const before = await readProduct(theirs.id, other);

    const response = await bulk([
      { id: mine.id, price: 1 },
      { id: theirs.id, price: 1, stock: 0 },
    ]).expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
    expect(JSON.stringify(response.body)).not.toContain(other.tenantId);

    await expect(readProduct(mine.id)).resolves.toMatchObject({ price: 1000 });
    await expect(readProduct(theirs.id, other)).resolves.toEqual(before);
    const missing = await bulk([{ id: randomUUID(), price: 1 }]).expect(404);
    expect(missing.body.error.code).toBe(response.body.error.code);
  });

  it('refuses stock for a product with several variants, naming the item, and changes nothing', async () => {
    const single = await createProduct({ title: 'Single', price: 500, stock: 5 });
    const sized = await createProduct({
      title: 'Sized',
      price: 900,
      variants: [
        { sku: 'BULK-S', stock: 1, options: { size: 'S' } },
        { sku: 'BULK-M', stock: 1, options: { size: 'M' } },
      ],
    });
    const response = await bulk([
      { id: single.id, price: 600 },
      { id: sized.id, stock: 9 },
    ]).expect(400);
    expect(response.body.error.fields).toEqual({
      'items.1.stock': expect.stringContaining('2 variants'),
    });
    await expect(readProduct(single.id)).resolves.toMatchObject({ price: 500 });
  });

  it('refuses stock below what open checkouts hold with 409, naming the item', async () => {
    const held = await createProduct({ title: 'Held', price: 500, stock: 5 });
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('product_variants').where({ id: held.variants[0]!.id }).update({ reserved: 3 }),
    );
    const response = await bulk([{ id: held.id, stock: 2 }]).expect(409);
    expect(response.body.error).toMatchObject({
      code: 'INVALID_STATE',
      fields: { 'items.0.stock': expect.stringContaining('3') },
    });
    await expect(readProduct(held.id)).resolves.toMatchObject({ stock: 5 });
  });

  it.each([
    [[{ id: 'not-a-uuid', price: 1 }], 'items.0.id'],
    [[{ id: randomUUID() }], 'items.0'],
    [[{ id: randomUUID(), price: -1 }], 'items.0.price'],
    [[{ id: randomUUID(), stock: 1.5 }], 'items.0.stock'],
    [[{ id: randomUUID(), status: 'gone' }], 'items.0.status'],
    [[{ id: randomUUID(), price: 1, title: 'x' }], 'items.0.title'],
    [[], 'items'],
  ])('answers 400 naming the field at fault for %j', async (items, field) => {
    const response = await bulk(items).expect(400);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('names a repeated product and refuses more than 200 products', async () => {
    const id = randomUUID();
    const repeated = await bulk([
      { id, price: 1 },
      { id, price: 2 },
    ]).expect(400);
    expect(Object.keys(repeated.body.error.fields)).toEqual(['items.1.id']);
    const tooMany = Array.from({ length: 201 }, () => ({ id: randomUUID(), price: 1 }));
    const response = await bulk(tooMany).expect(400);
    expect(response.body.error.fields.items).toContain('200');
  });

  it('needs catalog:write: catalog staff may, orders staff may not, strangers get 404', async () => {
    const product = await createProduct({ title: 'Guarded', price: 100, stock: 1 });
    const catalogStaff = await addMember(store, 'catalog_staff');
    await bulk([{ id: product.id, price: 200 }], store, catalogStaff).expect(200);
    const ordersStaff = await addMember(store, 'orders_staff');
    const refused = await bulk([{ id: product.id, price: 300 }], store, ordersStaff).expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    await bulk([{ id: product.id, price: 400 }], store, other.ownerToken).expect(404);
    await request(cell.app)
      .patch(bulkPath)
      .set({ host: store.host })
      .send({ items: [] })
      .expect(401);
    await expect(readProduct(product.id)).resolves.toMatchObject({ price: 200 });
  });
});
