import './tracing';
import { Redis } from 'ioredis';
import { Counter, Histogram } from 'prom-client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { CellClient, PublicUrls } from '@mpb/control-plane';
import { createDatabase, pingDatabase } from '@mpb/db';
import { createHttpMetrics, createLogger, Lifecycle, startOpsServer } from '@mpb/observability';
import { RouteStore } from '@mpb/routing';
import { createProvisioningActivities } from './activities/provisioning';
import { loadWorkerConfig } from './config';
import { createProvisioningWorker, loadWorkflowBundle } from './worker';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = createLogger({ service: 'workflows-worker', level: config.LOG_LEVEL });
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => {
      const line = { ...entry.meta, temporal: true };
      if (entry.level === 'ERROR') logger.error(line, entry.message);
      else logger.warn(line, entry.message);
    }),
  });
  const lifecycle = new Lifecycle(logger, 30_000);
  lifecycle.handleSignals();

  const db = createDatabase({
    connectionString: config.DATABASE_URL,
    applicationName: 'workflows-worker',
    poolMax: 20,
  });
  lifecycle.onStop('database', () => db.destroy());
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  lifecycle.onStop('redis', () => redis.quit());

  const metrics = createHttpMetrics('workflows-worker');
  const provisioningSeconds = new Histogram({
    name: 'tenant_provisioning_seconds',
    help: 'Time from a store being created to it being ready',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [metrics.registry],
  });
  const provisioningFailures = new Counter({
    name: 'tenant_provisioning_failures_total',
    help: 'Provisioning runs that failed and were compensated',
    registers: [metrics.registry],
  });

  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createProvisioningWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundle: await loadWorkflowBundle(config.WORKFLOW_BUNDLE_PATH),
    activities: createProvisioningActivities({
      db,
      urls: new PublicUrls(config.PUBLIC_BASE_URL),
      cellClient: new CellClient(config.INTERNAL_API_TOKEN),
      routeStore: new RouteStore(redis, config.REDIS_KEY_PREFIX),
      metrics: { provisioningSeconds, provisioningFailures },
    }),
  });

  const ops = await startOpsServer({
    port: config.OPS_PORT,
    registry: metrics.registry,
    readiness: {
      database: () => pingDatabase(db),
      worker: () =>
        worker.getState() === 'RUNNING'
          ? Promise.resolve()
          : Promise.reject(new Error(worker.getState())),
    },
  });
  lifecycle.onStop('ops', () => ops.close());
  lifecycle.onStop('temporal-connection', () => connection.close());

  const running = worker.run();
  // Registered last so it stops first: finish in-flight tasks, then close the connection.
  lifecycle.onStop('worker', async () => {
    worker.shutdown();
    await running;
  });
  logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, opsPort: ops.port }, 'worker started');
  try {
    await running;
  } catch (error) {
    logger.fatal({ err: error }, 'worker failed');
    process.exitCode = 1;
  }
  await lifecycle.stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
