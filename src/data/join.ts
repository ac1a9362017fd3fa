/**
 * Left join of a second table onto a main table by one or more key columns. Keys compare as trimmed
 * cell text (no number parsing: "224" and "224.0" are different keys). The right side must have unique
 * keys — a duplicate would make a left row's match ambiguous, so it is an error, not a silent pick.
 */
import { DataError, quote } from './errors';
import { columnIndex, type CsvTable } from './parse';
import type { JoinKeyTransform } from './types';

export interface JoinKey {
  left: string;
  right: string;
  /** Applied to the left cell before comparing. */
  leftTransform?: JoinKeyTransform;
}

export interface JoinResult {
  /** For each left row, the 0-based index of its right row, or -1 when it has no match. */
  match: Int32Array;
  /** 0-based indices of the left rows without a match. */
  unmatched: number[];
}

/** Transforms a left key cell. 'strip-after-first-dot' keeps what precedes the first '.': timm's
 * `architecture.pretrained_tag` -> `architecture`. */
export function transformKey(value: string, transform: JoinKeyTransform | undefined): string {
  if (transform === undefined) return value;
  switch (transform) {
    case 'strip-after-first-dot': {
      const dot = value.indexOf('.');
      return dot < 0 ? value : value.slice(0, dot);
    }
  }
}

const SEP = '\u0000';

function keyColumns(table: CsvTable, keys: readonly string[]): number[] {
  return keys.map((k) => {
    const i = columnIndex(table, k);
    if (i < 0) {
      throw new DataError(
        { file: table.file, column: k },
        `join key column not found; the header has ${table.header.map((h) => quote(h)).join(', ')}`,
      );
    }
    return i;
  });
}

/** Matches every left row to at most one right row on all key pairs. Throws DataError on a missing key
 * column or on duplicate keys in the right table. */
export function leftJoin(left: CsvTable, right: CsvTable, keys: readonly JoinKey[]): JoinResult {
  if (keys.length === 0) throw new DataError({ file: left.file }, 'a join needs at least one key pair');
  const li = keyColumns(left, keys.map((k) => k.left));
  const ri = keyColumns(right, keys.map((k) => k.right));

  const index = new Map<string, number>();
  right.rows.forEach((cells, r) => {
    const key = ri.map((c) => cells[c].trim()).join(SEP);
    const first = index.get(key);
    if (first !== undefined) {
      throw new DataError(
        { file: right.file, row: r + 1 },
        `duplicate join key (${describeKey(keys.map((k) => k.right), key)}), first seen in row ${first + 1}; ` +
          'expected each key to appear once, otherwise a match would be ambiguous (add a key column)',
      );
    }
    index.set(key, r);
  });

  const match = new Int32Array(left.rows.length);
  const unmatched: number[] = [];
  left.rows.forEach((cells, r) => {
    const key = li.map((c, k) => transformKey(cells[c], keys[k].leftTransform).trim()).join(SEP);
    const hit = index.get(key);
    match[r] = hit ?? -1;
    if (hit === undefined) unmatched.push(r);
  });
  return { match, unmatched };
}

function describeKey(names: readonly string[], key: string): string {
  const parts = key.split(SEP);
  return names.map((n, i) => `${n} = ${quote(parts[i])}`).join(', ');
}
