import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { previewTokenHeader } from '@mpb/contracts';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { TEST_PREVIEW_SECRET } from '../test/test-deps';
import { signPreviewToken } from './preview-token';

let cell: CellHarness;
/** Not published yet, with a product and a collection: what the wizard's template step shows. */
let draft: TestStore;
let live: TestStore;
let draftToken: string;
let liveToken: string;

const app = () => cell.app;
const owner = (store: TestStore) => ({
  host: store.host,
  authorization: `Bearer ${store.ownerToken}`,
});
const preview = (store: TestStore, token: string) => ({
  host: store.host,
  [previewTokenHeader]: token,
});

async function issueToken(store: TestStore): Promise<string> {
  const response = await request(app())
    .post('/api/v1/admin/storefront/preview-token')
    .set(owner(store))
    .expect(201);
  expect(response.headers['cache-control']).toBe('no-store');
  return response.body.token as string;
}

async function addCatalog(store: TestStore, title: string) {
  const product = await request(app())
    .post('/api/v1/admin/products')
    .set(owner(store))
    .send({ title, status: 'active', price: 4990, stock: 3 })
    .expect(201);
  await request(app())
    .post('/api/v1/admin/products')
    .set(owner(store))
    .send({ title: `${title} rascunho`, status: 'draft', price: 100, stock: 1 })
    .expect(201);
  await request(app())
    .post('/api/v1/admin/collections')
    .set(owner(store))
    .send({
      kind: 'manual',
      title: 'Destaques',
      handle: 'destaques',
      published: true,
      productIds: [product.body.id],
    })
    .expect(201);
  return product.body.handle as string;
}

let draftHandle: string;

beforeAll(async () => {
  cell = await createCellHarness();
  draft = await cell.provisionStore();
  live = await cell.provisionStore({ live: true });
  draftHandle = await addCatalog(draft, 'Bolsa de couro');
  await addCatalog(live, 'Chapéu de palha');
  draftToken = await issueToken(draft);
  liveToken = await issueToken(live);
});
afterAll(() => cell.close());

describe('a preview token', () => {
  it('lasts 30 minutes', async () => {
    const response = await request(app())
      .post('/api/v1/admin/storefront/preview-token')
      .set(owner(draft))
      .expect(201);
    const minutes = (Date.parse(response.body.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('shows an unpublished store, with the template and colours being tried, and changes nothing', async () => {
    const response = await request(app())
      .get('/api/v1/storefront/preview?template=bold&primary=%23FF0000&accent=%2300ff00')
      .set(preview(draft, draftToken))
      .expect(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toMatchObject({
      name: `Store ${draft.slug}`,
      slug: draft.slug,
      live: false,
      template: 'bold',
      theme: { primaryColor: '#ff0000', accentColor: '#00ff00', logoUrl: null },
      preview: { expiresAt: expect.any(String) },
    });
    const saved = await request(app())
      .get('/api/v1/admin/storefront/theme')
      .set(owner(draft))
      .expect(200);
    expect(saved.body).toMatchObject({ template: 'classic', primaryColor: '#111827' });
  });

  it('answers the saved theme when nothing is being tried', async () => {
    const response = await request(app())
      .get('/api/v1/storefront/preview')
      .set(preview(draft, draftToken))
      .expect(200);
    expect(response.body).toMatchObject({
      template: 'classic',
      theme: { primaryColor: '#111827', accentColor: '#db2777' },
    });
  });

  it('refuses a malformed override with a 400 naming it', async () => {
    const response = await request(app())
      .get('/api/v1/storefront/preview?primary=blue&template=fancy')
      .set(preview(draft, draftToken))
      .expect(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['primary', 'template']);
  });

  it('shows the unpublished store’s active products and collections, and nothing else', async () => {
    const list = await request(app())
      .get('/api/v1/products')
      .set(preview(draft, draftToken))
      .expect(200);
    expect(list.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Bolsa de couro',
    ]);
    expect(list.headers['cache-control']).toBe('private, no-store');
    const product = await request(app())
      .get(`/api/v1/products/${draftHandle}`)
      .set(preview(draft, draftToken))
      .expect(200);
    expect(product.body.title).toBe('Bolsa de couro');
    await request(app())
      .get('/api/v1/products/bolsa-de-couro-rascunho')
      .set(preview(draft, draftToken))
      .expect(404);
    const collections = await request(app())
      .get('/api/v1/collections')
      .set(preview(draft, draftToken))
      .expect(200);
    expect(collections.headers['cache-control']).toBe('private, no-store');
    expect(collections.body.items.map((item: { handle: string }) => item.handle)).toEqual([
      'destaques',
    ]);
    await request(app())
      .get('/api/v1/collections/destaques')
      .set(preview(draft, draftToken))
      .expect(200);
    await request(app())
      .get('/api/v1/products?collection=destaques')
      .set(preview(draft, draftToken))
      .expect(200);
    const search = await request(app())
      .get('/api/v1/search?q=bolsa')
      .set(preview(draft, draftToken))
      .expect(200);
    expect(search.headers['cache-control']).toBe('private, no-store');
  });

  it('leaves the unpublished store hidden from everyone else', async () => {
    for (const path of [
      '/api/v1/products',
      `/api/v1/products/${draftHandle}`,
      '/api/v1/collections',
    ]) {
      await request(app()).get(path).set('host', draft.host).expect(404);
    }
    await request(app()).get('/api/v1/storefront/preview').set('host', draft.host).expect(404);
    // Cart and checkout stay closed even in a preview.
    await request(app()).post('/api/v1/carts').set(preview(draft, draftToken)).expect(404);
  });

  it('is neither served from nor stored in the public cache', async () => {
    const path = '/api/v1/products?limit=5';
    const previewed = await request(app()).get(path).set(preview(live, liveToken)).expect(200);
    expect(previewed.headers['x-cache']).toBeUndefined();
    const first = await request(app()).get(path).set('host', live.host).expect(200);
    const second = await request(app()).get(path).set('host', live.host).expect(200);
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(first.headers['cache-control']).toMatch(/^public/);
    const again = await request(app()).get(path).set(preview(live, liveToken)).expect(200);
    expect(again.headers['x-cache']).toBeUndefined();
    expect(again.headers['cache-control']).toBe('private, no-store');
    const config = await request(app())
      .get('/api/v1/storefront/preview')
      .set(preview(live, liveToken))
      .expect(200);
    expect(config.headers['x-cache']).toBeUndefined();
    expect(config.body.live).toBe(true);
  });
});

describe('a token that is not good for this store', () => {
  const refusedTokens: [string, () => string][] = [
    ['another store’s', () => liveToken],
    [
      'an expired',
      () =>
        signPreviewToken(TEST_PREVIEW_SECRET, draft.tenantId, new Date(Date.now() - 31 * 60_000))
          .token,
    ],
    [
      'an altered',
      () => {
        const [, signature] = draftToken.split('.');
        const payload = Buffer.from(JSON.stringify({ t: draft.tenantId, e: 4102444800 })).toString(
          'base64url',
        );
        return `${payload}.${signature}`;
      },
    ],
    ['a forged (another secret)', () => signPreviewToken('f'.repeat(43), draft.tenantId).token],
    ['a made-up', () => `${randomUUID()}.${'A'.repeat(43)}`],
  ];

  it.each(refusedTokens)(
    '%s token shows nothing of the unpublished store',
    async (_name, token) => {
      const headers = preview(draft, token());
      const config = await request(app())
        .get('/api/v1/storefront/preview')
        .set(headers)
        .expect(404);
      expect(config.body.error.code).toBe('NOT_FOUND');
      expect(JSON.stringify(config.body)).not.toContain(draft.slug);
      await request(app()).get('/api/v1/products').set(headers).expect(404);
      await request(app()).get(`/api/v1/products/${draftHandle}`).set(headers).expect(404);
      await request(app()).get('/api/v1/collections').set(headers).expect(404);
      await request(app()).get('/api/v1/search?q=bolsa').set(headers).expect(404);
      // The public configuration is what anyone sees: not live, coming soon.
      const publicConfig = await request(app())
        .get('/api/v1/storefront/config')
        .set(headers)
        .expect(200);
      expect(publicConfig.body.live).toBe(false);
    },
  );

  it('the unpublished store’s own token shows nothing of it on another store’s host', async () => {
    const response = await request(app())
      .get('/api/v1/storefront/preview')
      .set(preview(live, draftToken))
      .expect(404);
    expect(JSON.stringify(response.body)).not.toContain(draft.slug);
    const list = await request(app()).get('/api/v1/products').set(preview(live, draftToken));
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain('Bolsa');
    expect(list.headers['cache-control']).toMatch(/^public/);
  });

  it('is given to members only', async () => {
    await request(app())
      .post('/api/v1/admin/storefront/preview-token')
      .set({ host: draft.host, authorization: `Bearer ${live.ownerToken}` })
      .expect(404);
    await request(app())
      .post('/api/v1/admin/storefront/preview-token')
      .set('host', draft.host)
      .expect(401);
  });
});
