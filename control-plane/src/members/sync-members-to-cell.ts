import type { ReplaceMembersResult } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { CellClient } from '../cells/cell-client';
import { cellApiOf, toCellFailure } from './cell-of-store';
import { listMemberships, lockStoreForStaffChange } from './repository';

/**
 * The reconciliation of ADR 0020: makes the store's members in its cell exactly the control
 * plane's, in one idempotent cell call, under the store's staff lock so no change overtakes it.
 * Used where the two may have drifted (a cell that refused a change for an owner it does not
 * have, an operator repairing a store); a store not yet in its cell answers `not-in-cell`.
 * A cell that cannot be reached is a 503, and running it again is always safe.
 */
export async function syncMembersToCell(
  deps: { db: Knex; cellClient: CellClient },
  tenantId: string,
): Promise<ReplaceMembersResult | 'not-in-cell'> {
  return deps.db.transaction(async (trx) => {
    const tenant = await lockStoreForStaffChange(trx, tenantId);
    if (!tenant) throw AppError.notFound('Store');
    const apiUrl = await cellApiOf(trx, tenant);
    if (!apiUrl) return 'not-in-cell';
    return pushMembersToCell(trx, deps.cellClient, { tenantId, apiUrl });
  });
}

/** Sends the memberships as `trx` sees them to the cell; the caller holds the store's lock. */
export async function pushMembersToCell(
  trx: Knex.Transaction,
  cellClient: CellClient,
  target: { tenantId: string; apiUrl: string },
): Promise<ReplaceMembersResult> {
  const members = (await listMemberships(trx, target.tenantId)).map((row) => ({
    userId: row.user_id,
    email: row.email,
    role: row.role,
  }));
  try {
    return await cellClient.replaceMembers(target.apiUrl, target.tenantId, { members });
  } catch (error) {
    throw toCellFailure(error);
  }
}
