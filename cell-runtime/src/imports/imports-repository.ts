import type { Knex } from '@mpb/db';
import type { ImportFormat } from './detect-format';

export interface ImportRow {
  id: string;
  tenant_id: string;
  format: ImportFormat;
  filename: string;
  status: 'running' | 'completed' | 'failed';
  total_rows: number;
  created_count: number;
  updated_count: number;
  failed_count: number;
  error: string | null;
  created_by: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export interface RowErrorRow {
  id: number;
  row_number: number;
  sku: string | null;
  field: string | null;
  message: string;
}

export type ImportOutcome = Pick<
  ImportRow,
  'status' | 'total_rows' | 'created_count' | 'updated_count' | 'failed_count' | 'error'
>;

/** All of these run inside `withTenant`: RLS confines them to one store. */

export async function insertImport(
  trx: Knex.Transaction,
  row: Pick<ImportRow, 'id' | 'tenant_id' | 'format' | 'filename' | 'created_by'>,
): Promise<ImportRow> {
  const [inserted] = await trx<ImportRow>('imports')
    .insert({ ...row, status: 'running' })
    .returning('*');
  return inserted as ImportRow;
}

export async function finishImport(
  trx: Knex.Transaction,
  id: string,
  outcome: ImportOutcome,
): Promise<ImportRow> {
  const [row] = await trx<ImportRow>('imports')
    .where({ id })
    .update({ ...outcome, finished_at: trx.fn.now() as unknown as Date })
    .returning('*');
  return row as ImportRow;
}

export async function insertRowErrors(
  trx: Knex.Transaction,
  tenantId: string,
  importId: string,
  errors: { row: number; sku: string | null; field: string | null; message: string }[],
): Promise<void> {
  if (errors.length === 0) return;
  await trx('import_row_errors').insert(
    errors.map((error) => ({
      tenant_id: tenantId,
      import_id: importId,
      row_number: error.row,
      sku: error.sku,
      field: error.field,
      message: error.message,
    })),
  );
}

export async function findImport(
  trx: Knex.Transaction,
  id: string,
): Promise<ImportRow | undefined> {
  return trx<ImportRow>('imports').where({ id }).first();
}

/** Newest first, keyset-paginated on (created_at, id); one extra row tells if there is more. */
export async function listImports(
  trx: Knex.Transaction,
  filter: { limit: number; after?: { createdAt: string; id: string } },
): Promise<ImportRow[]> {
  const query = trx<ImportRow>('imports')
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit + 1);
  if (filter.after) {
    void query.whereRaw('(created_at, id) < (?::timestamptz, ?::uuid)', [
      filter.after.createdAt,
      filter.after.id,
    ]);
  }
  return query;
}

/** Row errors in file order, a page at a time after `after` (the last error of the page before). */
export async function rowErrorsOf(
  trx: Knex.Transaction,
  importId: string,
  page: { limit: number; after?: Pick<RowErrorRow, 'row_number' | 'id'> },
): Promise<RowErrorRow[]> {
  const query = trx('import_row_errors')
    .where({ import_id: importId })
    .orderBy([{ column: 'row_number' }, { column: 'id' }])
    .limit(page.limit)
    .select<RowErrorRow[]>('id', 'row_number', 'sku', 'field', 'message');
  if (page.after) {
    void query.whereRaw('(row_number, id) > (?, ?)', [page.after.row_number, page.after.id]);
  }
  return query;
}
