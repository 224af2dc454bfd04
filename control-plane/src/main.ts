import './tracing';
import { Redis } from 'ioredis';
import { Client, Connection } from '@temporalio/client';
import { TokenSigner } from '@mpb/auth';
import { createStripeClient } from '@mpb/payments';
import { createDatabase, pingDatabase } from '@mpb/db';
import {
  createHttpMetrics,
  createLogger,
  Lifecycle,
  serveHttp,
  shutdownTracing,
  startOpsServer,
} from '@mpb/observability';
import { RouteStore } from '@mpb/routing';
import { createControlPlaneApp } from './app';
import { CellClient } from './cells/cell-client';
import { loadControlPlaneConfig } from './config';
import { MailDispatcher } from './mail/mail-dispatcher';
import { createMailSender } from './mail/mail-sender';
import { PublicUrls } from './public-urls';
import { syncRoutingTable } from './routing/routes';
import { temporalProvisioningStarter } from './tenants/provisioning-starter';

async function main(): Promise<void> {
  const config = loadControlPlaneConfig();
  const logger = createLogger({ service: 'control-plane', level: config.LOG_LEVEL });
  const lifecycle = new Lifecycle(logger);
  lifecycle.handleSignals();

  const db = createDatabase({
    connectionString: config.DATABASE_URL,
    applicationName: 'control-plane',
    poolMax: config.DATABASE_POOL_MAX,
  });
  lifecycle.onStop('database', () => db.destroy());
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  lifecycle.onStop('redis', () => redis.quit());
  const routeStore = new RouteStore(redis, config.REDIS_KEY_PREFIX);

  // Lazy: the API serves accounts and reads while Temporal restarts; only starts need it.
  const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
  lifecycle.onStop('temporal', () => connection.close());
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });

  const mail = createMailSender({
    smtpUrl: config.SMTP_URL,
    fromAddress: config.MAIL_FROM_ADDRESS,
  });
  const mailDispatcher = new MailDispatcher({
    db,
    mail,
    logger,
    pollIntervalMs: config.MAIL_OUTBOX_POLL_MS,
    maxAttempts: config.MAIL_MAX_ATTEMPTS,
    retryBaseMs: config.MAIL_RETRY_BASE_SECONDS * 1000,
  });

  const metrics = createHttpMetrics('control-plane');
  const app = createControlPlaneApp({
    config,
    db,
    redis,
    routeStore,
    signer: await TokenSigner.fromPem({
      privateKeyPem: config.AUTH_SIGNING_KEY,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    }),
    provisioning: temporalProvisioningStarter(temporal, config.TEMPORAL_TASK_QUEUE),
    stripe: createStripeClient(config),
    cellClient: new CellClient(config.INTERNAL_API_TOKEN),
    urls: new PublicUrls(config.PUBLIC_BASE_URL),
    mail,
    logger,
    metrics,
  });

  // Closers run in reverse: it stops after the HTTP server and before the database. It finishes
  // the batch in hand; emails still pending wait in the table for the next start (or replica).
  mailDispatcher.start();
  lifecycle.onStop('mail dispatcher', () => mailDispatcher.stop());

  await serveHttp(app, { port: config.PORT, host: config.HOST, lifecycle });

  const ops = await startOpsServer({
    port: config.OPS_PORT,
    registry: metrics.registry,
    readiness: { database: () => pingDatabase(db), redis: async () => void (await redis.ping()) },
  });
  lifecycle.onStop('ops', () => ops.close());
  lifecycle.onStop('tracing', () => shutdownTracing());

  logger.info({ port: config.PORT, opsPort: ops.port }, 'control plane listening');
  // Redis keeps nothing on disk: rebuild the routing table at start and after every reconnect.
  const syncRoutes = () =>
    syncRoutingTable(db, routeStore).then(
      (counts) => logger.info(counts, 'routing table synchronised'),
      (error: unknown) => logger.error({ err: error }, 'routing table synchronisation failed'),
    );
  redis.on('ready', () => void syncRoutes());
  if (redis.status === 'ready') void syncRoutes();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
