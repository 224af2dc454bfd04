import { randomUUID } from 'node:crypto';
import request from 'supertest';
import sharp from 'sharp';
import { withTenant } from '@mpb/db';
import { makeImage, svgImage } from '../media/test/images';
import {
  createMediaHarness,
  keyOf,
  TEST_MAX_BYTES,
  type MediaHarness,
} from '../media/test/media-harness';
import type { TestStore } from '../test/cell-harness';

let h: MediaHarness;
let store: TestStore;
let other: TestStore;

const app = () => h.cell.app;
const as = (target: TestStore, token = target.ownerToken) => ({
  host: target.host,
  authorization: `Bearer ${token}`,
});
const themePath = '/api/v1/admin/storefront/theme';
const logoPath = '/api/v1/admin/storefront/logo';

beforeAll(async () => {
  h = await createMediaHarness();
  store = await h.cell.provisionStore({ live: true });
  other = await h.cell.provisionStore({ live: true });
});
afterAll(() => h.close());

async function addMember(target: TestStore, role: string): Promise<string> {
  const userId = randomUUID();
  await withTenant(h.cell.database.app, target.tenantId, (trx) =>
    trx('members').insert({
      tenant_id: target.tenantId,
      user_id: userId,
      email: `${role}-${userId.slice(0, 8)}@example.com`,
      role,
    }),
  );
  return h.cell.tokenFor(userId);
}

function auditOf(target: TestStore, action: string) {
  return withTenant(h.cell.database.app, target.tenantId, (trx) =>
    trx('audit_logs').where({ action }).orderBy('id').select('actor_id', 'data'),
  );
}

function fetchBytes(url: string, host: string) {
  return request(app())
    .get(url)
    .set('host', host)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
}

function uploadLogo(file: Buffer, filename = 'logo.png', target = store) {
  return request(app()).post(logoPath).set(as(target)).attach('file', file, filename);
}

describe('the theme', () => {
  it('starts as the classic template (stores made before templates say "default") with the niche’s colours', async () => {
    const theme = await request(app()).get(themePath).set(as(store)).expect(200);
    expect(theme.body).toEqual({
      template: 'classic',
      primaryColor: '#111827',
      accentColor: '#db2777',
      logoUrl: null,
    });
    const config = await request(app())
      .get('/api/v1/storefront/config')
      .set('host', store.host)
      .expect(200);
    expect(config.body.template).toBe('classic');
  });

  it('switches template and colours, shows them to shoppers at once and leaves products alone', async () => {
    const product = await h.createProduct(store, 'Vestido');
    const before = await request(app()).get('/api/v1/products').set('host', store.host);
    // Fill the store API's public cache, so the next read proves the change dropped it.
    const cached = await request(app()).get('/api/v1/storefront/config').set('host', store.host);
    const again = await request(app()).get('/api/v1/storefront/config').set('host', store.host);
    expect([cached.headers['x-cache'], again.headers['x-cache']]).toEqual(['miss', 'hit']);

    const updated = await request(app())
      .put(themePath)
      .set(as(store))
      .send({ template: 'bold', primaryColor: '#0F766E', accentColor: '#f59e0b' })
      .expect(200);
    expect(updated.body).toEqual({
      template: 'bold',
      primaryColor: '#0f766e',
      accentColor: '#f59e0b',
      logoUrl: null,
    });

    const config = await request(app())
      .get('/api/v1/storefront/config')
      .set('host', store.host)
      .expect(200);
    expect(config.headers['x-cache']).toBe('miss');
    expect(config.body).toMatchObject({
      template: 'bold',
      theme: { primaryColor: '#0f766e', accentColor: '#f59e0b' },
    });
    const after = await request(app()).get('/api/v1/products').set('host', store.host);
    expect(after.body.items).toEqual(before.body.items);
    await request(app()).get(`/api/v1/admin/products/${product}`).set(as(store)).expect(200);

    await request(app()).put(themePath).set(as(store)).send({ template: 'minimal' }).expect(200);
    const back = await request(app()).put(themePath).set(as(store)).send({ template: 'classic' });
    expect(back.body).toMatchObject({ template: 'classic', primaryColor: '#0f766e' });
    const final = await request(app()).get('/api/v1/products').set('host', store.host);
    expect(final.body.items).toEqual(before.body.items);

    const audits = await auditOf(store, 'storefront.theme_updated');
    expect(audits[0]).toEqual({
      actor_id: store.ownerId,
      data: {
        changes: {
          template: { from: 'default', to: 'bold' },
          primary_color: { from: '#111827', to: '#0f766e' },
          accent_color: { from: '#db2777', to: '#f59e0b' },
        },
      },
    });
    expect(audits.map((audit) => audit.data.changes.template?.to)).toEqual([
      'bold',
      'minimal',
      'classic',
    ]);
  });

  it('records nothing when nothing changes', async () => {
    const before = (await auditOf(store, 'storefront.theme_updated')).length;
    await request(app()).put(themePath).set(as(store)).send({ template: 'classic' }).expect(200);
    expect(await auditOf(store, 'storefront.theme_updated')).toHaveLength(before);
  });

  it.each([
    [{ template: 'fancy' }, 'template'],
    [{ template: 'default' }, 'template'],
    [{ primaryColor: 'red' }, 'primaryColor'],
    [{ accentColor: '#12345' }, 'accentColor'],
    [{ logoUrl: 'https://evil.example/x.svg' }, 'logoUrl'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const response = await request(app()).put(themePath).set(as(store)).send(body).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('refuses an empty change', async () => {
    const response = await request(app()).put(themePath).set(as(store)).send({}).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('the logo', () => {
  it('is stored resized to fit 640×320 as WebP, served from the store’s host and shown in the config', async () => {
    const response = await uploadLogo(await makeImage('png', 2000, 500)).expect(200);
    const { logoUrl } = response.body;
    expect(logoUrl).toMatch(new RegExp(`^/api/v1/media/t/${store.tenantId}/m/`));
    const image = await fetchBytes(logoUrl, store.host).expect(200);
    expect(image.headers['content-type']).toBe('image/webp');
    const meta = await sharp(image.body as Buffer).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 640, 160]);
    const config = await request(app())
      .get('/api/v1/storefront/config')
      .set('host', store.host)
      .expect(200);
    expect(config.body.theme.logoUrl).toBe(logoUrl);
    // Another store's host never serves it.
    await fetchBytes(logoUrl, other.host).expect(404);
    expect(await auditOf(store, 'storefront.logo_uploaded')).toHaveLength(1);
  });

  it('keeps a tall logo within 320 pixels of height and never enlarges a small one', async () => {
    const tall = await uploadLogo(await makeImage('jpeg', 400, 1600)).expect(200);
    const tallMeta = await sharp((await fetchBytes(tall.body.logoUrl, store.host)).body).metadata();
    expect([tallMeta.width, tallMeta.height]).toEqual([80, 320]);
    const small = await uploadLogo(await makeImage('webp', 96, 48)).expect(200);
    const smallMeta = await sharp(
      (await fetchBytes(small.body.logoUrl, store.host)).body,
    ).metadata();
    expect([smallMeta.width, smallMeta.height]).toEqual([96, 48]);
  });

  it('replaces the old file when a new logo is uploaded, and is gone once removed', async () => {
    const first = await uploadLogo(await makeImage('png', 300, 300)).expect(200);
    const second = await uploadLogo(await makeImage('jpeg', 300, 100)).expect(200);
    expect(await h.storedKeys(store.tenantId)).toContain(keyOf(second.body.logoUrl));
    expect(await h.storedKeys(store.tenantId)).not.toContain(keyOf(first.body.logoUrl));

    const removed = await request(app()).delete(logoPath).set(as(store)).expect(200);
    expect(removed.body.logoUrl).toBeNull();
    expect(await h.storedKeys(store.tenantId)).not.toContain(keyOf(second.body.logoUrl));
    await fetchBytes(second.body.logoUrl, store.host).expect(404);
    const config = await request(app()).get('/api/v1/storefront/config').set('host', store.host);
    expect(config.body.theme.logoUrl).toBeNull();
    expect(await auditOf(store, 'storefront.logo_removed')).toHaveLength(1);
    // Removing again is not an error and records nothing more.
    await request(app()).delete(logoPath).set(as(store)).expect(200);
    expect(await auditOf(store, 'storefront.logo_removed')).toHaveLength(1);
  });

  it.each([
    ['a text file', Buffer.from('not an image at all'), 'notes.png', 415],
    ['an SVG (it could carry script)', svgImage, 'logo.svg', 415],
    [
      'a truncated PNG',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'x.png',
      400,
    ],
    ['a file over the size cap', Buffer.alloc(TEST_MAX_BYTES + 1, 0xff), 'big.jpg', 413],
  ])('refuses %s naming the file field', async (_what, file, filename, status) => {
    const response = await uploadLogo(file, filename).expect(status);
    expect(response.body.error.fields).toEqual({ file: expect.any(String) });
  });

  it('refuses a missing file, an extra field and a body that is not multipart', async () => {
    const missing = await request(app()).post(logoPath).set(as(store)).field('note', 'x');
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields)).toContain('note');
    const extra = await request(app())
      .post(logoPath)
      .set(as(store))
      .field('alt', 'Logo')
      .attach('file', await makeImage('png', 64, 64), 'logo.png');
    expect(extra.status).toBe(400);
    expect(extra.body.error.fields).toEqual({ alt: 'is not an accepted field' });
    const json = await request(app()).post(logoPath).set(as(store)).send({ file: 'x' });
    expect(json.status).toBe(415);
    expect(json.body.error.fields).toEqual({ file: expect.any(String) });
  });
});

describe('who may change the storefront', () => {
  it('lets owners and admins, refuses catalog staff with 403, strangers and other stores’ owners with 404', async () => {
    const admin = await addMember(store, 'admin');
    await request(app())
      .put(themePath)
      .set(as(store, admin))
      .send({ template: 'minimal' })
      .expect(200);

    const catalogStaff = await addMember(store, 'catalog_staff');
    const refused = await request(app())
      .put(themePath)
      .set(as(store, catalogStaff))
      .send({ template: 'bold' })
      .expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    await uploadLogo(await makeImage('png', 64, 64))
      .set(as(store, catalogStaff))
      .expect(403);
    await request(app()).get(themePath).set(as(store, catalogStaff)).expect(403);

    const stranger = await h.cell.tokenFor(randomUUID());
    for (const token of [stranger, other.ownerToken]) {
      await request(app()).get(themePath).set(as(store, token)).expect(404);
      await request(app())
        .put(themePath)
        .set(as(store, token))
        .send({ template: 'bold' })
        .expect(404);
      await request(app()).delete(logoPath).set(as(store, token)).expect(404);
      const upload = await request(app())
        .post(logoPath)
        .set(as(store, token))
        .attach('file', await makeImage('png', 64, 64), 'logo.png');
      expect({ status: upload.status, code: upload.body.error.code }).toEqual({
        status: 404,
        code: 'NOT_FOUND',
      });
      await request(app())
        .post('/api/v1/admin/storefront/preview-token')
        .set(as(store, token))
        .expect(404);
    }
    await request(app()).get(themePath).set('host', store.host).expect(401);

    const theme = await request(app()).get(themePath).set(as(store)).expect(200);
    expect(theme.body.template).toBe('minimal');
    const untouched = await request(app()).get(themePath).set(as(other)).expect(200);
    expect(untouched.body).toMatchObject({ template: 'classic', logoUrl: null });
  });
});
