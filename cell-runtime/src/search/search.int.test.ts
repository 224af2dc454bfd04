import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { indexProduct, productsToIndex } from './index-product';

let cell: CellHarness;
let pt: TestStore;
let en: TestStore;

async function seed(store: TestStore, products: object[]): Promise<void> {
  for (const product of products) {
    await request(cell.app)
      .post('/api/v1/admin/products')
      .set({ host: store.host, authorization: `Bearer ${store.ownerToken}` })
      .send({ status: 'active', ...product })
      .expect(201);
  }
  // What the worker's search indexer does on ProductCreated.
  for (const { tenantId, productId } of await productsToIndex(cell.database.app, 100))
    await indexProduct(cell.database.app, tenantId, productId);
}

beforeAll(async () => {
  cell = await createCellHarness();
  pt = await cell.provisionStore({ live: true });
  en = await cell.provisionStore({ live: true });
  await withTenant(cell.database.app, en.tenantId, (trx) =>
    trx('tenants').update({ language: 'en' }),
  );
  await seed(pt, [
    {
      title: 'Café Orgânico Torrado',
      price: 3500,
      tags: ['café', 'orgânico'],
      description: '<p>Grãos do <strong>sul de Minas</strong>.</p>',
      variants: [
        { sku: 'CAF-250', stock: 10, options: { peso: '250g' } },
        { sku: 'CAF-500', stock: 0, options: { peso: '500g' } },
      ],
    },
    {
      title: 'Açúcar Mascavo',
      price: 1200,
      tags: ['orgânico'],
      description: 'Doce e escuro.',
      variants: [{ sku: 'ACU-1', stock: 3, options: { peso: '1kg' } }],
    },
    {
      title: 'Caneca de Cerâmica',
      price: 4500,
      tags: ['cozinha'],
      description: 'Para o café da manhã.',
      variants: [{ sku: 'CAN-1', stock: 0, options: { cor: 'azul' } }],
    },
    { title: 'Rascunho Secreto', status: 'draft', price: 1, tags: ['café'] },
  ]);
  await seed(en, [
    {
      title: 'Running Shoes',
      price: 9000,
      tags: ['sport'],
      description: 'Light shoes for runners.',
    },
  ]);
});
afterAll(async () => {
  await cell.close();
});

const search = (store: TestStore, query: string) =>
  request(cell.app).get(`/api/v1/search?${query}`).set('host', store.host);
const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

describe('storefront search', () => {
  it('matches prefixes and ignores accents, in Portuguese', async () => {
    expect(titles((await search(pt, 'q=acucar').expect(200)).body)).toEqual(['Açúcar Mascavo']);
    expect(titles((await search(pt, 'q=cera').expect(200)).body)).toEqual(['Caneca de Cerâmica']);
    // Stemming: "torrados" finds "Torrado".
    expect(titles((await search(pt, 'q=torrados').expect(200)).body)).toEqual([
      'Café Orgânico Torrado',
    ]);
  });

  it('ranks title matches above description matches and never shows drafts', async () => {
    const response = await search(pt, 'q=cafe').expect(200);
    expect(titles(response.body)).toEqual(['Café Orgânico Torrado', 'Caneca de Cerâmica']);
    expect(response.body.total).toBe(2);
  });

  it('returns facets over the matches and applies the filters', async () => {
    const response = await search(pt, 'q=organico').expect(200);
    expect(response.body.facets.tags).toEqual([
      { value: 'orgânico', count: 2 },
      { value: 'café', count: 1 },
    ]);
    expect(response.body.facets.options).toEqual([
      {
        name: 'peso',
        values: expect.arrayContaining([
          { value: '250g', count: 1 },
          { value: '1kg', count: 1 },
        ]),
      },
    ]);
    expect(response.body.facets.price).toEqual({ min: 1200, max: 3500 });
    expect(response.body.facets.availability).toEqual({ inStock: 2, outOfStock: 0 });
    expect(titles((await search(pt, 'q=organico&maxPrice=2000').expect(200)).body)).toEqual([
      'Açúcar Mascavo',
    ]);
    expect(titles((await search(pt, 'q=organico&options=peso:250g').expect(200)).body)).toEqual([
      'Café Orgânico Torrado',
    ]);
    expect(titles((await search(pt, 'q=cafe&inStock=false').expect(200)).body)).toEqual([
      'Caneca de Cerâmica',
    ]);
  });

  it('searches in the store’s own language and only its own products', async () => {
    expect(titles((await search(en, 'q=runner').expect(200)).body)).toEqual(['Running Shoes']);
    expect((await search(en, 'q=cafe').expect(200)).body.items).toEqual([]);
    expect((await search(pt, 'q=running').expect(200)).body.items).toEqual([]);
  });

  it('treats query syntax as plain words and validates input', async () => {
    expect(
      (await search(pt, `q=${encodeURIComponent("café & !(':* |")}`).expect(200)).body.items.length,
    ).toBe(2);
    expect((await search(pt, 'q=%21%21%21').expect(200)).body).toMatchObject({
      items: [],
      total: 0,
    });
    const missing = await search(pt, '').expect(400);
    expect(missing.body.error.fields).toHaveProperty('q');
    const bad = await search(pt, 'q=x&cursor=zzz').expect(400);
    expect(bad.body.error.fields).toHaveProperty('cursor');
  });

  it('pages through ranked results', async () => {
    const first = await search(pt, 'q=cafe&limit=1').expect(200);
    const second = await search(pt, `q=cafe&limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect([...titles(first.body), ...titles(second.body)]).toEqual([
      'Café Orgânico Torrado',
      'Caneca de Cerâmica',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('finds a product only after its document is indexed (asynchronously)', async () => {
    await request(cell.app)
      .post('/api/v1/admin/products')
      .set({ host: pt.host, authorization: `Bearer ${pt.ownerToken}` })
      .send({ status: 'active', title: 'Chá Verde', price: 900 })
      .expect(201);
    expect((await search(pt, 'q=cha').expect(200)).body.items).toEqual([]);
    for (const { tenantId, productId } of await productsToIndex(cell.database.app, 100))
      await indexProduct(cell.database.app, tenantId, productId);
    expect(titles((await search(pt, 'q=cha').expect(200)).body)).toEqual(['Chá Verde']);
  });
});
