import './tracing';
import { Redis } from 'ioredis';
import { createHttpMetrics, createLogger, Lifecycle, startOpsServer } from '@mpb/observability';
import { RouteStore } from '@mpb/routing';
import { loadRouterConfig } from './config';
import { controlPlaneSource } from './control-plane-source';
import { Upstreams } from './forward';
import { RouteTable } from './route-table';
import { createRouterServer } from './server';

async function main(): Promise<void> {
  const config = loadRouterConfig();
  const logger = createLogger({ service: 'router', level: config.LOG_LEVEL });
  const lifecycle = new Lifecycle(logger);
  lifecycle.handleSignals();

  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const subscriber = new Redis(config.REDIS_URL);
  lifecycle.onStop('redis', () => Promise.all([redis.quit(), subscriber.quit()]));
  const store = new RouteStore(redis, config.REDIS_KEY_PREFIX);
  const routes = new RouteTable(
    store,
    controlPlaneSource(config.CONTROL_PLANE_URL, config.INTERNAL_API_TOKEN),
    {
      ttlMs: config.ROUTE_TTL_MS,
      negativeTtlMs: config.NEGATIVE_ROUTE_TTL_MS,
      onError: (error, context) => logger.warn({ err: error }, context),
    },
  );
  await store.subscribe(subscriber, (change) => routes.applyChange(change));
  // Notices sent while disconnected are lost: forget everything and reload on reconnect.
  subscriber.on('ready', () => {
    routes.invalidateAll();
    routes.warm().catch((error: unknown) => logger.warn({ err: error }, 'route reload failed'));
  });
  try {
    logger.info({ routes: await routes.warm() }, 'route table loaded');
  } catch (error) {
    logger.warn({ err: error }, 'route table not loaded; resolving on demand');
  }

  const upstreams = new Upstreams(config.UPSTREAM_CONNECTIONS, config.UPSTREAM_TIMEOUT_MS);
  lifecycle.onStop('upstreams', () => upstreams.close());
  const metrics = createHttpMetrics('router');
  const server = createRouterServer({
    routes,
    upstreams,
    platformHosts: config.PLATFORM_HOSTS,
    controlPlaneUrl: config.CONTROL_PLANE_URL,
    adminUrl: config.ADMIN_URL,
    publicProto: config.PUBLIC_PROTO,
    logger,
    metrics,
    accessLog: config.ACCESS_LOG,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  lifecycle.onStop('http', () => new Promise((resolve) => server.close(resolve)));

  const ops = await startOpsServer({
    port: config.OPS_PORT,
    registry: metrics.registry,
    readiness: { redis: async () => void (await redis.ping()) },
  });
  lifecycle.onStop('ops', () => ops.close());
  logger.info({ port: config.PORT, opsPort: ops.port }, 'router listening');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
