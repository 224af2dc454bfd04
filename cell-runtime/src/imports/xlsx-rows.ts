import ExcelJS from 'exceljs';
import { ImportFailure } from './import-failure';
import type { SheetRow } from './sheet-row';

/**
 * The rows of the workbook's first worksheet, streamed with exceljs's reader (the zip guard has
 * run before). Every cell becomes the text a merchant sees in it.
 */
export async function* readXlsxRows(filePath: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let isFirst = true;
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        if (isFirst) yield { number: row.number, cells: cellTexts(row.values) };
      }
      // Later sheets are read to the end, unused: exceljs may have spooled them to temporary
      // files that it removes only once read (the zip guard bounds what that costs).
      isFirst = false;
    }
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFailure(`The workbook could not be read: ${message}`, { cause: error });
  } finally {
    // When the consumer stops early (too many rows) exceljs would go on reading; close the file.
    (workbook as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
}

/** `row.values` is 1-based and sparse; a hole is an empty cell. */
function cellTexts(values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>): string[] {
  const list = Array.isArray(values) ? values : Object.values(values);
  return Array.from(list.slice(1), (value) => cellText(value));
}

export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Fifteen significant digits undo binary noise: 0.1 + 0.2 reads as 0.3, as Excel shows it.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // The value the workbook last computed; the formula itself is never evaluated.
    return cellText(value.result);
  }
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
