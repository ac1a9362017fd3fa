/**
 * What does not fit before anything is built: every cell of a numeric column that is not a number,
 * every row that did not have one cell per header cell, the limits, and a mapping that could not make a
 * frontier. Messages name the file, row, column, what was found and what was expected.
 */
import { DataError, quote } from '../errors';
import { columnsProblem, formatCount, rowsProblem } from './limits';
import { BEYOND_DOUBLE, cellReader, isBeyondDouble } from './numbers';
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
 * Checks a table against a mapping: the first LISTED_PROBLEMS problems in row order, how many in all,
 * every row with one, and `errors` that no row exclusion can fix (limits, the mapping itself).
 */
export function checkImport(table: RawTable, mapping: ColumnMapping[], file: string): ImportCheck {
  const errors: string[] = [];
  const rowsOver = rowsProblem(file, table.rows.length);
  if (rowsOver) errors.push(`${rowsOver}.`);
  const columnsOver = columnsProblem(file, table.header.length);
  if (columnsOver) errors.push(`${columnsOver}.`);
  if (table.rows.length === 0) errors.push(`${file} has a header but no data rows.`);
  errors.push(...mappingErrors(table, mapping));

  const numeric = mapping
    .filter((m) => m.role !== 'ignore' && m.type === 'number')
    .map((m) => ({ key: m.key, c: table.header.indexOf(m.key), read: cellReader(m) }))
    .filter((col) => col.c >= 0);
  const ragged = new Map((table.ragged ?? []).map((r) => [r.row, r.cells]));
  const problems: ImportProblem[] = [];
  const badRows: number[] = [];
  let total = 0;
  const width = table.header.length;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    let bad = false;
    const cells = ragged.get(r);
    if (cells !== undefined) {
      bad = true;
      if (total++ < LISTED_PROBLEMS) problems.push(raggedProblem(file, r, cells, width));
    }
    for (const { key, c, read } of numeric) {
      if (read(row[c]) === null) {
        bad = true;
        if (total++ < LISTED_PROBLEMS) problems.push(cellProblem(file, r, key, row[c]));
      }
    }
    if (bad) badRows.push(r);
  }
  if (table.rows.length > 0 && badRows.length === table.rows.length) {
    errors.push(`Every one of the ${formatCount(table.rows.length)} rows has a problem, so none would be left; check the roles and types of the columns.`);
  }
  const check: ImportCheck = { problems, total, badRows };
  if (errors.length) check.errors = errors;
  return check;
}
