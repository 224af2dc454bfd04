import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let store: TestStore;

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore();
});
afterAll(async () => {
  await cell.close();
});

const api = (path: string) => `/api/v1/admin/products${path}`;
const as = (target: TestStore, token = target.ownerToken) => ({
  host: target.host,
  authorization: `Bearer ${token}`,
});

function create(body: object, target = store) {
  return request(cell.app).post(api('')).set(as(target)).send(body);
}

describe('creating products', () => {
  it('gives a product without variants one default variant with its price and stock', async () => {
    const response = await create({
      title: 'Camiseta Básica',
      status: 'active',
      price: 4990,
      stock: 7,
    }).expect(201);
    expect(response.body).toMatchObject({
      title: 'Camiseta Básica',
      handle: 'camiseta-basica',
      status: 'active',
      price: 4990,
      currency: 'BRL',
      stock: 7,
      variants: [{ sku: null, price: 4990, stock: 7, options: {} }],
    });
  });

  it('stores variants with their own SKU, stock, options and price (defaulting to the product price)', async () => {
    const response = await create({
      title: 'Tênis Corrida',
      status: 'draft',
      price: 19990,
      variants: [
        { sku: 'TEN-40', stock: 3, options: { size: '40' } },
        { sku: 'TEN-41', stock: 0, price: 20990, options: { size: '41' } },
      ],
    }).expect(201);
    expect(response.body.stock).toBe(3);
    expect(response.body.variants).toEqual([
      expect.objectContaining({ sku: 'TEN-40', price: 19990, stock: 3, options: { size: '40' } }),
      expect.objectContaining({ sku: 'TEN-41', price: 20990, stock: 0, options: { size: '41' } }),
    ]);
  });

  it('derives a free handle when the title repeats, but refuses a taken explicit handle', async () => {
    const first = await create({ title: 'Caneca', status: 'active', price: 100 }).expect(201);
    const second = await create({ title: 'Caneca', status: 'active', price: 100 }).expect(201);
    expect([first.body.handle, second.body.handle]).toEqual(['caneca', 'caneca-2']);
    const taken = await create({
      title: 'Outra',
      handle: 'caneca',
      status: 'active',
      price: 100,
    }).expect(409);
    expect(taken.body.error).toMatchObject({
      code: 'HANDLE_TAKEN',
      fields: { handle: expect.any(String) },
    });
  });

  it('refuses a SKU another product already uses, naming the variant', async () => {
    await create({
      title: 'A',
      status: 'active',
      price: 1,
      variants: [{ sku: 'DUP-1', stock: 1 }],
    }).expect(201);
    const response = await create({
      title: 'B',
      status: 'active',
      price: 1,
      variants: [
        { sku: 'FREE-1', stock: 1 },
        { sku: 'DUP-1', stock: 1 },
      ],
    }).expect(409);
    expect(response.body.error).toMatchObject({
      code: 'SKU_TAKEN',
      fields: { 'variants.1.sku': expect.any(String) },
    });
  });

  it('records who created the product in the audit log', async () => {
    const response = await create({ title: 'Audited', status: 'draft', price: 5 }).expect(201);
    const entries = await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('audit_logs')
        .where({ action: 'product.created', target_id: response.body.id })
        .select('actor_type', 'actor_id'),
    );
    expect(entries).toEqual([{ actor_type: 'member', actor_id: store.ownerId }]);
  });

  it.each([
    [{ status: 'active', price: 1 }, 'title', 'is required'],
    [{ title: ' ', status: 'active', price: 1 }, 'title', 'is required'],
    [{ title: 'x', status: 'published', price: 1 }, 'status', undefined],
    [
      { title: 'x', status: 'active', price: 12.5 },
      'price',
      'must be an integer amount in minor units',
    ],
    [{ title: 'x', status: 'active', price: -1 }, 'price', 'must not be negative'],
    [{ title: 'x', status: 'active', price: '10' }, 'price', undefined],
    [{ title: 'x', status: 'active', price: 1, stock: -2 }, 'stock', 'must not be negative'],
    [{ title: 'x', status: 'active', price: 1, handle: 'Not A Handle!' }, 'handle', undefined],
    [
      { title: 'x', status: 'active', price: 1, variants: [] },
      'variants',
      'must have at least one variant',
    ],
    [
      {
        title: 'x',
        status: 'active',
        price: 1,
        variants: [
          { sku: 'S', stock: 1 },
          { sku: 's', stock: 1 },
        ],
      },
      'variants.1.sku',
      'is repeated in this product',
    ],
    [
      {
        title: 'x',
        status: 'active',
        price: 1,
        variants: [{ sku: 'S', stock: 1, options: { a: '1', b: '2', c: '3', d: '4' } }],
      },
      'variants.0.options',
      'at most 3 option axes',
    ],
    [
      { title: 'x', status: 'active', price: 1, variants: [{ stock: 1 }] },
      'variants.0.sku',
      'is required',
    ],
    [
      { title: 'x', status: 'active', price: 1, colour: 'red' },
      'colour',
      'is not an accepted field',
    ],
  ])('answers 400 naming the field for %j', async (body, field, message) => {
    const response = await create(body).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.fields).toHaveProperty([field]);
    if (message) expect(response.body.error.fields[field]).toBe(message);
  });

  it('answers 415 for a body that is not JSON, 400 for broken JSON and 413 for an oversized one', async () => {
    await request(cell.app)
      .post(api(''))
      .set(as(store))
      .set('content-type', 'text/plain')
      .send('title=x')
      .expect(415);
    const broken = await request(cell.app)
      .post(api(''))
      .set(as(store))
      .set('content-type', 'application/json')
      .send('{"title":')
      .expect(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
    const huge = await create({
      title: 'x',
      status: 'active',
      price: 1,
      description: 'a'.repeat(70 * 1024),
    }).expect(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('reading, changing and deleting products', () => {
  let productId: string;
  let variants: { id: string; sku: string }[];

  beforeAll(async () => {
    const response = await create({
      title: 'Mochila',
      status: 'draft',
      price: 15000,
      variants: [
        { sku: 'MOC-P', stock: 2, options: { colour: 'black' } },
        { sku: 'MOC-A', stock: 4, options: { colour: 'blue' } },
      ],
    }).expect(201);
    productId = response.body.id;
    variants = response.body.variants;
  });

  it('reads one product', async () => {
    const response = await request(cell.app)
      .get(api(`/${productId}`))
      .set(as(store))
      .expect(200);
    expect(response.body).toMatchObject({ id: productId, title: 'Mochila', stock: 6 });
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const malformed = await request(cell.app).get(api('/not-a-uuid')).set(as(store)).expect(400);
    expect(malformed.body.error.fields).toHaveProperty('id');
    const patch = await request(cell.app)
      .patch(api('/42'))
      .set(as(store))
      .send({ title: 'x', price: 'free' })
      .expect(400);
    expect(Object.keys(patch.body.error.fields).sort()).toEqual(['id', 'price']);
    await request(cell.app).delete(api('/42')).set(as(store)).expect(400);
    await request(cell.app)
      .get(api(`/${randomUUID()}`))
      .set(as(store))
      .expect(404);
  });

  it('updates fields and replaces the variant set: keeps by id, adds new ones, drops the rest', async () => {
    const [black, blue] = variants;
    const response = await request(cell.app)
      .patch(api(`/${productId}`))
      .set(as(store))
      .send({
        title: 'Mochila Urbana',
        status: 'active',
        variants: [
          { id: black?.id, sku: 'MOC-A', stock: 9, options: { colour: 'black' } },
          { sku: 'MOC-V', stock: 1, price: 16000, options: { colour: 'green' } },
        ],
      })
      .expect(200);
    expect(response.body).toMatchObject({ title: 'Mochila Urbana', status: 'active', stock: 10 });
    expect(response.body.variants).toEqual([
      expect.objectContaining({ id: black?.id, sku: 'MOC-A', stock: 9 }),
      expect.objectContaining({ sku: 'MOC-V', price: 16000, stock: 1 }),
    ]);
    expect(response.body.variants.map((variant: { id: string }) => variant.id)).not.toContain(
      blue?.id,
    );
  });

  it('refuses a variant id of another product, and an empty change', async () => {
    const other = await create({ title: 'Other', status: 'draft', price: 1 }).expect(201);
    const foreign = await request(cell.app)
      .patch(api(`/${productId}`))
      .set(as(store))
      .send({ variants: [{ id: other.body.variants[0].id, sku: 'Z-1', stock: 1 }] })
      .expect(400);
    expect(foreign.body.error.fields).toHaveProperty(['variants.0.id']);
    const empty = await request(cell.app)
      .patch(api(`/${productId}`))
      .set(as(store))
      .send({})
      .expect(400);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('lists newest first with a working cursor and filters', async () => {
    const first = await request(cell.app).get(api('?limit=2')).set(as(store)).expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await request(cell.app)
      .get(api(`?limit=2&cursor=${first.body.nextCursor}`))
      .set(as(store))
      .expect(200);
    const firstIds = first.body.items.map((item: { id: string }) => item.id);
    for (const item of second.body.items) expect(firstIds).not.toContain(item.id);
    const all = await request(cell.app).get(api('?limit=100')).set(as(store)).expect(200);
    const createdAt = all.body.items.map((item: { createdAt: string }) => item.createdAt);
    expect([...createdAt].sort().reverse()).toEqual(createdAt);
    const drafts = await request(cell.app)
      .get(api('?status=draft&limit=100'))
      .set(as(store))
      .expect(200);
    expect(drafts.body.items.every((item: { status: string }) => item.status === 'draft')).toBe(
      true,
    );
    const search = await request(cell.app).get(api('?q=urbana')).set(as(store)).expect(200);
    expect(search.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Mochila Urbana',
    ]);
  });

  it('answers 400 for a forged cursor or an out-of-range limit', async () => {
    const cursor = await request(cell.app).get(api('?cursor=garbage')).set(as(store)).expect(400);
    expect(cursor.body.error.fields).toHaveProperty('cursor');
    const limit = await request(cell.app).get(api('?limit=1000')).set(as(store)).expect(400);
    expect(limit.body.error.fields).toHaveProperty('limit');
  });

  it('deletes a product and its variants', async () => {
    const doomed = await create({
      title: 'Doomed',
      status: 'draft',
      price: 1,
      variants: [{ sku: 'DOOM', stock: 1 }],
    }).expect(201);
    await request(cell.app)
      .delete(api(`/${doomed.body.id}`))
      .set(as(store))
      .expect(204);
    await request(cell.app)
      .get(api(`/${doomed.body.id}`))
      .set(as(store))
      .expect(404);
    await request(cell.app)
      .delete(api(`/${doomed.body.id}`))
      .set(as(store))
      .expect(404);
    // Its SKU is free again.
    await create({
      title: 'Reborn',
      status: 'draft',
      price: 1,
      variants: [{ sku: 'DOOM', stock: 1 }],
    }).expect(201);
  });
});
