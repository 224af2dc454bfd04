import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

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

const as = (target: TestStore, token = target.ownerToken) => ({
  host: target.host,
  authorization: `Bearer ${token}`,
});

const samples = {
  coupons: { create: { code: 'BEMVINDO', kind: 'fixed', value: 1000 }, update: { value: 1500 } },
  'shipping-zones': {
    create: {
      name: 'Sul',
      countries: ['BR'],
      regions: ['BR-RS', 'BR-SC'],
      rates: [{ name: 'Sedex', kind: 'flat', amount: 2500 }],
    },
    update: {
      name: 'Sul e PR',
      countries: ['BR'],
      regions: ['BR-RS', 'BR-SC', 'BR-PR'],
      rates: [{ name: 'Sedex', kind: 'flat', amount: 2600 }],
    },
  },
  'tax-rates': {
    create: { name: 'VAT', country: 'PT', rateBps: 2300 },
    update: { name: 'VAT', country: 'PT', rateBps: 2200 },
  },
} as const;

describe.each(Object.entries(samples))('the %s admin API', (resource, sample) => {
  const path = `/api/v1/admin/${resource}`;

  it('creates, lists, changes and deletes', async () => {
    const created = await request(cell.app)
      .post(path)
      .set(as(store))
      .send(sample.create)
      .expect(201);
    const listed = await request(cell.app).get(path).set(as(store)).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
    const changed = await request(cell.app)
      .patch(`${path}/${created.body.id}`)
      .set(as(store))
      .send(sample.update)
      .expect(200);
    expect(changed.body).toMatchObject(
      Object.fromEntries(Object.entries(sample.update).filter(([key]) => key !== 'rates')),
    );
    await request(cell.app).delete(`${path}/${created.body.id}`).set(as(store)).expect(204);
    await request(cell.app).delete(`${path}/${created.body.id}`).set(as(store)).expect(404);
  });

  it('answers 404 to another store’s owner for every route, and changes nothing', async () => {
    const created = await request(cell.app)
      .post(path)
      .set(as(store))
      .send(sample.create)
      .expect(201);
    await request(cell.app)
      .patch(`${path}/${created.body.id}`)
      .set(as(other))
      .send(sample.update)
      .expect(404);
    await request(cell.app).delete(`${path}/${created.body.id}`).set(as(other)).expect(404);
    expect((await request(cell.app).get(path).set(as(other)).expect(200)).body.items).toEqual([]);
    // Store B's owner on store A's host is no member there.
    await request(cell.app)
      .get(path)
      .set({ host: store.host, authorization: `Bearer ${other.ownerToken}` })
      .expect(404);
    const after = await request(cell.app).get(path).set(as(store)).expect(200);
    expect(after.body.items.find((item: { id: string }) => item.id === created.body.id)).toEqual(
      created.body,
    );
    await request(cell.app).delete(`${path}/${created.body.id}`).set(as(store)).expect(204);
  });

  it('needs a token and a role that runs the store', async () => {
    await request(cell.app).get(path).set({ host: store.host }).expect(401);
    const catalogStaff = randomUUID();
    await withTenant(cell.database.app, store.tenantId, (trx) =>
      trx('members').insert({
        tenant_id: store.tenantId,
        user_id: catalogStaff,
        email: 'cat@example.com',
        role: 'catalog_staff',
      }),
    );
    await request(cell.app)
      .post(path)
      .set(as(store, await cell.tokenFor(catalogStaff)))
      .send(sample.create)
      .expect(403);
  });
});

describe('validation of selling settings', () => {
  it.each([
    ['coupons', { code: 'x', kind: 'fixed', value: 100 }, 'code'],
    ['coupons', { code: 'PCT', kind: 'percentage', value: 150 }, 'value'],
    [
      'coupons',
      {
        code: 'DATE',
        kind: 'fixed',
        value: 1,
        startsAt: '2027-02-01T00:00:00Z',
        endsAt: '2027-01-01T00:00:00Z',
      },
      'endsAt',
    ],
    [
      'shipping-zones',
      { name: 'Z', countries: [], rates: [{ name: 'A', kind: 'flat', amount: 1 }] },
      'countries',
    ],
    [
      'shipping-zones',
      {
        name: 'Z',
        countries: ['BR'],
        regions: ['Sao Paulo'],
        rates: [{ name: 'A', kind: 'flat', amount: 1 }],
      },
      'regions.0',
    ],
    [
      'shipping-zones',
      { name: 'Z', countries: ['BR'], rates: [{ name: 'A', kind: 'free_over', amount: 1 }] },
      'rates.0.freeOverAmount',
    ],
    [
      'shipping-zones',
      {
        name: 'Z',
        countries: ['BR'],
        rates: [{ name: 'A', kind: 'weight', amount: 1, minWeightGrams: 500, maxWeightGrams: 100 }],
      },
      'rates.0.maxWeightGrams',
    ],
    ['tax-rates', { name: 'T', country: 'BR', rateBps: 10001 }, 'rateBps'],
  ])('%s answers 400 naming the field for %j', async (resource, body, field) => {
    const response = await request(cell.app)
      .post(`/api/v1/admin/${resource}`)
      .set(as(store))
      .send(body)
      .expect(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });

  it('answers 409 for a repeated coupon code (any case) or tax place', async () => {
    await request(cell.app)
      .post('/api/v1/admin/coupons')
      .set(as(store))
      .send({ code: 'UNICO', kind: 'fixed', value: 1 })
      .expect(201);
    const coupon = await request(cell.app)
      .post('/api/v1/admin/coupons')
      .set(as(store))
      .send({ code: 'unico', kind: 'fixed', value: 2 })
      .expect(409);
    expect(coupon.body.error).toMatchObject({
      code: 'ALREADY_EXISTS',
      fields: { code: expect.any(String) },
    });
    await request(cell.app)
      .post('/api/v1/admin/tax-rates')
      .set(as(store))
      .send({ name: 'A', country: 'AR', rateBps: 2100 })
      .expect(201);
    await request(cell.app)
      .post('/api/v1/admin/tax-rates')
      .set(as(store))
      .send({ name: 'B', country: 'AR', rateBps: 1000 })
      .expect(409);
    // Another store may use the same code.
    await request(cell.app)
      .post('/api/v1/admin/coupons')
      .set(as(other))
      .send({ code: 'UNICO', kind: 'fixed', value: 1 })
      .expect(201);
  });

  it('refuses a rate id that belongs to another zone', async () => {
    const first = await request(cell.app)
      .post('/api/v1/admin/shipping-zones')
      .set(as(store))
      .send(samples['shipping-zones'].create)
      .expect(201);
    const second = await request(cell.app)
      .post('/api/v1/admin/shipping-zones')
      .set(as(store))
      .send({ ...samples['shipping-zones'].create, name: 'Outra' })
      .expect(201);
    const response = await request(cell.app)
      .patch(`/api/v1/admin/shipping-zones/${second.body.id}`)
      .set(as(store))
      .send({
        ...samples['shipping-zones'].update,
        rates: [{ id: first.body.rates[0].id, name: 'Roubada', kind: 'flat', amount: 1 }],
      })
      .expect(400);
    expect(response.body.error.fields).toHaveProperty(['rates.0.id']);
  });

  it('reads and changes the store settings', async () => {
    expect(
      (await request(cell.app).get('/api/v1/admin/settings').set(as(store)).expect(200)).body,
    ).toEqual({
      pricesIncludeTax: false,
      supportEmail: null,
      payments: { provider: 'stripe', connected: false, chargesEnabled: false },
      currency: 'BRL',
      defaultLanguage: 'pt-BR',
      languages: ['pt-BR'],
      displayCurrencies: [],
    });
    const changed = await request(cell.app)
      .patch('/api/v1/admin/settings')
      .set(as(store))
      .send({ pricesIncludeTax: true, supportEmail: 'Help@Loja.com' })
      .expect(200);
    expect(changed.body).toMatchObject({ pricesIncludeTax: true, supportEmail: 'help@loja.com' });
    const bad = await request(cell.app)
      .patch('/api/v1/admin/settings')
      .set(as(store))
      .send({ supportEmail: 'nope' })
      .expect(400);
    expect(bad.body.error.fields).toHaveProperty('supportEmail');
  });
});
