/**
 * CSV injection guard (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that starts
 * with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, `-2+3+cmd|' /C calc'!A0`), and a leading
 * tab or carriage return hides such a start from a quick look. Such cells get a leading `'`, which a
 * spreadsheet shows as text and does not evaluate. A cell that is a plain number (`-3.2`, `+1e-5`,
 * `-Infinity`) is never a formula and stays as it is, so numeric columns keep reading as numbers.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A decimal number as the app writes and reads them: sign, digits, optional fraction and exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?Infinity$/;

/** True when a spreadsheet could evaluate `text` as a formula: it starts with a trigger and is not a number. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** `text` with a leading `'` when a spreadsheet would run it as a formula; any other text unchanged. */
export function escapeCsvCell(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Options shared by the app's CSV writers. */
export interface CsvWriteOptions {
  /**
   * Write cells exactly as they are, with no `'` before formula-like text — for people who need the
   * exact text and will not open the file in a spreadsheet. Default false.
   */
  raw?: boolean;
}

/** Header and rows escaped cell by cell (unless `raw`), ready for `Papa.unparse`. */
export function escapeTable(fields: string[], data: string[][], options: CsvWriteOptions = {}): { fields: string[]; data: string[][] } {
  if (options.raw) return { fields, data };
  return { fields: fields.map(escapeCsvCell), data: data.map((row) => row.map(escapeCsvCell)) };
}
