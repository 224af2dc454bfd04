import path from 'node:path';
import { createDatabase } from '@mpb/db';
import { createSuperAdmin } from '@mpb/control-plane';
import { prepareDatabases, type PlatformDatabases } from './databases';
import { httpStatus, isPortOpen, waitFor } from './net';
import { repoRoot } from './paths';
import { ProcessManager } from './processes';
import type { LocalSecrets } from './secrets';

export interface CellPlan {
  id: string;
  capacity: number;
  apiPort: number;
  apiOpsPort: number;
  storefrontPort: number;
  storefrontOpsPort: number;
  workerOpsPort: number;
  redisUrl: string;
  redisKeyPrefix: string;
  /** Environment of this cell's processes only (API, worker, storefront). */
  env?: Record<string, string>;
}

export interface PlatformPlan {
  /** Names databases (`<prefix>_control`, `<prefix>_cell_<id>`) and roles. */
  databasePrefix: string;
  logDir: string;
  postgresAdminUrl: string;
  /** Redis for the control plane, worker and router (with its database index). */
  redisUrl: string;
  redisKeyPrefix: string;
  temporalAddress: string;
  taskQueue: string;
  secrets: LocalSecrets;
  routerPort: number;
  routerOpsPort: number;
  controlPlanePort: number;
  controlPlaneOpsPort: number;
  workerOpsPort: number;
  adminPort: number;
  adminOpsPort: number;
  cells: CellPlan[];
  workflowBundlePath: string;
  /** The Stripe API the control plane and cells call: stripe-mock locally and in tests. */
  stripeApiBase?: string;
  /** Where cell workers and the control plane send mail (the local mail sink in development and tests). */
  smtpUrl?: string;
  /** The Temporal Web UI, for the operator's links to provisioning workflows. */
  temporalUiUrl?: string;
  /** Start the Next.js apps (they must have been built). */
  withWebApps: boolean;
  logLevel?: string;
  /** Extra environment for every service (tests lower rate limits, say). */
  extraEnv?: Record<string, string>;
  onProgress?: (message: string) => void;
  onUnexpectedExit?: (name: string, code: number | null) => void;
}

export interface Platform {
  plan: PlatformPlan;
  databases: PlatformDatabases;
  processes: ProcessManager;
  publicUrl: string;
  controlPlaneUrl: string;
  stop(): Promise<void>;
  /** Starts the worker again after a test killed it. */
  startWorker(): Promise<void>;
  workerEnv: Record<string, string>;
}

const node = process.execPath;
const tsx = (entry: string) => ['--import', 'tsx', entry];

/**
 * Starts the whole platform from a plan: databases, control plane, cells, worker, web apps and
 * the router, waiting for each to be ready. Used by `npm start`, the end-to-end tests and the
 * benchmarks, so all three run the same thing.
 */
export async function startPlatform(plan: PlatformPlan): Promise<Platform> {
  const progress = plan.onProgress ?? (() => undefined);
  const processes = new ProcessManager(plan.logDir);
  processes.onUnexpectedExit = plan.onUnexpectedExit;
  const publicUrl = `http://localhost:${plan.routerPort}`;
  const controlPlaneUrl = `http://127.0.0.1:${plan.controlPlanePort}`;
  const common = {
    NODE_ENV: 'development',
    LOG_LEVEL: plan.logLevel ?? 'info',
    INTERNAL_API_TOKEN: plan.secrets.internalApiToken,
    NEXT_TELEMETRY_DISABLED: '1',
    ...plan.extraEnv,
  };
  const stripe = {
    STRIPE_SECRET_KEY: plan.secrets.stripeSecretKey,
    ...(plan.stripeApiBase ? { STRIPE_API_BASE: plan.stripeApiBase } : {}),
  };

  try {
    progress('preparing databases');
    const databases = await prepareDatabases(
      plan.postgresAdminUrl,
      plan.databasePrefix,
      plan.cells.map((cell) => cell.id),
      plan.secrets.databaseRolePassword,
    );
    await ensureSuperAdmin(databases.controlPlane.appUrl, plan.secrets);

    progress('starting the control plane');
    processes.start({
      name: 'control-plane',
      command: node,
      args: tsx('control-plane/src/main.ts'),
      cwd: repoRoot,
      env: {
        ...common,
        PORT: String(plan.controlPlanePort),
        OPS_PORT: String(plan.controlPlaneOpsPort),
        DATABASE_URL: databases.controlPlane.appUrl,
        REDIS_URL: plan.redisUrl,
        REDIS_KEY_PREFIX: plan.redisKeyPrefix,
        TEMPORAL_ADDRESS: plan.temporalAddress,
        TEMPORAL_TASK_QUEUE: plan.taskQueue,
        AUTH_SIGNING_KEY: plan.secrets.authSigningKey,
        PUBLIC_BASE_URL: publicUrl,
        ...stripe,
        STRIPE_WEBHOOK_SECRET: plan.secrets.stripeWebhookSecret,
        ...(plan.smtpUrl ? { SMTP_URL: plan.smtpUrl } : {}),
        ...(plan.temporalUiUrl ? { TEMPORAL_UI_URL: plan.temporalUiUrl } : {}),
      },
    });
    await waitReady('control plane', plan.controlPlaneOpsPort);
    for (const cell of plan.cells)
      await registerCell(controlPlaneUrl, plan.secrets.internalApiToken, cell);

    progress(`starting ${plan.cells.length} cells`);
    for (const cell of plan.cells) {
      processes.start({
        name: `cell-${cell.id}`,
        command: node,
        args: tsx('cell-runtime/src/main.ts'),
        cwd: repoRoot,
        env: {
          ...common,
          CELL_ID: cell.id,
          PORT: String(cell.apiPort),
          OPS_PORT: String(cell.apiOpsPort),
          DATABASE_URL: databases.cells[cell.id]?.appUrl ?? '',
          REDIS_URL: cell.redisUrl,
          REDIS_KEY_PREFIX: cell.redisKeyPrefix,
          AUTH_JWKS_URL: `${controlPlaneUrl}/.well-known/jwks.json`,
          ADMIN_ORIGINS: publicUrl,
          STOREFRONT_PREVIEW_SECRET: plan.secrets.storefrontPreviewSecret,
          ...stripe,
          ...cell.env,
        },
      });
    }
    for (const cell of plan.cells) {
      processes.start({
        name: `cell-worker-${cell.id}`,
        command: node,
        args: tsx('cell-runtime/src/worker/main.ts'),
        cwd: repoRoot,
        env: {
          ...common,
          CELL_ID: cell.id,
          OPS_PORT: String(cell.workerOpsPort),
          DATABASE_URL: databases.cells[cell.id]?.appUrl ?? '',
          REDIS_URL: cell.redisUrl,
          REDIS_KEY_PREFIX: cell.redisKeyPrefix,
          PUBLIC_BASE_URL: publicUrl,
          STOREFRONT_URL: `http://127.0.0.1:${cell.storefrontPort}`,
          STOREFRONT_REVALIDATE_TOKEN: plan.secrets.storefrontRevalidateToken,
          ...(plan.smtpUrl ? { SMTP_URL: plan.smtpUrl } : {}),
          ...cell.env,
        },
      });
    }
    await Promise.all(
      plan.cells.map((cell) => waitReady(`cell worker ${cell.id}`, cell.workerOpsPort)),
    );
    await Promise.all(plan.cells.map((cell) => waitReady(`cell ${cell.id}`, cell.apiOpsPort)));

    const workerEnv = {
      ...common,
      OPS_PORT: String(plan.workerOpsPort),
      DATABASE_URL: databases.controlPlane.appUrl,
      REDIS_URL: plan.redisUrl,
      REDIS_KEY_PREFIX: plan.redisKeyPrefix,
      TEMPORAL_ADDRESS: plan.temporalAddress,
      TEMPORAL_TASK_QUEUE: plan.taskQueue,
      PUBLIC_BASE_URL: publicUrl,
      WORKFLOW_BUNDLE_PATH: plan.workflowBundlePath,
    };
    const startWorker = async () => {
      processes.start({
        name: 'worker',
        command: node,
        args: tsx('workflows/src/main.ts'),
        cwd: repoRoot,
        env: workerEnv,
      });
      await waitReady('worker', plan.workerOpsPort);
    };
    progress('starting the workflow worker');
    await startWorker();

    if (plan.withWebApps) {
      progress('starting the storefronts and the admin app');
      const nextBin = path.join(repoRoot, 'node_modules', '.bin', 'next');
      for (const cell of plan.cells) {
        processes.start({
          name: `storefront-${cell.id}`,
          command: nextBin,
          args: ['start', '-p', String(cell.storefrontPort), '-H', '127.0.0.1'],
          cwd: path.join(repoRoot, 'storefront'),
          env: {
            ...common,
            CELL_ID: cell.id,
            CELL_API_URL: `http://127.0.0.1:${cell.apiPort}`,
            STOREFRONT_REVALIDATE_TOKEN: plan.secrets.storefrontRevalidateToken,
            OPS_PORT: String(cell.storefrontOpsPort),
            ...cell.env,
          },
        });
      }
      processes.start({
        name: 'admin',
        command: nextBin,
        args: ['start', '-p', String(plan.adminPort), '-H', '127.0.0.1'],
        cwd: path.join(repoRoot, 'admin'),
        env: { ...common, OPS_PORT: String(plan.adminOpsPort) },
      });
      await Promise.all([
        ...plan.cells.map((cell) => waitReady(`storefront ${cell.id}`, cell.storefrontOpsPort)),
        waitReady('admin', plan.adminOpsPort),
      ]);
      // The ops listener starts with the server; make sure the app port itself answers too.
      await Promise.all([
        ...plan.cells.map((cell) => waitForPort(`storefront ${cell.id}`, cell.storefrontPort)),
        waitForPort('admin', plan.adminPort),
      ]);
    }

    progress('starting the global router');
    processes.start({
      name: 'router',
      command: node,
      args: tsx('router/src/main.ts'),
      cwd: repoRoot,
      env: {
        ...common,
        PORT: String(plan.routerPort),
        OPS_PORT: String(plan.routerOpsPort),
        CONTROL_PLANE_URL: controlPlaneUrl,
        ADMIN_URL: `http://127.0.0.1:${plan.adminPort}`,
        REDIS_URL: plan.redisUrl,
        REDIS_KEY_PREFIX: plan.redisKeyPrefix,
      },
    });
    await waitReady('router', plan.routerOpsPort);

    return {
      plan,
      databases,
      processes,
      publicUrl,
      controlPlaneUrl,
      stop: () => processes.stopAll(),
      startWorker,
      workerEnv,
    };
  } catch (error) {
    await processes.stopAll(3_000);
    throw error;
  }
}

async function waitReady(name: string, opsPort: number): Promise<void> {
  await waitFor(
    `${name} to be ready`,
    async () => (await httpStatus(`http://127.0.0.1:${opsPort}/readyz`)) === 200,
    {
      timeoutMs: 90_000,
    },
  );
}

async function waitForPort(name: string, port: number): Promise<void> {
  await waitFor(`${name} to listen`, () => isPortOpen(port), { timeoutMs: 90_000 });
}

async function registerCell(controlPlaneUrl: string, token: string, cell: CellPlan): Promise<void> {
  const response = await fetch(`${controlPlaneUrl}/internal/v1/cells/${cell.id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'shared',
      region: 'local',
      status: 'active',
      capacity: cell.capacity,
      apiUrl: `http://127.0.0.1:${cell.apiPort}`,
      storefrontUrl: `http://127.0.0.1:${cell.storefrontPort}`,
    }),
  });
  if (!response.ok)
    throw new Error(
      `registering cell ${cell.id} failed: ${response.status} ${await response.text()}`,
    );
}

async function ensureSuperAdmin(appUrl: string, secrets: LocalSecrets): Promise<void> {
  const db = createDatabase({ connectionString: appUrl, applicationName: 'setup', poolMax: 1 });
  try {
    await createSuperAdmin(db, {
      email: secrets.superAdminEmail,
      password: secrets.superAdminPassword,
    });
  } finally {
    await db.destroy();
  }
}
