import ExcelJS from 'exceljs';

export type Row = (string | number)[];

/** A CSV as a spreadsheet would save it: fields with the delimiter, quotes or newlines quoted. */
export function toCsv(rows: Row[], delimiter = ','): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /["\r\n]/.test(text) || text.includes(delimiter)
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

/** A workbook whose first sheet holds `rows`; `otherSheets` follow it. */
export async function toXlsx(rows: Row[], otherSheets: Row[][] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [index, sheetRows] of [rows, ...otherSheets].entries()) {
    const sheet = workbook.addWorksheet(index === 0 ? 'Products' : `Notes ${index}`);
    for (const row of sheetRows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads every row of a workbook's first sheet as its cells' values (1-based holes dropped). */
export async function readXlsx(buffer: Buffer): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

export const header = [
  'handle',
  'title',
  'description',
  'status',
  'price',
  'compare_at_price',
  'tags',
  'sku',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'stock',
  'weight_grams',
  'seo_title',
  'seo_description',
];

/** A row in the full format from the fields a test cares about. */
export function row(fields: Record<string, string | number>): Row {
  return header.map((column) => fields[column] ?? '');
}
