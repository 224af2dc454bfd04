/**
 * `npm start`: sets up what is missing and runs the whole platform locally, with two shared
 * cells, until Ctrl-C. Configuration is optional: DATABASE_URL, REDIS_URL and TEMPORAL_ADDRESS
 * point at existing services; otherwise local ones are used or started.
 */
import path from 'node:path';
import { buildNextApp, buildWorkflowBundle } from '@mpb/devkit';
import { say, timed } from '@mpb/devkit';
import { isPortOpen } from '@mpb/devkit';
import { stateDir } from '@mpb/devkit';
import { startPlatform, type PlatformPlan } from '@mpb/devkit';
import { resolvePostgres } from '@mpb/devkit';
import { resolveRedis } from '@mpb/devkit';
import { localSecrets } from '@mpb/devkit';
import { resolveTemporal, type TemporalServer } from '@mpb/devkit';
import { startMailSink } from '@mpb/devkit';
import { resolveStripeMock } from '@mpb/devkit';

const ports = {
  router: 8080,
  routerOps: 9080,
  controlPlane: 4000,
  controlPlaneOps: 9400,
  workerOps: 9600,
  admin: 4300,
  adminOps: 9300,
  temporal: 7233,
  temporalUi: 8233,
  // Mailpit's and MailHog's ports, so habits carry over; free ones are taken if these are busy.
  smtp: 1025,
  mailViewer: 8025,
  // stripe-mock's own default port.
  stripeMock: 12111,
};
const cells = [
  {
    id: 'shared-1',
    apiPort: 4101,
    apiOpsPort: 9501,
    storefrontPort: 4201,
    storefrontOpsPort: 9701,
    workerOpsPort: 9551,
    redisDb: 1,
  },
  {
    id: 'shared-2',
    apiPort: 4102,
    apiOpsPort: 9502,
    storefrontPort: 4202,
    storefrontOpsPort: 9702,
    workerOpsPort: 9552,
    redisDb: 2,
  },
];

async function main(): Promise<void> {
  say.plain(say.bold('Marketplace Builder: starting the local platform'));
  const started = Date.now();
  const taken = [];
  for (const port of [
    ports.router,
    ports.controlPlane,
    ports.admin,
    ...cells.flatMap((cell) => [cell.apiPort, cell.storefrontPort]),
  ]) {
    if (await isPortOpen(port)) taken.push(port);
  }
  if (taken.length > 0)
    throw new Error(`ports ${taken.join(', ')} are in use: is another \`npm start\` running?`);

  const logDir = path.join(stateDir, 'logs');
  const postgres = await timed('Postgres', () => resolvePostgres(stateDir));
  say.plain(`  using ${postgres.source}`);
  const redis = await timed('Redis', () => resolveRedis(stateDir));
  say.plain(`  using ${redis.source} at ${redis.url}`);
  const temporal: TemporalServer = await timed('Temporal', async () =>
    (await isPortOpen(ports.temporal)) && !process.env.TEMPORAL_ADDRESS
      ? {
          address: `127.0.0.1:${ports.temporal}`,
          uiUrl: `http://localhost:${ports.temporalUi}`,
          source: 'TEMPORAL_ADDRESS',
          stop: async () => undefined,
        }
      : resolveTemporal({
          dbFile: path.join(stateDir, 'temporal.db'),
          port: ports.temporal,
          uiPort: ports.temporalUi,
        }),
  );
  const secrets = await localSecrets(stateDir);
  // Store emails (order confirmations, sign-in links) stay on this machine, readable in a browser.
  const mail = await timed('Mail sink', () =>
    startMailSink({
      port: ports.smtp,
      viewerPort: ports.mailViewer,
      fallbackToFreePort: true,
    }),
  );

  // Checkout talks to stripe-mock unless STRIPE_API_BASE points elsewhere (Stripe's test mode).
  const stripeMock = await timed('Stripe (stripe-mock)', async () =>
    resolveStripeMock((await isPortOpen(ports.stripeMock)) ? undefined : ports.stripeMock),
  );
  say.plain(`  using ${stripeMock.source} at ${stripeMock.url}`);

  const bundlePath = path.join(stateDir, 'build', 'workflow-bundle.js');
  say.plain(
    `  workflow bundle: ${await timed('Workflow bundle', () => buildWorkflowBundle(bundlePath))}`,
  );
  for (const app of ['storefront', 'admin'] as const) {
    say.plain(
      `  ${app}: ${await timed(`Next.js build of ${app}`, () => buildNextApp(app, logDir))}`,
    );
  }

  const plan: PlatformPlan = {
    databasePrefix: 'mpb',
    logDir,
    postgresAdminUrl: postgres.adminUrl,
    redisUrl: `${redis.url}/0`,
    redisKeyPrefix: 'mpb:',
    temporalAddress: temporal.address,
    taskQueue: 'provisioning',
    secrets,
    routerPort: ports.router,
    routerOpsPort: ports.routerOps,
    controlPlanePort: ports.controlPlane,
    controlPlaneOpsPort: ports.controlPlaneOps,
    workerOpsPort: ports.workerOps,
    adminPort: ports.admin,
    adminOpsPort: ports.adminOps,
    cells: cells.map((cell) => ({
      id: cell.id,
      capacity: 2000,
      apiPort: cell.apiPort,
      apiOpsPort: cell.apiOpsPort,
      storefrontPort: cell.storefrontPort,
      storefrontOpsPort: cell.storefrontOpsPort,
      workerOpsPort: cell.workerOpsPort,
      redisUrl: `${redis.url}/${cell.redisDb}`,
      redisKeyPrefix: '',
    })),
    workflowBundlePath: bundlePath,
    smtpUrl: mail.smtpUrl,
    ...(temporal.uiUrl ? { temporalUiUrl: temporal.uiUrl } : {}),
    stripeApiBase: stripeMock.url,
    withWebApps: true,
    onProgress: (message) => say.step(message),
    onUnexpectedExit: (name, code) =>
      say.fail(`${name} exited (code ${code}); see ${path.join(logDir, `${name}.log`)}`),
  };
  let platform;
  try {
    platform = await startPlatform(plan);
  } catch (error) {
    // Leave nothing behind: the services we started would otherwise outlive this process.
    await stripeMock.stop();
    await mail.stop();
    await temporal.stop();
    await redis.stop();
    await postgres.stop();
    throw error;
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say.step('stopping…');
    await platform.stop();
    await stripeMock.stop();
    await mail.stop();
    await temporal.stop();
    await redis.stop();
    await postgres.stop();
    say.ok('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  say.ok(`platform up in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  say.plain(`
  ${say.bold('Admin (sign up, create a store)')}  ${platform.publicUrl}/
  ${say.bold('Platform API')}                     ${platform.publicUrl}/api/v1  (OpenAPI: ${platform.publicUrl}/api/v1/openapi.json)
  ${say.bold('Stores')}                           http://<slug>.localhost:${ports.router}/
  ${say.bold('Temporal UI')}                      ${temporal.uiUrl ?? `(external: ${temporal.address})`}
  ${say.bold('Stripe webhooks')}                  ${platform.publicUrl}/api/v1/webhooks/stripe  (signing secret in .mpb/secrets.json; API ${stripeMock.url})
  ${say.bold('Mail (stores, invitations)')}       ${mail.viewerUrl ?? ''}  (SMTP ${mail.smtpUrl})
  ${say.bold('Metrics')}                          router :${ports.routerOps}  control plane :${ports.controlPlaneOps}  worker :${ports.workerOps}  cells ${cells.map((cell) => `:${cell.apiOpsPort}`).join(' ')}  cell workers ${cells.map((cell) => `:${cell.workerOpsPort}`).join(' ')}  storefronts ${cells.map((cell) => `:${cell.storefrontOpsPort}`).join(' ')}  admin :${ports.adminOps}
  ${say.bold('Super-admin')}                      ${secrets.superAdminEmail} / ${secrets.superAdminPassword}  (from .mpb/secrets.json)
  ${say.bold('Logs')}                             ${logDir}/

  Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
  say.fail(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
