import request from 'supertest';
import {
  createSellingStore,
  paidOrder,
  rowsOf,
  staff,
  type SellingStore,
} from '../../orders/test/orders-fixture';
import { createCellHarness, type CellHarness, type TestStore } from '../../test/cell-harness';

jest.setTimeout(120_000);

let cell: CellHarness;
let store: SellingStore;

beforeAll(async () => {
  cell = await createCellHarness();
  // A fashion store in reais with one product of the merchant's own ("Luminária").
  store = await createSellingStore(cell, { title: 'Luminária da casa' });
});
afterAll(async () => {
  await cell.close();
});

interface SampleBody {
  loaded: boolean;
  products: { id: string; title: string; handle: string; status: string; niche: string }[];
}

const sampleCatalog = async (target: TestStore): Promise<SampleBody> =>
  (await request(cell.app).get('/api/v1/admin/sample-catalog').set(staff(target)).expect(200)).body;
const load = (target: TestStore, body: object = {}) =>
  request(cell.app).post('/api/v1/admin/sample-catalog').set(staff(target)).send(body);
const remove = (target: TestStore) =>
  request(cell.app).delete('/api/v1/admin/sample-catalog').set(staff(target));
const adminTitles = async (target: TestStore, status?: string) => {
  const query = status ? `?status=${status}&limit=100` : '?limit=100';
  const response = await request(cell.app)
    .get(`/api/v1/admin/products${query}`)
    .set(staff(target))
    .expect(200);
  return (response.body.items as { title: string }[]).map((item) => item.title).sort();
};
const eventCounts = (target: TestStore) =>
  rowsOf(cell, target, (trx) =>
    trx('outbox_events')
      .where({ aggregate_type: 'product' })
      .groupBy('type')
      .select('type')
      .count<{ type: string; count: string }[]>('* as count'),
  ).then((rows) => Object.fromEntries(rows.map((row) => [row.type, Number(row.count)])));

it('has no sample catalog until one is loaded', async () => {
  expect(await sampleCatalog(store)).toEqual({ loaded: false, products: [] });
});

it('loads six products of the store’s niche in its language and currency, once', async () => {
  const loaded = (await load(store).expect(200)).body as SampleBody;
  expect(loaded.loaded).toBe(true);
  expect(loaded.products).toHaveLength(6);
  expect(
    loaded.products.every((product) => product.niche === 'fashion' && product.status === 'active'),
  ).toBe(true);
  const tee = loaded.products.find((product) => product.title === 'Camiseta básica de algodão')!;
  const details = await request(cell.app)
    .get(`/api/v1/admin/products/${tee.id}`)
    .set(staff(store))
    .expect(200);
  expect(details.body).toMatchObject({ price: 10990, currency: 'BRL', status: 'active' });
  expect(details.body.description).toContain('<p>Malha 100% algodão penteado');
  const variants = details.body.variants as {
    sku: string;
    price: number;
    options: Record<string, string>;
  }[];
  expect(variants.map((variant) => [variant.sku, variant.options.Tamanho, variant.price])).toEqual([
    ['SAMPLE-FASHION-BASIC-TEE-1', 'P', 10990],
    ['SAMPLE-FASHION-BASIC-TEE-2', 'M', 10990],
    ['SAMPLE-FASHION-BASIC-TEE-3', 'G', 10990],
    ['SAMPLE-FASHION-BASIC-TEE-4', 'GG', 10990 + 1100],
  ]);

  const again = (await load(store).expect(200)).body as SampleBody;
  expect(again.products.map((product) => product.id)).toEqual(
    loaded.products.map((product) => product.id),
  );
  expect(await adminTitles(store)).toHaveLength(7);
  // Search and the storefront hear of each product once.
  expect(await eventCounts(store)).toMatchObject({ ProductCreated: 7 });
  const shop = await request(cell.app)
    .get('/api/v1/products?limit=50')
    .set('host', store.host)
    .expect(200);
  expect(shop.body.items.map((item: { title: string }) => item.title)).toContain(
    'Jaqueta jeans clássica',
  );
});

it('removes exactly the samples, archiving the ordered one, and keeps the merchant’s product', async () => {
  const loaded = await sampleCatalog(store);
  const jacket = loaded.products.find((product) => product.title === 'Jaqueta jeans clássica')!;
  const jacketVariant = await rowsOf(cell, store, (trx) =>
    trx('product_variants').where({ product_id: jacket.id }).orderBy('position').first('id'),
  );
  const order = await paidOrder(cell, { ...store, variantId: jacketVariant.id });

  const removed = await remove(store).expect(200);
  expect(removed.body).toEqual({ deleted: 5, archived: 1 });
  expect(await adminTitles(store)).toEqual(['Jaqueta jeans clássica', 'Luminária da casa']);
  expect(await adminTitles(store, 'archived')).toEqual(['Jaqueta jeans clássica']);
  expect(await sampleCatalog(store)).toEqual({
    loaded: false,
    products: [expect.objectContaining({ id: jacket.id, status: 'archived' })],
  });
  expect(await eventCounts(store)).toMatchObject({ ProductDeleted: 5, ProductUpdated: 1 });
  // The order still shows what was bought.
  const shown = await request(cell.app)
    .get(`/api/v1/admin/orders/${order.orderId}`)
    .set(staff(store))
    .expect(200);
  expect(shown.body.lines.map((line: { title: string }) => line.title)).toEqual([
    'Jaqueta jeans clássica (P)',
  ]);
  const shop = await request(cell.app)
    .get('/api/v1/products?limit=50')
    .set('host', store.host)
    .expect(200);
  expect(shop.body.items.map((item: { title: string }) => item.title)).toEqual([
    'Luminária da casa',
  ]);

  // Loading again puts the archived sample back on sale rather than making a second one.
  const reloaded = (await load(store).expect(200)).body as SampleBody;
  expect(reloaded.products).toHaveLength(6);
  expect(reloaded.products.filter((product) => product.title === 'Jaqueta jeans clássica')).toEqual(
    [expect.objectContaining({ id: jacket.id, status: 'active' })],
  );
});

it('loads another niche on request, and refuses an unknown one naming the field', async () => {
  const withFood = (await load(store, { niche: 'food' }).expect(200)).body as SampleBody;
  expect(withFood.products.filter((product) => product.niche === 'food')).toHaveLength(6);
  const refused = await load(store, { niche: 'cars' }).expect(400);
  expect(Object.keys(refused.body.error.fields)).toEqual(['niche']);
  await load(store, { niche: 'food', extra: true }).expect(400);
});

it('prices in currencies without minor units in whole amounts', async () => {
  const yen = await cell.provisionStore({ currency: 'JPY' });
  const loaded = (await load(yen).expect(200)).body as SampleBody;
  const tee = loaded.products.find((product) => product.title === 'Camiseta básica de algodão')!;
  const details = await request(cell.app)
    .get(`/api/v1/admin/products/${tee.id}`)
    .set(staff(yen))
    .expect(200);
  expect(details.body).toMatchObject({ price: 2990, currency: 'JPY' });
});

it('never touches another store’s samples', async () => {
  const other = await cell.provisionStore({ live: true });
  const before = await sampleCatalog(store);
  expect(await sampleCatalog(other)).toEqual({ loaded: false, products: [] });
  expect((await remove(other).expect(200)).body).toEqual({ deleted: 0, archived: 0 });
  expect(await sampleCatalog(store)).toEqual(before);
});
