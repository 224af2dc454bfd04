import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { CellRejectedError, type CellClient } from '../cells/cell-client';
import { findCell } from '../cells/repository';
import { findTenantForMember, recordAudit, type TenantRow } from './repository';

export interface PublishTenantDeps {
  db: Knex;
  cellClient: CellClient;
}

/**
 * Puts a ready store live (or offline). The cell is told first: it is what serves shoppers,
 * and its call is idempotent, so a failure half-way is fixed by retrying the request.
 */
export async function publishTenant(
  deps: PublishTenantDeps,
  input: { userId: string; tenantId: string; live: boolean },
): Promise<TenantRow> {
  const tenant = await findTenantForMember(deps.db, input.tenantId, input.userId);
  if (!tenant) throw AppError.notFound('Store');
  if (tenant.role !== 'owner' && tenant.role !== 'admin') {
    throw new AppError('FORBIDDEN', 'Only the store’s owner or admins can publish it');
  }
  if (tenant.status !== 'ready' || !tenant.cell_id) {
    throw new AppError(
      'INVALID_STATE',
      `The store is ${tenant.status}; it can be published once it is ready`,
    );
  }
  const cell = await findCell(deps.db, tenant.cell_id);
  if (!cell) throw new Error(`cell ${tenant.cell_id} of tenant ${tenant.id} is not registered`);
  try {
    await deps.cellClient.setLive(cell.api_url, tenant.id, input.live);
  } catch (error) {
    if (error instanceof CellRejectedError) throw error;
    throw new AppError('UNAVAILABLE', 'The store’s cell is unavailable; retry shortly', {
      cause: error,
    });
  }
  return deps.db.transaction(async (trx) => {
    const [row] = await trx<TenantRow>('tenants')
      .where({ id: tenant.id })
      .update({ live: input.live })
      .returning('*');
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: input.userId,
      action: input.live ? 'tenant.published' : 'tenant.unpublished',
      tenantId: tenant.id,
    });
    if (!row) throw AppError.notFound('Store');
    return row;
  });
}
