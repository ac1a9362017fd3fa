/**
 * What does not fit before anything is built: every cell of a numeric column that is not a number,
 * every row that did not have one cell per header cell, the limits, and a mapping that could not make a
 * frontier. Messages name the file, row, column, what was found and what was expected.
 */
import { DataError, quote } from '../errors';
import { columnsProblem, formatCount, rowLimitOf, rowsProblem } from './limits';
import { BEYOND_DOUBLE, cellReader, isBeyondDouble } from './numbers';
import { cellText, type RawColumn } from './rawColumns';
import type { ColumnMapping, ImportCheck, ImportProblem, RawTable } from './types';

export const LISTED_PROBLEMS = 20;
export const NUMBER_EXPECTED = 'a number (e.g. 12.5, 1,014.45, 85%, 1e-3) or an empty cell or missing marker (NA, n/a, null, -)';

/** The problem of one cell in a numeric column (`row`: 0-based), with the message a person reads. */
export function cellProblem(file: string, row: number, column: string, found: string): ImportProblem {
  const beyond = isBeyondDouble(found);
  const expected = beyond ? 'a number within ±1.8e308 (the range of a double), or an empty cell' : NUMBER_EXPECTED;
  const detail = beyond ? `found ${quote(found)}, ${BEYOND_DOUBLE}; expected ${expected}` : `found ${quote(found)}, expected ${expected}`;
  const message = new DataError({ file, row: row + 1, column }, detail).message;
  return { file, row: row + 1, column, found, expected, message };
}

function raggedProblem(file: string, row: number, cells: number, width: number): ImportProblem {
  const found = `${cells} cell${cells === 1 ? '' : 's'}`;
  const expected = `${width} cells, one per header cell`;
  const what = cells < width ? 'the missing cells would be empty' : 'the extra cells would be lost';
  const message = new DataError({ file, row: row + 1 }, `found ${found}, expected ${expected} (${what})`).message;
  return { file, row: row + 1, column: '', found, expected, message };
}

/** Sentences for a mapping that cannot become a dataset, whatever rows are left out. */
export function mappingErrors(table: RawTable, mapping: ColumnMapping[]): string[] {
  const errors: string[] = [];
  const header = new Set(table.header);
  const seen = new Set<string>();
  for (const m of mapping) {
    if (!header.has(m.key)) errors.push(`The mapping names a column ${quote(m.key)} that ${table.name} does not have.`);
    if (seen.has(m.key)) errors.push(`The mapping names the column ${quote(m.key)} twice.`);
    seen.add(m.key);
  }
  const used = mapping.filter((m) => m.role !== 'ignore');
  const objectives = used.filter((m) => m.role === 'objective');
  if (objectives.length === 0) {
    errors.push('No column is an objective: set the role of at least one numeric column to "objective" and choose min or max.');
  }
  for (const m of objectives) {
    if (m.type !== 'number') errors.push(`The objective ${quote(m.label || m.key)} is not a number column; an objective must be numeric.`);
    if (m.sense !== 'min' && m.sense !== 'max') errors.push(`The objective ${quote(m.label || m.key)} has no direction; choose min (lower is better) or max.`);
  }
  const labels = used.filter((m) => m.role === 'label');
  if (labels.length > 1) errors.push(`${labels.length} columns are labels (${labels.map((m) => quote(m.key)).join(', ')}); choose one.`);
  return errors;
}

/**
 * The rows (ascending) of a column whose cells `read` refuses. A number column's plain numbers always
 * read, so only its exceptions are tried; a text column's labels are each tried once, not once a row.
 */
export function unreadableRows(column: RawColumn, rowCount: number, read: (text: string) => number | null): number[] {
  const bad: number[] = [];
  if (column.kind === 'number') {
    if (column.text) for (const [row, text] of column.text) if (read(text) === null) bad.push(row);
    // Map order is insertion order, which is row order for a parsed column; sort in case it was built otherwise.
    return isAscending(bad) ? bad : bad.sort((a, b) => a - b);
  }
  const refused = new Uint8Array(column.labels.length);
  let any = false;
  column.labels.forEach((label, i) => {
    if (read(label) === null) {
      refused[i] = 1;
      any = true;
    }
  });
  if (!any) return bad;
  const codes = column.codes;
  for (let r = 0; r < rowCount; r++) if (refused[codes[r]]) bad.push(r);
  return bad;
}

function isAscending(a: readonly number[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] < a[i - 1]) return false;
  return true;
}

/**
 * Checks a table against a mapping: the first LISTED_PROBLEMS problems in row order, how many in all,
 * every row with one, and `errors` that no row exclusion can fix (limits, the mapping itself).
 */
export function checkImport(table: RawTable, mapping: ColumnMapping[], file: string): ImportCheck {
  const errors: string[] = [];
  const n = table.rowCount;
  const rowsOver = rowsProblem(file, n, false, rowLimitOf(table.format));
  if (rowsOver) errors.push(`${rowsOver}.`);
  const columnsOver = columnsProblem(file, table.header.length);
  if (columnsOver) errors.push(`${columnsOver}.`);
  if (n === 0) errors.push(`${file} has a header but no data rows.`);
  errors.push(...mappingErrors(table, mapping));

  const numeric = mapping
    .filter((m) => m.role !== 'ignore' && m.type === 'number')
    .map((m) => ({ key: m.key, c: table.header.indexOf(m.key), read: cellReader(m) }))
    .filter((col) => col.c >= 0)
    .map((col) => ({ ...col, bad: unreadableRows(table.columns[col.c], n, col.read), at: 0 }));
  const ragged = table.ragged ?? [];
  // Every row with a problem, in order: the ragged rows and each column's refused cells, merged.
  const flagged = new Uint8Array(n);
  let total = ragged.length;
  for (const r of ragged) flagged[r.row] = 1;
  for (const col of numeric) {
    total += col.bad.length;
    for (const r of col.bad) flagged[r] = 1;
  }
  const badRows: number[] = [];
  for (let r = 0; r < n; r++) if (flagged[r]) badRows.push(r);

  const problems: ImportProblem[] = [];
  const width = table.header.length;
  let k = 0;
  for (const r of badRows) {
    if (problems.length >= LISTED_PROBLEMS) break;
    while (k < ragged.length && ragged[k].row < r) k++;
    if (k < ragged.length && ragged[k].row === r && problems.length < LISTED_PROBLEMS) problems.push(raggedProblem(file, r, ragged[k].cells, width));
    for (const col of numeric) {
      while (col.at < col.bad.length && col.bad[col.at] < r) col.at++;
      if (col.at < col.bad.length && col.bad[col.at] === r && problems.length < LISTED_PROBLEMS) {
        problems.push(cellProblem(file, r, col.key, cellText(table.columns[col.c], r)));
      }
    }
  }
  if (n > 0 && badRows.length === n) {
    errors.push(`Every one of the ${formatCount(n)} rows has a problem, so none would be left; check the roles and types of the columns.`);
  }
  const check: ImportCheck = { problems, total, badRows };
  if (errors.length) check.errors = errors;
  return check;
}
