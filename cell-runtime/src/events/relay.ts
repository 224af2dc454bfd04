import type { Redis } from 'ioredis';
import type pg from 'pg';
import { Gauge, type Registry } from 'prom-client';
import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';

/** The stream's name: key prefixes are applied by hand (ioredis's keyPrefix misses stream keys). */
export const eventStreamName = (prefix: string) => `${prefix}events`;
/** Streams are capped (approximately) so Redis memory stays bounded; consumers keep up far sooner. */
const STREAM_MAX_LENGTH = 100_000;

interface PendingRow {
  id: string | number;
  tenant_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: unknown;
  correlation_id: string | null;
  created_at: Date;
}

/**
 * Moves committed outbox events to the cell's Redis stream. Woken by NOTIFY on insert and by a
 * slow poll as a safety net. Delivery is at least once: an event is marked published only after
 * Redis has it, so a crash in between publishes it again and consumers deduplicate on its id.
 */
export class OutboxRelay {
  private stopped = false;
  private listener: pg.Client | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** created_at of the oldest event the last poll found unpublished; undefined once drained. */
  private oldestPendingAt: Date | undefined;

  constructor(
    private readonly deps: {
      db: Knex;
      /** A connection without a key prefix: stream names carry theirs. */
      redis: Redis;
      stream: string;
      logger: Logger;
      pollIntervalMs?: number;
      batchSize?: number;
    },
  ) {}

  async start(listenerClient?: pg.Client): Promise<void> {
    if (listenerClient) {
      this.listener = listenerClient;
      await listenerClient.query('listen outbox_events');
      listenerClient.on('notification', () => this.wake?.());
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** Publishes everything pending now; returns how many events went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < (this.deps.batchSize ?? 200)) {
        this.oldestPendingAt = undefined;
        return total;
      }
    }
  }

  /**
   * How long the oldest event seen unpublished by the last poll has been waiting, in seconds; 0
   * when that poll left nothing behind. It keeps growing while polls fail (Redis or the database
   * down), since the events are still waiting. Events locked by another relay are not seen.
   */
  oldestUnpublishedSeconds(now = Date.now()): number {
    if (!this.oldestPendingAt) return 0;
    return Math.max(0, (now - this.oldestPendingAt.getTime()) / 1000);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.drain();
      } catch (error) {
        this.deps.logger.warn({ err: error }, 'outbox relay failed; retrying');
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.deps.pollIntervalMs ?? 1_000);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async publishBatch(): Promise<number> {
    return this.deps.db.transaction(async (trx) => {
      const { rows } = await trx.raw<{ rows: PendingRow[] }>('select * from outbox_pending(?)', [
        this.deps.batchSize ?? 200,
      ]);
      this.oldestPendingAt = oldestCreatedAt(rows);
      if (rows.length === 0) return 0;
      const pipeline = this.deps.redis.pipeline();
      for (const row of rows) {
        pipeline.xadd(
          this.deps.stream,
          'MAXLEN',
          '~',
          STREAM_MAX_LENGTH,
          '*',
          'event',
          JSON.stringify({
            id: Number(row.id),
            tenantId: row.tenant_id,
            type: row.type,
            aggregateType: row.aggregate_type,
            aggregateId: row.aggregate_id,
            payload: row.payload,
            correlationId: row.correlation_id,
            createdAt: row.created_at.toISOString(),
          }),
        );
      }
      const results = (await pipeline.exec()) ?? [];
      const failure = results.find(([error]) => error)?.[0];
      if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
      await trx.raw('select outbox_mark_published(?::bigint[])', [
        rows.map((row) => Number(row.id)),
      ]);
      return rows.length;
    });
  }
}

function oldestCreatedAt(rows: PendingRow[]): Date | undefined {
  let oldest: Date | undefined;
  for (const row of rows) if (!oldest || row.created_at < oldest) oldest = row.created_at;
  return oldest;
}

/**
 * The outbox backlog as `cell_outbox_oldest_unpublished_seconds`: read from the relay at each
 * scrape, so it grows between polls and while the relay fails.
 */
export function registerOutboxBacklogGauge(
  registry: Registry,
  relay: Pick<OutboxRelay, 'oldestUnpublishedSeconds'>,
): Gauge {
  return new Gauge({
    name: 'cell_outbox_oldest_unpublished_seconds',
    help: 'Seconds the oldest outbox event found unpublished by the last relay poll has waited (0 when none)',
    registers: [registry],
    collect() {
      this.set(relay.oldestUnpublishedSeconds());
    },
  });
}
