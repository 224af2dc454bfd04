import type { Knex } from '@mpb/db';
import { CellRejectedError, type CellClient } from '../cells/cell-client';
import { toCellFailure } from './cell-of-store';
import { pushMembersToCell } from './sync-members-to-cell';

/**
 * Runs one member's write in the store's cell, inside the change's transaction and under the
 * store's staff lock. A 409 from the cell means its owners are not the control plane's (the
 * change passed the last-owner check here): the whole list, this change included, then
 * replaces the cell's members. Any other failure leaves the transaction to roll back.
 */
export async function writeMemberToCell(
  trx: Knex.Transaction,
  cellClient: CellClient,
  target: { tenantId: string; apiUrl: string },
  write: () => Promise<unknown>,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof CellRejectedError && error.status === 409) {
      await pushMembersToCell(trx, cellClient, target);
      return;
    }
    throw toCellFailure(error);
  }
}
