import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { RouteStore } from '@mpb/routing';
import { recordAudit, type TenantRow } from '../tenants/repository';

export interface SuspensionDeps {
  db: Knex;
  routeStore: RouteStore;
}

/**
 * Suspends a ready store, or lifts a suspension. The database says so first; then each of the
 * store's routes is published again with `suspended` set (or cleared), and the router answers
 * an unavailable page for its hosts instead of forwarding. Both are audited with the operator
 * and the reason. Repeating either is harmless and republishes the routes, which is how a
 * Redis hiccup after the database change is fixed.
 */
export async function setTenantSuspended(
  deps: SuspensionDeps,
  input: { tenantId: string; operatorId: string; suspend: boolean; reason: string | undefined },
): Promise<void> {
  const tenant = await deps.db.transaction(async (trx) => {
    const row = await trx<TenantRow>('tenants').where({ id: input.tenantId }).forUpdate().first();
    if (!row) throw AppError.notFound('Store');
    const target = input.suspend ? 'suspended' : 'ready';
    if (row.status === target) return row;
    if (row.status !== (input.suspend ? 'ready' : 'suspended')) {
      throw new AppError(
        'INVALID_STATE',
        input.suspend
          ? `The store is ${row.status}; only a ready store can be suspended`
          : `The store is ${row.status}; only a suspended store can be resumed`,
      );
    }
    const [updated] = await trx<TenantRow>('tenants')
      .where({ id: row.id })
      .update(
        input.suspend
          ? {
              status: 'suspended',
              suspended_reason: input.reason,
              suspended_at: trx.fn.now() as unknown as Date,
            }
          : { status: 'ready', suspended_reason: null, suspended_at: null },
      )
      .returning('*');
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: input.operatorId,
      action: input.suspend ? 'tenant.suspended' : 'tenant.resumed',
      tenantId: row.id,
      data: { reason: input.reason ?? null },
    });
    if (!updated) throw AppError.notFound('Store');
    return updated;
  });
  await publishRoutes(deps, tenant);
}

async function publishRoutes(deps: SuspensionDeps, tenant: TenantRow): Promise<void> {
  if (!tenant.cell_id) return;
  const hosts = await deps
    .db('domains')
    .where({ tenant_id: tenant.id, status: 'active' })
    .pluck<string[]>('hostname');
  const suspended = tenant.status === 'suspended';
  for (const host of hosts) {
    await deps.routeStore.putRoute({
      host,
      tenantId: tenant.id,
      cellId: tenant.cell_id,
      ...(suspended ? { suspended: true } : {}),
    });
  }
}
