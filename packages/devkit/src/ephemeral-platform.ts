import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { generateSigningKeyPem } from '@mpb/auth';
import { dropDatabase } from '@mpb/db';
import { buildNextApp, buildWorkflowBundle } from './builds';
import { databaseName } from './databases';
import { freePort } from './net';
import { randomStripeSecrets } from './secrets';
import { resolveStripeMock } from './stripe-mock';
import { startPlatform, type CellPlan, type Platform } from './platform';

export interface EphemeralPlatformOptions {
  /** Names the run's databases, Redis keys and task queue: `e2e`, `bench`... */
  name: string;
  postgresAdminUrl: string;
  /** Redis base URL, without a database index. */
  redisUrl: string;
  temporalAddress: string;
  withWebApps: boolean;
  logDir?: string;
  logLevel?: string;
  extraEnv?: Record<string, string>;
  /** Where cell workers send mail: a test's mail sink (`startMailSink().smtpUrl`). */
  smtpUrl?: string;
  /** Environment of each cell's processes, by cell index (benchmarks turn caches off in one). */
  cellEnv?: Record<string, string>[];
  /** A running stripe-mock (the test suite's); without it the platform starts its own. */
  stripeApiBase?: string;
}

export interface EphemeralPlatform extends Platform {
  routerPort: number;
  /** Stops every process and drops the run's databases. */
  close(): Promise<void>;
}

/**
 * A whole platform (two cells) for one test run or benchmark: free ports, random secrets, and
 * databases, Redis keys and a task queue of its own, so runs never meet each other or `npm start`.
 */
export async function startEphemeralPlatform(
  options: EphemeralPlatformOptions,
): Promise<EphemeralPlatform> {
  const id = randomBytes(4).toString('hex');
  const logDir = options.logDir ?? path.join(os.tmpdir(), `mpb-${options.name}-${id}`);
  if (options.withWebApps) {
    await buildNextApp('storefront', logDir);
    await buildNextApp('admin', logDir);
  }
  const bundle = path.join(os.tmpdir(), `mpb-${options.name}-workflow-bundle.js`);
  await buildWorkflowBundle(bundle);

  const cellIds = [`${options.name}-1`, `${options.name}-2`];
  const cells: CellPlan[] = [];
  for (const [index, cellId] of cellIds.entries()) {
    cells.push({
      env: options.cellEnv?.[index],
      id: cellId,
      capacity: 2000,
      apiPort: await freePort(),
      apiOpsPort: await freePort(),
      storefrontPort: await freePort(),
      storefrontOpsPort: await freePort(),
      workerOpsPort: await freePort(),
      redisUrl: `${options.redisUrl}/0`,
      redisKeyPrefix: `mpb${options.name}:${id}:${cellId}:`,
    });
  }
  const stripeMock = options.stripeApiBase ? undefined : await resolveStripeMock();
  const databasePrefix = `mpb${options.name}_${id}`;
  const routerPort = await freePort();
  const platform = await startPlatform({
    databasePrefix,
    logDir,
    postgresAdminUrl: options.postgresAdminUrl,
    redisUrl: `${options.redisUrl}/0`,
    redisKeyPrefix: `mpb${options.name}:${id}:`,
    temporalAddress: options.temporalAddress,
    taskQueue: `${options.name}-${id}`,
    secrets: {
      authSigningKey: await generateSigningKeyPem(),
      internalApiToken: randomBytes(32).toString('base64url'),
      superAdminEmail: `ops-${id}@example.com`,
      superAdminPassword: randomBytes(12).toString('base64url'),
      databaseRolePassword: randomBytes(12).toString('base64url'),
      ...randomStripeSecrets(),
      storefrontRevalidateToken: randomBytes(32).toString('base64url'),
      storefrontPreviewSecret: randomBytes(32).toString('base64url'),
    },
    routerPort,
    routerOpsPort: await freePort(),
    controlPlanePort: await freePort(),
    controlPlaneOpsPort: await freePort(),
    workerOpsPort: await freePort(),
    adminPort: await freePort(),
    adminOpsPort: await freePort(),
    cells,
    workflowBundlePath: bundle,
    withWebApps: options.withWebApps,
    logLevel: options.logLevel ?? 'warn',
    extraEnv: options.extraEnv,
    smtpUrl: options.smtpUrl,
    stripeApiBase: options.stripeApiBase ?? stripeMock?.url,
  }).catch(async (error: unknown) => {
    await stripeMock?.stop();
    throw error;
  });
  return {
    ...platform,
    routerPort,
    async close() {
      await platform.stop();
      await stripeMock?.stop();
      for (const name of [
        databaseName(databasePrefix),
        ...cellIds.map((cellId) => databaseName(databasePrefix, cellId)),
      ]) {
        await dropDatabase(options.postgresAdminUrl, name);
      }
    },
  };
}
