import { Redis } from 'ioredis';
import type { CellEndpoint, Route } from '@mpb/contracts';
import { RouteStore } from '@mpb/routing';
import { createTestRedis, type TestRedis } from '@mpb/testing';
import { RouteTable, type RouteSource } from './route-table';

let redis: TestRedis;
let broken: Redis;

beforeAll(() => {
  redis = createTestRedis();
  // A Redis that never answers: nothing listens on port 1.
  broken = new Redis({
    port: 1,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
});
afterAll(async () => {
  broken.disconnect();
  await redis.cleanup();
});

const cell: CellEndpoint = {
  id: 'cell-1',
  apiUrl: 'http://127.0.0.1:1',
  storefrontUrl: 'http://127.0.0.1:2',
  status: 'active',
};
const route = (host: string): Route => ({
  host,
  tenantId: '00000000-0000-4000-8000-000000000001',
  cellId: 'cell-1',
});

/** The control plane's answers, counted; `down` makes it fail like an unreachable service. */
function controlPlane(routes: Route[]) {
  const state = { calls: 0, down: false };
  const source: RouteSource = {
    resolve: async (host) => {
      state.calls++;
      if (state.down) throw new Error('control plane unreachable');
      return routes.find((candidate) => candidate.host === host);
    },
    listCells: async () => [cell],
  };
  return { source, state };
}

describe('the route table', () => {
  it('asks the control plane once for many concurrent misses of one host', async () => {
    const { source, state } = controlPlane([route('busy.localhost')]);
    const table = new RouteTable(new RouteStore(redis.redis, redis.prefix), source, {
      ttlMs: 60_000,
      negativeTtlMs: 60_000,
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => table.lookup('busy.localhost')),
    );
    expect(results.every((result) => result?.host === 'busy.localhost')).toBe(true);
    expect(state.calls).toBe(1);
  });

  it('falls back to the control plane when Redis cannot be read', async () => {
    const errors: string[] = [];
    const { source } = controlPlane([route('shop.localhost')]);
    const table = new RouteTable(new RouteStore(broken, 'x:'), source, {
      ttlMs: 60_000,
      negativeTtlMs: 1_000,
      onError: (_error, context) => errors.push(context),
    });
    expect(await table.lookup('shop.localhost')).toEqual(route('shop.localhost'));
    expect(await table.cell('cell-1')).toEqual(cell);
    expect(errors).toEqual(
      expect.arrayContaining(['reading a route from Redis', 'reading cells from Redis']),
    );
  });

  it('keeps serving a known store while neither Redis nor the control plane answers', async () => {
    const { source, state } = controlPlane([route('steady.localhost')]);
    const table = new RouteTable(new RouteStore(broken, 'x:'), source, {
      ttlMs: 1,
      negativeTtlMs: 1,
      onError: () => undefined,
    });
    expect(await table.lookup('steady.localhost')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    state.down = true;
    expect(await table.lookup('steady.localhost')).toEqual(route('steady.localhost'));
    // A host it never knew is an error, not a guess.
    await expect(table.lookup('unknown.localhost')).rejects.toThrow('control plane unreachable');
  });
});
