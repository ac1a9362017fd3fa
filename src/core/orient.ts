import type { Columns, Sense } from './types';
import { checkTable } from './validate';

/**
 * A table turned into minimization space: every 'max' column negated, rows with NaN
 * in any objective left out. Row-major so the hot loops read one row contiguously.
 */
export interface Oriented {
  /** Number of objectives. */
  readonly d: number;
  /** Number of rows in the input, NaN rows included. */
  readonly n: number;
  /** Input row index of each kept row, ascending. */
  readonly rows: Uint32Array;
  /** `rows.length * d` values; point j, objective k is `points[j * d + k]`, to be minimized. */
  readonly points: Float64Array;
}

/**
 * Validates and orients a table so that every objective is minimized.
 * -0 is folded into +0 so that bitwise keys (radix sort) agree with `===`.
 * With `only` (ascending row indices), only those rows are taken (`n` is still the table's length).
 */
export function orient(columns: Columns, senses: readonly Sense[], what = 'columns', only?: Uint32Array): Oriented {
  const n = checkTable(columns, senses, what);
  const d = columns.length;
  const pick = only ?? identity(n);
  const count = pick.length;
  const keep = new Uint8Array(count).fill(1);
  let m = count;
  for (let k = 0; k < d; k++) {
    const col = columns[k];
    for (let t = 0; t < count; t++) {
      if (keep[t] && Number.isNaN(col[pick[t]])) {
        keep[t] = 0;
        m--;
      }
    }
  }
  const rows = m === count ? pick : new Uint32Array(m);
  if (m !== count) for (let t = 0, j = 0; t < count; t++) if (keep[t]) rows[j++] = pick[t];
  const points = new Float64Array(m * d);
  for (let k = 0; k < d; k++) {
    const col = columns[k];
    const neg = senses[k] === 'max';
    for (let j = 0; j < m; j++) {
      const v = col[rows[j]];
      points[j * d + k] = (neg ? -v : v) + 0;
    }
  }
  return { d, n, rows, points };
}

function identity(n: number): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

/** Orients one point given in data units (e.g. a reference point) into minimization space. */
export function orientPoint(p: readonly number[], senses: readonly Sense[]): Float64Array {
  const out = new Float64Array(p.length);
  for (let k = 0; k < p.length; k++) out[k] = (senses[k] === 'max' ? -p[k] : p[k]) + 0;
  return out;
}
