import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateSigningKeyPem } from '@mpb/auth';
import { dropDatabase } from '@mpb/db';
import {
  buildNextApp,
  buildWorkflowBundle,
  databaseName,
  freePort,
  startPlatform,
  type Platform,
} from '@mpb/devkit';
import { testEnv, uniqueId } from '@mpb/testing';

export interface TestPlatform extends Platform {
  routerPort: number;
  close(): Promise<void>;
}

/**
 * The whole platform (control plane, two cells, worker, storefronts, admin, router) on free
 * ports with databases and Redis keys of its own, against the suite's Postgres, Redis and
 * Temporal. The same code path as `npm start`.
 */
export async function startTestPlatform(
  options: { withWebApps?: boolean } = {},
): Promise<TestPlatform> {
  const { pgAdminUrl, redisUrl, temporalAddress } = testEnv();
  const id = uniqueId(8);
  const logDir = path.join(os.tmpdir(), `mpb-e2e-${id}`);
  const withWebApps = options.withWebApps ?? true;
  if (withWebApps) {
    await buildNextApp('storefront', logDir);
    await buildNextApp('admin', logDir);
  }
  const bundle = path.join(os.tmpdir(), 'mpb-e2e-workflow-bundle.js');
  await buildWorkflowBundle(bundle);
  const port = () => freePort();
  const cellIds = ['e2e-1', 'e2e-2'];
  const databasePrefix = `mpbe2e_${id}`;
  const cells = [];
  for (const cellId of cellIds) {
    cells.push({
      id: cellId,
      capacity: 2000,
      apiPort: await port(),
      apiOpsPort: await port(),
      storefrontPort: await port(),
      storefrontOpsPort: await port(),
      redisUrl: `${redisUrl}/0`,
      redisKeyPrefix: `mpbe2e:${id}:${cellId}:`,
    });
  }
  const routerPort = await port();
  const platform = await startPlatform({
    databasePrefix,
    logDir,
    postgresAdminUrl: pgAdminUrl,
    redisUrl: `${redisUrl}/0`,
    redisKeyPrefix: `mpbe2e:${id}:`,
    temporalAddress,
    taskQueue: `e2e-${id}`,
    secrets: {
      authSigningKey: await generateSigningKeyPem(),
      internalApiToken: randomBytes(32).toString('base64url'),
      superAdminEmail: `ops-${id}@example.com`,
      superAdminPassword: randomBytes(12).toString('base64url'),
      databaseRolePassword: randomBytes(12).toString('base64url'),
    },
    routerPort,
    routerOpsPort: await port(),
    controlPlanePort: await port(),
    controlPlaneOpsPort: await port(),
    workerOpsPort: await port(),
    adminPort: await port(),
    adminOpsPort: await port(),
    cells,
    workflowBundlePath: bundle,
    withWebApps,
    logLevel: 'warn',
    extraEnv: { SIGNUPS_PER_IP_PER_HOUR: '1000' },
  });
  return {
    ...platform,
    routerPort,
    async close() {
      await platform.stop();
      for (const name of [
        databaseName(databasePrefix),
        ...cellIds.map((cellId) => databaseName(databasePrefix, cellId)),
      ]) {
        await dropDatabase(pgAdminUrl, name);
      }
    },
  };
}
