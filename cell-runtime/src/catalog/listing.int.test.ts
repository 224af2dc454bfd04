import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let store: TestStore;
const ids: Record<string, string> = {};

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore({ live: true });
  const admin = { host: store.host, authorization: `Bearer ${store.ownerToken}` };
  const products = [
    {
      title: 'Bota Couro',
      price: 30000,
      tags: ['inverno', 'couro'],
      variants: [
        { sku: 'B-38', stock: 2, options: { size: '38', colour: 'black' } },
        { sku: 'B-40', stock: 0, options: { size: '40', colour: 'brown' } },
      ],
    },
    {
      title: 'Sandália',
      price: 9000,
      tags: ['verão'],
      variants: [{ sku: 'S-38', stock: 5, options: { size: '38', colour: 'brown' } }],
    },
    {
      title: 'Tênis Azul',
      price: 20000,
      tags: ['esporte'],
      variants: [{ sku: 'T-40', stock: 1, options: { size: '40', colour: 'blue' } }],
    },
    {
      title: 'Chinelo',
      price: 3000,
      tags: ['verão'],
      variants: [{ sku: 'C-40', stock: 0, options: { size: '40', colour: 'black' } }],
    },
    {
      title: 'Mocassim',
      price: 25000,
      tags: ['couro'],
      variants: [{ sku: 'M-39', stock: 4, options: { size: '39', colour: 'brown' } }],
    },
  ];
  for (const product of products) {
    const response = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(admin)
      .send({ ...product, status: 'active' })
      .expect(201);
    ids[product.title] = response.body.id;
  }
  await request(cell.app)
    .post('/api/v1/admin/products')
    .set(admin)
    .send({ title: 'Rascunho', status: 'draft', price: 1, tags: ['couro'] })
    .expect(201);
});
afterAll(async () => {
  await cell.close();
});

const list = (query: string) =>
  request(cell.app).get(`/api/v1/products${query}`).set('host', store.host);
const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

describe('the storefront listing', () => {
  it('sorts by price both ways and by title', async () => {
    expect(titles((await list('?sort=price_asc').expect(200)).body)).toEqual([
      'Chinelo',
      'Sandália',
      'Tênis Azul',
      'Mocassim',
      'Bota Couro',
    ]);
    expect(titles((await list('?sort=price_desc').expect(200)).body)).toEqual([
      'Bota Couro',
      'Mocassim',
      'Tênis Azul',
      'Sandália',
      'Chinelo',
    ]);
    expect(titles((await list('?sort=title_asc').expect(200)).body)).toEqual([
      'Bota Couro',
      'Chinelo',
      'Mocassim',
      'Sandália',
      'Tênis Azul',
    ]);
  });

  it('pages through every sort with its own cursor, without repeats or gaps', async () => {
    for (const sort of ['newest', 'price_asc', 'price_desc', 'title_asc']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: request.Response = await list(
          `?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200);
        seen.push(...titles(page.body));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect({ sort, count: seen.length, unique: new Set(seen).size }).toEqual({
        sort,
        count: 5,
        unique: 5,
      });
    }
    const first = await list('?sort=price_asc&limit=2').expect(200);
    const mismatched = await list(`?sort=title_asc&cursor=${first.body.nextCursor}`).expect(400);
    expect(mismatched.body.error.fields).toHaveProperty('cursor');
  });

  it('filters by tag, price range, option values and availability', async () => {
    expect(titles((await list('?tag=couro&sort=title_asc').expect(200)).body)).toEqual([
      'Bota Couro',
      'Mocassim',
    ]);
    expect(
      titles((await list('?minPrice=9000&maxPrice=25000&sort=price_asc').expect(200)).body),
    ).toEqual(['Sandália', 'Tênis Azul', 'Mocassim']);
    // One variant must be both size 40 and blue.
    expect(titles((await list('?options=size:40;colour:blue').expect(200)).body)).toEqual([
      'Tênis Azul',
    ]);
    expect(titles((await list('?options=size:38,39&sort=title_asc').expect(200)).body)).toEqual([
      'Bota Couro',
      'Mocassim',
      'Sandália',
    ]);
    expect(titles((await list('?inStock=false').expect(200)).body)).toEqual(['Chinelo']);
    expect(titles((await list('?inStock=true&sort=title_asc').expect(200)).body)).toEqual([
      'Bota Couro',
      'Mocassim',
      'Sandália',
      'Tênis Azul',
    ]);
  });

  it('counts units held by checkouts as unavailable', async () => {
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('product_variants').where({ sku: 'T-40' }).update({ reserved: 1 }),
    );
    expect(titles((await list('?inStock=false&sort=title_asc').expect(200)).body)).toEqual([
      'Chinelo',
      'Tênis Azul',
    ]);
    const product = await request(cell.app)
      .get('/api/v1/products/tenis-azul')
      .set('host', store.host)
      .expect(200);
    expect(product.body.available).toBe(false);
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('product_variants').where({ sku: 'T-40' }).update({ reserved: 0 }),
    );
  });

  it.each([
    ['?sort=cheapest', 'sort'],
    ['?minPrice=-1', 'minPrice'],
    ['?options=size', 'options'],
    ['?inStock=maybe', 'inStock'],
    ['?sort=manual', 'sort'],
  ])('answers 400 naming the parameter for %s', async (query, field) => {
    const response = await list(query).expect(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });

  it('lists manual collections in their order and rule collections by their rules', async () => {
    const admin = { host: store.host, authorization: `Bearer ${store.ownerToken}` };
    await request(cell.app)
      .post('/api/v1/admin/collections')
      .set(admin)
      .send({
        kind: 'manual',
        title: 'Destaques',
        productIds: [ids['Mocassim'], ids['Chinelo'], ids['Bota Couro']],
      })
      .expect(201);
    await request(cell.app)
      .post('/api/v1/admin/collections')
      .set(admin)
      .send({
        kind: 'rule',
        title: 'Couro barato',
        sort: 'price_asc',
        rules: {
          match: 'all',
          conditions: [
            { field: 'tag', operator: 'equals', value: 'couro' },
            { field: 'price', operator: 'lte', value: 25000 },
          ],
        },
      })
      .expect(201);
    await request(cell.app)
      .post('/api/v1/admin/collections')
      .set(admin)
      .send({
        kind: 'rule',
        title: 'Verão ou esporte',
        sort: 'title_asc',
        rules: {
          match: 'any',
          conditions: [
            { field: 'tag', operator: 'equals', value: 'verão' },
            { field: 'tag', operator: 'equals', value: 'esporte' },
          ],
        },
      })
      .expect(201);
    expect(titles((await list('?collection=destaques').expect(200)).body)).toEqual([
      'Mocassim',
      'Chinelo',
      'Bota Couro',
    ]);
    const paged = await list('?collection=destaques&limit=2').expect(200);
    expect(
      titles(
        (await list(`?collection=destaques&cursor=${paged.body.nextCursor}`).expect(200)).body,
      ),
    ).toEqual(['Bota Couro']);
    expect(titles((await list('?collection=couro-barato').expect(200)).body)).toEqual(['Mocassim']);
    expect(titles((await list('?collection=verao-ou-esporte').expect(200)).body)).toEqual([
      'Chinelo',
      'Sandália',
      'Tênis Azul',
    ]);
    await list('?collection=nope').expect(404);
    const published = await request(cell.app)
      .get('/api/v1/collections')
      .set('host', store.host)
      .expect(200);
    expect(published.body.items.map((item: { handle: string }) => item.handle).sort()).toEqual([
      'couro-barato',
      'destaques',
      'verao-ou-esporte',
    ]);
  });
});
