import { MockActivityEnvironment } from '@temporalio/testing';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { WorkflowFailedError } from '@temporalio/client';
import { provisionTenantWorkflowId, type CreateTenantBody } from '@mpb/contracts';
import { createTenant, temporalProvisioningStarter } from '@mpb/control-plane';
import { withTenant } from '@mpb/db';
import { testEnv } from '@mpb/testing';
import {
  createProvisioningHarness,
  testWorkflowBundle,
  type ProvisioningHarness,
} from './test/provisioning-harness';
import { createProvisioningWorker } from './worker';

let harness: ProvisioningHarness;
let worker: Worker;
let running: Promise<void>;
let nativeConnection: NativeConnection;

beforeAll(async () => {
  harness = await createProvisioningHarness();
  nativeConnection = await NativeConnection.connect({ address: testEnv().temporalAddress });
  worker = await createProvisioningWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue: harness.taskQueue,
    activities: harness.activities,
    workflowBundle: await testWorkflowBundle(),
  });
  running = worker.run();
}, 60_000);

afterAll(async () => {
  worker.shutdown();
  await running;
  await nativeConnection.close();
  await harness.close();
});

let counter = 0;
const body = (extra: Partial<CreateTenantBody> = {}): CreateTenantBody => ({
  name: 'Loja',
  slug: `prov-${Date.now().toString(36)}-${counter++}`,
  niche: 'food',
  currency: 'BRL',
  language: 'pt-BR',
  country: 'BR',
  template: 'default',
  ...extra,
});

async function provision(extra: Partial<CreateTenantBody> = {}) {
  const user = await harness.createUser();
  const tenant = await createTenant(
    {
      db: harness.controlDb.app,
      provisioning: temporalProvisioningStarter(harness.temporal, harness.taskQueue),
    },
    user.id,
    body(extra),
  );
  const handle = harness.temporal.workflow.getHandle(provisionTenantWorkflowId(tenant.id));
  return { user, tenant, handle };
}

const tenantRow = (id: string) => harness.controlDb.app('tenants').where({ id }).first();
const cellCount = async (cellId: string) =>
  (await harness.controlDb.app('cells').where({ id: cellId }).first()).tenant_count as number;

describe('the provisionTenant workflow', () => {
  beforeAll(async () => {
    await harness.addCell('cell-a');
    await harness.addCell('cell-b', { tenantCount: 5 });
  });

  it('takes a new store to ready: slug reserved, placed, created in the cell, route published', async () => {
    const { user, tenant, handle } = await provision();
    const result = await handle.result();
    const host = `${tenant.slug}.localhost`;
    expect(result).toEqual({ tenantId: tenant.id, cellId: 'cell-a', hosts: [host] });

    const row = await tenantRow(tenant.id);
    expect(row).toMatchObject({ status: 'ready', cell_id: 'cell-a', provisioning_error: null });
    expect(row.completed_steps).toEqual([
      'reserve-slug',
      'place-tenant',
      'create-in-cell',
      'publish-route',
      'mark-ready',
    ]);
    expect(
      await harness.controlDb
        .app('domains')
        .where({ tenant_id: tenant.id })
        .select('hostname', 'status'),
    ).toEqual([{ hostname: host, status: 'active' }]);
    expect(await harness.routeStore.getRoute(host)).toEqual({
      host,
      tenantId: tenant.id,
      cellId: 'cell-a',
    });

    const cell = harness.cells.find((candidate) => candidate.id === 'cell-a')!;
    const inCell = await withTenant(cell.database.app, tenant.id, async (trx) => ({
      tenant: await trx('tenants').first('slug', 'currency'),
      owner: await trx('members').first('user_id', 'role'),
    }));
    expect(inCell).toEqual({
      tenant: { slug: tenant.slug, currency: 'BRL' },
      owner: { user_id: user.id, role: 'owner' },
    });
  });

  it('places each store in the least-loaded shared cell below capacity', async () => {
    await harness.controlDb.app('cells').where({ id: 'cell-a' }).update({ tenant_count: 7 });
    const { handle } = await provision();
    expect((await handle.result()).cellId).toBe('cell-b');
    expect(await cellCount('cell-b')).toBe(6);
    // A full cell is skipped even when it is the least loaded.
    await harness.controlDb
      .app('cells')
      .where({ id: 'cell-b' })
      .update({ tenant_count: 2, capacity: 2 });
    const { handle: next } = await provision();
    expect((await next.result()).cellId).toBe('cell-a');
    expect(await cellCount('cell-a')).toBe(8);
  });

  it('spreads concurrent placements instead of piling them on one cell', async () => {
    await harness.controlDb.app('cells').update({ tenant_count: 100, capacity: 2000 });
    const started = await Promise.all(Array.from({ length: 6 }, () => provision()));
    const cells = await Promise.all(
      started.map(async ({ handle }) => (await handle.result()).cellId),
    );
    expect(cells.filter((cell) => cell === 'cell-a')).toHaveLength(3);
    expect(cells.filter((cell) => cell === 'cell-b')).toHaveLength(3);
    expect([await cellCount('cell-a'), await cellCount('cell-b')]).toEqual([103, 103]);
  });

  it('answers its progress query while it runs and after', async () => {
    const { handle } = await provision();
    await handle.result();
    const progress = await handle.query<{ completedSteps: string[]; failed: boolean }>('progress');
    expect(progress).toMatchObject({
      completedSteps: [
        'reserve-slug',
        'place-tenant',
        'create-in-cell',
        'publish-route',
        'mark-ready',
      ],
      failed: false,
    });
  });

  it('fails cleanly when no cell has room: slug and placement released, tenant failed; a retry succeeds later', async () => {
    // The API refuses up front when no cell has room; here the last slot goes between the
    // API's check and the placement, so the workflow itself must fail cleanly.
    const user = await harness.createUser();
    const tenant = await createTenant(
      { db: harness.controlDb.app, provisioning: { start: async () => undefined } },
      user.id,
      body(),
    );
    await harness.controlDb.app('cells').update({ status: 'draining' });
    await temporalProvisioningStarter(harness.temporal, harness.taskQueue).start({
      tenantId: tenant.id,
      slug: tenant.slug,
    });
    const handle = harness.temporal.workflow.getHandle(provisionTenantWorkflowId(tenant.id));
    await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
    const failed = await tenantRow(tenant.id);
    expect(failed).toMatchObject({ status: 'failed', cell_id: null });
    expect(failed.provisioning_error).toMatch(/no shared cell has room/);
    expect(await harness.controlDb.app('domains').where({ tenant_id: tenant.id })).toEqual([]);

    await harness.controlDb.app('cells').update({ status: 'active', capacity: 2000 });
    const again = await createTenant(
      {
        db: harness.controlDb.app,
        provisioning: temporalProvisioningStarter(harness.temporal, harness.taskQueue),
      },
      user.id,
      body({ slug: tenant.slug }),
    );
    expect(again.id).toBe(tenant.id);
    await harness.temporal.workflow.getHandle(provisionTenantWorkflowId(tenant.id)).result();
    expect(await tenantRow(tenant.id)).toMatchObject({ status: 'ready' });
  });

  it('compensates when the cell refuses the tenant for good', async () => {
    // The cell already has this host for another tenant: a 409 no retry can fix.
    const { tenant: first, handle: firstHandle } = await provision();
    await firstHandle.result();
    const placedIn = (await tenantRow(first.id)).cell_id as string;
    const before = await cellCount(placedIn);
    const clashSlug = `clash-${Date.now().toString(36)}`;
    const cell = harness.cells.find((candidate) => candidate.id === placedIn)!;
    await withTenant(cell.database.app, first.id, (trx) =>
      trx('tenant_domains').insert({ hostname: `${clashSlug}.localhost`, tenant_id: first.id }),
    );
    // Make sure the new tenant lands in that same cell.
    await harness.controlDb.app('cells').whereNot({ id: placedIn }).update({ status: 'draining' });
    const { tenant, handle } = await provision({ slug: clashSlug });
    await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
    const row = await tenantRow(tenant.id);
    expect(row).toMatchObject({ status: 'failed', cell_id: null });
    expect(await cellCount(placedIn)).toBe(before);
    await harness.controlDb.app('cells').update({ status: 'active' });
  });

  it('waits out a cell that is down and finishes when it is back', async () => {
    await harness.controlDb.app('cells').where({ id: 'cell-b' }).update({ status: 'draining' });
    const cellA = harness.cells.find((candidate) => candidate.id === 'cell-a')!;
    await cellA.stop();
    const { tenant, handle } = await provision();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await tenantRow(tenant.id)).status).toBe('provisioning');
    await cellA.start();
    await handle.result();
    expect(await tenantRow(tenant.id)).toMatchObject({ status: 'ready', cell_id: 'cell-a' });
    await harness.controlDb.app('cells').update({ status: 'active' });
  });

  it('undoes a provisioned tenant completely with the later compensations', async () => {
    const { tenant, handle } = await provision();
    const { cellId } = await handle.result();
    const host = `${tenant.slug}.localhost`;
    const cell = harness.cells.find((candidate) => candidate.id === cellId)!;
    // Run the compensations as the workflow would, with its workflow id.
    const env = new MockActivityEnvironment({
      workflowExecution: {
        workflowId: provisionTenantWorkflowId(tenant.id),
        runId: 'compensation-test',
      },
    });
    await env.run(harness.activities.unpublishRoutes, tenant.id);
    await env.run(harness.activities.removeTenantFromCell, tenant.id);
    await env.run(harness.activities.removeTenantFromCell, tenant.id); // idempotent

    expect(await harness.routeStore.getRoute(host)).toBeUndefined();
    expect(
      await harness.controlDb.app('domains').where({ tenant_id: tenant.id }).pluck('status'),
    ).toEqual(['reserved']);
    const left = await withTenant(cell.database.app, tenant.id, async (trx) => ({
      tenants: (await trx('tenants').select('id')).length,
      members: (await trx('members').select('user_id')).length,
      domains: (await trx('tenant_domains').select('hostname')).length,
    }));
    expect(left).toEqual({ tenants: 0, members: 0, domains: 0 });
  });
});
