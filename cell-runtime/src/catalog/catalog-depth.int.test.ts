import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let store: TestStore;

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore({ live: true });
});
afterAll(async () => {
  await cell.close();
});

const admin = (target = store) => ({
  host: target.host,
  authorization: `Bearer ${target.ownerToken}`,
});

describe('products with SEO, tags, promotions and categories', () => {
  it('stores them, sanitises the description and shows shoppers the same', async () => {
    const category = await request(cell.app)
      .post('/api/v1/admin/categories')
      .set(admin())
      .send({ name: 'Camisetas' })
      .expect(201);
    const created = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin())
      .send({
        title: 'Camiseta Linho',
        status: 'active',
        price: 8990,
        compareAtPrice: 11990,
        tags: [' Verão ', 'linho', 'LINHO'],
        seoTitle: 'Camiseta de linho',
        seoDescription: 'Fresca para o verão.',
        categoryIds: [category.body.id],
        description:
          '<p onclick="steal()">Leve <strong>e</strong> fresca<script>alert(1)</script> <a href="javascript:alert(1)">x</a> <a href="https://example.com">site</a></p><img src=x onerror=alert(1)>',
        variants: [
          { sku: 'LIN-P', stock: 3, weightGrams: 180, options: { tamanho: 'P', cor: 'branco' } },
          { sku: 'LIN-M', stock: 0, weightGrams: 200, options: { tamanho: 'M', cor: 'branco' } },
        ],
      })
      .expect(201);
    expect(created.body).toMatchObject({
      compareAtPrice: 11990,
      tags: ['verão', 'linho'],
      seoTitle: 'Camiseta de linho',
      categoryIds: [category.body.id],
      variants: [
        expect.objectContaining({ sku: 'LIN-P', weightGrams: 180, reserved: 0, available: 3 }),
        expect.objectContaining({ sku: 'LIN-M', weightGrams: 200, available: 0 }),
      ],
    });
    const html: string = created.body.description;
    expect(html).toContain('<strong>e</strong>');
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|<img/i);
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');

    const shopper = await request(cell.app)
      .get('/api/v1/products/camiseta-linho')
      .set('host', store.host)
      .expect(200);
    expect(shopper.body).toMatchObject({
      compareAtPrice: 11990,
      tags: ['verão', 'linho'],
      optionAxes: [
        { name: 'tamanho', values: ['P', 'M'] },
        { name: 'cor', values: ['branco'] },
      ],
    });
  });

  it('refuses categories of another store or that do not exist, naming the field', async () => {
    const other = await cell.provisionStore();
    const foreign = await request(cell.app)
      .post('/api/v1/admin/categories')
      .set(admin(other))
      .send({ name: 'Outra' })
      .expect(201);
    const response = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin())
      .send({ title: 'X', status: 'draft', price: 1, categoryIds: [foreign.body.id] })
      .expect(400);
    expect(response.body.error.fields.categoryIds).toContain(foreign.body.id);
  });

  it('records a domain event with every product change, in the same transaction', async () => {
    const created = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin())
      .send({ title: 'Evented', status: 'draft', price: 1 })
      .expect(201);
    await request(cell.app)
      .patch(`/api/v1/admin/products/${created.body.id}`)
      .set(admin())
      .send({ price: 2 })
      .expect(200);
    await request(cell.app)
      .delete(`/api/v1/admin/products/${created.body.id}`)
      .set(admin())
      .expect(204);
    const events = await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('outbox_events').where({ aggregate_id: created.body.id }).orderBy('id').pluck('type'),
    );
    expect(events).toEqual(['ProductCreated', 'ProductUpdated', 'ProductDeleted']);
  });

  it('answers 409 instead of a 500 when stock would drop below what checkouts hold', async () => {
    const created = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin())
      .send({
        title: 'Held',
        status: 'active',
        price: 100,
        variants: [{ sku: 'HELD-1', stock: 5 }],
      })
      .expect(201);
    const variant = created.body.variants[0];
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('product_variants').where({ id: variant.id }).update({ reserved: 4 }),
    );
    const response = await request(cell.app)
      .patch(`/api/v1/admin/products/${created.body.id}`)
      .set(admin())
      .send({ variants: [{ id: variant.id, sku: 'HELD-1', stock: 2 }] })
      .expect(409);
    expect(response.body.error.code).toBe('INVALID_STATE');
  });

  it.each([
    [{ tags: ['x'.repeat(41)] }, 'tags.0'],
    [{ compareAtPrice: -5 }, 'compareAtPrice'],
    [{ seoTitle: 'x'.repeat(71) }, 'seoTitle'],
    [{ categoryIds: ['nope'] }, 'categoryIds.0'],
    [{ variants: [{ sku: 'W', stock: 1, weightGrams: 1.5 }] }, 'variants.0.weightGrams'],
  ])('answers 400 naming the field for %j', async (change, field) => {
    const response = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin())
      .send({ title: 'Bad', status: 'draft', price: 1, ...change })
      .expect(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });
});
