import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CellApiError, createCellApi, type CellApi } from './cell-api';

// A real HTTP server stands in for the cell API, so the test covers what global fetch cannot
// do (setting Host) and what a mock would hide (status codes, bodies, timing).
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let baseUrl: URL;
let handler: Handler;
let seen: IncomingMessage[];

function answer(status: number, body: unknown): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

const notFoundBody = { error: { code: 'NOT_FOUND', message: 'Store not found' } };

function storeConfig(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Café Azul',
    slug: 'cafe-azul',
    live: true,
    currency: 'BRL',
    language: 'pt-BR',
    country: 'BR',
    template: 'classic',
    theme: {
      primaryColor: '#112233',
      accentColor: '#ffcc00',
      logoUrl: 'https://cdn.example/logo.png',
    },
    ...overrides,
  };
}

function publicProduct(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    title: 'Blue mug',
    handle: 'blue-mug',
    description: '<p>Hand made.</p><p>Holds 300 ml.</p>',
    price: 4990,
    compareAtPrice: null,
    currency: 'BRL',
    tags: ['kitchen'],
    seoTitle: null,
    seoDescription: null,
    available: true,
    images: [],
    optionAxes: [
      { name: 'size', values: ['M', 'L'] },
      { name: 'colour', values: ['blue'] },
    ],
    variants: [
      { id: randomUUID(), price: 4990, available: true, options: { size: 'M', colour: 'blue' } },
      { id: randomUUID(), price: 5990, available: false, options: { size: 'L', colour: 'blue' } },
    ],
    ...overrides,
  };
}

function api(timeoutMs = 2000): CellApi {
  return createCellApi({ baseUrl, timeoutMs });
}

const context = { host: 'demo.localhost:8080', correlationId: 'req-123' };

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

beforeEach(() => {
  seen = [];
  handler = answer(500, { error: { code: 'INTERNAL', message: 'no handler set' } });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const previewToken = `${'eyJ0Ijoi'.repeat(4)}.${'s'.repeat(43)}`;

describe('getPreviewStore', () => {
  it('sends the token in its header and the overrides in the query, and marks the store as a preview', async () => {
    handler = answer(200, {
      ...storeConfig({ live: false, template: 'bold' }),
      preview: { expiresAt: '2026-03-01T12:30:00.000Z' },
    });
    const result = await api().getPreviewStore(context, {
      token: previewToken,
      overrides: { template: 'bold', primary: '#0f766e' },
    });
    expect(seen[0]!.url).toBe('/api/v1/storefront/preview?template=bold&primary=%230f766e');
    expect(seen[0]!.headers['x-storefront-preview']).toBe(previewToken);
    expect(seen[0]!.headers.host).toBe('demo.localhost:8080');
    expect(result).toMatchObject({
      found: true,
      value: { live: false, template: 'bold', preview: { expiresAt: '2026-03-01T12:30:00.000Z' } },
    });
  });

  it('is "not found" when the API refuses the token, as for a missing store', async () => {
    handler = answer(404, notFoundBody);
    await expect(
      api().getPreviewStore(context, { token: previewToken, overrides: {} }),
    ).resolves.toEqual({ found: false });
  });

  it('carries an accepted token on catalog reads made in the preview', async () => {
    handler = answer(200, { items: [], nextCursor: null });
    await api().listProducts({ ...context, previewToken }, { limit: 24 });
    expect(seen[0]!.headers['x-storefront-preview']).toBe(previewToken);
    await api().listProducts(context, { limit: 24 });
    expect(seen[1]!.headers['x-storefront-preview']).toBeUndefined();
  });
});

describe('getStore', () => {
  it('asks as the visitor’s host and reshapes the config', async () => {
    handler = answer(200, storeConfig());
    const result = await api().getStore(context);

    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/api/v1/storefront/config');
    expect(seen[0]!.headers.host).toBe('demo.localhost:8080');
    expect(seen[0]!.headers['x-correlation-id']).toBe('req-123');
    expect(result).toEqual({
      found: true,
      value: {
        name: 'Café Azul',
        slug: 'cafe-azul',
        live: true,
        language: 'pt-BR',
        storeLanguage: 'pt-BR',
        languages: ['pt-BR'],
        languageInUrl: false,
        currency: 'BRL',
        displayCurrencies: [],
        displayCurrency: null,
        country: 'BR',
        template: 'classic',
        theme: {
          primaryColor: '#112233',
          accentColor: '#ffcc00',
          logoUrl: 'https://cdn.example/logo.png',
        },
        preview: null,
      },
    });
    expect(seen[0]!.headers['x-storefront-preview']).toBeUndefined();
  });

  it('shows a store made before templates ("default") or with an unknown template as classic', async () => {
    handler = answer(200, storeConfig({ template: 'default' }));
    const legacy = await api().getStore(context);
    expect(legacy.found && legacy.value.template).toBe('classic');
    handler = answer(200, storeConfig({ template: 'neon' }));
    const unknown = await api().getStore(context);
    expect(unknown.found && unknown.value.template).toBe('classic');
    handler = answer(200, storeConfig({ template: 'minimal' }));
    const minimal = await api().getStore(context);
    expect(minimal.found && minimal.value.template).toBe('minimal');
  });

  it('sends a different store’s host on a different call, never a remembered one', async () => {
    handler = answer(200, storeConfig());
    await api().getStore({ host: 'one.localhost' });
    await api().getStore({ host: 'two.localhost' });
    expect(seen.map((req) => req.headers.host)).toEqual(['one.localhost', 'two.localhost']);
  });

  it('falls back to English for a language we do not translate and drops unsafe logo URLs', async () => {
    handler = answer(
      200,
      storeConfig({
        language: 'fr',
        theme: { primaryColor: '#000000', accentColor: '#ffffff', logoUrl: 'javascript:alert(1)' },
      }),
    );
    const result = await api().getStore(context);
    expect(result.found && result.value.language).toBe('en');
    expect(result.found && result.value.theme.logoUrl).toBeNull();
  });

  it('maps the API’s 404 to "not found"', async () => {
    handler = answer(404, notFoundBody);
    await expect(api().getStore(context)).resolves.toEqual({ found: false });
  });

  it('reads the store’s languages, its own first, and its display currencies', async () => {
    const eur = { currency: 'EUR', rate: '0.17', rounding: 'none' };
    handler = answer(
      200,
      storeConfig({
        language: 'es',
        languages: ['es', 'pt-BR', 'fr', 'pt-BR'],
        displayCurrencies: [eur, { currency: 'BRL', rate: '1', rounding: 'none' }],
      }),
    );
    const result = await api().getStore(context);
    expect(result.found && result.value).toMatchObject({
      language: 'es',
      storeLanguage: 'es',
      languages: ['es', 'pt-BR'],
      displayCurrencies: [eur],
      displayCurrency: null,
      languageInUrl: false,
    });
  });

  it('treats a 404 without the API’s NOT_FOUND body as an error, not a missing store', async () => {
    handler = (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not Found</h1>');
    };
    await expect(api().getStore(context)).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
  });

  it('treats a JSON 404 that is not the API’s NOT_FOUND error as an error too', async () => {
    handler = answer(404, { message: 'Cannot GET /api/v1/storefront/config' });
    await expect(api().getStore(context)).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
  });

  it('throws UPSTREAM_ERROR on a 5xx', async () => {
    handler = answer(503, { error: { code: 'UNAVAILABLE', message: 'database down' } });
    const failure = api().getStore(context);
    await expect(failure).rejects.toBeInstanceOf(CellApiError);
    await expect(failure).rejects.toMatchObject({
      code: 'UPSTREAM_ERROR',
      message: expect.stringContaining('503'),
    });
  });

  it('throws BAD_RESPONSE on a body that is not JSON', async () => {
    handler = answer(200, '{"name": "half a document');
    await expect(api().getStore(context)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('throws BAD_RESPONSE when the JSON breaks the contract', async () => {
    handler = answer(
      200,
      storeConfig({ theme: { primaryColor: 'red', accentColor: '#ffffff', logoUrl: null } }),
    );
    await expect(api().getStore(context)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('throws BAD_RESPONSE rather than buffer an oversized body', async () => {
    handler = answer(200, 'x'.repeat(5 * 1024 * 1024));
    await expect(api().getStore(context)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('throws TIMEOUT when the API does not answer in time', async () => {
    handler = () => undefined; // never answers
    const started = Date.now();
    await expect(api(100).getStore(context)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('throws TIMEOUT when the body trickles in past the deadline', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"name":');
    };
    await expect(api(100).getStore(context)).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('throws UNREACHABLE when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const unreachable = createCellApi({
      baseUrl: new URL(`http://127.0.0.1:${port}`),
      timeoutMs: 2000,
    });
    await expect(unreachable.getStore(context)).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });

  it('refuses to send a Host header Node considers malformed, as an error rather than a crash', async () => {
    await expect(api().getStore({ host: 'evil.localhost\r\nx-injected: 1' })).rejects.toMatchObject(
      {
        code: 'UNREACHABLE',
      },
    );
    expect(seen).toHaveLength(0);
  });
});

describe('listProducts', () => {
  it('passes limit and cursor and reshapes the page', async () => {
    const product = publicProduct({ available: false, compareAtPrice: 5990 });
    handler = answer(200, { items: [product], nextCursor: 'abc' });
    const result = await api().listProducts(context, { cursor: 'page 2/=', limit: 24 });

    const url = new URL(seen[0]!.url!, baseUrl);
    expect(url.pathname).toBe('/api/v1/products');
    expect(url.searchParams.get('limit')).toBe('24');
    expect(url.searchParams.get('cursor')).toBe('page 2/=');
    expect(seen[0]!.headers.host).toBe('demo.localhost:8080');
    expect(result).toEqual({
      found: true,
      value: {
        items: [
          {
            handle: 'blue-mug',
            title: 'Blue mug',
            price: { amountMinor: 4990, currency: 'BRL' },
            compareAtPrice: { amountMinor: 5990, currency: 'BRL' },
            available: false,
            image: null,
            tags: ['kitchen'],
            optionAxes: product.optionAxes,
          },
        ],
        nextCursor: 'abc',
      },
    });
  });

  it('sends the collection, filters and sort as the API names them', async () => {
    handler = answer(200, { items: [], nextCursor: null });
    await api().listProducts(context, {
      collection: 'summer',
      filters: { tag: 'linen', minPrice: '1000', options: 'size:M,L', inStock: 'true' },
      sort: 'price_asc',
      limit: 24,
    });
    const query = new URL(seen[0]!.url!, baseUrl).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      limit: '24',
      collection: 'summer',
      tag: 'linen',
      minPrice: '1000',
      options: 'size:M,L',
      inStock: 'true',
      sort: 'price_asc',
    });
  });

  it('asks for the shopper’s content language, and for none when they read the store’s own', async () => {
    handler = answer(200, { items: [], nextCursor: null });
    await api().listProducts({ ...context, contentLanguage: 'en' }, { limit: 24 });
    await api().listProducts(context, { limit: 24 });
    const [translated, own] = seen.map((req) => new URL(req.url!, baseUrl).searchParams);
    expect(translated!.get('lang')).toBe('en');
    expect(own!.has('lang')).toBe(false);
  });

  it('passes the shopper’s address on for the API’s per-address limits', async () => {
    handler = answer(200, { items: [], nextCursor: null });
    await api().listProducts({ ...context, forwardedFor: '203.0.113.9' }, { limit: 24 });
    expect(seen[0]!.headers['x-forwarded-for']).toBe('203.0.113.9');
  });

  it('drops a compare-at price that is not above the price', async () => {
    handler = answer(200, { items: [publicProduct({ compareAtPrice: 4990 })], nextCursor: null });
    const result = await api().listProducts(context, { limit: 24 });
    expect(result.found && result.value.items[0]!.compareAtPrice).toBeNull();
  });

  it('keeps only safe image URLs and srcset entries', async () => {
    const image = (url: string, srcset: string) => ({
      id: randomUUID(),
      url,
      alt: 'A mug',
      width: 1600,
      height: 1200,
      srcset,
    });
    handler = answer(200, {
      items: [
        publicProduct({
          images: [
            image('javascript:alert(1)', ''),
            image(
              '/api/v1/media/t/x/m/y/a-1600.webp',
              '/api/v1/media/t/x/m/y/a-320.webp 320w, javascript:alert(1) 640w, /api/v1/media/t/x/m/y/a-1600.webp 1600w',
            ),
          ],
        }),
      ],
      nextCursor: null,
    });
    const result = await api().listProducts(context, { limit: 24 });
    expect(result.found && result.value.items[0]!.image).toEqual({
      url: '/api/v1/media/t/x/m/y/a-1600.webp',
      srcset: '/api/v1/media/t/x/m/y/a-320.webp 320w, /api/v1/media/t/x/m/y/a-1600.webp 1600w',
      alt: 'A mug',
      width: 1600,
      height: 1200,
    });
  });

  it('omits the cursor on the first page', async () => {
    handler = answer(200, { items: [], nextCursor: null });
    await api().listProducts(context, { limit: 24 });
    expect(new URL(seen[0]!.url!, baseUrl).searchParams.has('cursor')).toBe(false);
  });

  it('maps a store that is not live (404) to "not found"', async () => {
    handler = answer(404, notFoundBody);
    await expect(api().listProducts(context, { limit: 24 })).resolves.toEqual({ found: false });
  });

  it('rejects a page whose product lacks a price', async () => {
    const { price: _price, ...priceless } = publicProduct();
    handler = answer(200, { items: [priceless], nextCursor: null });
    await expect(api().listProducts(context, { limit: 24 })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});

describe('getProduct', () => {
  it('reads one product by handle with its variants, axes and SEO fields', async () => {
    const product = publicProduct({
      compareAtPrice: 5500,
      seoTitle: 'Mug',
      seoDescription: 'Best',
    });
    handler = answer(200, product);
    const result = await api().getProduct(context, 'blue-mug');

    expect(seen[0]!.url).toBe('/api/v1/products/blue-mug');
    expect(seen[0]!.headers.host).toBe('demo.localhost:8080');
    if (!result.found) throw new Error('expected a product');
    expect(result.value).toMatchObject({
      id: product.id,
      descriptionHtml: '<p>Hand made.</p><p>Holds 300 ml.</p>',
      seoTitle: 'Mug',
      seoDescription: 'Best',
      optionAxes: product.optionAxes,
      images: [],
    });
    expect(result.value.variants).toEqual([
      {
        id: product.variants[0]!.id,
        price: { amountMinor: 4990, currency: 'BRL' },
        // The product's "was" price applies to each variant it is above.
        compareAtPrice: { amountMinor: 5500, currency: 'BRL' },
        available: true,
        options: { size: 'M', colour: 'blue' },
      },
      {
        id: product.variants[1]!.id,
        price: { amountMinor: 5990, currency: 'BRL' },
        compareAtPrice: null,
        available: false,
        options: { size: 'L', colour: 'blue' },
      },
    ]);
  });

  it('asks for the shopper’s content language, when there is one', async () => {
    handler = answer(200, publicProduct({ title: 'Taza azul' }));
    const result = await api().getProduct({ ...context, contentLanguage: 'es' }, 'blue-mug');
    expect(seen[0]!.url).toBe('/api/v1/products/blue-mug?lang=es');
    expect(result.found && result.value.title).toBe('Taza azul');
  });

  it('maps an unknown handle (404) to "not found"', async () => {
    handler = answer(404, { error: { code: 'NOT_FOUND', message: 'Product not found' } });
    await expect(api().getProduct(context, 'no-such-thing')).resolves.toEqual({ found: false });
  });

  it.each(['../config', 'Blue-Mug', 'a'.repeat(121), ''])(
    'answers "not found" for the impossible handle %p without calling the API',
    async (handle) => {
      await expect(api().getProduct(context, handle)).resolves.toEqual({ found: false });
      expect(seen).toHaveLength(0);
    },
  );
});

describe('collections', () => {
  const collection = {
    id: randomUUID(),
    title: 'Summer',
    handle: 'summer',
    description: '<p>Light things.</p>',
    sort: 'manual',
    seoTitle: null,
    seoDescription: null,
  };

  it('lists the published collections', async () => {
    handler = answer(200, { items: [collection] });
    const result = await api().listCollections(context);
    expect(seen[0]!.url).toBe('/api/v1/collections');
    expect(result).toEqual({
      found: true,
      value: [
        {
          handle: 'summer',
          title: 'Summer',
          descriptionHtml: '<p>Light things.</p>',
          sort: 'manual',
          seoTitle: null,
          seoDescription: null,
        },
      ],
    });
  });

  it('reads one collection by handle, and skips impossible handles', async () => {
    handler = answer(200, collection);
    const result = await api().getCollection(context, 'summer');
    expect(seen[0]!.url).toBe('/api/v1/collections/summer');
    expect(result.found && result.value.title).toBe('Summer');
    await expect(api().getCollection(context, '../admin')).resolves.toEqual({ found: false });
    expect(seen).toHaveLength(1);
  });
});

describe('search', () => {
  it('sends the query and filters and returns results with facets', async () => {
    const facets = {
      tags: [{ value: 'kitchen', count: 1 }],
      options: [{ name: 'size', values: [{ value: 'M', count: 1 }] }],
      price: { min: 4990, max: 4990 },
      availability: { inStock: 1, outOfStock: 0 },
    };
    handler = answer(200, { items: [publicProduct()], total: 1, facets, nextCursor: null });
    const result = await api().search(context, {
      q: 'café',
      filters: { tag: 'kitchen' },
      limit: 24,
    });
    const query = new URL(seen[0]!.url!, baseUrl).searchParams;
    expect(query.get('q')).toBe('café');
    expect(query.get('tag')).toBe('kitchen');
    if (!result.found) throw new Error('expected results');
    expect(result.value.total).toBe(1);
    expect(result.value.facets).toEqual(facets);
    expect(result.value.items.map((item) => item.handle)).toEqual(['blue-mug']);
  });

  it('stays in the store’s language: no lang, whatever the shopper reads', async () => {
    const empty = { tags: [], options: [], price: { min: null, max: null } };
    handler = answer(200, {
      items: [],
      total: 0,
      facets: { ...empty, availability: { inStock: 0, outOfStock: 0 } },
      nextCursor: null,
    });
    await api().search({ ...context, contentLanguage: 'es' }, { q: 'taza', limit: 24 });
    expect(new URL(seen[0]!.url!, baseUrl).searchParams.has('lang')).toBe(false);
  });
});
