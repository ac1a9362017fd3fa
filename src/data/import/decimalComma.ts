/**
 * Decimal commas: a file separated by semicolons (or tabs, pipes) as European spreadsheets write it,
 * whose number cells look like "0,81". A column is read with decimal commas only when every filled cell
 * agrees — an integer or digits, one comma, digits — and at least one cell cannot be a thousands group
 * ("0,81", "12,5"), so "1,234" alone stays one thousand two hundred thirty-four.
 */
import { quote } from '../errors';
import { isMissingCell } from './numbers';
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

/**
 * Rewrites the decimal commas of every agreeing column of a delimited table that is not comma-separated
 * ("0,81" becomes "0.81", in place), and records the columns and a note for the mapping step.
 */
export function readDecimalCommas(table: RawTable): RawTable {
  if (table.delimiter === undefined || table.delimiter === ',' || table.rows.length === 0) return table;
  const columns: string[] = [];
  table.header.forEach((key, c) => {
    if (!hasDecimalCommas(table.rows.map((row) => row[c]))) return;
    columns.push(key);
    for (const row of table.rows) if (row[c].includes(',')) row[c] = row[c].replace(',', '.');
  });
  if (columns.length === 0) return table;
  const sep = table.delimiter === ';' ? 'semicolons' : table.delimiter === '\t' ? 'tabs' : quote(table.delimiter);
  const shown = columns.slice(0, 5).map((k) => quote(k, 40)).join(', ') + (columns.length > 5 ? ` and ${columns.length - 5} more` : '');
  const note = `${table.name} separates cells with ${sep} and writes decimal commas: ${shown} ${columns.length === 1 ? 'was' : 'were'} read with "0,81" as 0.81.`;
  return { ...table, decimalComma: columns, readNotes: [...(table.readNotes ?? []), note] };
}
