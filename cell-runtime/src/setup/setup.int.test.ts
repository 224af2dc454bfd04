import request from 'supertest';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

jest.setTimeout(60_000);

let cell: CellHarness;
let store: TestStore;
let other: TestStore;

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore({ live: true });
  other = await cell.provisionStore({ live: true });
});
afterAll(async () => {
  await cell.close();
});

const as = (target: TestStore) => ({
  host: target.host,
  authorization: `Bearer ${target.ownerToken}`,
});

const defaults = (target: TestStore, query = '') =>
  request(cell.app).get(`/api/v1/admin/setup/defaults${query}`).set(as(target));
const apply = (target: TestStore, body: object) =>
  request(cell.app).post('/api/v1/admin/setup/shipping-and-taxes').set(as(target)).send(body);
const zonesOf = async (target: TestStore) =>
  (await request(cell.app).get('/api/v1/admin/shipping-zones').set(as(target)).expect(200)).body
    .items as { id: string; name: string; countries: string[]; rates: Record<string, unknown>[] }[];
const taxesOf = async (target: TestStore) =>
  (await request(cell.app).get('/api/v1/admin/tax-rates').set(as(target)).expect(200)).body
    .items as { id: string; country: string; region: string | null; rateBps: number }[];

/** What a shopper pays for shipping to São Paulo on a cart of one product at `price`. */
async function shippingFor(target: TestStore, price: number): Promise<number> {
  const product = await request(cell.app)
    .post('/api/v1/admin/products')
    .set(as(target))
    .send({ title: `Produto ${price}`, status: 'active', price, stock: 5 })
    .expect(201);
  const shopper = { host: target.host };
  const cart = await request(cell.app).post('/api/v1/carts').set(shopper).expect(201);
  await request(cell.app)
    .post(`/api/v1/carts/${cart.body.id}/items`)
    .set(shopper)
    .send({ variantId: product.body.variants[0].id, quantity: 1 })
    .expect(200);
  await request(cell.app)
    .put(`/api/v1/carts/${cart.body.id}/shipping-address`)
    .set(shopper)
    .send({
      line1: 'Rua A, 1',
      city: 'São Paulo',
      region: 'BR-SP',
      postalCode: '01000-000',
      country: 'BR',
    })
    .expect(200);
  const priced = await request(cell.app)
    .get(`/api/v1/carts/${cart.body.id}`)
    .set(shopper)
    .expect(200);
  return priced.body.shippingOptions[0].amount;
}

describe('the defaults proposed for a country', () => {
  it('proposes the store’s own country by default: Brazil, taxes included, in reais', async () => {
    const response = await defaults(store).expect(200);
    expect(response.body).toEqual({
      country: 'BR',
      currency: 'BRL',
      countryCurrency: 'BRL',
      language: 'pt-BR',
      zoneName: 'Envio nacional (BR)',
      flatRate: 2490,
      freeOver: 29900,
      taxInclusive: true,
      taxRates: [],
      taxNote: 'included-in-price',
    });
  });

  it('proposes another country’s tax in the store’s currency', async () => {
    const spain = (await defaults(store, '?country=ES').expect(200)).body;
    expect(spain).toMatchObject({
      country: 'ES',
      currency: 'BRL',
      countryCurrency: 'EUR',
      language: 'es',
      taxInclusive: true,
      taxRates: [{ name: 'IVA', region: null, rateBps: 2100, appliesToShipping: true }],
      taxNote: 'standard-rate',
    });
    const us = (await defaults(store, '?country=US').expect(200)).body;
    expect(us).toMatchObject({ taxInclusive: false, taxRates: [], taxNote: 'per-region' });
  });

  it('refuses a country that is not an ISO code, naming the field', async () => {
    const response = await defaults(store, '?country=XX').expect(400);
    expect(Object.keys(response.body.error.fields)).toEqual(['country']);
  });
});

describe('applying shipping and taxes', () => {
  const brazil = {
    country: 'BR',
    flatRate: 2490,
    freeOver: 29900,
    taxInclusive: true,
    taxRates: [],
  };

  it('creates one domestic zone with free shipping over the amount, and applying again changes nothing', async () => {
    const first = await apply(store, brazil).expect(200);
    expect(first.body.shippingZone).toMatchObject({
      name: 'Envio nacional (BR)',
      countries: ['BR'],
      regions: [],
      rates: [{ kind: 'free_over', amount: 2490, freeOverAmount: 29900, name: 'Entrega padrão' }],
    });
    expect(first.body.settings.pricesIncludeTax).toBe(true);
    const second = await apply(store, brazil).expect(200);
    expect(second.body.shippingZone).toEqual(first.body.shippingZone);
    expect((await zonesOf(store)).map((zone) => zone.id)).toEqual([first.body.shippingZone.id]);
  });

  it('charges the flat rate below the amount and nothing from it, as a shopper sees in the cart', async () => {
    await apply(store, brazil).expect(200);
    expect(await shippingFor(store, 10000)).toBe(2490);
    expect(await shippingFor(store, 29900)).toBe(0);
  });

  it('updates the same zone and tax rate when the merchant edits the proposal', async () => {
    const before = await apply(store, {
      ...brazil,
      taxRates: [{ name: 'ICMS', rateBps: 1800 }],
    }).expect(200);
    const after = await apply(store, {
      ...brazil,
      flatRate: 1990,
      freeOver: null,
      taxInclusive: false,
      taxRates: [{ name: 'ICMS', rateBps: 1700 }],
    }).expect(200);
    expect(after.body.shippingZone.id).toBe(before.body.shippingZone.id);
    expect(after.body.shippingZone.rates).toMatchObject([
      {
        id: before.body.shippingZone.rates[0].id,
        kind: 'flat',
        amount: 1990,
        freeOverAmount: null,
      },
    ]);
    expect(after.body.settings.pricesIncludeTax).toBe(false);
    const taxes = await taxesOf(store);
    expect(taxes.map((rate) => [rate.country, rate.region, rate.rateBps])).toEqual([
      ['BR', null, 1700],
    ]);
    expect(await zonesOf(store)).toHaveLength(1);
  });

  it('leaves later edits through the shipping routes working, and re-applies onto that zone', async () => {
    const applied = await apply(store, brazil).expect(200);
    const zoneId = applied.body.shippingZone.id;
    await request(cell.app)
      .patch(`/api/v1/admin/shipping-zones/${zoneId}`)
      .set(as(store))
      .send({
        name: 'Brasil todo',
        countries: ['BR'],
        rates: [{ name: 'PAC', kind: 'flat', amount: 1500 }],
      })
      .expect(200);
    expect((await zonesOf(store)).map((zone) => zone.name)).toEqual(['Brasil todo']);
    await apply(store, brazil).expect(200);
    const zones = await zonesOf(store);
    expect(zones.map((zone) => [zone.id, zone.name])).toEqual([[zoneId, 'Envio nacional (BR)']]);
  });

  it('makes a new zone when the merchant deleted the one it made', async () => {
    const applied = await apply(store, brazil).expect(200);
    await request(cell.app)
      .delete(`/api/v1/admin/shipping-zones/${applied.body.shippingZone.id}`)
      .set(as(store))
      .expect(204);
    const again = await apply(store, brazil).expect(200);
    expect(again.body.shippingZone.id).not.toBe(applied.body.shippingZone.id);
    expect((await zonesOf(store)).map((zone) => zone.id)).toEqual([again.body.shippingZone.id]);
  });

  it('makes one zone when two applies race', async () => {
    const target = await cell.provisionStore({ live: true });
    await Promise.all([apply(target, brazil).expect(200), apply(target, brazil).expect(200)]);
    expect(await zonesOf(target)).toHaveLength(1);
  });

  it.each([
    [{ ...brazil, flatRate: -1 }, 'flatRate'],
    [{ ...brazil, freeOver: 0 }, 'freeOver'],
    [{ ...brazil, country: 'Brasil' }, 'country'],
    [
      { ...brazil, taxRates: [{ name: 'ICMS SP', region: 'US-CA', rateBps: 1800 }] },
      'taxRates.0.region',
    ],
    [
      {
        ...brazil,
        taxRates: [
          { name: 'A', rateBps: 100 },
          { name: 'B', rateBps: 200 },
        ],
      },
      'taxRates.1.region',
    ],
    [{ ...brazil, taxRates: [{ name: 'ICMS', rateBps: 10_001 }] }, 'taxRates.0.rateBps'],
    [{ ...brazil, shipping: 'free' }, 'shipping'],
  ])('refuses %j naming %s', async (body, field) => {
    const response = await apply(store, body).expect(400);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('touches only the caller’s store', async () => {
    const zonesBefore = await zonesOf(other);
    await apply(store, brazil).expect(200);
    expect(await zonesOf(other)).toEqual(zonesBefore);
    expect(await taxesOf(other)).toEqual([]);
  });
});
