import { importColumns, requiredImportColumns, type ImportColumn } from '@mpb/contracts';
import { ImportFailure } from './import-failure';

/** Where each known column is in the file; columns left out of the file are absent. */
export interface ColumnLayout {
  positions: Map<ImportColumn, number>;
  width: number;
}

/** The cells of one row by column name; `undefined` when the file has no such column. */
export type RowValues = Partial<Record<ImportColumn, string>>;

const known = new Set<string>(importColumns);

/** `Option1 Name`, `option1-name` and `OPTION1_NAME` all name `option1_name`. */
function normalise(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Reads the header row. Unknown, repeated or missing required columns fail the import as a
 * whole, naming them: guessing would put data in the wrong field of every row.
 */
export function readHeader(cells: string[]): ColumnLayout {
  const positions = new Map<ImportColumn, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((cell, index) => {
    const name = normalise(cell);
    if (name === '') return;
    if (!known.has(name)) unknown.push(cell.trim());
    else if (positions.has(name as ImportColumn)) repeated.push(name);
    else positions.set(name as ImportColumn, index);
  });
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`unknown columns: ${unknown.join(', ')}`);
  if (repeated.length > 0) problems.push(`repeated columns: ${repeated.join(', ')}`);
  const missing = requiredImportColumns.filter((column) => !positions.has(column));
  if (missing.length > 0) problems.push(`missing columns: ${missing.join(', ')}`);
  if (problems.length > 0) {
    throw new ImportFailure(
      `The header row has ${problems.join('; ')}. The columns are: ${importColumns.join(', ')}`,
    );
  }
  return { positions, width: cells.length };
}

/** A leading `'` that an export put before a formula-like cell (see formula-escape.ts). */
const neutralised = /^'(?=[=+\-@\t\r])/;

export function rowValues(cells: string[], layout: ColumnLayout): RowValues {
  const values: RowValues = {};
  for (const [column, index] of layout.positions) {
    values[column] = (cells[index] ?? '').replace(neutralised, '');
  }
  return values;
}

/** Cells beyond the header (an XLSX row can be wider than its header; a CSV row cannot). */
export function hasCellsOutsideHeader(cells: string[], layout: ColumnLayout): boolean {
  return cells.slice(layout.width).some((cell) => cell.trim() !== '');
}
