/**
 * Header normalization and row shaping shared by every format, so a CSV, a JSON file and a JSON Lines
 * file with the same content become the same RawTable, and the worker and the main thread agree.
 */
import { DataError } from '../errors';
import { columnsProblem, limitError, rowsProblem } from './limits';
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

/** Receives rows as a parser produces them and shapes them into a RawTable. */
export class TableBuilder {
  private header: string[] | null = null;
  private width = 0;
  private count = 0;
  readonly ragged: RaggedRow[] = [];
  readonly rows: string[][] = [];

  /**
   * @param keep false when the caller forwards each batch elsewhere (the worker posts them) instead of
   * collecting them in `rows`.
   */
  constructor(
    private readonly name: string,
    private readonly keep = true,
  ) {}

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
  }

  /**
   * Shapes a batch of rows (short rows padded with '', extra cells cut; both recorded unless the extra
   * cells are all empty, as a trailing delimiter leaves them) and returns the shaped batch. A blank line
   * (one empty cell) is not a row unless the table has a single column, where it is a missing value.
   */
  addRows(batch: string[][]): string[][] {
    if (!this.header) throw new Error('TableBuilder: header first');
    const w = this.width;
    const out: string[][] = [];
    for (const row of batch) {
      const cells = row.length;
      if (cells !== w) {
        if (cells === 1 && row[0].trim() === '') continue;
        if (cells < w) {
          for (let c = cells; c < w; c++) row.push('');
          this.ragged.push({ row: this.count + out.length, cells });
        } else {
          let extra = false;
          for (let c = w; c < cells; c++) if (row[c].trim() !== '') extra = true;
          row.length = w;
          if (extra) this.ragged.push({ row: this.count + out.length, cells });
        }
      }
      out.push(row);
    }
    this.count += out.length;
    const tooMany = rowsProblem(this.name, this.count, true);
    if (tooMany) throw limitError(this.name, tooMany);
    if (this.keep) for (const row of out) this.rows.push(row);
    return out;
  }

  finish(format: ImportFormat, delimiter?: string): RawTable {
    if (!this.header) throw new DataError({ file: this.name }, 'the file is empty: expected a header row and data rows');
    const table: RawTable = { name: this.name, format, header: this.header, rows: this.rows };
    if (delimiter !== undefined) table.delimiter = delimiter;
    if (this.ragged.length) table.ragged = this.ragged;
    return table;
  }
}
