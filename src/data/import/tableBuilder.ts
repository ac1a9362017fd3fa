/**
 * Header normalization and the column builders every format parses into, so a CSV, a JSON file and a
 * JSON Lines file with the same content become the same RawTable, and the worker and the main thread
 * agree. Cells go straight into typed columns as they are parsed: no row of strings outlives its batch.
 */
import { DataError } from '../errors';
import { columnsProblem, limitError, rowLimitOf, rowsProblem } from './limits';
import { isMissingCell } from './numbers';
import { rawLength, type RawColumn, type RawNumberColumn, type RawTextColumn } from './rawColumns';
import type { ImportFormat, RaggedRow, RawTable } from './types';

/**
 * Trims header cells, names an empty one "column N" (1-based position) and gives repeated names a
 * " (2)", " (3)" … suffix that no other header already uses. The result is unique and non-empty.
 */
export function normalizeHeader(cells: readonly string[]): string[] {
  const trimmed = cells.map((c, i) => c.trim() || `column ${i + 1}`);
  const taken = new Set(trimmed);
  const used = new Set<string>();
  return trimmed.map((name) => {
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`) || used.has(`${name} (${n})`)) n++;
    const unique = `${name} (${n})`;
    used.add(unique);
    return unique;
  });
}

/**
 * A plain decimal number as programs write them: `-1.5`, `3e-4`, `.5`, `0`. Not `007` (a code whose
 * zeros matter), not `1,234`, `85%`, ` 12` or `1.` — those stay word for word as the column's exceptions.
 */
const PLAIN = /^-?(?:(?:0|[1-9]\d*)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** More digits than a double keeps (an id like 12345678901234567890 would lose its last digits). */
const LONG_INTEGER = /^-?\d{16,}$/;

/**
 * Exceptions (cells that are not plain numbers, missing markers aside) a number column keeps before it
 * turns into a text column, and the share of the rows so far they must also exceed: a numeric column
 * with a few "12%" or "n/a" stays numeric, a column of names turns to text within its first rows.
 */
export const SWITCH_AFTER = 1000;
export const SWITCH_SHARE = 0.05;

const FIRST_CAPACITY = 1024;

/**
 * One column's cells as they are parsed. It stays a number column (doubles, NaN where empty, the few
 * other cells kept word for word) until its exceptions are numerous, then becomes a dictionary-encoded
 * text column, the numbers already read given back as `cellText` writes them.
 */
export class ColumnBuilder {
  private n = 0;
  private values: Float64Array | null;
  private text: Map<number, string> | null = null;
  private exceptions = 0;
  private codes: Uint32Array | null = null;
  private labels: string[] = [];
  private index: Map<string, number> | null = null;

  constructor(capacity = FIRST_CAPACITY) {
    this.values = new Float64Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.n;
  }

  get kind(): RawColumn['kind'] {
    return this.values ? 'number' : 'text';
  }

  push(cell: string): void {
    const values = this.values;
    if (values === null) return this.pushText(cell);
    if (this.n === values.length) this.values = grow(values);
    if (cell === '') {
      this.values![this.n++] = Number.NaN;
      return;
    }
    if (PLAIN.test(cell)) {
      const v = Number(cell);
      // "1e999" is beyond a double: kept as written, so the check can say so.
      if (Number.isFinite(v) && !(cell.length > 16 && LONG_INTEGER.test(cell))) {
        this.values![this.n++] = v;
        return;
      }
    }
    (this.text ??= new Map()).set(this.n, cell);
    this.values![this.n++] = Number.NaN;
    if (!isMissingCell(cell) && ++this.exceptions > SWITCH_AFTER && this.exceptions > SWITCH_SHARE * this.n) this.toText();
  }

  /** Appends `count` empty cells. */
  pushEmpty(count: number): void {
    for (let i = 0; i < count; i++) this.push('');
  }

  private pushText(cell: string): void {
    let codes = this.codes!;
    if (this.n === codes.length) codes = this.codes = grow(codes);
    let code = this.index!.get(cell);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(cell);
      this.index!.set(cell, code);
    }
    codes[this.n++] = code;
  }

  private toText(): void {
    const values = this.values!;
    const text = this.text;
    const n = this.n;
    this.values = null;
    this.text = null;
    this.codes = new Uint32Array(values.length);
    this.index = new Map();
    this.labels = [];
    this.n = 0;
    for (let r = 0; r < n; r++) {
      const own = text?.get(r);
      const v = values[r];
      this.pushText(own ?? (Number.isNaN(v) ? '' : String(v)));
    }
  }

  /** The finished column, its arrays cut to length (no spare capacity is transferred or stored). */
  finish(): RawColumn {
    if (this.values) {
      const column: RawNumberColumn = { kind: 'number', values: trimTo(this.values, this.n) };
      if (this.text?.size) column.text = this.text;
      return column;
    }
    const column: RawTextColumn = { kind: 'text', codes: trimTo(this.codes!, this.n), labels: this.labels };
    this.index = null;
    return column;
  }
}

function grow<T extends Float64Array | Uint32Array>(a: T): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}

/** The first `n` values of a growable array, without a copy when that is all of them. */
function trimTo<T extends Float64Array | Uint32Array>(a: T, n: number): T {
  return (a.length === n ? a : a.slice(0, n)) as T;
}

/** Builds a whole column from cell texts (tests, small rewrites such as decimal commas). */
export function columnOf(cells: Iterable<string>): RawColumn {
  const b = new ColumnBuilder();
  for (const cell of cells) b.push(cell);
  return b.finish();
}

/** Receives rows as a parser produces them and shapes them into a columnar RawTable. */
export class TableBuilder {
  private header: string[] | null = null;
  private builders: ColumnBuilder[] = [];
  private width = 0;
  private count = 0;
  readonly ragged: RaggedRow[] = [];

  constructor(private readonly name: string) {}

  get started(): boolean {
    return this.header !== null;
  }

  get rowCount(): number {
    return this.count;
  }

  setHeader(cells: readonly string[]): void {
    const tooMany = columnsProblem(this.name, cells.length);
    if (tooMany) throw limitError(this.name, tooMany);
    this.header = normalizeHeader(cells);
    this.width = this.header.length;
    this.builders = this.header.map(() => new ColumnBuilder());
  }

  /**
   * Appends a batch of rows to the columns (short rows padded with '', extra cells cut; both recorded
   * unless the extra cells are all empty, as a trailing delimiter leaves them); returns how many rows
   * it added. A blank line (one empty cell) is not a row unless the table has a single column, where it
   * is a missing value. The batch's arrays are not kept.
   */
  addRows(batch: readonly (readonly string[])[]): number {
    if (!this.header) throw new Error('TableBuilder: header first');
    const w = this.width;
    const builders = this.builders;
    const before = this.count;
    for (const row of batch) {
      const cells = row.length;
      if (cells !== w) {
        if (cells === 1 && row[0].trim() === '') continue;
        if (cells < w) this.ragged.push({ row: this.count, cells });
        else {
          let extra = false;
          for (let c = w; c < cells; c++) if (row[c].trim() !== '') extra = true;
          if (extra) this.ragged.push({ row: this.count, cells });
        }
      }
      const m = cells < w ? cells : w;
      for (let c = 0; c < m; c++) builders[c].push(row[c]);
      for (let c = m; c < w; c++) builders[c].push('');
      this.count++;
    }
    const tooMany = rowsProblem(this.name, this.count, true);
    if (tooMany) throw limitError(this.name, tooMany);
    return this.count - before;
  }

  finish(format: ImportFormat, delimiter?: string): RawTable {
    if (!this.header) throw new DataError({ file: this.name }, 'the file is empty: expected a header row and data rows');
    const table: RawTable = { name: this.name, format, header: this.header, rowCount: this.count, columns: this.builders.map((b) => b.finish()) };
    this.builders = [];
    if (delimiter !== undefined) table.delimiter = delimiter;
    if (this.ragged.length) table.ragged = this.ragged;
    return table;
  }
}

/** What a columnar file reader (Parquet, Arrow IPC) gives: already typed columns, one per header cell. */
export interface ColumnarInput {
  format: ImportFormat;
  header: string[];
  columns: RawColumn[];
  rowCount: number;
}

/**
 * A RawTable from columns read elsewhere (a Parquet or Arrow file): the header normalized as for text
 * files, the limits checked, every column's length checked against `rowCount`. The rest of the import
 * (infer, check, build, storage, share) takes the result as it takes a parsed CSV.
 */
export function tableFromColumns(name: string, input: ColumnarInput): RawTable {
  const tooManyColumns = columnsProblem(name, input.header.length);
  if (tooManyColumns) throw limitError(name, tooManyColumns);
  const tooManyRows = rowsProblem(name, input.rowCount, false, rowLimitOf(input.format));
  if (tooManyRows) throw limitError(name, tooManyRows);
  if (input.header.length === 0) throw new DataError({ file: name }, 'the file has no columns: expected a header row and data rows');
  if (input.columns.length !== input.header.length) {
    throw new DataError({ file: name }, `the file names ${input.header.length} columns but holds ${input.columns.length}`);
  }
  const header = normalizeHeader(input.header);
  input.columns.forEach((column, c) => {
    const n = rawLength(column);
    if (n !== input.rowCount) throw new DataError({ file: name, column: header[c] }, `the column has ${n} values, expected ${input.rowCount}`);
  });
  return { name, format: input.format, header, rowCount: input.rowCount, columns: input.columns };
}

/** A RawTable from a header and rows of cell texts, shaped as a parsed file would be (tests, small tables). */
export function tableOfRows(name: string, header: readonly string[], rows: readonly (readonly string[])[], format: ImportFormat = 'csv'): RawTable {
  const builder = new TableBuilder(name);
  builder.setHeader(header);
  builder.addRows(rows);
  return builder.finish(format, format === 'csv' ? ',' : undefined);
}
