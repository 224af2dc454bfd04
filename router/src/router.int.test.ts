import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import type { Route } from '@mpb/contracts';
import { createHttpMetrics } from '@mpb/observability';
import { RouteStore } from '@mpb/routing';
import { createCapturingLogger, createTestRedis, type TestRedis } from '@mpb/testing';
import { controlPlaneSource } from './control-plane-source';
import { Upstreams } from './forward';
import { RouteTable } from './route-table';
import { createRouterServer } from './server';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP upstream that records what reached it and answers with its own name. */
async function startUpstream(name: string) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/stream') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const timer = setInterval(() => {
          res.write(`chunk-${sent}\n`);
          if (++sent === 5) {
            clearInterval(timer);
            res.end();
          }
        }, 20);
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/json',
        connection: 'keep-alive',
        'x-upstream': name,
      });
      res.end(JSON.stringify({ upstream: name, bytes: body.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, seen, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let redis: TestRedis;
let store: RouteStore;
let subscriber: Redis;
let routerUrl: string;
let router: http.Server;
let upstreams: Upstreams;
let controlPlane: Awaited<ReturnType<typeof startUpstream>>;
let admin: Awaited<ReturnType<typeof startUpstream>>;
let cellApi: Awaited<ReturnType<typeof startUpstream>>;
let storefront: Awaited<ReturnType<typeof startUpstream>>;
let source: http.Server;
const resolvable = new Map<string, Route>();
let sourceHits = 0;

beforeAll(async () => {
  redis = createTestRedis();
  store = new RouteStore(redis.redis, redis.prefix);
  subscriber = new Redis(redis.url);
  controlPlane = await startUpstream('control-plane');
  admin = await startUpstream('admin');
  cellApi = await startUpstream('cell-api');
  storefront = await startUpstream('storefront');
  await store.putCell({
    id: 'cell-1',
    apiUrl: cellApi.url,
    storefrontUrl: storefront.url,
    status: 'active',
  });
  await store.putRoute({
    host: 'shop-a.localhost',
    tenantId: '00000000-0000-4000-8000-00000000000a',
    cellId: 'cell-1',
  });

  // The control plane's internal routing API, for hosts Redis does not know.
  source = http.createServer((req, res) => {
    sourceHits++;
    const host = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
    const route =
      req.headers.authorization === 'Bearer internal-token' ? resolvable.get(host) : undefined;
    res
      .writeHead(route ? 200 : 404, { 'content-type': 'application/json' })
      .end(JSON.stringify(route ?? { error: {} }));
  });
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', () => resolve()));
  const table = new RouteTable(
    store,
    controlPlaneSource(
      `http://127.0.0.1:${(source.address() as AddressInfo).port}`,
      'internal-token',
    ),
    {
      ttlMs: 60_000,
      negativeTtlMs: 60_000,
    },
  );
  await store.subscribe(subscriber, (change) => table.applyChange(change));
  await table.warm();

  upstreams = new Upstreams(8, 5_000);
  router = createRouterServer({
    routes: table,
    upstreams,
    platformHosts: ['localhost', '127.0.0.1'],
    controlPlaneUrl: controlPlane.url,
    adminUrl: admin.url,
    publicProto: 'http',
    logger: createCapturingLogger('router').logger,
    metrics: createHttpMetrics('router-test'),
    accessLog: true,
  });
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', () => resolve()));
  routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => router.close(resolve));
  router.closeAllConnections();
  await upstreams.close();
  for (const upstream of [controlPlane, admin, cellApi, storefront]) {
    upstream.server.closeAllConnections();
    upstream.server.close();
  }
  source.close();
  subscriber.disconnect();
  await redis.cleanup();
});

/** Sends a request to the router with a Host of our choosing (Node's fetch cannot). */
function send(
  host: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        `${routerUrl}${path}`,
        { method: options.method ?? 'GET', headers: { host, ...options.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('the global router', () => {
  it('sends the platform host’s API to the control plane and everything else to the admin app', async () => {
    expect(
      JSON.parse(
        (await send('localhost:8080', '/api/v1/auth/login', { method: 'POST', body: '{}' })).body,
      ).upstream,
    ).toBe('control-plane');
    expect(JSON.parse((await send('localhost:8080', '/.well-known/jwks.json')).body).upstream).toBe(
      'control-plane',
    );
    expect(JSON.parse((await send('localhost:8080', '/stores/new')).body).upstream).toBe('admin');
  });

  it('sends a store’s API to its cell’s API and its pages to its cell’s storefront, keeping the Host', async () => {
    const api = await send('shop-a.localhost:8080', '/api/v1/products?limit=2');
    expect(JSON.parse(api.body).upstream).toBe('cell-api');
    const page = await send('shop-a.localhost:8080', '/products/tea');
    expect(JSON.parse(page.body).upstream).toBe('storefront');
    const last = storefront.seen[storefront.seen.length - 1]!;
    expect(last.url).toBe('/products/tea');
    expect(last.headers.host).toBe('shop-a.localhost:8080');
    expect(last.headers['x-mpb-cell-id']).toBe('cell-1');
  });

  it('answers an unknown host with a plain 404 page, never a store', async () => {
    const before = cellApi.seen.length + storefront.seen.length;
    const page = await send('nobody.localhost:8080', '/');
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Store not found');
    const api = await send('nobody.localhost:8080', '/api/v1/products');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.body).error.code).toBe('NOT_FOUND');
    expect(cellApi.seen.length + storefront.seen.length).toBe(before);
  });

  it('chooses the tenant from Host, ignoring the client’s X-Forwarded-Host, and sets X-Forwarded-* itself', async () => {
    const response = await send('nobody.localhost:8080', '/api/v1/products', {
      headers: { 'x-forwarded-host': 'shop-a.localhost' },
    });
    expect(response.status).toBe(404);
    await send('shop-a.localhost:8080', '/api/v1/x', {
      headers: {
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '6.6.6.6',
        'x-mpb-cell-id': 'forged',
      },
    });
    const last = cellApi.seen[cellApi.seen.length - 1]!;
    expect(last.headers['x-forwarded-host']).toBe('shop-a.localhost:8080');
    expect(last.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(last.headers['x-forwarded-proto']).toBe('http');
    expect(last.headers['x-mpb-cell-id']).toBe('cell-1');
  });

  it('passes a well-formed correlation id through and makes one up otherwise', async () => {
    const given = await send('shop-a.localhost', '/api/v1/x', {
      headers: { 'x-correlation-id': 'abc-123' },
    });
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    expect(cellApi.seen[cellApi.seen.length - 1]!.headers['x-correlation-id']).toBe('abc-123');
    const made = await send('shop-a.localhost', '/api/v1/x', {
      headers: { 'x-correlation-id': 'bad id with spaces' },
    });
    expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never exposes internal routes, on any host', async () => {
    expect((await send('localhost', '/internal/v1/cells')).status).toBe(404);
    expect((await send('shop-a.localhost', '/internal/v1/tenants/x')).status).toBe(404);
    expect(controlPlane.seen.some((seen) => seen.url.startsWith('/internal'))).toBe(false);
  });

  it('streams request bodies and responses', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    const upload = await send('shop-a.localhost', '/api/v1/upload', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'text/plain' },
    });
    expect(JSON.parse(upload.body).bytes).toBe(big.length);
    const streamed = await send('shop-a.localhost', '/stream');
    expect(streamed.body.trim().split('\n')).toEqual([
      'chunk-0',
      'chunk-1',
      'chunk-2',
      'chunk-3',
      'chunk-4',
    ]);
  });

  it('resolves a host Redis does not know through the control plane', async () => {
    resolvable.set('fresh.localhost', {
      host: 'fresh.localhost',
      tenantId: '00000000-0000-4000-8000-00000000000f',
      cellId: 'cell-1',
    });
    const response = await send('fresh.localhost', '/api/v1/products');
    expect(JSON.parse(response.body).upstream).toBe('cell-api');
  });

  it('serves a route published after a 404 within a second, without a restart', async () => {
    expect((await send('late.localhost', '/')).status).toBe(404);
    const hits = sourceHits;
    const publishedAt = Date.now();
    await store.putRoute({
      host: 'late.localhost',
      tenantId: '00000000-0000-4000-8000-00000000000b',
      cellId: 'cell-1',
    });
    let status = 404;
    while (status === 404 && Date.now() - publishedAt < 1_000) {
      status = (await send('late.localhost', '/')).status;
      if (status === 404) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(200);
    expect(Date.now() - publishedAt).toBeLessThan(1_000);
    // The negative answer was cached: the 404s above did not all go to the control plane.
    expect(sourceHits - hits).toBeLessThanOrEqual(1);
  });

  it('answers a suspended store with an unavailable page within a second, and serves it again once resumed', async () => {
    const route = {
      host: 'paused.localhost',
      tenantId: '00000000-0000-4000-8000-00000000000e',
      cellId: 'cell-1',
    };
    await store.putRoute(route);
    expect((await send('paused.localhost', '/')).status).toBe(200);
    const before = cellApi.seen.length + storefront.seen.length;
    await store.putRoute({ ...route, suspended: true });
    const waitFor = async (wanted: number) => {
      const since = Date.now();
      let response = await send('paused.localhost', '/');
      while (response.status !== wanted && Date.now() - since < 1_000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        response = await send('paused.localhost', '/');
      }
      return response;
    };
    const page = await waitFor(503);
    expect(page.status).toBe(503);
    expect(page.body).toContain('Store unavailable');
    const api = await send('paused.localhost', '/api/v1/products');
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body).error.code).toBe('UNAVAILABLE');
    expect(cellApi.seen.length + storefront.seen.length).toBe(before);

    await store.putRoute(route);
    expect((await waitFor(200)).status).toBe(200);
  });

  it('answers 502 when the cell cannot be reached', async () => {
    await store.putCell({
      id: 'cell-dead',
      apiUrl: 'http://127.0.0.1:1',
      storefrontUrl: 'http://127.0.0.1:1',
      status: 'active',
    });
    await store.putRoute({
      host: 'dead.localhost',
      tenantId: '00000000-0000-4000-8000-00000000000d',
      cellId: 'cell-dead',
    });
    const response = await send('dead.localhost', '/api/v1/products');
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body).error.code).toBe('UNAVAILABLE');
  });
});
