import request from 'supertest';
import { withTenant } from '@mpb/db';
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
const patch = (target: TestStore, body: object) =>
  request(cell.app).patch('/api/v1/admin/site-settings').set(as(target)).send(body);
const publicSettings = async (target: TestStore) =>
  (
    await request(cell.app)
      .get('/api/v1/storefront/site-settings')
      .set('host', target.host)
      .expect(200)
  ).body;

const empty = {
  seo: { titleSuffix: null, description: null, socialImageUrl: null },
  analytics: { ga4MeasurementId: null, metaPixelId: null },
};

it('starts with nothing set', async () => {
  const response = await request(cell.app)
    .get('/api/v1/admin/site-settings')
    .set(as(store))
    .expect(200);
  expect(response.body).toEqual(empty);
  expect(await publicSettings(store)).toEqual(empty);
});

it('saves SEO defaults and analytics ids, which the storefront then reads', async () => {
  expect(await publicSettings(store)).toEqual(empty); // cached, so a stale cache would show
  const saved = await patch(store, {
    seo: {
      titleSuffix: 'Moda feminina',
      description: 'Roupas leves feitas no Brasil.',
      socialImageUrl: 'https://cdn.example.com/social.png',
    },
    analytics: { ga4MeasurementId: ' g-ab12cd34ef ', metaPixelId: '123456789012345' },
  }).expect(200);
  const expected = {
    seo: {
      titleSuffix: 'Moda feminina',
      description: 'Roupas leves feitas no Brasil.',
      socialImageUrl: 'https://cdn.example.com/social.png',
    },
    analytics: { ga4MeasurementId: 'G-AB12CD34EF', metaPixelId: '123456789012345' },
  };
  expect(saved.body).toEqual(expected);
  expect(await publicSettings(store)).toEqual(expected);
  // Other fields stay; null clears one.
  const cleared = await patch(store, { analytics: { metaPixelId: null } }).expect(200);
  expect(cleared.body.analytics).toEqual({ ga4MeasurementId: 'G-AB12CD34EF', metaPixelId: null });
  expect(cleared.body.seo).toEqual(expected.seo);
  const events = await withTenant(cell.database.app, store.tenantId, (trx) =>
    trx('outbox_events').where({ type: 'StoreContentChanged' }).pluck('payload'),
  );
  expect(events).toEqual([{ what: 'site-settings' }, { what: 'site-settings' }]);
});

it.each([
  [
    'a Universal Analytics id',
    { analytics: { ga4MeasurementId: 'UA-12345-1' } },
    'analytics.ga4MeasurementId',
  ],
  ['a pixel id with letters', { analytics: { metaPixelId: '12345abc' } }, 'analytics.metaPixelId'],
  ['a javascript: image', { seo: { socialImageUrl: 'javascript:alert(1)' } }, 'seo.socialImageUrl'],
  [
    'an image on an IP address',
    { seo: { socialImageUrl: 'http://127.0.0.1/a.png' } },
    'seo.socialImageUrl',
  ],
  ['a long description', { seo: { description: 'x'.repeat(321) } }, 'seo.description'],
  ['an empty suffix', { seo: { titleSuffix: ' ' } }, 'seo.titleSuffix'],
  ['an unknown analytics field', { analytics: { hotjar: '1' } }, 'analytics.hotjar'],
  ['an unknown section', { theme: {} }, 'theme'],
])('refuses %s, naming the field', async (_case, body, field) => {
  const response = await patch(store, body).expect(400);
  expect(Object.keys(response.body.error.fields)).toContain(field);
});

it('refuses a change of nothing', async () => {
  await patch(store, {}).expect(400);
  await patch(store, { seo: {} }).expect(400);
});

it('keeps each store’s settings its own', async () => {
  await patch(store, { analytics: { ga4MeasurementId: 'G-STOREA1234' } }).expect(200);
  expect((await publicSettings(other)).analytics.ga4MeasurementId).toBeNull();
  const mine = await request(cell.app)
    .get('/api/v1/admin/site-settings')
    .set(as(other))
    .expect(200);
  expect(JSON.stringify(mine.body)).not.toContain('STOREA');
});

it('answers 404 for a host that is no store', async () => {
  await request(cell.app)
    .get('/api/v1/storefront/site-settings')
    .set('host', 'nobody.localhost')
    .expect(404);
});
