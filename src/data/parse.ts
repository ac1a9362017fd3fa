/**
 * CSV text -> header + rows of cell text, with papaparse. No typing happens here: every cell stays the
 * exact text of the file, so missing markers and number formats are decided per column by the card.
 */
import Papa from 'papaparse';
import { DataError, quote } from './errors';

export interface CsvTable {
  /** File name the table came from (used in every error message). */
  file: string;
  /** Header cells, as written (an empty cell stays ''). */
  header: string[];
  /** Data rows; each has exactly header.length cells. */
  rows: string[][];
}

export interface ParseCsvOptions {
  /** Field delimiter; '' lets papaparse guess. Default ','. */
  delimiter?: string;
}

const BOM = '\uFEFF';

/** Parses CSV text. Throws DataError naming the file (and row) when the text is not a clean table. */
export function parseCsv(text: string, file: string, options: ParseCsvOptions = {}): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: true,
    delimiter: options.delimiter ?? ',',
  });
  // With header: false, papaparse's row index counts the header as row 0, which makes it the 1-based
  // data row. Only hard errors stop us; an undetectable delimiter just means a one-column file.
  const fatal = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (fatal) {
    const where = fatal.row !== undefined && fatal.row > 0 ? { file, row: fatal.row } : { file };
    throw new DataError(where, `not valid CSV: ${fatal.message} (${fatal.code})`);
  }
  const [header, ...rows] = result.data;
  if (!header) throw new DataError({ file }, 'the file is empty: expected a header row');

  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const first = seen.get(name);
    if (first !== undefined) {
      throw new DataError(
        { file, column: name },
        `the header names ${quote(name)} twice (cells ${first + 1} and ${i + 1}); expected unique column names`,
      );
    }
    seen.set(name, i);
  });

  rows.forEach((cells, i) => {
    if (cells.length !== header.length) {
      throw new DataError(
        { file, row: i + 1 },
        `found ${cells.length} cells, expected ${header.length} (one per header cell)`,
      );
    }
  });
  return { file, header, rows };
}

/** Index of a header cell, or -1. The empty header ('') is a valid name (e.g. a pandas index column). */
export function columnIndex(table: CsvTable, key: string): number {
  return table.header.indexOf(key);
}
