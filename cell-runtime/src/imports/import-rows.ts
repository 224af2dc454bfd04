import type { Knex } from '@mpb/db';
import { applyBatch, type FailedRow, type ImportProgress } from './apply-batch';
import { hasCellsOutsideHeader, readHeader, rowValues, type ColumnLayout } from './columns';
import { readCsvRows } from './csv-rows';
import type { ImportFormat } from './detect-format';
import { ImportFailure } from './import-failure';
import { insertRowErrors } from './imports-repository';
import { importBatchSize } from './limits';
import { parseRow, type ParsedRow, type RowResult } from './parse-row';
import { isBlankRow, type SheetRow } from './sheet-row';
import { readXlsxRows } from './xlsx-rows';

export interface ImportFile {
  path: string;
  format: ImportFormat;
}

export interface RowCounts {
  totalRows: number;
  created: number;
  updated: number;
  failed: number;
}

interface Pending {
  valid: ParsedRow[];
  failed: FailedRow[];
}

/**
 * Reads the file row by row and upserts it in batches, inside the caller's transaction. Rows
 * that fail are recorded with their problems; the file as a whole failing (unreadable, bad
 * header, too many rows) throws `ImportFailure`, and the caller's rollback undoes every batch.
 * `counts` is updated as it goes, so the caller can report how far a failed import got.
 */
export async function importRows(
  trx: Knex.Transaction,
  input: {
    tenantId: string;
    importId: string;
    file: ImportFile;
    currencyExponent: number;
    maxRows: number;
    counts: RowCounts;
  },
): Promise<void> {
  const { counts } = input;
  const progress: ImportProgress = {
    tenantId: input.tenantId,
    products: new Map(),
    created: 0,
    updated: 0,
  };
  /** Lower-cased SKU to the first row carrying it: a SKU may appear once per file. */
  const skuRows = new Map<string, number>();
  let layout: ColumnLayout | undefined;
  let pending: Pending = { valid: [], failed: [] };

  const flush = async () => {
    const failed = [...pending.failed, ...(await applyBatch(trx, progress, pending.valid))];
    failed.sort((a, b) => a.number - b.number);
    await insertRowErrors(
      trx,
      input.tenantId,
      input.importId,
      failed.flatMap((row) =>
        row.problems.map((problem) => ({ row: row.number, sku: row.sku, ...problem })),
      ),
    );
    counts.failed += failed.length;
    counts.created = progress.created;
    counts.updated = progress.updated;
    pending = { valid: [], failed: [] };
  };

  for await (const sheetRow of rowsOf(input.file)) {
    if (isBlankRow(sheetRow.cells)) continue;
    if (!layout) {
      layout = readHeader(sheetRow.cells);
      continue;
    }
    counts.totalRows++;
    if (counts.totalRows > input.maxRows) {
      throw new ImportFailure(
        `The file has more than ${input.maxRows} rows; split it into files of at most ${input.maxRows} rows`,
      );
    }
    const result = checkRow(sheetRow, layout, input.currencyExponent, skuRows);
    if (result.ok) pending.valid.push(result.row);
    else
      pending.failed.push({ number: sheetRow.number, sku: result.sku, problems: result.problems });
    if (pending.valid.length + pending.failed.length >= importBatchSize) await flush();
  }
  if (!layout) throw new ImportFailure('The file is empty: it has no header row');
  await flush();
}

function rowsOf(file: ImportFile): AsyncGenerator<SheetRow> {
  return file.format === 'csv' ? readCsvRows(file.path) : readXlsxRows(file.path);
}

/** Validates a row on its own, then against the rows before it (a SKU only once per file). */
function checkRow(
  sheetRow: SheetRow,
  layout: ColumnLayout,
  currencyExponent: number,
  skuRows: Map<string, number>,
): RowResult {
  const values = rowValues(sheetRow.cells, layout);
  let result = parseRow(sheetRow.number, values, currencyExponent);
  if (hasCellsOutsideHeader(sheetRow.cells, layout)) {
    const problem = { field: null, message: 'has values in columns without a header' };
    result = result.ok
      ? { ok: false, sku: result.row.sku, problems: [problem] }
      : { ...result, problems: [...result.problems, problem] };
  }
  const key = values.sku?.trim().toLowerCase();
  if (!key) return result;
  const first = skuRows.get(key);
  if (first === undefined) {
    skuRows.set(key, sheetRow.number);
    return result;
  }
  const problem = {
    field: 'sku' as const,
    message: `is repeated in this file (first in row ${first})`,
  };
  return result.ok
    ? { ok: false, sku: result.row.sku, problems: [problem] }
    : { ...result, problems: [...result.problems, problem] };
}
