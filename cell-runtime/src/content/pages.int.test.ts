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

interface PageBody {
  id: string;
  kind: string;
  title: string;
  handle: string;
  body: string;
  published: boolean;
}

const as = (target: TestStore) => ({
  host: target.host,
  authorization: `Bearer ${target.ownerToken}`,
});
const listPages = async (target: TestStore): Promise<PageBody[]> =>
  (await request(cell.app).get('/api/v1/admin/pages').set(as(target)).expect(200)).body.items;
const createPage = (target: TestStore, body: object) =>
  request(cell.app).post('/api/v1/admin/pages').set(as(target)).send(body);
const publicLinks = async (target: TestStore) =>
  (await request(cell.app).get('/api/v1/pages').set('host', target.host).expect(200)).body.items;
const contentEvents = (target: TestStore) =>
  withTenant(cell.database.app, target.tenantId, (trx) =>
    trx('outbox_events').where({ type: 'StoreContentChanged' }).orderBy('id').pluck('payload'),
  );

describe('the pages proposed on first read', () => {
  it('proposes the policies, about, contact and FAQ in the store’s language, unpublished, once', async () => {
    const target = await cell.provisionStore({ live: true });
    const pages = await listPages(target);
    expect(pages.map((page) => page.kind)).toEqual([
      'refund_policy',
      'privacy_policy',
      'terms_of_service',
      'shipping_policy',
      'about',
      'contact',
      'faq',
    ]);
    expect(pages.every((page) => !page.published)).toBe(true);
    const refund = pages[0]!;
    expect(refund.title).toBe('Política de trocas e devoluções');
    expect(refund.body).toContain(`Store ${target.slug}`);
    expect(refund.body).toContain('[seu e-mail de atendimento]');
    expect((await listPages(target)).map((page) => page.id)).toEqual(pages.map((page) => page.id));
    // Nothing is shown to shoppers until the merchant publishes.
    expect(await publicLinks(target)).toEqual([]);
  });

  it('does not bring back a proposed page the merchant deleted', async () => {
    const target = await cell.provisionStore({ live: true });
    const [first] = await listPages(target);
    await request(cell.app).delete(`/api/v1/admin/pages/${first!.id}`).set(as(target)).expect(204);
    const again = await listPages(target);
    expect(again).toHaveLength(6);
    expect(again.map((page) => page.kind)).not.toContain(first!.kind);
  });

  it('fills in the support email when the store has one', async () => {
    const target = await cell.provisionStore({ live: true });
    await request(cell.app)
      .patch('/api/v1/admin/settings')
      .set(as(target))
      .send({ supportEmail: 'ajuda@loja.example' })
      .expect(200);
    const contact = (await listPages(target)).find((page) => page.kind === 'contact');
    expect(contact?.body).toContain('ajuda@loja.example');
  });
});

describe('writing pages', () => {
  it('sanitises the body like a product description and derives a free handle', async () => {
    const first = await createPage(store, {
      title: 'Guia de Tamanhos',
      body: '<p onclick="steal()">Medidas<script>alert(1)</script></p><a href="javascript:x()">x</a><a href="https://example.com">tabela</a>',
    }).expect(201);
    expect(first.body).toMatchObject({
      kind: 'custom',
      handle: 'guia-de-tamanhos',
      published: false,
    });
    expect(first.body.body).not.toMatch(/script|onclick|javascript/);
    expect(first.body.body).toContain('href="https://example.com"');
    const second = await createPage(store, { title: 'Guia de tamanhos' }).expect(201);
    expect(second.body.handle).toBe('guia-de-tamanhos-2');
  });

  it('refuses a taken handle and a second page of a policy’s kind, naming the field', async () => {
    await listPages(store);
    const handle = await createPage(store, { title: 'Outra', handle: 'guia-de-tamanhos' }).expect(
      409,
    );
    expect(handle.body.error.fields).toEqual({ handle: expect.any(String) });
    const kind = await createPage(store, { kind: 'refund_policy', title: 'Trocas' }).expect(409);
    expect(kind.body.error.fields).toEqual({ kind: expect.any(String) });
    const page = (await listPages(store)).find((item) => item.kind === 'faq')!;
    const renamed = await request(cell.app)
      .patch(`/api/v1/admin/pages/${page.id}`)
      .set(as(store))
      .send({ handle: 'guia-de-tamanhos' })
      .expect(409);
    expect(renamed.body.error.fields).toEqual({ handle: expect.any(String) });
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a long title', { title: 'x'.repeat(121) }, 'title'],
    ['a body over 50,000 characters', { title: 'Ok', body: 'x'.repeat(50_001) }, 'body'],
    ['a handle with spaces and accents', { title: 'Ok', handle: 'Não Vale' }, 'handle'],
    ['an unknown kind', { title: 'Ok', kind: 'blog' }, 'kind'],
    ['a long SEO title', { title: 'Ok', seoTitle: 'x'.repeat(71) }, 'seoTitle'],
    ['an unknown field', { title: 'Ok', author: 'me' }, 'author'],
  ])('refuses %s, naming the field', async (_case, body, field) => {
    const response = await createPage(store, body).expect(400);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('refuses an empty change', async () => {
    const [page] = await listPages(store);
    await request(cell.app)
      .patch(`/api/v1/admin/pages/${page!.id}`)
      .set(as(store))
      .send({})
      .expect(400);
  });
});

describe('published pages on the storefront', () => {
  it('lists published pages in navigation order and serves each by handle', async () => {
    const target = await cell.provisionStore({ live: true });
    const pages = await listPages(target);
    const faq = pages.find((page) => page.kind === 'faq')!;
    const about = pages.find((page) => page.kind === 'about')!;
    expect(await publicLinks(target)).toEqual([]); // read once, so a stale cache would show
    await request(cell.app).get(`/api/v1/pages/${faq.handle}`).set('host', target.host).expect(404);
    for (const [page, position] of [
      [faq, 1],
      [about, 2],
    ] as const) {
      await request(cell.app)
        .patch(`/api/v1/admin/pages/${page.id}`)
        .set(as(target))
        .send({ published: true, position })
        .expect(200);
    }
    expect(await publicLinks(target)).toEqual([
      { kind: 'faq', title: 'Perguntas frequentes', handle: faq.handle },
      { kind: 'about', title: 'Sobre nós', handle: about.handle },
    ]);
    const shown = await request(cell.app)
      .get(`/api/v1/pages/${faq.handle}`)
      .set('host', target.host)
      .expect(200);
    expect(shown.body).toMatchObject({
      kind: 'faq',
      title: 'Perguntas frequentes',
      body: faq.body,
    });
    // The storefront is told to drop its cached reads of the store.
    expect(await contentEvents(target)).toEqual([{ what: 'pages' }, { what: 'pages' }]);
  });

  it('shows nothing while the store is not live', async () => {
    const closed = await cell.provisionStore();
    const [page] = await listPages(closed);
    await request(cell.app)
      .patch(`/api/v1/admin/pages/${page!.id}`)
      .set(as(closed))
      .send({ published: true })
      .expect(200);
    await request(cell.app).get('/api/v1/pages').set('host', closed.host).expect(404);
    await request(cell.app)
      .get(`/api/v1/pages/${page!.handle}`)
      .set('host', closed.host)
      .expect(404);
  });
});

describe('another store', () => {
  it('gets 404 for this store’s page, which stays as it was, and sees none of it', async () => {
    const page = (
      await createPage(store, { title: 'Segredo da loja A', published: true }).expect(201)
    ).body;
    const asOther = as(other);
    for (const call of [
      request(cell.app).get(`/api/v1/admin/pages/${page.id}`).set(asOther),
      request(cell.app).patch(`/api/v1/admin/pages/${page.id}`).set(asOther).send({ title: 'B' }),
      request(cell.app).delete(`/api/v1/admin/pages/${page.id}`).set(asOther),
      request(cell.app).get(`/api/v1/pages/${page.handle}`).set('host', other.host),
    ]) {
      const response = await call;
      expect({ status: response.status, code: response.body.error?.code }).toEqual({
        status: 404,
        code: 'NOT_FOUND',
      });
    }
    expect(JSON.stringify(await listPages(other))).not.toContain('Segredo da loja A');
    expect(JSON.stringify(await publicLinks(other))).not.toContain('Segredo');
    const mine = await request(cell.app)
      .get(`/api/v1/admin/pages/${page.id}`)
      .set(as(store))
      .expect(200);
    expect(mine.body.title).toBe('Segredo da loja A');
  });
});
