/** One row of a CSV or of a worksheet, as text. `number` counts the header as row 1. */
export interface SheetRow {
  number: number;
  cells: string[];
}

export function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
