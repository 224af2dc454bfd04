import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { findImport, rowErrorsOf, type RowErrorRow } from './imports-repository';
import type { Sheet, SheetCell } from './send-sheet';

const pageSize = 1000;

/**
 * Every row error of an import, for download. Checks the import exists in this store first,
 * so a foreign id is a 404 and not an empty file.
 */
export async function errorReportSheet(
  db: Knex,
  tenantId: string,
  importId: string,
): Promise<Sheet> {
  const found = await withTenant(db, tenantId, (trx) => findImport(trx, importId));
  if (!found) throw AppError.notFound('Import');
  return {
    name: `import-${importId}-errors`,
    header: ['row', 'sku', 'field', 'message'],
    rows: errorRows(db, tenantId, importId),
  };
}

async function* errorRows(
  db: Knex,
  tenantId: string,
  importId: string,
): AsyncGenerator<SheetCell[]> {
  let after: RowErrorRow | undefined;
  for (;;) {
    const page = await withTenant(db, tenantId, (trx) =>
      rowErrorsOf(trx, importId, { limit: pageSize, after }),
    );
    for (const error of page) {
      yield [error.row_number, error.sku ?? '', error.field ?? '', error.message];
    }
    after = page[page.length - 1];
    if (!after || page.length < pageSize) return;
  }
}
