import type { CellTenantBody, ProvisioningStep, Route } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { findCell, pickLeastLoadedSharedCell } from '../cells/repository';
import { findBrandColours } from '../onboarding/repository';
import type { PublicUrls } from '../public-urls';
import { findTenantById, recordAudit, type TenantRow } from '../tenants/repository';
import { runOnce } from './run-once';

/** A failure no retry can fix; the worker turns it into a non-retryable workflow failure. */
export class ProvisioningError extends Error {
  constructor(
    readonly reason:
      'TENANT_MISSING' | 'SLUG_TAKEN' | 'NO_CAPACITY' | 'CELL_MISSING' | 'OWNER_MISSING',
    message: string,
  ) {
    super(message);
    this.name = 'ProvisioningError';
  }
}

export interface ProvisioningContext {
  db: Knex;
  urls: PublicUrls;
  /** The workflow id: every effect below is recorded under `${workflowId}:${step}`. */
  workflowId: string;
}

async function requireTenant(db: Knex, tenantId: string): Promise<TenantRow> {
  const tenant = await findTenantById(db, tenantId);
  if (!tenant) throw new ProvisioningError('TENANT_MISSING', `tenant ${tenantId} does not exist`);
  return tenant;
}

/** Marks a step done for the progress the admin shows; repeated calls change nothing. */
async function completeStep(trx: Knex, tenantId: string, step: ProvisioningStep): Promise<void> {
  await trx.raw(
    `update tenants set completed_steps = array_append(completed_steps, ?)
     where id = ? and not (? = any(completed_steps))`,
    [step, tenantId, step],
  );
}

/** Step 1: the store's subdomain becomes a reserved domain of this tenant. */
export async function reserveSlug(
  context: ProvisioningContext,
  tenantId: string,
): Promise<{ host: string }> {
  return runOnce(context.db, `${context.workflowId}:reserve-slug`, async (trx) => {
    const tenant = await requireTenant(trx, tenantId);
    const host = context.urls.subdomainHost(tenant.slug);
    await trx('domains')
      .insert({ hostname: host, tenant_id: tenantId, kind: 'subdomain', status: 'reserved' })
      .onConflict('hostname')
      .ignore();
    const domain = await trx('domains').where({ hostname: host }).first<{ tenant_id: string }>();
    if (domain.tenant_id !== tenantId)
      throw new ProvisioningError('SLUG_TAKEN', `${host} belongs to another tenant`);
    await completeStep(trx, tenantId, 'reserve-slug');
    return { host };
  });
}

/** Step 2: least-loaded shared cell below capacity; a tenant already placed stays where it is. */
export async function placeTenant(
  context: ProvisioningContext,
  tenantId: string,
): Promise<{ cellId: string }> {
  return runOnce(context.db, `${context.workflowId}:place-tenant`, async (trx) => {
    const tenant = await requireTenant(trx, tenantId);
    if (tenant.cell_id) {
      await completeStep(trx, tenantId, 'place-tenant');
      return { cellId: tenant.cell_id };
    }
    const cell = await pickLeastLoadedSharedCell(trx);
    if (!cell)
      throw new ProvisioningError('NO_CAPACITY', 'no shared cell has room for another tenant');
    await trx('cells').where({ id: cell.id }).increment('tenant_count', 1);
    await trx('tenants').where({ id: tenantId }).update({ cell_id: cell.id });
    await completeStep(trx, tenantId, 'place-tenant');
    await recordAudit(trx, {
      actor: 'workflow',
      action: 'tenant.placed',
      tenantId,
      data: { cellId: cell.id },
    });
    return { cellId: cell.id };
  });
}

/** What step 3 sends to the cell: the tenant, its hosts and its owner. */
export async function describeTenantForCell(
  context: ProvisioningContext,
  tenantId: string,
): Promise<{ apiUrl: string; body: CellTenantBody }> {
  const tenant = await requireTenant(context.db, tenantId);
  if (!tenant.cell_id)
    throw new ProvisioningError('CELL_MISSING', `tenant ${tenantId} is not placed`);
  const cell = await findCell(context.db, tenant.cell_id);
  if (!cell)
    throw new ProvisioningError('CELL_MISSING', `cell ${tenant.cell_id} is not registered`);
  const owner = await context
    .db('users')
    .where({ id: tenant.created_by })
    .first<{ id: string; email: string } | undefined>();
  if (!owner) throw new ProvisioningError('OWNER_MISSING', `owner of ${tenantId} no longer exists`);
  // Custom domains entered in the wizard wait for verification; only subdomains go now.
  const hosts = await context
    .db('domains')
    .where({ tenant_id: tenantId, kind: 'subdomain' })
    .pluck<string[]>('hostname');
  const theme = await findBrandColours(context.db, tenantId);
  return {
    apiUrl: cell.api_url,
    body: {
      slug: tenant.slug,
      name: tenant.name,
      niche: tenant.niche as CellTenantBody['niche'],
      currency: tenant.currency as CellTenantBody['currency'],
      language: tenant.language as CellTenantBody['language'],
      country: tenant.country,
      template: tenant.template,
      hosts,
      owner: { userId: owner.id, email: owner.email },
      ...(theme ? { theme } : {}),
    },
  };
}

export async function recordCellCreated(
  context: ProvisioningContext,
  tenantId: string,
): Promise<void> {
  await completeStep(context.db, tenantId, 'create-in-cell');
}

/** Step 4 (database half): the tenant's domains become active and are returned as routes. */
export async function activateRoutes(
  context: ProvisioningContext,
  tenantId: string,
): Promise<Route[]> {
  const result = await runOnce(context.db, `${context.workflowId}:activate-routes`, async (trx) => {
    const tenant = await requireTenant(trx, tenantId);
    if (!tenant.cell_id)
      throw new ProvisioningError('CELL_MISSING', `tenant ${tenantId} is not placed`);
    await trx('domains')
      .where({ tenant_id: tenantId, status: 'reserved' })
      .update({ status: 'active', updated_at: trx.fn.now() });
    const hosts = await trx('domains')
      .where({ tenant_id: tenantId, status: 'active' })
      .pluck<string[]>('hostname');
    return { routes: hosts.map((host) => ({ host, tenantId, cellId: tenant.cell_id as string })) };
  });
  return result.routes;
}

export async function recordRoutesPublished(
  context: ProvisioningContext,
  tenantId: string,
): Promise<void> {
  await completeStep(context.db, tenantId, 'publish-route');
}

/** Compensation for step 4: the tenant's hosts stop routing; returns the hosts to unpublish. */
export async function deactivateRoutes(
  context: ProvisioningContext,
  tenantId: string,
): Promise<string[]> {
  await context
    .db('domains')
    .where({ tenant_id: tenantId, status: 'active' })
    .update({ status: 'reserved', updated_at: context.db.fn.now() });
  await context.db.raw(
    `update tenants set completed_steps = array_remove(completed_steps, 'publish-route') where id = ?`,
    [tenantId],
  );
  return context.db('domains').where({ tenant_id: tenantId }).pluck<string[]>('hostname');
}

/** Where compensation for step 3 must go: the API of the cell the tenant was placed in, if any. */
export async function placedCellApiUrl(
  context: ProvisioningContext,
  tenantId: string,
): Promise<string | undefined> {
  const row = await context
    .db('tenants')
    .join('cells', 'cells.id', 'tenants.cell_id')
    .where('tenants.id', tenantId)
    .first<{ api_url: string } | undefined>('cells.api_url');
  return row?.api_url;
}

/** Step 5. `onReady` receives the provisioning time once, when the tenant first becomes ready. */
export async function markTenantReady(
  context: ProvisioningContext,
  tenantId: string,
  onReady?: (seconds: number) => void,
): Promise<{ readyAt: string; seconds: number }> {
  return runOnce(
    context.db,
    `${context.workflowId}:mark-ready`,
    async (trx) => {
      const [row] = await trx('tenants')
        .where({ id: tenantId })
        .update({ status: 'ready', ready_at: trx.fn.now(), provisioning_error: null })
        .returning<{ ready_at: Date; created_at: Date }[]>(['ready_at', 'created_at']);
      if (!row) throw new ProvisioningError('TENANT_MISSING', `tenant ${tenantId} does not exist`);
      await completeStep(trx, tenantId, 'mark-ready');
      await recordAudit(trx, { actor: 'workflow', action: 'tenant.ready', tenantId });
      return {
        readyAt: row.ready_at.toISOString(),
        seconds: (row.ready_at.getTime() - row.created_at.getTime()) / 1000,
      };
    },
    (result) => onReady?.(result.seconds),
  );
}

/** Compensation for step 2: gives the cell its slot back. */
export async function releasePlacement(
  context: ProvisioningContext,
  tenantId: string,
): Promise<void> {
  await runOnce(context.db, `${context.workflowId}:release-placement`, async (trx) => {
    const tenant = await trx('tenants')
      .where({ id: tenantId })
      .forUpdate()
      .first<TenantRow | undefined>();
    if (!tenant?.cell_id) return { released: false };
    await trx('cells').where({ id: tenant.cell_id }).decrement('tenant_count', 1);
    await trx('tenants').where({ id: tenantId }).update({ cell_id: null });
    return { released: true, cellId: tenant.cell_id };
  });
}

/** Compensation for step 1: frees the subdomain for someone else. */
export async function releaseSlug(context: ProvisioningContext, tenantId: string): Promise<void> {
  await context.db('domains').where({ tenant_id: tenantId, status: 'reserved' }).delete();
}

/**
 * Records the failure after compensations ran. The workflow's effect records are cleared with
 * it: the effects were undone, and a new run under the same workflow id must redo them.
 */
export async function markTenantFailed(
  context: ProvisioningContext,
  tenantId: string,
  reason: string,
): Promise<void> {
  await context.db.transaction(async (trx) => {
    await trx('activity_effects').whereLike('idempotency_key', `${context.workflowId}:%`).delete();
    await trx('tenants')
      .where({ id: tenantId })
      .update({
        status: 'failed',
        provisioning_error: reason.slice(0, 1000),
        completed_steps: '{}',
      });
    await recordAudit(trx, {
      actor: 'workflow',
      action: 'tenant.provisioning_failed',
      tenantId,
      data: { reason },
    });
  });
}
