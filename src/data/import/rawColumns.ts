/**
 * The columnar shape of a parsed file, before any mapping: what the parse worker builds straight from
 * the parser's rows (no row of strings is kept), what crosses the worker boundary (the typed arrays are
 * transferred), what IndexedDB keeps (binary, never text to parse again) and what a columnar file
 * (Parquet, Arrow IPC) is read into.
 *
 * - A `number` column: every cell was empty or a plain decimal number (`-1.5`, `3e-4`, `.5`). Its
 *   values are doubles, NaN for an empty cell. Cells that were not plain numbers (`N/A`, `12%`, `7B`)
 *   are few, and kept word for word in `text`, keyed by row (their value is NaN).
 * - A `text` column: dictionary-encoded; `labels[codes[row]]` is the cell's text ('' when empty).
 */
export interface RawNumberColumn {
  kind: 'number';
  values: Float64Array;
  /** Row → the cell's own text, for the few cells that were not plain numbers (their value is NaN). */
  text?: Map<number, string>;
}

export interface RawTextColumn {
  kind: 'text';
  /** Per row, an index into `labels`. */
  codes: Uint32Array;
  /** Distinct cell texts, in order of first appearance. */
  labels: string[];
}

export type RawColumn = RawNumberColumn | RawTextColumn;

/** How many rows a raw column has. */
export function rawLength(column: RawColumn): number {
  return column.kind === 'number' ? column.values.length : column.codes.length;
}

/**
 * The cell's text, as the file had it where that matters: a plain number is given back in JavaScript's
 * shortest form (`0.50` reads back as `0.5`, the same number), an empty cell as ''.
 */
export function cellText(column: RawColumn, row: number): string {
  if (column.kind === 'text') return column.labels[column.codes[row]];
  const own = column.text?.get(row);
  if (own !== undefined) return own;
  const v = column.values[row];
  return Number.isNaN(v) ? '' : String(v);
}

/**
 * Every distinct buffer under a table's columns, for a worker's transfer list (a buffer listed twice
 * would make postMessage throw).
 */
export function tableBuffers(table: { columns: readonly RawColumn[] }): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of table.columns) {
    const array = column.kind === 'number' ? column.values : column.codes;
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  }
  return [...buffers];
}

/** Rows `from`..`to` (exclusive) of columns as text: for a preview or a test, never a whole large table. */
export function rowTexts(table: { columns: readonly RawColumn[]; rowCount: number }, from = 0, to = table.rowCount): string[][] {
  const rows: string[][] = [];
  for (let r = from; r < Math.min(to, table.rowCount); r++) rows.push(table.columns.map((column) => cellText(column, r)));
  return rows;
}
