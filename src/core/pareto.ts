import { orient, type Oriented } from './orient';
import { checkTable } from './validate';
import { sortByKey } from './sort';
import type { Columns, Sense } from './types';
import { rowsOf, uniqueLex, type UniquePoints } from './unique';

/**
 * Row indices of the non-dominated rows, ascending.
 *
 * Row a dominates row b iff a is at least as good as b in every objective and strictly better in at
 * least one. Exact duplicates of a non-dominated row are all kept. A row with NaN in any objective is
 * neither in the front nor dominates anything; ±Infinity are ordinary values.
 *
 * Cost: 2 objectives O(n log n) (sort and sweep); 3 objectives O(n log n) (sweep with a Fenwick tree);
 * 4+ objectives O(n log^(d-2) n) (Kung, Luccio & Preparata 1975 divide and conquer). From 3
 * objectives a linear pre-pass first drops the rows that a few good rows dominate (see `prefilter`),
 * so on typical data the exact algorithm sees only a small share of the rows.
 *
 * @throws CoreInputError on columns of different lengths or `senses` of the wrong length.
 */
export function paretoFront(columns: Columns, senses: readonly Sense[]): Uint32Array {
  if (columns.length < 3) {
    const o = orient(columns, senses);
    if (o.d === 2) return front2Rows(o);
    const u = uniqueLex(o);
    return rowsOf(u, frontMaskUnique(u));
  }
  const u = uniqueLex(orient(columns, senses, 'columns', prefilter(columns, senses, checkTable(columns, senses))));
  return rowsOf(u, frontMaskUnique(u));
}

/** Number of pivot rows `prefilter` keeps. */
const PIVOTS = 8;

/**
 * The rows of `o` that none of a few pivot rows dominates, in order (a sub-table with the same `d`).
 * A row that some row dominates is never on the front, so dropping it is always safe; the pivots only
 * decide how many rows go. They are the rows of smallest coordinate sum among the rows kept so far
 * (updated on the fly in one pass), which on typical data dominate most of the table: on 100,000
 * uniform rows in 3 objectives about 99% go, at PIVOTS dominance tests a row at most. (This is the
 * "sort-filter-skyline" idea of Chomicki, Godfrey, Gryz & Liang 2003 without the sort.)
 */
function prefilter(columns: Columns, senses: readonly Sense[], n: number): Uint32Array {
  const d = columns.length;
  // Minimization space, read straight from the columns: no copy of the rows that go.
  const cols = columns.slice();
  const sign = senses.map((s) => (s === 'max' ? -1 : 1));
  const value = (k: number, j: number) => sign[k] * cols[k][j];
  const pivot = new Float64Array(PIVOTS * d);
  const pivotSum = new Float64Array(PIVOTS);
  let pivots = 0;
  let worst = 0; // the pivot with the largest sum
  const keep = new Uint32Array(n);
  let kept = 0;
  const row = new Float64Array(d);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < d; k++) row[k] = value(k, j);
    let dominated = false;
    for (let t = 0; t < pivots && !dominated; t++) {
      const po = t * d;
      let k = 0;
      let strict = false;
      for (; k < d; k++) {
        const a = pivot[po + k];
        const b = row[k];
        if (a > b) break;
        if (a < b) strict = true;
      }
      dominated = k === d && strict; // never true for a row with NaN
    }
    if (dominated) continue;
    keep[kept++] = j;
    let sum = 0;
    for (let k = 0; k < d; k++) sum += row[k];
    if (!(sum === sum)) continue; // NaN, or +Infinity and -Infinity together: not a pivot
    let t = -1;
    if (pivots < PIVOTS) {
      t = pivots++;
    } else if (sum < pivotSum[worst]) {
      t = worst;
    }
    if (t < 0) continue;
    pivot.set(row, t * d);
    pivotSum[t] = sum;
    worst = 0;
    for (let s = 1; s < pivots; s++) if (pivotSum[s] > pivotSum[worst]) worst = s;
  }
  return keep.subarray(0, kept);
}

/**
 * 2-D fast path without deduplication (the common case, and the one that meets a million rows):
 * one radix sort by x, then a sweep over runs of equal x. In a run, only the rows with the run's
 * smallest y can be undominated, and only if that y beats every y seen at smaller x.
 */
function front2Rows(o: Oriented): Uint32Array {
  const { points, rows } = o;
  const count = rows.length;
  const all = new Uint32Array(count);
  for (let j = 0; j < count; j++) all[j] = j;
  const byX = sortByKey(all, (j) => points[2 * j]);
  const keep = new Uint8Array(count);
  let best = Infinity;
  let seen = false; // +Infinity is a legitimate value, so "nothing yet" needs its own flag
  for (let s = 0; s < count; ) {
    const x = points[2 * byX[s]];
    let e = s;
    let runMin = Infinity;
    let runSeen = false;
    for (; e < count && points[2 * byX[e]] === x; e++) {
      const y = points[2 * byX[e] + 1];
      if (!runSeen || y < runMin) runMin = y;
      runSeen = true;
    }
    if (!seen || runMin < best) {
      for (let t = s; t < e; t++) if (points[2 * byX[t] + 1] === runMin) keep[byX[t]] = 1;
      best = runMin;
      seen = true;
    }
    s = e;
  }
  let total = 0;
  for (let j = 0; j < count; j++) total += keep[j];
  const out = new Uint32Array(total);
  for (let j = 0, t = 0; j < count; j++) if (keep[j]) out[t++] = rows[j];
  return out;
}

/**
 * Marks the non-dominated points among distinct, lexicographically sorted points (see `uniqueLex`):
 * 1 = non-dominated. Shared by the front, hypervolume and indicator code.
 */
export function frontMaskUnique(u: UniquePoints): Uint8Array {
  const { d, m, points } = u;
  const keep = new Uint8Array(m);
  if (m === 0) return keep;
  if (d === 1) {
    keep[0] = 1; // distinct and sorted: only the smallest value is undominated
    return keep;
  }
  if (d === 2) {
    front2(points, m, keep);
    return keep;
  }
  if (d === 3) {
    front3(points, m, keep);
    return keep;
  }
  frontKung(points, d, m, keep);
  return keep;
}

/**
 * Distinct points in lex order: every possible dominator of q comes before it, and a predecessor p
 * with p.y <= q.y dominates q (p.x <= q.x by the order; distinct, so not equal).
 */
function front2(points: Float64Array, m: number, keep: Uint8Array): void {
  let best = Infinity;
  let first = true;
  for (let q = 0; q < m; q++) {
    const y = points[2 * q + 1];
    if (first || y < best) {
      keep[q] = 1;
      best = y;
      first = false;
    }
  }
}

/**
 * Sweep in lex order with a Fenwick tree over the ranks of the second objective holding the minimum
 * third objective seen: q is dominated iff some predecessor has y <= q.y and z <= q.z.
 */
function front3(points: Float64Array, m: number, keep: Uint8Array): void {
  const idx = new Uint32Array(m);
  for (let q = 0; q < m; q++) idx[q] = q;
  const byY = sortByKey(idx, (q) => points[3 * q + 1]);
  // Dense ranks of y, 1-based; equal values share a rank.
  const yRank = new Uint32Array(m);
  let r = 0;
  let prev = NaN;
  for (let j = 0; j < m; j++) {
    const q = byY[j];
    const y = points[3 * q + 1];
    if (j === 0 || y !== prev) r++;
    yRank[q] = r;
    prev = y;
  }
  const size = r;
  // An explicit "filled" flag rather than an Infinity sentinel: +Infinity is a legitimate value.
  const tree = new Float64Array(size + 1);
  const filled = new Uint8Array(size + 1);
  for (let q = 0; q < m; q++) {
    const z = points[3 * q + 2];
    const ry = yRank[q];
    let dominated = false;
    for (let i = ry; i > 0; i -= i & -i) {
      if (filled[i] && tree[i] <= z) {
        dominated = true;
        break;
      }
    }
    if (dominated) continue; // by transitivity it need not be inserted
    keep[q] = 1;
    for (let i = ry; i <= size; i += i & -i) {
      if (!filled[i] || z < tree[i]) {
        tree[i] = z;
        filled[i] = 1;
      }
    }
  }
}

/**
 * Kung, Luccio & Preparata (1975): split the lex-sorted points in halves, solve each, then drop the
 * second half's survivors that the first half's survivors dominate. Every point of the first half
 * precedes every point of the second, so it is already no worse in objective 0; the filter works on
 * objectives 1..d-1 by a multidimensional divide and conquer.
 */
function frontKung(points: Float64Array, d: number, m: number, keep: Uint8Array): void {
  const all = new Uint32Array(m);
  for (let q = 0; q < m; q++) all[q] = q;
  const front = kung(points, d, all);
  for (let j = 0; j < front.length; j++) keep[front[j]] = 1;
}

function kung(points: Float64Array, d: number, s: Uint32Array): Uint32Array {
  const n = s.length;
  if (n <= 16) return bruteFilterSelf(points, d, s);
  const half = n >>> 1;
  const top = kung(points, d, s.subarray(0, half));
  const bottom = kung(points, d, s.subarray(half));
  const survivors = filterDominated(points, d, top, bottom, 1);
  const out = new Uint32Array(top.length + survivors.length);
  out.set(top, 0);
  out.set(survivors, top.length);
  return out;
}

/** Non-dominated points of a small lex-ordered set (a dominator always precedes). */
function bruteFilterSelf(points: Float64Array, d: number, s: Uint32Array): Uint32Array {
  const out: number[] = [];
  for (let j = 0; j < s.length; j++) {
    const q = s[j] * d;
    let dominated = false;
    for (let t = 0; t < out.length && !dominated; t++) {
      dominated = weaklyBetter(points, out[t] * d, q, 1, d);
    }
    if (!dominated) out.push(s[j]);
  }
  return Uint32Array.from(out);
}

/** a <= b in objectives from..d-1 (points given by their offsets in `points`). */
function weaklyBetter(points: Float64Array, a: number, b: number, from: number, d: number): boolean {
  for (let k = from; k < d; k++) if (points[a + k] > points[b + k]) return false;
  return true;
}

/**
 * The points of `b` not weakly dominated in objectives k..d-1 by any point of `a`. The caller
 * guarantees every a is already <= every b in objectives below k, and the points are distinct, so
 * weak dominance here is dominance.
 */
function filterDominated(points: Float64Array, d: number, a: Uint32Array, b: Uint32Array, k: number): Uint32Array {
  if (a.length === 0 || b.length === 0) return b;
  if (k === d - 1) {
    let best = Infinity;
    for (let j = 0; j < a.length; j++) best = Math.min(best, points[a[j] * d + k]);
    return b.filter((q) => points[q * d + k] < best);
  }
  if (a.length * b.length <= 256) {
    return b.filter((q) => {
      for (let j = 0; j < a.length; j++) if (weaklyBetter(points, a[j] * d, q * d, k, d)) return false;
      return true;
    });
  }
  if (k === d - 2) return filter2(points, d, a, b, k);
  // Split both sets at a pivot of objective k. a in the low part and b in the high part are settled
  // in objective k, so they move on to k + 1; a high a can never dominate a low b.
  let lo = Infinity;
  let hi = -Infinity;
  for (const set of [a, b]) {
    for (let j = 0; j < set.length; j++) {
      const v = points[set[j] * d + k];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo === hi) return filterDominated(points, d, a, b, k + 1);
  const pivot = medianOf(points, d, k, a, b);
  // Low = v < pivot, or v <= pivot when pivot is the minimum, so both sides are non-empty.
  const inclusive = pivot === lo;
  const isLow = (q: number) => {
    const v = points[q * d + k];
    return inclusive ? v <= pivot : v < pivot;
  };
  const aLow = a.filter(isLow);
  const aHigh = a.filter((q) => !isLow(q));
  const bLow = b.filter(isLow);
  const bHigh = b.filter((q) => !isLow(q));
  const keptLow = filterDominated(points, d, aLow, bLow, k);
  let keptHigh = filterDominated(points, d, aHigh, bHigh, k);
  keptHigh = filterDominated(points, d, aLow, keptHigh, k + 1);
  // b was in position order; keep the output in that order so callers can rely on it.
  const out = new Uint32Array(keptLow.length + keptHigh.length);
  mergeSorted(keptLow, keptHigh, out);
  return out;
}

/** Last two objectives: sort a ∪ b by objective k and sweep the running minimum of objective k + 1 over a. */
function filter2(points: Float64Array, d: number, a: Uint32Array, b: Uint32Array, k: number): Uint32Array {
  // Tag b items by offsetting them past the a items; ties in k put a first (a <= b suffices).
  const na = a.length;
  const nb = b.length;
  const items = new Uint32Array(na + nb);
  for (let j = 0; j < na; j++) items[j] = j;
  for (let j = 0; j < nb; j++) items[na + j] = na + j;
  const key = (t: number) => points[(t < na ? a[t] : b[t - na]) * d + k];
  const order = sortByKey(items, key);
  let best = Infinity;
  let seen = false; // +Infinity is a legitimate value, so "no a yet" needs its own flag
  const keepB = new Uint8Array(nb);
  for (let j = 0; j < order.length; j++) {
    const t = order[j];
    if (t < na) {
      const v = points[a[t] * d + k + 1];
      if (!seen || v < best) best = v;
      seen = true;
    } else if (!seen || points[b[t - na] * d + k + 1] < best) {
      keepB[t - na] = 1;
    }
  }
  return b.filter((_, j) => keepB[j] === 1);
}

function medianOf(points: Float64Array, d: number, k: number, a: Uint32Array, b: Uint32Array): number {
  const vals = new Float64Array(a.length + b.length);
  for (let j = 0; j < a.length; j++) vals[j] = points[a[j] * d + k];
  for (let j = 0; j < b.length; j++) vals[a.length + j] = points[b[j] * d + k];
  vals.sort();
  return vals[vals.length >>> 1];
}

function mergeSorted(x: Uint32Array, y: Uint32Array, out: Uint32Array): void {
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < x.length && j < y.length) out[o++] = x[i] <= y[j] ? x[i++] : y[j++];
  while (i < x.length) out[o++] = x[i++];
  while (j < y.length) out[o++] = y[j++];
}
