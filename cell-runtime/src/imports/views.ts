import type { ImportRowError, ImportSummary, ImportView } from '@mpb/contracts';
import type { ImportRow, RowErrorRow } from './imports-repository';

export function toImportSummary(row: ImportRow): ImportSummary {
  return {
    id: row.id,
    format: row.format,
    filename: row.filename,
    status: row.status,
    totalRows: row.total_rows,
    createdCount: row.created_count,
    updatedCount: row.updated_count,
    failedCount: row.failed_count,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export function toRowError(row: RowErrorRow): ImportRowError {
  return { row: row.row_number, sku: row.sku, field: row.field, message: row.message };
}

export function toImportView(row: ImportRow, errors: RowErrorRow[]): ImportView {
  return { ...toImportSummary(row), errors: errors.map(toRowError) };
}
