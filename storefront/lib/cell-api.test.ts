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
    description: 'Hand made.\r\n\r\n  Holds 300 ml.  \n',
    price: 4990,
    currency: 'BRL',
    available: true,
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
        currency: 'BRL',
        theme: {
          primaryColor: '#112233',
          accentColor: '#ffcc00',
          logoUrl: 'https://cdn.example/logo.png',
        },
      },
    });
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
    const product = publicProduct({ available: false });
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
            available: false,
          },
        ],
        nextCursor: 'abc',
      },
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
  it('reads one product by handle and splits its description into paragraphs', async () => {
    const product = publicProduct();
    handler = answer(200, product);
    const result = await api().getProduct(context, 'blue-mug');

    expect(seen[0]!.url).toBe('/api/v1/products/blue-mug');
    expect(seen[0]!.headers.host).toBe('demo.localhost:8080');
    if (!result.found) throw new Error('expected a product');
    expect(result.value.paragraphs).toEqual(['Hand made.', 'Holds 300 ml.']);
    expect(result.value.variants).toEqual([
      {
        id: product.variants[0]!.id,
        price: { amountMinor: 4990, currency: 'BRL' },
        available: true,
        options: [
          { name: 'size', value: 'M' },
          { name: 'colour', value: 'blue' },
        ],
      },
      {
        id: product.variants[1]!.id,
        price: { amountMinor: 5990, currency: 'BRL' },
        available: false,
        options: [
          { name: 'size', value: 'L' },
          { name: 'colour', value: 'blue' },
        ],
      },
    ]);
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
