import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccountApi, type AccountApi } from './account-api';

// A real HTTP server stands in for the cell API, as in cell-api.test.ts.
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

let server: Server;
let api: AccountApi;
let handler: Handler;
let seen: { req: IncomingMessage; body: string }[];

const context = { host: 'shop.localhost:8080', forwardedFor: '203.0.113.7' };

function answer(status: number, body?: unknown): Handler {
  return (_req, _body, res) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
}

const error = (code: string) => ({ error: { code, message: code } });

function buyerOrder() {
  return {
    id: randomUUID(),
    number: 1001,
    status: 'shipped',
    placedAt: '2030-01-01T10:00:00.000Z',
    totals: {
      currency: 'BRL',
      subtotal: 5000,
      discount: 500,
      shipping: 1000,
      tax: 0,
      taxIncluded: true,
      total: 5500,
      refunded: 0,
    },
    lines: [{ title: 'Blue mug', sku: 'MUG-1', quantity: 1, unitPrice: 5000, total: 5000 }],
    shippingMethod: 'Standard',
    shippingAddress: { name: null, city: 'São Paulo', region: 'BR-SP', country: 'BR' },
    shipments: [
      {
        carrier: 'Correios',
        trackingNumber: 'BR123',
        trackingUrl: null,
        shippedAt: '2030-01-02T10:00:00.000Z',
        deliveredAt: null,
      },
    ],
    timeline: [{ status: 'paid', at: '2030-01-01T10:05:00.000Z' }],
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ req, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  api = createAccountApi({ baseUrl: new URL(`http://127.0.0.1:${port}`), timeoutMs: 2000 });
});

beforeEach(() => {
  seen = [];
  handler = answer(500, error('INTERNAL'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('signIn', () => {
  it('posts the token as the store’s host and returns the session', async () => {
    const session = {
      sessionToken: 's'.repeat(43),
      expiresAt: '2030-02-01T00:00:00.000Z',
      customer: { email: 'ana@example.com' },
    };
    handler = answer(201, session);
    await expect(api.signIn(context, 't'.repeat(43))).resolves.toEqual({ ok: true, session });
    expect(seen[0]!.req.method).toBe('POST');
    expect(seen[0]!.req.url).toBe('/api/v1/account/sessions');
    expect(seen[0]!.req.headers.host).toBe('shop.localhost:8080');
    expect(seen[0]!.req.headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(JSON.parse(seen[0]!.body)).toEqual({ token: 't'.repeat(43) });
  });

  it('reports an expired, used or malformed link as invalid', async () => {
    handler = answer(401, error('LOGIN_LINK_INVALID'));
    await expect(api.signIn(context, 'x')).resolves.toEqual({ ok: false, reason: 'invalid-link' });
    handler = answer(400, error('VALIDATION_FAILED'));
    await expect(api.signIn(context, 'x')).resolves.toEqual({ ok: false, reason: 'invalid-link' });
    handler = answer(429, error('RATE_LIMITED'));
    await expect(api.signIn(context, 'x')).resolves.toEqual({ ok: false, reason: 'rate-limited' });
  });

  it('throws on a server failure rather than pretend the link was bad', async () => {
    await expect(api.signIn(context, 'x')).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
  });
});

describe('orders', () => {
  it('reads a guest order with its status token', async () => {
    const order = buyerOrder();
    handler = answer(200, order);
    const result = await api.getGuestOrder(context, order.id, 'tok/en+');
    expect(result).toEqual({ found: true, value: order });
    const url = new URL(seen[0]!.req.url!, 'http://x');
    expect(url.pathname).toBe(`/api/v1/orders/${order.id}`);
    expect(url.searchParams.get('token')).toBe('tok/en+');
  });

  it('treats a wrong token like a missing order, and skips impossible ids', async () => {
    handler = answer(404, error('NOT_FOUND'));
    await expect(api.getGuestOrder(context, randomUUID(), 'wrong')).resolves.toEqual({
      found: false,
    });
    await expect(api.getGuestOrder(context, '../admin', 'x')).resolves.toEqual({ found: false });
    await expect(api.getGuestOrder(context, randomUUID(), '')).resolves.toEqual({ found: false });
    expect(seen).toHaveLength(1);
  });

  it('lists the shopper’s orders with the session as a bearer token', async () => {
    handler = answer(200, { items: [], nextCursor: null });
    await expect(api.listOrders(context, 'session-1', 'next')).resolves.toEqual({
      kind: 'ok',
      value: { items: [], nextCursor: null },
    });
    expect(seen[0]!.req.headers.authorization).toBe('Bearer session-1');
    expect(new URL(seen[0]!.req.url!, 'http://x').searchParams.get('cursor')).toBe('next');
  });

  it('tells a signed-out session and another customer’s order apart', async () => {
    handler = answer(401, error('UNAUTHENTICATED'));
    await expect(api.listOrders(context, 'old')).resolves.toEqual({ kind: 'unauthenticated' });
    handler = answer(404, error('NOT_FOUND'));
    await expect(api.getOrder(context, 'ok', randomUUID())).resolves.toEqual({
      kind: 'not-found',
    });
  });

  it('signs out, and an already ended session is fine', async () => {
    handler = answer(204);
    await expect(api.signOut(context, 'session-1')).resolves.toBeUndefined();
    expect(seen[0]!.req.method).toBe('DELETE');
    handler = answer(401, error('UNAUTHENTICATED'));
    await expect(api.signOut(context, 'session-1')).resolves.toBeUndefined();
  });
});
