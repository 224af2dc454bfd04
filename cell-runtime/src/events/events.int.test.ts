import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { withTenant } from '@mpb/db';
import {
  createCapturingLogger,
  createTestDatabase,
  createTestRedis,
  type TestDatabase,
  type TestRedis,
} from '@mpb/testing';
import { upsertTenant } from '../provisioning/upsert-tenant';
import { StreamConsumer, type EventHandler } from './consumer';
import { processOnce } from './process-once';
import { recordEvent } from './record-event';
import { eventStreamName, OutboxRelay, registerOutboxBacklogGauge } from './relay';
import type { DomainEvent } from './types';

let database: TestDatabase;
let redis: TestRedis;
let stream: string;
const tenantId = randomUUID();
const { logger } = createCapturingLogger('events-test');

beforeAll(async () => {
  database = await createTestDatabase('cell');
  redis = createTestRedis();
  stream = eventStreamName(redis.prefix);
  await upsertTenant(database.app, tenantId, {
    slug: 'events-store',
    name: 'Events',
    niche: 'books',
    currency: 'EUR',
    language: 'es',
    country: 'ES',
    template: 'default',
    hosts: ['events-store.localhost'],
    owner: { userId: randomUUID(), email: 'owner@example.com' },
  });
});
afterAll(async () => {
  await redis.cleanup();
  await database.drop();
});

async function emit(aggregateId: string, commit = true): Promise<void> {
  await withTenant(database.app, tenantId, async (trx) => {
    await recordEvent(trx, {
      tenantId,
      type: 'ProductUpdated',
      aggregateType: 'product',
      aggregateId,
      payload: { productId: aggregateId, handle: aggregateId },
    });
    if (!commit) throw new Error('rolled back on purpose');
  }).catch((error: Error) => {
    if (commit) throw error;
  });
}

async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the outbox and the event stream', () => {
  it('publishes committed events only, each once, in order', async () => {
    const relay = new OutboxRelay({ db: database.app, redis: redis.redis, stream, logger });
    await emit('p-1');
    await emit('p-rolled-back', false);
    await emit('p-2');
    expect(await relay.drain()).toBe(2);
    expect(await relay.drain()).toBe(0);
    const entries = await redis.redis.xrange(stream, '-', '+');
    const events = entries.map(([, fields]) => JSON.parse(fields[1]!) as DomainEvent);
    expect(events.map((event) => event.aggregateId)).toEqual(['p-1', 'p-2']);
    expect(events[0]).toMatchObject({
      tenantId,
      type: 'ProductUpdated',
      payload: { productId: 'p-1' },
    });
    // The application role cannot list other tenants' outbox rows, but the relay saw them all.
    const unpublished = await withTenant(database.app, tenantId, (trx) =>
      trx('outbox_events').whereNull('published_at').select('id'),
    );
    expect(unpublished).toEqual([]);
  });

  it('hands every event to a consumer group once, retries failures, and parks poison events', async () => {
    const seen: string[] = [];
    let failuresLeft = 2;
    const handler: EventHandler = {
      name: `test-${randomUUID().slice(0, 8)}`,
      types: ['ProductUpdated'],
      async handle(event) {
        if (event.aggregateId === 'poison') throw new Error('cannot handle this one');
        if (event.aggregateId === 'flaky' && failuresLeft-- > 0)
          throw new Error('temporary failure');
        const first = await processOnce(database.app, handler.name, event, async () => undefined);
        if (first) seen.push(event.aggregateId);
      },
    };
    const consumer = new StreamConsumer({
      redis: new Redis(redis.url),
      stream,
      handler,
      logger,
      consumerName: 'c1',
      maxAttempts: 3,
      retryAfterMs: 100,
      blockMs: 100,
    });
    await consumer.start();
    const relay = new OutboxRelay({ db: database.app, redis: redis.redis, stream, logger });
    await emit('flaky');
    await emit('poison');
    await emit('p-3');
    await relay.drain();
    try {
      await waitFor(() => (seen.includes('flaky') && seen.includes('p-3') ? true : undefined));
      const dead = await waitFor(async () => {
        const entries = await redis.redis.xrange(consumer.deadLetterStream, '-', '+');
        return entries.length > 0 ? entries : undefined;
      });
      const [, fields] = dead[0]!;
      expect(JSON.parse(fields[fields.indexOf('event') + 1]!).aggregateId).toBe('poison');
      expect(fields[fields.indexOf('error') + 1]).toBe('cannot handle this one');
      // Events from before the group existed were delivered too, and nothing twice.
      expect(seen.sort()).toEqual(['flaky', 'p-1', 'p-2', 'p-3']);
    } finally {
      await consumer.stop();
    }
  });

  it('does the work of a redelivered event once', async () => {
    const event: DomainEvent = {
      id: 987654,
      tenantId,
      type: 'ProductUpdated',
      aggregateType: 'product',
      aggregateId: 'x',
      payload: {},
      correlationId: null,
      createdAt: new Date().toISOString(),
    };
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        processOnce(database.app, 'dedupe-test', event, async () => {
          runs++;
        }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
  });
});

describe('the outbox backlog gauge', () => {
  it('shows the age of the oldest unpublished event while the relay cannot publish, 0 after', async () => {
    // A stream of its own, so the consumer groups above never see these events.
    const backlogStream = eventStreamName(`${redis.prefix}backlog-test:`);
    const relay = new OutboxRelay({
      db: database.app,
      redis: redis.redis,
      stream: backlogStream,
      logger,
    });
    const registry = new Registry();
    registerOutboxBacklogGauge(registry, relay);
    const backlog = async () => {
      const metric = registry.getSingleMetric('cell_outbox_oldest_unpublished_seconds');
      const { values } = await metric!.get();
      return values[0]?.value;
    };
    expect(await backlog()).toBe(0);

    await emit('backlog-1');
    // The event has waited 90 seconds (the owner can change any store's outbox row).
    await database
      .owner('outbox_events')
      .where({ aggregate_id: 'backlog-1' })
      .update({ created_at: database.owner.raw(`now() - interval '90 seconds'`) });
    // Redis refuses the XADD (the key is not a stream): the relay polls, fails, publishes nothing.
    await redis.redis.set(backlogStream, 'not a stream');
    await expect(relay.drain()).rejects.toThrow(/WRONGTYPE/);
    const waiting = await backlog();
    expect(waiting).toBeGreaterThanOrEqual(90);
    expect(waiting).toBeLessThan(120);

    await redis.redis.del(backlogStream);
    expect(await relay.drain()).toBe(1);
    expect(await backlog()).toBe(0);
  });
});
