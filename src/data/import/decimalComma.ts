/**
 * Decimal commas: a file separated by semicolons (or tabs, pipes) as European spreadsheets write it,
 * whose number cells look like "0,81". A column is read with decimal commas only when every filled cell
 * agrees — an integer or digits, one comma, digits — and at least one cell cannot be a thousands group
 * ("0,81", "12,5"), so "1,234" alone stays one thousand two hundred thirty-four.
 */
import { quote } from '../errors';
import { isMissingCell } from './numbers';
import { cellText, type RawColumn } from './rawColumns';
import { columnOf } from './tableBuilder';
import type { RawTable } from './types';

const COMMA_CELL = /^\s*[+\-\u2212]?\d+,\d+\s*%?\s*$/;
const INTEGER_CELL = /^\s*[+\-\u2212]?\d+\s*%?\s*$/;
const THOUSANDS = /^\s*[+\-\u2212]?[1-9]\d{0,2},\d{3}\s*%?\s*$/;

/** Whether a column's cells are written with decimal commas (see the module comment). */
export function hasDecimalCommas(cells: Iterable<string>): boolean {
  let comma = false;
  let unambiguous = false;
  for (const cell of cells) {
    if (isMissingCell(cell)) continue;
    if (COMMA_CELL.test(cell)) {
      comma = true;
      if (!THOUSANDS.test(cell)) unambiguous = true;
    } else if (!INTEGER_CELL.test(cell)) return false;
  }
  return comma && unambiguous;
}

/** Every cell of a column as text, in row order. */
function* cellsOf(column: RawColumn, n: number): Generator<string> {
  for (let r = 0; r < n; r++) yield cellText(column, r);
}

/**
 * Whether a column may hold decimal commas at all: a number column whose exceptions include one (plain
 * numbers never do), or a text column with one among its labels. Saves a pass over the plain columns.
 */
function mayHaveCommas(column: RawColumn): boolean {
  if (column.kind === 'text') return column.labels.some((l) => l.includes(','));
  if (!column.text) return false;
  for (const t of column.text.values()) if (t.includes(',')) return true;
  return false;
}

/**
 * Reads the decimal commas of every agreeing column of a delimited table that is not comma-separated
 * ("0,81" becomes 0.81: the column is rebuilt as numbers), and records the columns and a note for the
 * mapping step.
 */
export function readDecimalCommas(table: RawTable): RawTable {
  if (table.delimiter === undefined || table.delimiter === ',' || table.rowCount === 0) return table;
  const keys: string[] = [];
  const n = table.rowCount;
  const columns = table.columns.map((column, c) => {
    if (!mayHaveCommas(column) || !hasDecimalCommas(cellsOf(column, n))) return column;
    keys.push(table.header[c]);
    return columnOf((function* () {
      for (const cell of cellsOf(column, n)) yield cell.includes(',') ? cell.replace(',', '.') : cell;
    })());
  });
  if (keys.length === 0) return table;
  const sep = table.delimiter === ';' ? 'semicolons' : table.delimiter === '\t' ? 'tabs' : quote(table.delimiter);
  const shown = keys.slice(0, 5).map((k) => quote(k, 40)).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
  const note = `${table.name} separates cells with ${sep} and writes decimal commas: ${shown} ${keys.length === 1 ? 'was' : 'were'} read with "0,81" as 0.81.`;
  return { ...table, columns, decimalComma: keys, readNotes: [...(table.readNotes ?? []), note] };
}
