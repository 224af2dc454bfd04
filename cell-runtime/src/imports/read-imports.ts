import { importErrorsPreviewLimit, type ImportSummary, type ImportView } from '@mpb/contracts';
import { decodeCursor, encodeCursor, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { findImport, listImports, rowErrorsOf } from './imports-repository';
import { toImportSummary, toImportView } from './views';

/** One import with its first row errors; another store's import is a 404 like a missing one. */
export async function getImport(db: Knex, tenantId: string, importId: string): Promise<ImportView> {
  return withTenant(db, tenantId, async (trx) => {
    const row = await findImport(trx, importId);
    if (!row) throw AppError.notFound('Import');
    const errors = await rowErrorsOf(trx, importId, { limit: importErrorsPreviewLimit });
    return toImportView(row, errors);
  });
}

export async function listStoreImports(
  db: Knex,
  tenantId: string,
  page: { limit: number; cursor?: string },
): Promise<{ items: ImportSummary[]; nextCursor: string | null }> {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  if (page.cursor !== undefined && !after) {
    throw AppError.validation({ cursor: 'is not a cursor this API returned' });
  }
  return withTenant(db, tenantId, async (trx) => {
    const rows = await listImports(trx, { limit: page.limit, after });
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toImportSummary),
      nextCursor:
        rows.length > page.limit && last
          ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id })
          : null,
    };
  });
}
