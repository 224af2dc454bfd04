import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { v7 as uuidv7 } from 'uuid';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime, type WorkflowBundleOption } from '@temporalio/worker';
import { createCellApp } from '@mpb/cell-runtime';
import { testCellDeps } from '@mpb/cell-runtime/testing';
import { CellClient, PublicUrls, upsertCell } from '@mpb/control-plane';
import { RouteStore } from '@mpb/routing';
import {
  createCapturingLogger,
  createTestDatabase,
  createTestRedis,
  createTestSigner,
  testEnv,
  testInternalToken,
  uniqueId,
  type TestDatabase,
  type TestRedis,
} from '@mpb/testing';
import { createProvisioningActivities } from '../activities/provisioning';

export interface TestCell {
  id: string;
  database: TestDatabase;
  server: http.Server;
  port: number;
  /** Stops answering (connections refused) until `start` again. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Everything provisioning touches, for real: the control plane's database, cells (API +
 * database each) on local ports, Redis and the Temporal test server.
 */
export interface ProvisioningHarness {
  controlDb: TestDatabase;
  redis: TestRedis;
  routeStore: RouteStore;
  temporal: Client;
  connection: Connection;
  taskQueue: string;
  internalToken: string;
  urls: PublicUrls;
  cells: TestCell[];
  activities: ReturnType<typeof createProvisioningActivities>;
  addCell(
    id: string,
    options?: { capacity?: number; tenantCount?: number; port?: number },
  ): Promise<TestCell>;
  createUser(): Promise<{ id: string; email: string }>;
  close(): Promise<void>;
}

export async function createProvisioningHarness(): Promise<ProvisioningHarness> {
  quietTemporalLogs();
  const controlDb = await createTestDatabase('control');
  const redis = createTestRedis();
  const routeStore = new RouteStore(redis.redis, redis.prefix);
  const connection = await Connection.connect({ address: testEnv().temporalAddress });
  const temporal = new Client({ connection });
  const internalToken = testInternalToken();
  const urls = new PublicUrls('http://localhost:8080');
  const { signer } = await createTestSigner();
  const cells: TestCell[] = [];

  const harness: ProvisioningHarness = {
    controlDb,
    redis,
    routeStore,
    temporal,
    connection,
    taskQueue: `provisioning-test-${uniqueId()}`,
    internalToken,
    urls,
    cells,
    activities: createProvisioningActivities({
      db: controlDb.app,
      urls,
      cellClient: new CellClient(internalToken, 3_000),
      routeStore,
    }),
    async addCell(id, options = {}) {
      const database = await createTestDatabase('cell');
      const app = createCellApp(
        testCellDeps({
          cellId: id,
          db: database.app,
          databaseUrl: database.appUrl,
          redis: redis.scoped,
          signer,
          internalToken,
          logger: createCapturingLogger(`cell-${id}`).logger,
          env: { TENANT_CACHE_TTL_MS: '1000' },
        }),
      );
      const server = http.createServer(app);
      const listen = (port: number) =>
        new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
      await listen(options.port ?? 0);
      const port = (server.address() as AddressInfo).port;
      const cell: TestCell = {
        id,
        database,
        server,
        port,
        stop: () =>
          new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
        start: () => listen(port),
      };
      cells.push(cell);
      await upsertCell(controlDb.app, {
        id,
        kind: 'shared',
        region: 'test',
        status: 'active',
        capacity: options.capacity ?? 2000,
        api_url: `http://127.0.0.1:${port}`,
        storefront_url: `http://127.0.0.1:${port}`,
      });
      if (options.tenantCount)
        await controlDb.app('cells').where({ id }).update({ tenant_count: options.tenantCount });
      return cell;
    },
    async createUser() {
      const user = { id: uuidv7(), email: `owner-${uniqueId()}@example.com` };
      await controlDb.app('users').insert({ ...user, password_hash: 'not-used-here' });
      return user;
    },
    async close() {
      for (const cell of cells) {
        if (cell.server.listening) await cell.stop();
        await cell.database.drop();
      }
      await connection.close();
      await redis.cleanup();
      await controlDb.drop();
    },
  };
  return harness;
}

/** Bundled once per test file: webpack takes a few seconds. */
let bundle: Promise<WorkflowBundleOption> | undefined;
export function testWorkflowBundle(): Promise<WorkflowBundleOption> {
  bundle ??= import('../worker').then(({ loadWorkflowBundle }) => loadWorkflowBundle());
  return bundle;
}

/** The worker SDK logs every state change at INFO to the console; tests only want warnings. */
function quietTemporalLogs(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed in this process: nothing to do.
  }
}
