import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { CellRejectedError } from '../cells/cell-client';
import { findCell } from '../cells/repository';
import type { TenantRow } from '../tenants/repository';

/**
 * Where the store's cell API listens, or `undefined` while the store is not created there yet:
 * provisioning creates it with its owner, the only member a store has before it is ready.
 */
export async function cellApiOf(db: Knex, tenant: TenantRow): Promise<string | undefined> {
  if (!tenant.cell_id || !tenant.completed_steps.includes('create-in-cell')) return undefined;
  const cell = await findCell(db, tenant.cell_id);
  if (!cell) throw new Error(`cell ${tenant.cell_id} of tenant ${tenant.id} is not registered`);
  return cell.api_url;
}

/**
 * A failed cell call as the request answers it: a cell that cannot be reached (or answered
 * 5xx) is a 503 to retry; a refusal means the two sides disagree, a bug to look into (500).
 */
export function toCellFailure(error: unknown): unknown {
  if (error instanceof CellRejectedError) return error;
  return new AppError(
    'UNAVAILABLE',
    'The store’s cell is unavailable; nothing changed, retry shortly',
    {
      cause: error,
    },
  );
}
