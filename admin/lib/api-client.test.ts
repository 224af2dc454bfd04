import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';
import { createMemoryTokenStore, type Session } from './token-store';

/**
 * A stand-in for the platform API on a real socket: it accepts one access token at a time and
 * rotates single-use refresh tokens the way the control plane does.
 */
function startFakePlatform() {
  const state = {
    validToken: 'access-1',
    validRefresh: 'refresh-1',
    generation: 1,
    refreshCalls: 0,
    refreshDelayMs: 50,
    failRefresh: false,
    rejectEverything: false,
    authHeaders: [] as string[],
  };

  const server = http.createServer((req, res) => {
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/api/v1/auth/refresh' && req.method === 'POST') {
        state.refreshCalls += 1;
        const { refreshToken } = JSON.parse(raw) as { refreshToken: string };
        setTimeout(() => {
          if (state.failRefresh || refreshToken !== state.validRefresh) {
            return send(401, {
              error: { code: 'UNAUTHENTICATED', message: 'refresh token reused' },
            });
          }
          state.generation += 1;
          state.validToken = `access-${state.generation}`;
          state.validRefresh = `refresh-${state.generation}`;
          send(200, { token: state.validToken, expiresIn: 900, refreshToken: state.validRefresh });
        }, state.refreshDelayMs);
        return;
      }
      const auth = req.headers.authorization ?? '';
      state.authHeaders.push(auth);
      if (state.rejectEverything || auth !== `Bearer ${state.validToken}`) {
        return send(401, { error: { code: 'UNAUTHENTICATED', message: 'token expired' } });
      }
      if (req.url === '/api/v1/things') return send(200, { name: 'thing', extra: 'ignored' });
      if (req.url === '/api/v1/empty') return send(204);
      if (req.url === '/api/v1/conflict') {
        return send(409, {
          error: {
            code: 'SLUG_TAKEN',
            message: 'slug is taken',
            fields: { slug: 'is taken' },
            correlationId: 'c-1',
          },
        });
      }
      if (req.url === '/api/v1/html') {
        res.writeHead(502, { 'content-type': 'text/html' });
        return res.end('<h1>Bad gateway</h1>');
      }
      send(404, { error: { code: 'NOT_FOUND', message: 'no such route' } });
    });
  });

  return new Promise<{ url: string; state: typeof state; close: () => Promise<void> }>(
    (resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        resolve({
          url: `http://127.0.0.1:${port}`,
          state,
          close: () => new Promise((done) => server.close(() => done())),
        });
      });
    },
  );
}

const thingSchema = z.object({ name: z.string() });

describe('createApiClient', () => {
  let platform: Awaited<ReturnType<typeof startFakePlatform>>;

  beforeEach(async () => {
    platform = await startFakePlatform();
  });

  afterEach(async () => {
    await platform.close();
  });

  function setup(session: Session | null) {
    const tokens = createMemoryTokenStore(session);
    const onSessionExpired = jest.fn();
    const client = createApiClient({ platformUrl: platform.url, tokens, onSessionExpired });
    return { client, tokens, onSessionExpired };
  }

  const staleSession: Session = { token: 'access-0', refreshToken: 'refresh-1', expiresAt: 0 };

  it('sends the bearer token and validates the answer', async () => {
    const { client } = setup({ token: 'access-1', refreshToken: 'refresh-1', expiresAt: 0 });
    await expect(client.json('/api/v1/things', thingSchema)).resolves.toEqual({ name: 'thing' });
    expect(platform.state.authHeaders).toEqual(['Bearer access-1']);
    expect(platform.state.refreshCalls).toBe(0);
  });

  it('on 401 refreshes once, stores the rotated tokens and retries', async () => {
    const { client, tokens, onSessionExpired } = setup(staleSession);
    await expect(client.json('/api/v1/things', thingSchema)).resolves.toEqual({ name: 'thing' });
    expect(platform.state.refreshCalls).toBe(1);
    expect(platform.state.authHeaders).toEqual(['Bearer access-0', 'Bearer access-2']);
    expect(tokens.read()).toMatchObject({ token: 'access-2', refreshToken: 'refresh-2' });
    expect(tokens.read()!.expiresAt).toBeGreaterThan(Date.now());
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('shares one refresh among concurrent requests, since a refresh token works only once', async () => {
    const { client, tokens, onSessionExpired } = setup(staleSession);
    const results = await Promise.all([
      client.json('/api/v1/things', thingSchema),
      client.json('/api/v1/things', thingSchema),
      client.send('/api/v1/empty'),
      client.json('/api/v1/things', thingSchema),
    ]);
    expect(results).toEqual([{ name: 'thing' }, { name: 'thing' }, undefined, { name: 'thing' }]);
    expect(platform.state.refreshCalls).toBe(1);
    expect(tokens.read()?.refreshToken).toBe('refresh-2');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('refreshes again on a later expiry: the single flight ends with its refresh', async () => {
    const { client, tokens } = setup(staleSession);
    await client.json('/api/v1/things', thingSchema);
    platform.state.validToken = 'revoked';
    await expect(client.json('/api/v1/things', thingSchema)).resolves.toEqual({ name: 'thing' });
    expect(platform.state.refreshCalls).toBe(2);
    expect(tokens.read()).toMatchObject({ token: 'access-3', refreshToken: 'refresh-3' });
  });

  it('retries with a token renewed while its request was out, without refreshing', async () => {
    const tokens = createMemoryTokenStore(staleSession);
    let hasRenewed = false;
    const client = createApiClient({
      platformUrl: platform.url,
      tokens,
      onSessionExpired: jest.fn(),
      // Another request's refresh lands between this request leaving and its 401 arriving.
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (response.status === 401 && !hasRenewed) {
          hasRenewed = true;
          tokens.write({
            token: 'access-1',
            refreshToken: 'refresh-1',
            expiresAt: Date.now() + 60_000,
          });
        }
        return response;
      },
    });
    await expect(client.json('/api/v1/things', thingSchema)).resolves.toEqual({ name: 'thing' });
    expect(platform.state.refreshCalls).toBe(0);
    expect(platform.state.authHeaders).toEqual(['Bearer access-0', 'Bearer access-1']);
  });

  it('skips its refresh when another tab renewed while it waited for the lock', async () => {
    const tokens = createMemoryTokenStore(staleSession);
    const client = createApiClient({
      platformUrl: platform.url,
      tokens,
      onSessionExpired: jest.fn(),
      withRefreshLock: (task) => {
        tokens.write({
          token: 'access-1',
          refreshToken: 'refresh-from-other-tab',
          expiresAt: Date.now() + 60_000,
        });
        return task();
      },
    });
    await expect(client.json('/api/v1/things', thingSchema)).resolves.toEqual({ name: 'thing' });
    expect(platform.state.refreshCalls).toBe(0);
    expect(tokens.read()?.refreshToken).toBe('refresh-from-other-tab');
  });

  it('ends the session when the refresh is refused', async () => {
    const { client, tokens, onSessionExpired } = setup(staleSession);
    platform.state.failRefresh = true;
    const error = await client
      .json('/api/v1/things', thingSchema)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(platform.state.refreshCalls).toBe(1);
    expect(tokens.read()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('does not loop when even the renewed token is refused', async () => {
    const { client, tokens, onSessionExpired } = setup(staleSession);
    platform.state.rejectEverything = true;
    await expect(client.json('/api/v1/things', thingSchema)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(platform.state.refreshCalls).toBe(1);
    expect(platform.state.authHeaders).toHaveLength(2);
    expect(tokens.read()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('does not call an authenticated endpoint without a session', async () => {
    const { client, onSessionExpired } = setup(null);
    await expect(client.send('/api/v1/empty')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(platform.state.authHeaders).toEqual([]);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('maps an error body to code, message and fields', async () => {
    const { client } = setup({ token: 'access-1', refreshToken: 'refresh-1', expiresAt: 0 });
    const error = await client
      .json('/api/v1/conflict', thingSchema)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'SLUG_TAKEN',
      message: 'slug is taken',
      fields: { slug: 'is taken' },
      correlationId: 'c-1',
    });
  });

  it('reports a non-JSON error page as BAD_RESPONSE and an unreachable server as NETWORK', async () => {
    const { client } = setup({ token: 'access-1', refreshToken: 'refresh-1', expiresAt: 0 });
    await expect(client.send('/api/v1/html')).rejects.toMatchObject({
      status: 502,
      code: 'BAD_RESPONSE',
    });
    await platform.close();
    await expect(client.send('/api/v1/empty')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK',
    });
    platform = await startFakePlatform();
  });

  it('rejects an answer that does not match the schema', async () => {
    const { client } = setup({ token: 'access-1', refreshToken: 'refresh-1', expiresAt: 0 });
    await expect(client.json('/api/v1/things', z.object({ id: z.uuid() }))).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });
});
