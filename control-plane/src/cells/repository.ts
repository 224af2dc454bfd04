import type { Cell } from '@mpb/contracts';
import type { Knex } from '@mpb/db';

export interface CellRow {
  id: string;
  kind: 'shared' | 'dedicated';
  region: string;
  status: 'provisioning' | 'active' | 'draining' | 'retired';
  capacity: number;
  tenant_count: number;
  api_url: string;
  storefront_url: string;
  created_at: Date;
  updated_at: Date;
}

export function toCellView(row: CellRow): Cell {
  return {
    id: row.id,
    kind: row.kind,
    region: row.region,
    status: row.status,
    capacity: row.capacity,
    tenantCount: row.tenant_count,
    apiUrl: row.api_url,
    storefrontUrl: row.storefront_url,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listCells(db: Knex): Promise<CellRow[]> {
  return db<CellRow>('cells').orderBy('id');
}

export async function findCell(db: Knex, id: string): Promise<CellRow | undefined> {
  return db<CellRow>('cells').where({ id }).first();
}

export async function upsertCell(
  db: Knex,
  cell: Pick<
    CellRow,
    'id' | 'kind' | 'region' | 'status' | 'capacity' | 'api_url' | 'storefront_url'
  >,
): Promise<CellRow> {
  const [row] = await db<CellRow>('cells')
    .insert(cell)
    .onConflict('id')
    .merge({ ...cell, updated_at: db.fn.now() as unknown as Date })
    .returning('*');
  return row as CellRow;
}

/**
 * Picks the least-loaded active shared cell with room. Placements are serialised with a
 * transaction-scoped advisory lock: row locks alone would let two concurrent placements both
 * pick the same "least loaded" cell, since a waiting SELECT ... FOR UPDATE re-checks its row
 * but not its ORDER BY. Returns undefined when every shared cell is full.
 */
export async function pickLeastLoadedSharedCell(
  trx: Knex.Transaction,
): Promise<CellRow | undefined> {
  await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['mpb:cell-placement']);
  return trx<CellRow>('cells')
    .where({ kind: 'shared', status: 'active' })
    .whereRaw('tenant_count < capacity')
    .orderBy([
      { column: 'tenant_count', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .first();
}
