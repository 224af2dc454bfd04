import './tracing';
import { Redis } from 'ioredis';
import type { JSONWebKeySet } from 'jose';
import { JwksCache } from '@mpb/auth';
import { createDatabase, pingDatabase } from '@mpb/db';
import {
  createHttpMetrics,
  createLogger,
  Lifecycle,
  serveHttp,
  shutdownTracing,
  startOpsServer,
} from '@mpb/observability';
import { createStripeClient } from '@mpb/payments';
import { createCellApp } from './app';
import { loadCellConfig } from './config';
import { assertRestrictedRole } from './db/role-check';
import { createMediaDeps } from './media';

async function main(): Promise<void> {
  const config = loadCellConfig();
  const logger = createLogger({
    service: 'cell-runtime',
    level: config.LOG_LEVEL,
    cellId: config.CELL_ID,
  });
  const lifecycle = new Lifecycle(logger);
  lifecycle.handleSignals();

  const db = createDatabase({
    connectionString: config.DATABASE_URL,
    applicationName: `cell-${config.CELL_ID}`,
    poolMax: config.DATABASE_POOL_MAX,
  });
  lifecycle.onStop('database', () => db.destroy());
  await assertRestrictedRole(db);

  const redis = new Redis(config.REDIS_URL, {
    maxRetriesPerRequest: 2,
    keyPrefix: config.REDIS_KEY_PREFIX ?? `cell:${config.CELL_ID}:`,
  });
  lifecycle.onStop('redis', () => redis.quit());

  const jwks = config.AUTH_JWKS
    ? JwksCache.fromStatic(JSON.parse(config.AUTH_JWKS) as JSONWebKeySet)
    : new JwksCache({
        url: config.AUTH_JWKS_URL ?? '',
        onError: (error) => logger.warn({ err: error }, 'signing key refresh failed'),
      });
  await startJwks(jwks, logger);
  lifecycle.onStop('jwks', () => jwks.stop());

  const metrics = createHttpMetrics('cell-runtime', { cell_id: config.CELL_ID });
  const app = createCellApp({
    config,
    db,
    redis,
    stripe: createStripeClient(config),
    jwks,
    logger,
    metrics,
    media: createMediaDeps(config),
  });
  await serveHttp(app, { port: config.PORT, host: config.HOST, lifecycle });

  const ops = await startOpsServer({
    port: config.OPS_PORT,
    registry: metrics.registry,
    readiness: {
      database: () => pingDatabase(db),
      redis: async () => void (await redis.ping()),
      signingKeys: () =>
        jwks.isLoaded ? Promise.resolve() : Promise.reject(new Error('not loaded')),
    },
  });
  lifecycle.onStop('ops', () => ops.close());
  lifecycle.onStop('tracing', () => shutdownTracing());
  logger.info({ port: config.PORT, opsPort: ops.port }, 'cell listening');
}

/** The control plane may start after the cell: keep trying in the background, not ready until loaded. */
async function startJwks(jwks: JwksCache, logger: ReturnType<typeof createLogger>): Promise<void> {
  try {
    await jwks.start();
  } catch (error) {
    logger.warn({ err: error }, 'signing keys not loaded yet; retrying');
    const retry = setInterval(() => {
      jwks.start().then(
        () => clearInterval(retry),
        () => undefined,
      );
    }, 2_000);
    retry.unref();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
