/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): `=`,
 * `+`, `-`, `@`, and tab or carriage return, which some programs strip before looking.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Prefixes `'` to a text cell a spreadsheet would run as a formula, so a product titled
 * `=HYPERLINK("http://evil")` is shown, not executed, by whoever opens the export. Imports
 * drop that prefix again (columns.ts), so exports round-trip.
 */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}
