import request from 'supertest';
import sharp from 'sharp';
import { withTenant } from '@mpb/db';
import type { TestStore } from '../test/cell-harness';
import { mediaForProducts } from './index';
import { makeImage, makeRotatedJpegWithGps, svgImage } from './test/images';
import { createMediaHarness, keyOf, TEST_MAX_BYTES, type MediaHarness } from './test/media-harness';

let h: MediaHarness;
let store: TestStore;
let other: TestStore;
let productId: string;

beforeAll(async () => {
  h = await createMediaHarness();
  store = await h.cell.provisionStore({ live: true });
  other = await h.cell.provisionStore({ live: true });
  productId = await h.createProduct(store);
});
afterAll(async () => {
  await h.close();
});

const as = (target: TestStore) => ({
  host: target.host,
  authorization: `Bearer ${target.ownerToken}`,
});
const uploadPath = (id = productId) => `/api/v1/admin/products/${id}/media`;

function upload(file: Buffer, filename = 'photo.jpg', alt?: string, id = productId) {
  const req = request(h.cell.app).post(uploadPath(id)).set(as(store));
  if (alt !== undefined) void req.field('alt', alt);
  return req.attach('file', file, filename);
}

async function fetchRendition(url: string, host = store.host) {
  return request(h.cell.app)
    .get(url)
    .set('host', host)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
}

describe('uploading an image', () => {
  it('stores WebP renditions at the standard widths and serves them', async () => {
    const response = await upload(await makeImage('jpeg', 2000, 1000), 'photo.jpg', 'Red shirt');
    expect(response.status).toBe(201);
    const view = response.body;
    expect(view).toMatchObject({
      productId,
      alt: 'Red shirt',
      width: 2000,
      height: 1000,
      position: 0,
    });
    expect(view.sizes.map((size: { width: number }) => size.width)).toEqual([320, 640, 1024, 1600]);
    expect(view.url).toBe(view.sizes[3].url);
    expect(view.srcset).toBe(
      view.sizes
        .map((size: { width: number; url: string }) => `${size.url} ${size.width}w`)
        .join(', '),
    );

    const keys = view.sizes.map((size: { url: string }) => keyOf(size.url));
    for (const key of keys) {
      expect(key).toMatch(
        new RegExp(`^t/${store.tenantId}/m/${view.id}/[0-9a-f]{20}-(320|640|1024|1600)\\.webp$`),
      );
    }
    expect(await h.storedKeys(store.tenantId)).toEqual([...keys].sort());

    for (const size of view.sizes as { width: number; url: string }[]) {
      const served = await fetchRendition(size.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('image/webp');
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(served.headers['etag']).toBeTruthy();
      expect(Number(served.headers['content-length'])).toBe(served.body.length);
      const metadata = await sharp(served.body as Buffer).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: size.width, height: size.width / 2 });
    }
  });

  it('turns a phone photo upright and serves it without EXIF or GPS', async () => {
    const response = await upload(await makeRotatedJpegWithGps(1200, 800), 'IMG_0001.JPG');
    expect(response.status).toBe(201);
    expect([response.body.width, response.body.height]).toEqual([800, 1200]);
    const served = await fetchRendition(response.body.sizes[0].url);
    const metadata = await sharp(served.body as Buffer).metadata();
    expect([metadata.width, metadata.height]).toEqual([320, 480]);
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect((served.body as Buffer).includes('Secret Photographer')).toBe(false);
  });

  it('makes a single rendition of a small PNG, and places each image after the last', async () => {
    const response = await upload(await makeImage('png', 200, 150), 'icon.png');
    expect(response.status).toBe(201);
    expect(response.body.sizes.map((size: { width: number }) => size.width)).toEqual([200]);
    expect(response.body.position).toBe(2);
  });

  it('refuses a file over the cap with 413, while streaming and from Content-Length', async () => {
    const before = await h.storedKeys(store.tenantId);
    // Within the multipart allowance, so only the streaming count can catch it.
    const justOver = Buffer.concat([await makeImage('jpeg', 64, 64), Buffer.alloc(TEST_MAX_BYTES)]);
    const streamed = await upload(justOver, 'big.jpg');
    expect(streamed.status).toBe(413);
    expect(streamed.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      fields: { file: expect.any(String) },
    });

    const declared = await upload(Buffer.alloc(3 * TEST_MAX_BYTES, 1), 'huge.jpg').catch(
      (error: { response?: request.Response }) => error.response,
    );
    expect(declared?.status).toBe(413);
    expect(await h.storedKeys(store.tenantId)).toEqual(before);
  });

  it.each([
    ['a text file named .png', Buffer.from('definitely not an image'), 'fake.png'],
    ['an SVG', svgImage, 'logo.svg'],
    ['an SVG named .jpg', svgImage, 'logo.jpg'],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>'), 'page.png'],
  ])('refuses %s with 415 naming the file', async (_name, bytes, filename) => {
    const response = await upload(bytes, filename);
    expect(response.status).toBe(415);
    expect(response.body.error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      fields: { file: 'must be a JPEG, PNG, WebP, GIF or AVIF image' },
    });
  });

  it('refuses a truncated image with 400 naming the file', async () => {
    const image = await makeImage('jpeg', 800, 600);
    const response = await upload(image.subarray(0, Math.floor(image.length / 2)), 'cut.jpg');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { file: expect.stringContaining('not a readable image') },
    });
  });

  it('requires the file field, and refuses unknown fields and a second file', async () => {
    const missing = await request(h.cell.app).post(uploadPath()).set(as(store)).field('alt', 'x');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual({ file: 'is required' });

    const png = await makeImage('png', 50, 50);
    const extra = await request(h.cell.app)
      .post(uploadPath())
      .set(as(store))
      .field('owner', 'someone')
      .attach('file', png, 'a.png');
    expect(extra.status).toBe(400);
    expect(extra.body.error.fields).toEqual({ owner: 'is not an accepted field' });

    const two = await request(h.cell.app)
      .post(uploadPath())
      .set(as(store))
      .attach('file', png, 'a.png')
      .attach('file', png, 'b.png');
    expect(two.status).toBe(400);
    expect(two.body.error.fields).toEqual({ file: 'must be a single file' });

    const longAlt = await upload(png, 'a.png', 'x'.repeat(501));
    expect(longAlt.status).toBe(400);
    expect(longAlt.body.error.fields).toEqual({ alt: 'must be at most 500 characters' });
  });

  it('refuses a JSON body with 415, and an unknown product with 404', async () => {
    const json = await request(h.cell.app).post(uploadPath()).set(as(store)).send({ file: 'x' });
    expect(json.status).toBe(415);
    const unknown = await upload(
      await makeImage('png', 50, 50),
      'a.png',
      undefined,
      crypto.randomUUID(),
    );
    expect(unknown.status).toBe(404);
    const badId = await upload(await makeImage('png', 50, 50), 'a.png', undefined, 'not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields).toEqual({ id: 'must be a UUID' });
  });
});

describe('managing images', () => {
  it('lists by position, reorders, changes alt text and deletes with the objects', async () => {
    const productB = await h.createProduct(store, 'Boné');
    const png = await makeImage('png', 700, 700);
    const first = (await upload(png, 'a.png', 'first', productB).expect(201)).body;
    const second = (
      await upload(await makeImage('png', 701, 700), 'b.png', 'second', productB).expect(201)
    ).body;

    const list = () =>
      request(h.cell.app)
        .get(`/api/v1/admin/products/${productB}/media`)
        .set(as(store))
        .expect(200);
    expect((await list()).body.items.map((item: { alt: string }) => item.alt)).toEqual([
      'first',
      'second',
    ]);

    const patched = await request(h.cell.app)
      .patch(`/api/v1/admin/media/${first.id}`)
      .set(as(store))
      .send({ alt: 'now last', position: 5 })
      .expect(200);
    expect(patched.body).toMatchObject({ id: first.id, alt: 'now last', position: 5 });
    expect((await list()).body.items.map((item: { id: string }) => item.id)).toEqual([
      second.id,
      first.id,
    ]);

    const empty = await request(h.cell.app)
      .patch(`/api/v1/admin/media/${first.id}`)
      .set(as(store))
      .send({});
    expect(empty.status).toBe(400);

    await request(h.cell.app).delete(`/api/v1/admin/media/${first.id}`).set(as(store)).expect(204);
    expect((await list()).body.items.map((item: { id: string }) => item.id)).toEqual([second.id]);
    const stored = await h.storedKeys(store.tenantId);
    expect(stored.some((key) => key.includes(first.id))).toBe(false);
    expect(stored.some((key) => key.includes(second.id))).toBe(true);
    expect((await fetchRendition(first.url)).status).toBe(404);
    await request(h.cell.app).delete(`/api/v1/admin/media/${first.id}`).set(as(store)).expect(404);
  });

  it('gives the catalog the images of many products at once, in order', async () => {
    const productC = await h.createProduct(store, 'Meia');
    const view = (
      await upload(await makeImage('webp', 400, 200), 'c.webp', 'Sock', productC).expect(201)
    ).body;
    const images = await withTenant(h.cell.database.app, store.tenantId, (trx) =>
      mediaForProducts(trx, [productC, productId]),
    );
    expect(images.get(productC)).toEqual([
      { id: view.id, url: view.url, alt: 'Sock', width: 400, height: 200, srcset: view.srcset },
    ]);
    expect(images.get(productId)!.map((image) => image.width)).toEqual([2000, 800, 200]);
    const fromOther = await withTenant(h.cell.database.app, other.tenantId, (trx) =>
      mediaForProducts(trx, [productC]),
    );
    expect(fromOther.get(productC)).toEqual([]);
  });
});

describe('serving renditions', () => {
  let url: string;
  let key: string;

  beforeAll(async () => {
    const view = (await upload(await makeImage('png', 400, 400), 'served.png').expect(201)).body;
    url = view.url;
    key = keyOf(url);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetchRendition(url);
    const etag = first.headers['etag'];
    const again = await request(h.cell.app)
      .get(url)
      .set({ host: store.host, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const stale = await request(h.cell.app)
      .get(url)
      .set({ host: store.host, 'if-none-match': '"other"' });
    expect(stale.status).toBe(200);
  });

  it('answers 404 for the same key on another store’s host', async () => {
    const response = await fetchRendition(url, other.host);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body.toString()).error.code).toBe('NOT_FOUND');
  });

  it.each([
    ['another extension', (k: string) => k.replace('.webp', '.png')],
    ['a width never made', (k: string) => k.replace(/-\d+\.webp$/, '-999.webp')],
    ['a traversal', (k: string) => `t/${k.split('/')[1]}/m/../../../../etc/passwd`],
    ['an encoded traversal', (k: string) => `t/${k.split('/')[1]}/m/%2e%2e/%2e%2e/x.webp`],
    ['encoded slashes', (k: string) => `t/${k.split('/')[1]}/..%2f..%2f..%2fetc%2fpasswd`],
    ['a trailing ..', (k: string) => `${k}/..`],
    ['an empty key', () => ''],
    ['..', () => '..'],
    ['a file of the repository', () => 'package.json'],
    ['an uppercase tenant', (k: string) => k.replace(store.tenantId, store.tenantId.toUpperCase())],
  ])('answers 404 to %s', async (_name, keyFor) => {
    const response = await request(h.cell.app)
      .get(`/api/v1/media/${keyFor(key)}`)
      .set('host', store.host);
    expect(response.status).toBe(404);
  });

  it('answers 404 to a store that does not exist', async () => {
    await request(h.cell.app).get(url).set('host', 'nobody.localhost').expect(404);
  });
});

describe('images in the catalog', () => {
  const outbox = (productIdOf: string) =>
    withTenant(h.cell.database.app, store.tenantId, (trx) =>
      trx('outbox_events')
        .where({ aggregate_type: 'product', aggregate_id: productIdOf })
        .orderBy('id')
        .pluck('type'),
    );

  it('shows images on the product for staff and shoppers, announcing each change', async () => {
    const id = await h.createProduct(store, 'Vestido');
    const image = (
      await upload(await makeImage('png', 900, 600), 'dress.png', 'Blue dress', id).expect(201)
    ).body;
    await request(h.cell.app)
      .patch(`/api/v1/admin/media/${image.id}`)
      .set(as(store))
      .send({ alt: 'Blue dress, front' })
      .expect(200);

    const staff = await request(h.cell.app)
      .get(`/api/v1/admin/products/${id}`)
      .set(as(store))
      .expect(200);
    const expected = {
      id: image.id,
      url: image.url,
      alt: 'Blue dress, front',
      width: 900,
      height: 600,
      srcset: image.srcset,
    };
    expect(staff.body.images).toEqual([expected]);
    const shopper = await request(h.cell.app)
      .get(`/api/v1/products/${staff.body.handle}`)
      .set('host', store.host)
      .expect(200);
    expect(shopper.body.images).toEqual([expected]);
    const listing = await request(h.cell.app)
      .get('/api/v1/products?limit=100')
      .set('host', store.host)
      .expect(200);
    expect(listing.body.items.find((item: { id: string }) => item.id === id).images).toEqual([
      expected,
    ]);

    await request(h.cell.app).delete(`/api/v1/admin/media/${image.id}`).set(as(store)).expect(204);
    expect(await outbox(id)).toEqual([
      'ProductCreated',
      'ProductUpdated',
      'ProductUpdated',
      'ProductUpdated',
    ]);
  });

  it('deletes the stored files of a deleted product, and no other', async () => {
    const id = await h.createProduct(store, 'Saia');
    const kept = (await upload(await makeImage('jpeg', 500, 500), 'kept.jpg').expect(201)).body;
    const gone = (await upload(await makeImage('jpeg', 500, 500), 'gone.jpg', 'x', id).expect(201))
      .body;
    await request(h.cell.app).delete(`/api/v1/admin/products/${id}`).set(as(store)).expect(204);
    const stored = await h.storedKeys(store.tenantId);
    expect(stored.some((key) => key.includes(gone.id))).toBe(false);
    expect(stored.some((key) => key.includes(kept.id))).toBe(true);
    expect((await fetchRendition(gone.url)).status).toBe(404);
  });
});
