import request from 'supertest';
import { withTenant } from '@mpb/db';
import { addMember } from '../members/test/staff-fixture';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';

let cell: CellHarness;
let store: TestStore;
let other: TestStore;
let productId: string;

const staff = (target: TestStore) => ({
  host: target.host,
  authorization: `Bearer ${target.ownerToken}`,
});
const translation = (language: string, id = productId) =>
  `/api/v1/admin/products/${id}/translations/${language}`;
const put = (language: string, body: object, target = store, id = productId) =>
  request(cell.app).put(translation(language, id)).set(staff(target)).send(body);
const read = (path: string, target = store) => request(cell.app).get(path).set('host', target.host);
const rows = (target: TestStore, table: string, where: object) =>
  withTenant(cell.database.app, target.tenantId, (trx) => trx(table).where(where).select('*'));

beforeAll(async () => {
  cell = await createCellHarness();
  store = await cell.provisionStore({ live: true });
  other = await cell.provisionStore({ live: true });
  // pt-BR is the default; Spanish is offered, English is not (yet).
  await request(cell.app)
    .patch('/api/v1/admin/settings')
    .set(staff(store))
    .send({ languages: ['pt-BR', 'es'] })
    .expect(200);
  const created = await request(cell.app)
    .post('/api/v1/admin/products')
    .set(staff(store))
    .send({
      title: 'Caneca de cerâmica',
      handle: 'caneca',
      description: '<p>Feita à mão.</p>',
      seoTitle: 'Caneca artesanal',
      status: 'active',
      price: 4500,
      stock: 5,
    })
    .expect(201);
  productId = created.body.id;
  expect(created.body.translations).toEqual([]);
});
afterAll(() => cell.close());

describe('putting and deleting a translation', () => {
  it('tells the editor the store’s default language and the others it offers', async () => {
    const response = await request(cell.app)
      .get('/api/v1/admin/catalog/languages')
      .set(staff(store))
      .expect(200);
    expect(response.body).toEqual({ defaultLanguage: 'pt-BR', translatable: ['es'] });
  });

  it('stores the texts, sanitised, and shows them in the product', async () => {
    const response = await put('es', {
      title: '  Taza de cerámica ',
      description: '<p onclick="x()">Hecha a mano.</p><script>alert(1)</script>',
      seoTitle: 'Taza artesanal',
    }).expect(200);
    expect(response.body.translations).toEqual([
      {
        language: 'es',
        title: 'Taza de cerámica',
        description: '<p>Hecha a mano.</p>',
        seoTitle: 'Taza artesanal',
        seoDescription: null,
        updatedAt: expect.any(String),
      },
    ]);
    const product = await request(cell.app)
      .get(`/api/v1/admin/products/${productId}`)
      .set(staff(store))
      .expect(200);
    expect(product.body.translations).toEqual(response.body.translations);
    expect(product.body.title).toBe('Caneca de cerâmica');
  });

  it('replaces the whole translation on a second put, keeps languages apart, and lists them in platform order', async () => {
    await put('en', { title: 'Ceramic mug' }).expect(200);
    const response = await put('es', { title: 'Taza', seoDescription: 'Una taza' }).expect(200);
    expect(response.body.translations).toEqual([
      expect.objectContaining({ language: 'en', title: 'Ceramic mug', description: '' }),
      expect.objectContaining({
        language: 'es',
        title: 'Taza',
        description: '',
        seoTitle: null,
        seoDescription: 'Una taza',
      }),
    ]);
  });

  it('audits each change and announces it as a product update', async () => {
    const audits = await rows(store, 'audit_logs', { target_id: productId });
    expect(
      audits
        .filter((entry) => String(entry.action).startsWith('product.translation'))
        .map((entry) => [entry.action, entry.actor_id, entry.data.language]),
    ).toEqual([
      ['product.translation_updated', store.ownerId, 'es'],
      ['product.translation_updated', store.ownerId, 'en'],
      ['product.translation_updated', store.ownerId, 'es'],
    ]);
    const events = await rows(store, 'outbox_events', { aggregate_id: productId });
    expect(events.filter((event) => event.type === 'ProductUpdated')).toHaveLength(3);
  });

  it('deletes a translation, and answers 204 again when it is already gone', async () => {
    await request(cell.app).delete(translation('en')).set(staff(store)).expect(204);
    await request(cell.app).delete(translation('en')).set(staff(store)).expect(204);
    const product = await request(cell.app)
      .get(`/api/v1/admin/products/${productId}`)
      .set(staff(store))
      .expect(200);
    expect(product.body.translations.map((t: { language: string }) => t.language)).toEqual(['es']);
    const audits = await rows(store, 'audit_logs', {
      target_id: productId,
      action: 'product.translation_deleted',
    });
    expect(audits).toHaveLength(1);
  });

  it('goes with its product', async () => {
    const created = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(staff(store))
      .send({ title: 'Prato', status: 'draft', price: 100 })
      .expect(201);
    await put('es', { title: 'Plato' }, store, created.body.id).expect(200);
    await request(cell.app)
      .delete(`/api/v1/admin/products/${created.body.id}`)
      .set(staff(store))
      .expect(204);
    expect(await rows(store, 'product_translations', { product_id: created.body.id })).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses the store’s default language, naming the field', async () => {
    const response = await put('pt-BR', { title: 'Caneca' }).expect(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { language: expect.stringContaining('default language') },
    });
  });

  it.each([
    ['a language the platform does not speak', 'fr', { title: 'Tasse' }, 'language'],
    ['no title', 'es', {}, 'title'],
    ['a blank title', 'es', { title: '   ' }, 'title'],
    ['a title too long', 'es', { title: 'x'.repeat(201) }, 'title'],
    ['an SEO title too long', 'es', { title: 'Taza', seoTitle: 'x'.repeat(71) }, 'seoTitle'],
    [
      'an SEO description too long',
      'es',
      { title: 'Taza', seoDescription: 'x'.repeat(321) },
      'seoDescription',
    ],
    [
      'a description too long',
      'es',
      { title: 'Taza', description: 'x'.repeat(20_001) },
      'description',
    ],
    ['a field it does not take', 'es', { title: 'Taza', handle: 'taza' }, 'handle'],
  ])('refuses %s with 400 naming the field', async (_case, language, body, field) => {
    const response = await put(language, body).expect(400);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('answers 404 for another store’s product, and leaves its translation alone', async () => {
    await put('es', { title: 'Robada' }, other).expect(404);
    await request(cell.app).delete(translation('es')).set(staff(other)).expect(404);
    const [row] = await rows(store, 'product_translations', { language: 'es' });
    expect(row).toMatchObject({ title: 'Taza' });
  });

  it('lets catalog staff translate but not support staff', async () => {
    const catalog = await addMember(cell, store, 'catalog_staff');
    await request(cell.app)
      .put(translation('en'))
      .set(catalog.as)
      .send({ title: 'Mug' })
      .expect(200);
    const support = await addMember(cell, store, 'support');
    const refused = await request(cell.app)
      .put(translation('en'))
      .set(support.as)
      .send({ title: 'Not mine' })
      .expect(403);
    expect(refused.body.error.message).toContain('catalog:write');
    await request(cell.app).delete(translation('en')).set(support.as).expect(403);
    await request(cell.app).delete(translation('en')).set(catalog.as).expect(204);
  });
});

describe('the public catalog with ?lang=', () => {
  it('shows the translation in an offered language, and the product’s own texts otherwise', async () => {
    await put('es', {
      title: 'Taza de cerámica',
      description: '<p>Hecha a mano.</p>',
      seoTitle: 'Taza artesanal',
    }).expect(200);
    const spanish = await read('/api/v1/products/caneca?lang=es').expect(200);
    expect(spanish.body).toMatchObject({
      title: 'Taza de cerámica',
      description: '<p>Hecha a mano.</p>',
      seoTitle: 'Taza artesanal',
      seoDescription: null,
      price: 4500,
    });
    const own = await read('/api/v1/products/caneca').expect(200);
    expect(own.body).toMatchObject({
      title: 'Caneca de cerâmica',
      description: '<p>Feita à mão.</p>',
      seoTitle: 'Caneca artesanal',
    });
    expect((await read('/api/v1/products/caneca?lang=pt-BR').expect(200)).body.title).toBe(
      'Caneca de cerâmica',
    );
  });

  it('falls back to the product’s texts for a language the store does not offer, or without a translation', async () => {
    await put('en', { title: 'Ceramic mug' }).expect(200);
    // English is translated but not offered: shoppers still read the store's own texts.
    expect((await read('/api/v1/products/caneca?lang=en').expect(200)).body.title).toBe(
      'Caneca de cerâmica',
    );
    await request(cell.app)
      .patch('/api/v1/admin/settings')
      .set(staff(store))
      .send({ languages: ['pt-BR', 'en', 'es'] })
      .expect(200);
    expect((await read('/api/v1/products/caneca?lang=en').expect(200)).body).toMatchObject({
      title: 'Ceramic mug',
      // Translated without a description: the product's own shows.
      description: '<p>Feita à mão.</p>',
    });
    const untranslated = await request(cell.app)
      .post('/api/v1/admin/products')
      .set(staff(store))
      .send({ title: 'Bule', handle: 'bule', status: 'active', price: 9000, stock: 1 })
      .expect(201);
    expect(untranslated.body.translations).toEqual([]);
    expect((await read('/api/v1/products/bule?lang=es').expect(200)).body.title).toBe('Bule');
  });

  it('translates listings and collection listings', async () => {
    await request(cell.app)
      .post('/api/v1/admin/collections')
      .set(staff(store))
      .send({
        kind: 'manual',
        title: 'Cozinha',
        handle: 'cozinha',
        published: true,
        productIds: [productId],
      })
      .expect(201);
    const titles = async (path: string) =>
      (await read(path).expect(200)).body.items.map((item: { title: string }) => item.title);
    expect(await titles('/api/v1/products?lang=es')).toEqual(['Bule', 'Taza de cerámica']);
    expect(await titles('/api/v1/products')).toEqual(['Bule', 'Caneca de cerâmica']);
    expect(await titles('/api/v1/products?collection=cozinha&lang=es')).toEqual([
      'Taza de cerámica',
    ]);
    expect(await titles('/api/v1/products?collection=cozinha')).toEqual(['Caneca de cerâmica']);
  });

  it('refuses a language the platform does not speak, naming lang', async () => {
    for (const path of ['/api/v1/products/caneca?lang=fr', '/api/v1/products?lang=fr']) {
      const response = await read(path).expect(400);
      expect(response.body.error.fields).toHaveProperty('lang');
    }
  });

  it('caches each language apart, and a translation change reaches the next read', async () => {
    const first = await read('/api/v1/products/caneca?lang=es').expect(200);
    const again = await read('/api/v1/products/caneca?lang=es').expect(200);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.body.title).toBe(first.body.title);
    await read('/api/v1/products/caneca').expect(200);
    const plain = await read('/api/v1/products/caneca').expect(200);
    expect(plain.headers['x-cache']).toBe('hit');
    expect(plain.body.title).toBe('Caneca de cerâmica');
    expect((await read('/api/v1/products/caneca?lang=en')).body.title).toBe('Ceramic mug');

    await put('es', { title: 'Taza nueva' }).expect(200);
    const changed = await read('/api/v1/products/caneca?lang=es').expect(200);
    expect(changed.headers['x-cache']).toBe('miss');
    expect(changed.body.title).toBe('Taza nueva');
    await request(cell.app).delete(translation('es')).set(staff(store)).expect(204);
    expect((await read('/api/v1/products/caneca?lang=es').expect(200)).body.title).toBe(
      'Caneca de cerâmica',
    );
  });

  it('keeps search in the store’s language', async () => {
    await put('es', { title: 'Taza de cerámica' }).expect(200);
    const results = await read('/api/v1/search?q=caneca').expect(200);
    for (const item of results.body.items as { title: string }[]) {
      expect(item.title).not.toBe('Taza de cerámica');
    }
  });
});
