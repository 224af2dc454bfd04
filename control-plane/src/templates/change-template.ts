import type { Knex } from '@mpb/db';
import type { CellClient } from '../cells/cell-client';
import { recordAudit, type TenantRow } from '../tenants/repository';
import { syncTenantToCell } from '../tenants/sync-tenant-to-cell';
import { requireActiveTemplate } from './repository';

/**
 * Switches a store's storefront template. Only the template changes: products, pages and
 * settings live in the cell and are not touched. The caller has checked the member's role.
 */
export async function changeTemplate(
  deps: { db: Knex; cellClient: CellClient },
  input: { tenantId: string; userId: string; template: string; field: string },
): Promise<TenantRow> {
  const template = await requireActiveTemplate(deps.db, input.template, input.field);
  const row = await deps.db.transaction(async (trx) => {
    const previous = await trx<TenantRow>('tenants')
      .where({ id: input.tenantId })
      .forUpdate()
      .first();
    if (!previous) throw new Error(`tenant ${input.tenantId} vanished`);
    if (previous.template === template) return previous;
    const [updated] = await trx<TenantRow>('tenants')
      .where({ id: input.tenantId })
      .update({ template })
      .returning('*');
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: input.userId,
      action: 'tenant.template_changed',
      tenantId: input.tenantId,
      data: { from: previous.template, to: template },
    });
    if (!updated) throw new Error(`tenant ${input.tenantId} vanished`);
    return updated;
  });
  // Sent even when unchanged here: a retry after the cell was unreachable must reach it.
  await syncTenantToCell(deps, input.tenantId, { template: true });
  return row;
}
