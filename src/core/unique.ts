import type { Oriented } from './orient';
import { lexOrder } from './sort';

/**
 * The distinct points of an oriented table in lexicographic order, with the input rows behind each.
 *
 * Most algorithms here work on distinct points: exact duplicates never dominate each other, so after
 * collapsing them "a <= b in every objective" already means "a dominates b", and sorting
 * lexicographically guarantees that every dominator of a point comes before it.
 */
export interface UniquePoints {
  readonly d: number;
  /** Number of distinct points. */
  readonly m: number;
  /** `m * d` values, row-major, lexicographically ascending (all objectives minimized). */
  readonly points: Float64Array;
  /** Input rows of distinct point u: `rows[start[u] .. start[u + 1])`, ascending. */
  readonly start: Uint32Array;
  readonly rows: Uint32Array;
}

export function uniqueLex(o: Oriented): UniquePoints {
  const { d, points } = o;
  const count = o.rows.length;
  const dims = Array.from({ length: d }, (_, k) => k);
  const order = lexOrder(points, d, count, dims);
  const uniq = new Float64Array(count * d);
  const start = new Uint32Array(count + 1);
  const rows = new Uint32Array(count);
  let m = 0;
  for (let j = 0; j < count; j++) {
    const p = order[j];
    const base = p * d;
    let same = m > 0;
    if (same) {
      const prev = (m - 1) * d;
      for (let k = 0; k < d; k++) {
        if (uniq[prev + k] !== points[base + k]) {
          same = false;
          break;
        }
      }
    }
    if (!same) {
      start[m] = j;
      const at = m * d;
      for (let k = 0; k < d; k++) uniq[at + k] = points[base + k];
      m++;
    }
    rows[j] = o.rows[p]; // stable sort keeps ties in input order, so each group is ascending
  }
  start[m] = count;
  return { d, m, points: uniq.subarray(0, m * d), start: start.subarray(0, m + 1), rows };
}

/** Input rows of the distinct points flagged in `keep`, ascending. */
export function rowsOf(u: UniquePoints, keep: Uint8Array): Uint32Array {
  let total = 0;
  for (let q = 0; q < u.m; q++) if (keep[q]) total += u.start[q + 1] - u.start[q];
  const out = new Uint32Array(total);
  let j = 0;
  for (let q = 0; q < u.m; q++) {
    if (!keep[q]) continue;
    for (let t = u.start[q]; t < u.start[q + 1]; t++) out[j++] = u.rows[t];
  }
  return out.sort();
}
