import request from 'supertest';
import { withTenant } from '@mpb/db';
import type { TestStore } from '../test/cell-harness';
import { makeImage } from './test/images';
import { createMediaHarness, type MediaHarness } from './test/media-harness';
import { startServer, type TestServer } from './test/remote-servers';

let h: MediaHarness;
let store: TestStore;
let productId: string;
let png: Buffer;
let publicServer: TestServer;
let forbiddenServer: TestServer;
let rebindAnswers = 0;

beforeAll(async () => {
  png = await makeImage('png', 900, 600);
  forbiddenServer = await startServer('127.0.0.2', (_req, res) => {
    res.setHeader('content-type', 'image/png');
    res.end(png);
  });
  publicServer = await startServer('127.0.0.1', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const to = url.searchParams.get('to');
    if (url.pathname === '/shirt.png') {
      res.setHeader('content-type', 'image/png');
      res.end(png);
    } else if (url.pathname === '/redirect' && to) {
      res.writeHead(302, { location: to }).end();
    } else if (url.pathname === '/page') {
      res.setHeader('content-type', 'text/html');
      res.end('<html>not an image</html>');
    } else if (url.pathname === '/lying.png') {
      res.setHeader('content-type', 'image/png');
      res.end('this is text, whatever the header says');
    } else if (url.pathname === '/huge.png') {
      res.setHeader('content-type', 'image/png');
      res.end(Buffer.alloc(2 * 1024 * 1024));
    } else {
      res.writeHead(404).end();
    }
  });
  h = await createMediaHarness({
    'cdn.shop.test': ['127.0.0.1'],
    'internal.shop.test': ['127.0.0.2'],
    'rebind.shop.test': () => (rebindAnswers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']),
  });
  store = await h.cell.provisionStore({ live: true });
  productId = await h.createProduct(store);
});
afterAll(async () => {
  await Promise.all([h.close(), publicServer.close(), forbiddenServer.close()]);
});
beforeEach(() => {
  forbiddenServer.connections = 0;
});

const importUrl = (url: string, alt?: string) =>
  request(h.cell.app)
    .post(`/api/v1/admin/products/${productId}/media/import`)
    .set({ host: store.host, authorization: `Bearer ${store.ownerToken}` })
    .send({ url, ...(alt === undefined ? {} : { alt }) });

const on = (server: TestServer, path: string, host = '127.0.0.1') =>
  `http://${host}:${server.port}${path}`;

async function mediaCount(): Promise<number> {
  const rows = await withTenant(h.cell.database.app, store.tenantId, (trx) =>
    trx('media').select('id'),
  );
  return rows.length;
}

describe('importing an image by URL', () => {
  it('fetches a public image, stores its renditions and remembers where it came from', async () => {
    const url = on(publicServer, '/shirt.png', 'cdn.shop.test');
    const response = await importUrl(url, 'From the supplier');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      productId,
      alt: 'From the supplier',
      width: 900,
      height: 600,
    });
    expect(response.body.sizes.map((size: { width: number }) => size.width)).toEqual([320, 640]);
    const row = await withTenant(h.cell.database.app, store.tenantId, (trx) =>
      trx('media').where({ id: response.body.id }).first(),
    );
    expect(row).toMatchObject({ source: 'url', source_url: url, content_type: 'image/png' });
    const served = await request(h.cell.app).get(response.body.url).set('host', store.host);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
  });

  it.each([
    ['another loopback address', () => on(forbiddenServer, '/x.png', '127.0.0.2')],
    ['loopback in decimal', () => on(forbiddenServer, '/x.png', '2130706434')],
    ['loopback in hex', () => on(forbiddenServer, '/x.png', '0x7f.0.0.2')],
    ['loopback in octal', () => on(forbiddenServer, '/x.png', '0177.0.0.2')],
    ['IPv6 loopback', () => on(forbiddenServer, '/x.png', '[::1]')],
    ['IPv4-mapped loopback', () => on(forbiddenServer, '/x.png', '[::ffff:127.0.0.2]')],
    ['a private address', () => 'http://10.0.0.5/x.png'],
    ['a 192.168 address', () => 'http://192.168.1.1/x.png'],
    ['the cloud metadata service', () => 'http://169.254.169.254/latest/meta-data/iam/'],
    ['link-local IPv6', () => 'http://[fe80::1]/x.png'],
    [
      'a host name resolving to a forbidden address',
      () => on(forbiddenServer, '/x.png', 'internal.shop.test'),
    ],
  ])('refuses %s with 400 naming url, without connecting', async (_name, url) => {
    const before = await mediaCount();
    const response = await importUrl(url());
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { url: 'points to an address that is not public' },
    });
    expect(forbiddenServer.connections).toBe(0);
    expect(await mediaCount()).toBe(before);
  });

  it('refuses a public server’s redirect to a forbidden address', async () => {
    const target = encodeURIComponent(on(forbiddenServer, '/x.png', '127.0.0.2'));
    const response = await importUrl(on(publicServer, `/redirect?to=${target}`));
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ url: 'points to an address that is not public' });
    expect(forbiddenServer.connections).toBe(0);
  });

  it('connects only to the vetted address when the host rebinds to a private one', async () => {
    rebindAnswers = 0;
    const response = await importUrl(on(publicServer, '/shirt.png', 'rebind.shop.test'));
    expect(response.status).toBe(201);
    expect(forbiddenServer.connections).toBe(0);
    // Had the connection resolved the name again, it would have reached 127.0.0.2.
    expect(rebindAnswers).toBe(1);
  });

  it.each([
    ['a page that is not an image', '/page', 'does not point to an image (text/html)'],
    [
      'text served as image/png',
      '/lying.png',
      'does not point to a JPEG, PNG, WebP, GIF or AVIF image',
    ],
    ['a body over the cap', '/huge.png', 'points to a file larger than 1 MiB'],
    ['a missing file', '/missing.png', 'answered with HTTP 404'],
  ])('refuses %s', async (_name, path, message) => {
    const response = await importUrl(on(publicServer, path));
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ url: message });
  });

  it.each([
    ['file:///etc/passwd', 'must be an http or https URL'],
    ['gopher://127.0.0.1:6379/_INFO', 'must be an http or https URL'],
    ['not a url', 'must be an http or https URL'],
  ])('refuses %s in the contract', async (url, message) => {
    const response = await importUrl(url);
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ url: message });
  });

  it('refuses credentials in the URL', async () => {
    const response = await importUrl(`http://user:pw@cdn.shop.test:${publicServer.port}/shirt.png`);
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ url: 'must not contain a user name or password' });
  });
});
