/**
 * Writers that fill one raw column (see ../rawColumns.ts) from the runs of values a columnar reader
 * hands over — a row group of a Parquet column, a record batch of an Arrow one. Each column is
 * allocated once at its final length; a run is copied in and can be dropped at once, so no array of
 * every boxed value ever exists.
 */
import { formatCount } from '../limits';
import type { RawNumberColumn, RawTextColumn } from '../rawColumns';

/** Values a reader hands over: typed arrays, or plain arrays with null/undefined for a missing value. */
export type Run = ArrayLike<unknown>;

/** A page of a column chunk (parquetPages.ts' Page, with nothing specific to Parquet). */
export interface PageOf {
  start: number;
  rows: number;
  values: Run;
  levels: ArrayLike<number> | null;
  maxLevel: number;
  /** When set, `values` are indices into it. */
  dictionary?: Run;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Doubles, NaN where a value is missing. 64-bit integers past ±2^53 are counted as they are rounded. */
export class NumberColumnWriter {
  readonly values: Float64Array;
  /** Integers whose magnitude was beyond 2^53, so the double holding them is not exact. */
  private rounded = 0;

  /** Every row must be written (no NaN fill up front: filling 10 million doubles costs a second in V8). */
  constructor(rowCount: number) {
    this.values = new Float64Array(rowCount);
  }

  /** Copies `run` into rows `start`, `start + 1`, … */
  write(start: number, run: Run): void {
    const out = this.values;
    if (
      run instanceof Float64Array ||
      run instanceof Float32Array ||
      run instanceof Int32Array ||
      run instanceof Uint32Array ||
      run instanceof Int16Array ||
      run instanceof Uint16Array ||
      run instanceof Int8Array ||
      run instanceof Uint8Array
    ) {
      out.set(run, start);
      return;
    }
    for (let i = 0; i < run.length; i++) out[start + i] = this.number(run[i]);
  }

  /** Copies a page (see parquetPages.ts; values, not dictionary indices) into its rows; rows whose level says null are NaN. */
  writePage({ start, values, levels, rows, maxLevel }: PageOf): void {
    if (!levels) {
      this.write(start, values.length === rows ? values : Array.prototype.slice.call(values, 0, rows));
      return;
    }
    const out = this.values;
    let v = 0;
    for (let i = 0; i < rows; i++) out[start + i] = levels[i] === maxLevel ? this.number(values[v++]) : NaN;
  }

  private number(v: unknown): number {
    if (typeof v === 'number') return v;
    if (typeof v === 'bigint') {
      if (v > SAFE || v < -SAFE) this.rounded++;
      return Number(v);
    }
    return NaN;
  }

  /** The finished column, and the sentence saying how many values were rounded (if any). */
  done(name: string): { column: RawNumberColumn; note?: string } {
    const column: RawNumberColumn = { kind: 'number', values: this.values };
    if (this.rounded === 0) return { column };
    const n = this.rounded;
    return {
      column,
      note: `column ${JSON.stringify(name)}: ${formatCount(n)} integer${n === 1 ? '' : 's'} beyond ±2^53 ${n === 1 ? 'was' : 'were'} rounded to the nearest double (its last digits are not exact)`,
    };
  }
}

/**
 * Dictionary-encoded text: a code per row, labels in order of first appearance, '' for a missing value.
 * Runs must be written in row order, so that "first appearance" means what it says.
 */
export class TextColumnWriter {
  readonly codes: Uint32Array;
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  /** The last page dictionary seen, and its entries' codes (-1: not met yet). */
  private dictionary: Run | null = null;
  private dictionaryCodes = new Int32Array(0);

  constructor(rowCount: number) {
    this.codes = new Uint32Array(rowCount);
  }

  /** Writes `run` into rows `start`, `start + 1`, …, each value through `text` (never given null). */
  write(start: number, run: Run, text: (v: unknown) => string = String): void {
    const { codes } = this;
    for (let i = 0; i < run.length; i++) codes[start + i] = this.code(run[i], text);
  }

  /**
   * Like NumberColumnWriter.writePage; rows whose level says null are ''. A dictionary page's indices
   * are mapped to codes through a table kept for that dictionary, so each distinct string is looked up
   * once per dictionary, not once per row.
   */
  writePage({ start, values, levels, rows, maxLevel, dictionary }: PageOf, text: (v: unknown) => string = String): void {
    const { codes } = this;
    if (dictionary) {
      if (dictionary !== this.dictionary) {
        this.dictionary = dictionary;
        this.dictionaryCodes = new Int32Array(dictionary.length).fill(-1);
      }
      const table = this.dictionaryCodes;
      for (let i = 0, v = 0; i < rows; i++) {
        if (levels && levels[i] !== maxLevel) {
          codes[start + i] = this.code(null, text);
          continue;
        }
        const k = values[v++] as number;
        let code = table[k];
        if (code < 0) code = table[k] = this.code(dictionary[k], text);
        codes[start + i] = code;
      }
      return;
    }
    let v = 0;
    for (let i = 0; i < rows; i++) codes[start + i] = this.code(!levels || levels[i] === maxLevel ? values[v++] : null, text);
  }

  private code(v: unknown, text: (v: unknown) => string): number {
    const label = v === null || v === undefined ? '' : text(v);
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.index.set(label, code);
    }
    return code;
  }

  /** The finished column (every row must have been written). */
  done(): RawTextColumn {
    if (this.labels.length === 0 && this.codes.length > 0) this.labels.push('');
    return { kind: 'text', codes: this.codes, labels: this.labels };
  }
}
