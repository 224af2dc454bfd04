import { v7 as uuidv7 } from 'uuid';
import { currencyMinorUnits, type ImportView } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import { ImportFailure } from './import-failure';
import { importRows, type ImportFile, type RowCounts } from './import-rows';
import { finishImport, insertImport, type ImportOutcome } from './imports-repository';
import { getImport } from './read-imports';

export interface RunImportInput {
  tenantId: string;
  memberId: string;
  filename: string;
  file: ImportFile;
  maxRows: number;
}

/**
 * Imports a catalog file and returns the import as recorded. The rows are applied in one
 * transaction: a file that fails as a whole (unreadable, wrong header, too many rows) changes
 * nothing and is recorded as `failed` with the reason, while rows that fail validation are
 * skipped and listed. Imports of one store run one at a time.
 */
export async function runImport(db: Knex, input: RunImportInput): Promise<ImportView> {
  const { tenantId } = input;
  const importId = uuidv7();
  // Committed on its own so the import shows as running while the rows are applied.
  await withTenant(db, tenantId, (trx) =>
    insertImport(trx, {
      id: importId,
      tenant_id: tenantId,
      format: input.file.format,
      filename: input.filename,
      created_by: input.memberId,
    }),
  );
  const counts: RowCounts = { totalRows: 0, created: 0, updated: 0, failed: 0 };
  try {
    await withTenant(db, tenantId, async (trx) => {
      // Two imports of one store touching the same SKUs would deadlock or race; queue them.
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`catalog-import:${tenantId}`]);
      await importRows(trx, {
        tenantId,
        importId,
        file: input.file,
        currencyExponent: await currencyExponent(trx),
        maxRows: input.maxRows,
        counts,
      });
      await finish(trx, input, importId, {
        status: 'completed',
        total_rows: counts.totalRows,
        created_count: counts.created,
        updated_count: counts.updated,
        failed_count: counts.failed,
        error: null,
      });
    });
  } catch (error) {
    await recordFailure(db, input, importId, counts, error);
  }
  return getImport(db, tenantId, importId);
}

async function currencyExponent(trx: Knex.Transaction): Promise<number> {
  const store = await trx('tenants').first<{ currency: string } | undefined>('currency');
  return currencyMinorUnits[store?.currency as keyof typeof currencyMinorUnits] ?? 2;
}

async function finish(
  trx: Knex.Transaction,
  input: RunImportInput,
  importId: string,
  outcome: ImportOutcome,
): Promise<void> {
  await finishImport(trx, importId, outcome);
  await recordAudit(trx, {
    tenantId: input.tenantId,
    actorType: 'member',
    actorId: input.memberId,
    action: outcome.status === 'completed' ? 'catalog.imported' : 'catalog.import_failed',
    targetType: 'import',
    targetId: importId,
    data: {
      filename: input.filename,
      format: input.file.format,
      totalRows: outcome.total_rows,
      created: outcome.created_count,
      updated: outcome.updated_count,
      failed: outcome.failed_count,
      ...(outcome.error ? { error: outcome.error } : {}),
    },
  });
}

/**
 * The rows were rolled back; records why. An `ImportFailure` is the file's fault and is the
 * answer; anything else (a bug, the database going away) is rethrown after the record.
 */
async function recordFailure(
  db: Knex,
  input: RunImportInput,
  importId: string,
  counts: RowCounts,
  error: unknown,
): Promise<void> {
  const isFileFault = error instanceof ImportFailure;
  try {
    await withTenant(db, input.tenantId, (trx) =>
      finish(trx, input, importId, {
        status: 'failed',
        total_rows: counts.totalRows,
        created_count: 0,
        updated_count: 0,
        failed_count: 0,
        error: isFileFault
          ? error.message
          : 'The import stopped on an unexpected error; nothing was changed. Try again later.',
      }),
    );
  } catch (recordError) {
    if (isFileFault) throw recordError;
  }
  if (!isFileFault) throw error;
}
