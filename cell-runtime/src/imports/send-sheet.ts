import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { neutraliseFormula } from './formula-escape';

export type SheetCell = string | number;

export interface Sheet {
  /** Download name, without extension. */
  name: string;
  header: readonly string[];
  rows: AsyncIterable<SheetCell[]> | Iterable<SheetCell[]>;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function startDownload(res: Response, filename: string, contentType: string): void {
  res.status(200);
  res.setHeader('content-type', contentType);
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  // Catalog data of one store: never kept by a shared cache.
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('x-content-type-options', 'nosniff');
}

/**
 * Streams a CSV: UTF-8 with a BOM (so Excel reads the accents right), and every text cell that
 * a spreadsheet would take for a formula prefixed with `'`.
 */
export async function sendCsv(res: Response, sheet: Sheet): Promise<void> {
  const rows = await startedRows(sheet.rows);
  startDownload(res, `${sheet.name}.csv`, 'text/csv; charset=utf-8');
  res.write('\uFEFF');
  async function* records() {
    yield [...sheet.header];
    for await (const row of rows) {
      yield row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
    }
  }
  await pipeline(Readable.from(records()), stringify({ eof: true }), res);
}

/**
 * Streams an XLSX. Text goes into string cells, which a spreadsheet shows and never evaluates,
 * so it is written as is; numbers stay numbers so the merchant can sum and edit them.
 */
export async function sendXlsx(res: Response, sheet: Sheet): Promise<void> {
  const rows = await startedRows(sheet.rows);
  startDownload(res, `${sheet.name}.xlsx`, xlsxType);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: false,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
  worksheet.addRow([...sheet.header]).commit();
  for await (const row of rows) worksheet.addRow(row).commit();
  worksheet.commit();
  await workbook.commit();
}

/**
 * Reads the first row before any header is sent, so a failure to read (the database away)
 * still gets a proper error answer instead of a cut-off download.
 */
async function startedRows(
  rows: AsyncIterable<SheetCell[]> | Iterable<SheetCell[]>,
): Promise<AsyncIterable<SheetCell[]>> {
  const iterator: AsyncIterator<SheetCell[]> | Iterator<SheetCell[]> =
    Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        yield next.value;
      }
    },
  };
}
