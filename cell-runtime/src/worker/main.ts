import '../tracing';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDatabase, pingDatabase } from '@mpb/db';
import { Counter } from 'prom-client';
import {
  createHttpMetrics,
  createLogger,
  Lifecycle,
  shutdownTracing,
  startOpsServer,
} from '@mpb/observability';
import { assertRestrictedRole } from '../db/role-check';
import {
  eventStreamName,
  OutboxRelay,
  registerOutboxBacklogGauge,
  StreamConsumer,
} from '../events';
import { cellRedisPrefix, loadCellWorkerConfig } from './config';
import { createEventHandlers } from './handlers';
import { startPeriodicJobs } from './jobs';

/**
 * The cell's background process: relays the outbox to the event stream, runs every event
 * handler as a consumer group, and runs periodic jobs (releasing expired checkouts).
 */
async function main(): Promise<void> {
  const config = loadCellWorkerConfig();
  const logger = createLogger({
    service: 'cell-worker',
    level: config.LOG_LEVEL,
    cellId: config.CELL_ID,
  });
  const lifecycle = new Lifecycle(logger, 20_000);
  lifecycle.handleSignals();

  const db = createDatabase({
    connectionString: config.DATABASE_URL,
    applicationName: `cell-worker-${config.CELL_ID}`,
    poolMax: config.DATABASE_POOL_MAX,
  });
  lifecycle.onStop('database', () => db.destroy());
  await assertRestrictedRole(db);

  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  lifecycle.onStop('redis', () => redis.quit());
  const stream = eventStreamName(cellRedisPrefix(config));

  const metrics = createHttpMetrics('cell-worker', { cell_id: config.CELL_ID });
  const outcomes = new Counter({
    name: 'cell_events_handled_total',
    help: 'Events taken from the stream, by consumer and outcome (handled, skipped, failed, dead)',
    labelNames: ['consumer', 'outcome'] as const,
    registers: [metrics.registry],
  });

  const listener = new pg.Client({ connectionString: config.DATABASE_URL });
  // Losing the LISTEN connection only slows the relay down to its polling interval.
  listener.on('error', (error) =>
    logger.warn({ err: error }, 'outbox LISTEN connection lost; relaying by polling'),
  );
  await listener.connect();
  const relay = new OutboxRelay({ db, redis, stream, logger });
  registerOutboxBacklogGauge(metrics.registry, relay);
  await relay.start(listener);
  lifecycle.onStop('relay', () => relay.stop());

  const handlers = createEventHandlers({ db, config, logger });
  // Every series exists at 0 from the start, so increase() sees a consumer's first dead letter.
  for (const { name } of handlers) {
    for (const outcome of ['handled', 'skipped', 'failed', 'dead'] as const) {
      outcomes.inc({ consumer: name, outcome }, 0);
    }
  }
  const consumers = handlers.map(
    (handler) =>
      new StreamConsumer({
        redis: new Redis(config.REDIS_URL),
        stream,
        handler,
        logger,
        consumerName: `${hostname()}-${process.pid}`,
        onOutcome: (outcome) => outcomes.inc({ consumer: handler.name, outcome }),
      }),
  );
  for (const consumer of consumers) await consumer.start();
  lifecycle.onStop('consumers', () => Promise.all(consumers.map((consumer) => consumer.stop())));

  const jobs = startPeriodicJobs({ db, config, logger });
  lifecycle.onStop('jobs', () => jobs.stop());

  const ops = await startOpsServer({
    port: config.OPS_PORT,
    registry: metrics.registry,
    readiness: { database: () => pingDatabase(db), redis: async () => void (await redis.ping()) },
  });
  lifecycle.onStop('ops', () => ops.close());
  lifecycle.onStop('tracing', () => shutdownTracing());
  logger.info({ consumers: consumers.length, opsPort: ops.port }, 'cell worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
