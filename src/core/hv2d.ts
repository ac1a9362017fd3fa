/**
 * Two-objective hypervolume and exclusive contributions: one sort along x, then a sweep over the
 * (x, y) staircase. Minimization space; internal to the core (public API in hypervolume.ts).
 */
import { sortIdx } from './hv3d';
import { sortByKey } from './sort';

const RADIX_FROM = 1024;

/**
 * Hypervolume of the points `items` of a row-major 2-column matrix `pts`, bounded by (rx, ry).
 * Every listed point must be strictly below the reference; -Infinity is not allowed (handled by the caller).
 */
export function hv2d(pts: Float64Array, items: Uint32Array, rx: number, ry: number): number {
  const n = items.length;
  if (n === 0) return 0;
  let order: Uint32Array;
  if (n >= RADIX_FROM) {
    order = sortByKey(items, (i) => pts[i * 2]);
  } else {
    const key = new Float64Array(n);
    order = new Uint32Array(n);
    for (let t = 0; t < n; t++) {
      key[t] = pts[items[t] * 2];
      order[t] = t;
    }
    sortIdx(order, 0, n, key, key);
    for (let t = 0; t < n; t++) order[t] = items[order[t]];
  }
  // In ascending x, a point adds to the area iff it is lower than every point before it; it then adds
  // the strip from its own y up to the lowest y so far, over the width from its x to the reference.
  let yBest = ry;
  let area = 0;
  for (let t = 0; t < n; t++) {
    const o = order[t] * 2;
    const y = pts[o + 1];
    if (y < yBest) {
      area += (rx - pts[o]) * (yBest - y);
      yBest = y;
    }
  }
  return area;
}

/**
 * Exclusive contributions of `m` distinct points (row-major, 2 columns, lexicographically ascending,
 * all strictly below the reference; -Infinity allowed) into `out[0..m)`; O(m) given the order.
 *
 * Staircase point i alone dominates the rectangle R_i = [x_i, x_{i+1}) × [y_i, y_{i-1}) (neighbours on
 * the staircase, or the reference), minus what the points dominated by it alone cover there. Those
 * points lie in R_i, and in lexicographic order they come right after point i and before point i+1,
 * so one pass computes each R_i's inner staircase area. Dominated points get 0; points flagged in
 * `shared` (exact duplicates in the input) get 0 but still bound their neighbours.
 */
export function hv2dContributions(
  pts: Float64Array,
  m: number,
  rx: number,
  ry: number,
  shared: Uint8Array,
  out: Float64Array,
): void {
  // Staircase members in lex order have strictly increasing x and strictly decreasing y.
  const stair = new Uint32Array(m);
  const onStair = new Uint8Array(m);
  let s = 0;
  let yBest = ry;
  for (let u = 0; u < m; u++) {
    const y = pts[u * 2 + 1];
    out[u] = 0;
    if (y < yBest) {
      stair[s++] = u;
      onStair[u] = 1;
      yBest = y;
    }
  }
  let t = -1; // staircase position of the last staircase point seen
  let u = 0;
  while (u < m) {
    // u is on the staircase (the first point always is, and each group ends at the next one).
    t++;
    const x = pts[u * 2];
    const y = pts[u * 2 + 1];
    const xNext = t + 1 < s ? pts[stair[t + 1] * 2] : rx;
    const yPrev = t > 0 ? pts[stair[t - 1] * 2 + 1] : ry;
    // Both factors are > 0, so an infinite coordinate gives Infinity, never NaN.
    const rect = (xNext - x) * (yPrev - y);
    const own = u;
    let inner = 0;
    let yb = yPrev;
    for (u++; u < m && !onStair[u]; u++) {
      const qy = pts[u * 2 + 1];
      if (qy < yb) {
        inner += (xNext - pts[u * 2]) * (yb - qy);
        yb = qy;
      }
    }
    if (shared[own]) continue;
    if (rect === Infinity) out[own] = Infinity;
    else out[own] = rect - inner > 0 ? rect - inner : 0;
  }
}
