import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { provisionTenantWorkflowId } from '@mpb/contracts';
import { createTenant, temporalProvisioningStarter } from '@mpb/control-plane';
import { withTenant } from '@mpb/db';
import { testEnv, uniqueId } from '@mpb/testing';
import { createProvisioningHarness, type ProvisioningHarness } from './test/provisioning-harness';
import { workflowsPath } from './worker';

jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Sits between the worker and the cell. In `hold` mode it forwards the first request, lets the
 * cell commit it, and then never answers: the worker is killed while waiting, exactly the
 * moment an activity's effect exists but Temporal has not heard of it.
 */
function createHoldingProxy(targetPort: number) {
  let hold = true;
  const calls: { method: string; path: string; status: number; body: string }[] = [];
  const held: http.ServerResponse[] = [];
  let onCommitted: () => void = () => undefined;
  const committed = new Promise<void>((resolve) => (onCommitted = resolve));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void fetch(`http://127.0.0.1:${targetPort}${req.url}`, {
        method: req.method,
        headers: {
          authorization: req.headers.authorization ?? '',
          'content-type': 'application/json',
        },
        body: Buffer.concat(chunks),
      }).then(async (response) => {
        const text = await response.text();
        calls.push({
          method: req.method ?? '',
          path: req.url ?? '',
          status: response.status,
          body: text,
        });
        if (hold && req.method === 'PUT') {
          held.push(res);
          onCommitted();
          return;
        }
        res.writeHead(response.status, { 'content-type': 'application/json' }).end(text);
      });
    });
  });
  return {
    server,
    calls,
    committed,
    release() {
      hold = false;
      for (const res of held) res.destroy();
    },
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let harness: ProvisioningHarness;
let bundlePath: string;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  harness = await createProvisioningHarness();
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} },
  });
  bundlePath = path.join(os.tmpdir(), `mpb-workflow-bundle-${uniqueId()}.js`);
  writeFileSync(bundlePath, code);
}, 60_000);

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
  await harness.close();
});

async function startWorkerProcess(): Promise<ChildProcess> {
  const opsPort = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'workflows/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      OPS_PORT: String(opsPort),
      DATABASE_URL: harness.controlDb.appUrl,
      REDIS_URL: harness.redis.url,
      REDIS_KEY_PREFIX: harness.redis.prefix,
      TEMPORAL_ADDRESS: testEnv().temporalAddress,
      TEMPORAL_TASK_QUEUE: harness.taskQueue,
      INTERNAL_API_TOKEN: harness.internalToken,
      PUBLIC_BASE_URL: 'http://localhost:8080',
      WORKFLOW_BUNDLE_PATH: bundlePath,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${opsPort}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return child;
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('worker did not become ready');
}

it('finishes provisioning with every resource created once when the worker is killed mid-activity', async () => {
  const cell = await harness.addCell('crash-cell');
  const proxy = createHoldingProxy(cell.port);
  const proxyPort = await proxy.listen();
  await harness.controlDb
    .app('cells')
    .where({ id: 'crash-cell' })
    .update({ api_url: `http://127.0.0.1:${proxyPort}` });

  const firstWorker = await startWorkerProcess();
  const user = await harness.createUser();
  const tenant = await createTenant(
    {
      db: harness.controlDb.app,
      provisioning: temporalProvisioningStarter(harness.temporal, harness.taskQueue),
    },
    user.id,
    {
      name: 'Crash',
      slug: `crash-${uniqueId(6)}`,
      niche: 'books',
      currency: 'EUR',
      language: 'es',
      country: 'ES',
      template: 'default',
    },
  );

  // The cell has created the tenant; the worker is still waiting for the answer. Kill it.
  await proxy.committed;
  firstWorker.kill('SIGKILL');
  await new Promise((resolve) => firstWorker.once('exit', resolve));
  proxy.release();

  await startWorkerProcess();
  const handle = harness.temporal.workflow.getHandle(provisionTenantWorkflowId(tenant.id));
  const result = await handle.result();
  expect(result.cellId).toBe('crash-cell');

  // The control plane: ready, one placement, one domain, each effect recorded once.
  const row = await harness.controlDb.app('tenants').where({ id: tenant.id }).first();
  expect(row).toMatchObject({ status: 'ready', cell_id: 'crash-cell' });
  expect(
    (await harness.controlDb.app('cells').where({ id: 'crash-cell' }).first()).tenant_count,
  ).toBe(1);
  expect(
    await harness.controlDb.app('domains').where({ tenant_id: tenant.id }).select('status'),
  ).toEqual([{ status: 'active' }]);
  const effects = await harness.controlDb
    .app('activity_effects')
    .whereLike('idempotency_key', `${provisionTenantWorkflowId(tenant.id)}:%`)
    .pluck('idempotency_key');
  expect(effects.map((key: string) => key.split(':').pop()).sort()).toEqual([
    'activate-routes',
    'mark-ready',
    'place-tenant',
    'reserve-slug',
  ]);

  // The cell was asked twice (the retry after the crash) but created everything once.
  const puts = proxy.calls.filter((call) => call.method === 'PUT');
  expect(puts.length).toBeGreaterThanOrEqual(2);
  expect(JSON.parse(puts[0]!.body)).toEqual({ tenantId: tenant.id, created: true });
  expect(puts.slice(1).every((call) => JSON.parse(call.body).created === false)).toBe(true);
  const inCell = await withTenant(cell.database.app, tenant.id, async (trx) => ({
    tenants: (await trx('tenants').select('id')).length,
    domains: (await trx('tenant_domains').select('hostname')).length,
    members: (await trx('members').select('user_id')).length,
    config: (await trx('storefront_config').select('tenant_id')).length,
    provisionedAudit: (await trx('audit_logs').where({ action: 'tenant.provisioned' }).select('id'))
      .length,
  }));
  expect(inCell).toEqual({ tenants: 1, domains: 1, members: 1, config: 1, provisionedAudit: 1 });
  expect(await harness.routeStore.getRoute(`${tenant.slug}.localhost`)).toMatchObject({
    tenantId: tenant.id,
  });

  // And Temporal's history shows the activity really was retried after the crash.
  const history = await handle.fetchHistory();
  const attempts = (history.events ?? [])
    .filter((event) => event.activityTaskStartedEventAttributes)
    .map((event) => event.activityTaskStartedEventAttributes?.attempt ?? 1);
  expect(Math.max(...attempts)).toBeGreaterThanOrEqual(2);
  await proxy.close();
});
