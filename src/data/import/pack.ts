/**
 * Rows across the worker boundary. Structured-cloning a million small string arrays costs the receiving
 * (main) thread about a second; one string of all cells plus a transferable Uint32Array of cell ends
 * arrives in a few milliseconds, and cutting it back into rows costs ~0.3 s per million 5-cell rows,
 * spread over the batches as they arrive.
 */
export interface PackedRows {
  /** Every cell of the batch, row by row, concatenated. */
  text: string;
  /** End offset in `text` of each cell (row-major); the batch has ends.length / width rows. */
  ends: Uint32Array;
  width: number;
}

/** Packs rows of equal width. */
export function packRows(rows: readonly string[][], width: number): PackedRows {
  const ends = new Uint32Array(rows.length * width);
  const parts = new Array<string>(rows.length * width);
  let k = 0;
  let at = 0;
  for (const row of rows) {
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      parts[k] = cell;
      at += cell.length;
      ends[k++] = at;
    }
  }
  return { text: parts.join(''), ends, width };
}

/** Unpacks a batch, appending its rows to `into`. */
export function unpackRows(packed: PackedRows, into: string[][] = []): string[][] {
  const { text, ends, width } = packed;
  const n = width === 0 ? 0 : ends.length / width;
  let k = 0;
  let from = 0;
  for (let r = 0; r < n; r++) {
    const row = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const to = ends[k++];
      row[c] = text.slice(from, to);
      from = to;
    }
    into.push(row);
  }
  return into;
}
