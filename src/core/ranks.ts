import { orient } from './orient';
import { sortByKey } from './sort';
import type { Columns, Sense } from './types';
import { uniqueLex, type UniquePoints } from './unique';

/**
 * Non-dominated sorting: the Pareto rank of every row.
 *
 * Row a dominates row b when a is at least as good as b in every objective and strictly better in
 * at least one ('min': smaller is better, 'max': larger is better). Rank 1 holds the non-dominated
 * rows, rank 2 the non-dominated rows of what remains once rank 1 is removed, and so on; equivalently
 * the rank of a row is one more than the longest chain of rows dominating it.
 *
 * - Exact duplicate rows get the same rank (they do not dominate each other).
 * - Rows with NaN in any objective get rank 0 and dominate nothing.
 * - ±Infinity are ordinary values.
 *
 * Cost: O(n log n) for one or two objectives (a single sweep with binary search), and
 * O(n log^(d-1) n) for d >= 3 objectives (divide and conquer after Jensen 2003, Fortin et al. 2013,
 * Buzdalov & Shalyto 2014); never repeated peeling of fronts.
 *
 * @param columns one Float64Array per objective, all of the same length
 * @param senses 'min' or 'max' per objective
 * @returns ranks, one per input row (0 for rows with NaN)
 * @throws CoreInputError when the columns or senses do not describe one table
 */
export function paretoRanks(columns: Columns, senses: readonly Sense[]): Uint32Array {
  const o = orient(columns, senses);
  const out = new Uint32Array(o.n);
  if (o.rows.length === 0) return out;
  const u = uniqueLex(o);
  const rank = distinctRanks(u);
  const { start, rows } = u;
  for (let q = 0; q < u.m; q++) {
    const r = rank[q];
    for (let t = start[q], end = start[q + 1]; t < end; t++) out[rows[t]] = r;
  }
  return out;
}

/** Rank of each distinct point of `u` (lexicographic order), all >= 1. */
function distinctRanks(u: UniquePoints): Uint32Array {
  const { d, m, points } = u;
  if (d === 1) {
    // Distinct values in ascending order: each one is dominated by exactly the ones before it.
    const rank = new Uint32Array(m);
    for (let q = 0; q < m; q++) rank[q] = q + 1;
    return rank;
  }
  if (d === 2) return ranks2(points, m);
  return ranksDC(points, d, m);
}

/**
 * Two objectives: one sweep in lexicographic order. Every earlier point p has p.x <= q.x, and since
 * points are distinct, p dominates q iff p.y <= q.y. tail[r] is the y of the last point given rank r,
 * which is the smallest y in that front so far; tails are non-decreasing in r, so the rank of q is the
 * first r whose tail is > q.y, found by binary search.
 */
function ranks2(points: Float64Array, m: number): Uint32Array {
  const rank = new Uint32Array(m);
  const tail = new Float64Array(m);
  let fronts = 0;
  for (let q = 0; q < m; q++) {
    const y = points[2 * q + 1];
    let lo = 0;
    let hi = fronts;
    if (fronts > 0 && tail[fronts - 1] <= y) {
      lo = fronts; // dominated by every front: common case, skip the search
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tail[mid] > y) hi = mid;
        else lo = mid + 1;
      }
    }
    tail[lo] = y;
    if (lo === fronts) fronts++;
    rank[q] = lo + 1;
  }
  return rank;
}

// ---------------------------------------------------------------------------------------------
// d >= 3: divide and conquer.
//
// Points are identified by their position 0..m-1 in lexicographic order, so objective 0 is implicit:
// only p with p < q can dominate q, and (points being distinct) p < q with p_k <= q_k for k = 1..d-1
// means p dominates q. Objectives 1..d-1 are replaced by dense integer ranks once at the start.
// Sets are ranges of IDX holding positions in ascending order; every helper leaves its ranges
// ascending again when it returns. State lives in module variables (the engine is synchronous) so
// the recursion allocates nothing.

/** Up to this |L|·|H|, helperB compares pairs directly. */
let SMALL_B = 256;
/** Up to this |S|, helperA compares pairs directly. */
let SMALL_A = 16;

/**
 * Test hook, not part of the public API: sets the sizes below which the divide and conquer falls
 * back to pairwise comparison (minimum 2 and 1), so that small test inputs exercise the recursion.
 * Returns a function restoring the previous values.
 * @internal
 */
export function setRankCutoffsForTesting(smallA: number, smallB: number): () => void {
  const prevA = SMALL_A;
  const prevB = SMALL_B;
  SMALL_A = Math.max(2, smallA);
  SMALL_B = Math.max(1, smallB);
  return () => {
    SMALL_A = prevA;
    SMALL_B = prevB;
  };
}

const EMPTY = new Int32Array(0);
/** Number of distinct points. */
let M = 0;
/** V[k * M + p]: dense rank of point p in objective k (k >= 1). */
let V: Int32Array = EMPTY;
/** Current rank of each point; final once all its dominators have been applied. */
let R: Int32Array = EMPTY;
/** The position lists the recursion works on. */
let IDX: Int32Array = EMPTY;
/** Scratch for splitting and merging ranges of IDX (same indexing as IDX). */
let TMP: Int32Array = EMPTY;
/** Scratch for median selection. */
let MED: Int32Array = EMPTY;
/** Prefix-max Fenwick tree over objective 1's dense ranks (1-based); all zero between sweeps. */
let FEN: Int32Array = EMPTY;
let FEN_N = 0;
/** Ends of the "less" and "equal" parts written by split3. */
let SPLIT_LT = 0;
let SPLIT_EQ = 0;

function ranksDC(points: Float64Array, d: number, m: number): Uint32Array {
  M = m;
  V = new Int32Array(d * m);
  const ident = new Uint32Array(m);
  for (let p = 0; p < m; p++) ident[p] = p;
  let distinct1 = 0;
  for (let k = 1; k < d; k++) {
    const order = sortByKey(ident, (p) => points[p * d + k]);
    const base = k * m;
    let r = 0;
    let prev = points[order[0] * d + k];
    for (let j = 0; j < m; j++) {
      const p = order[j];
      const v = points[p * d + k];
      if (v !== prev) {
        r++;
        prev = v;
      }
      V[base + p] = r;
    }
    if (k === 1) distinct1 = r + 1;
  }
  R = new Int32Array(m).fill(1);
  IDX = new Int32Array(m);
  for (let p = 0; p < m; p++) IDX[p] = p;
  TMP = new Int32Array(m);
  MED = new Int32Array(m);
  FEN_N = distinct1;
  FEN = new Int32Array(distinct1 + 1);
  try {
    helperA(0, m, d - 1);
    const out = new Uint32Array(m);
    for (let p = 0; p < m; p++) out[p] = R[p];
    return out;
  } finally {
    V = R = IDX = TMP = MED = FEN = EMPTY;
    M = FEN_N = 0;
  }
}

/**
 * Settles the ranks of IDX[from..until) among themselves using objectives 1..k (objectives above k
 * are equal across the set). On entry every point's rank already accounts for its dominators
 * outside the set.
 */
function helperA(from: number, until: number, k: number): void {
  const n = until - from;
  if (n < 2) return;
  if (n <= SMALL_A) {
    bruteA(from, until, k);
    return;
  }
  if (k === 1) {
    sweepA(from, until);
    return;
  }
  const base = k * M;
  let lo = V[base + IDX[from]];
  let hi = lo;
  for (let t = from + 1; t < until; t++) {
    const v = V[base + IDX[t]];
    if (v < lo) lo = v;
    else if (v > hi) hi = v;
  }
  if (lo === hi) {
    helperA(from, until, k - 1);
    return;
  }
  for (let t = from; t < until; t++) MED[t - from] = V[base + IDX[t]];
  const med = select(MED, n, n >>> 1);
  split3(from, until, base, med);
  const a = SPLIT_LT;
  const b = SPLIT_EQ;
  helperA(from, a, k);
  helperB(from, a, a, b, k - 1);
  helperA(a, b, k - 1);
  merge(from, a, b);
  helperB(from, b, b, until, k - 1);
  helperA(b, until, k);
  merge(from, b, until);
}

/**
 * Raises the ranks of H = IDX[hf..hu) by the (final) ranks of L = IDX[lf..lu), where every point of
 * L is <= every point of H in the objectives above k. Ranks of L are not changed.
 */
function helperB(lf: number, lu: number, hf: number, hu: number, k: number): void {
  const nl = lu - lf;
  const nh = hu - hf;
  if (nl === 0 || nh === 0) return;
  if (IDX[hu - 1] < IDX[lf]) return; // every h comes before every l
  if (nl === 1 || nh === 1 || nl * nh <= SMALL_B) {
    bruteB(lf, lu, hf, hu, k);
    return;
  }
  if (k === 1) {
    sweepB(lf, lu, hf, hu);
    return;
  }
  const base = k * M;
  let lmin = V[base + IDX[lf]];
  let lmax = lmin;
  for (let t = lf + 1; t < lu; t++) {
    const v = V[base + IDX[t]];
    if (v < lmin) lmin = v;
    else if (v > lmax) lmax = v;
  }
  let hmin = V[base + IDX[hf]];
  let hmax = hmin;
  for (let t = hf + 1; t < hu; t++) {
    const v = V[base + IDX[t]];
    if (v < hmin) hmin = v;
    else if (v > hmax) hmax = v;
  }
  if (lmax <= hmin) {
    helperB(lf, lu, hf, hu, k - 1);
    return;
  }
  if (lmin > hmax) return;
  for (let t = lf; t < lu; t++) MED[t - lf] = V[base + IDX[t]];
  for (let t = hf; t < hu; t++) MED[nl + t - hf] = V[base + IDX[t]];
  const med = select(MED, nl + nh, (nl + nh) >>> 1);
  split3(lf, lu, base, med);
  const l1 = SPLIT_LT;
  const l2 = SPLIT_EQ;
  split3(hf, hu, base, med);
  const h1 = SPLIT_LT;
  const h2 = SPLIT_EQ;
  helperB(lf, l1, hf, h1, k);
  helperB(l2, lu, h2, hu, k);
  merge(lf, l1, l2);
  merge(h1, h2, hu);
  helperB(lf, l2, h1, hu, k - 1);
  merge(lf, l2, lu);
  merge(hf, h1, hu);
}

/** True when p is <= q in objectives 1..k. */
function weaklyBetter(p: number, q: number, k: number): boolean {
  for (let j = 1; j <= k; j++) {
    const base = j * M;
    if (V[base + p] > V[base + q]) return false;
  }
  return true;
}

function bruteA(from: number, until: number, k: number): void {
  for (let j = from + 1; j < until; j++) {
    const q = IDX[j];
    let r = R[q];
    for (let i = from; i < j; i++) {
      const p = IDX[i];
      if (R[p] >= r && weaklyBetter(p, q, k)) r = R[p] + 1;
    }
    R[q] = r;
  }
}

function bruteB(lf: number, lu: number, hf: number, hu: number, k: number): void {
  for (let j = hf; j < hu; j++) {
    const q = IDX[j];
    let r = R[q];
    for (let i = lf; i < lu; i++) {
      const p = IDX[i];
      if (p > q) break;
      if (R[p] >= r && weaklyBetter(p, q, k)) r = R[p] + 1;
    }
    R[q] = r;
  }
}

/** helperA for k = 1: position order plus objective 1, by a prefix-max Fenwick tree. */
function sweepA(from: number, until: number): void {
  const base = M;
  for (let t = from; t < until; t++) {
    const p = IDX[t];
    const x = V[base + p];
    let r = R[p];
    const best = fenQuery(x) + 1;
    if (best > r) {
      r = best;
      R[p] = r;
    }
    fenUpdate(x, r);
  }
  for (let t = from; t < until; t++) fenReset(V[base + IDX[t]]);
}

/** helperB for k = 1: merge L and H by position; L inserts, H queries. */
function sweepB(lf: number, lu: number, hf: number, hu: number): void {
  const base = M;
  let i = lf;
  for (let j = hf; j < hu; j++) {
    const q = IDX[j];
    while (i < lu && IDX[i] < q) {
      const p = IDX[i++];
      fenUpdate(V[base + p], R[p]);
    }
    if (i === lf) continue;
    const best = fenQuery(V[base + q]) + 1;
    if (best > R[q]) R[q] = best;
  }
  for (let t = lf; t < i; t++) fenReset(V[base + IDX[t]]);
}

/** Max over dense ranks 0..x inclusive. */
function fenQuery(x: number): number {
  let best = 0;
  for (let i = x + 1; i > 0; i -= i & -i) {
    const v = FEN[i];
    if (v > best) best = v;
  }
  return best;
}

function fenUpdate(x: number, r: number): void {
  // Each node's range contains its child's, so once a node holds >= r all further ones do too.
  for (let i = x + 1; i <= FEN_N; i += i & -i) {
    if (FEN[i] >= r) return;
    FEN[i] = r;
  }
}

function fenReset(x: number): void {
  // A zero node means an earlier reset passed here and cleared everything above it.
  for (let i = x + 1; i <= FEN_N; i += i & -i) {
    if (FEN[i] === 0) return;
    FEN[i] = 0;
  }
}

/**
 * Stable three-way partition of IDX[from..until) by objective value (at `base`) against `med`:
 * less, equal, greater. Sets SPLIT_LT and SPLIT_EQ to the ends of the first two parts.
 */
function split3(from: number, until: number, base: number, med: number): void {
  let lt = from; // "less" written in place (never overtakes the read position)
  let eq = from; // "equal" to TMP ascending from `from`
  let gt = until; // "greater" to TMP descending from `until`
  for (let t = from; t < until; t++) {
    const p = IDX[t];
    const v = V[base + p];
    if (v < med) IDX[lt++] = p;
    else if (v === med) TMP[eq++] = p;
    else TMP[--gt] = p;
  }
  let o = lt;
  for (let t = from; t < eq; t++) IDX[o++] = TMP[t];
  SPLIT_LT = lt;
  SPLIT_EQ = o;
  for (let t = until - 1; t >= gt; t--) IDX[o++] = TMP[t];
}

/** Merges the ascending ranges IDX[a..b) and IDX[b..c) into ascending IDX[a..c). */
function merge(a: number, b: number, c: number): void {
  if (a === b || b === c || IDX[b - 1] < IDX[b]) return;
  for (let t = a; t < b; t++) TMP[t] = IDX[t];
  let i = a;
  let j = b;
  let o = a;
  while (i < b && j < c) {
    const x = TMP[i];
    const y = IDX[j];
    if (x < y) {
      IDX[o++] = x;
      i++;
    } else {
      IDX[o++] = y;
      j++;
    }
  }
  while (i < b) IDX[o++] = TMP[i++];
}

/** The value that would sit at index `nth` if a[0..n) were sorted (reorders a). */
function select(a: Int32Array, n: number, nth: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    // Median of three as pivot.
    const mid = (lo + hi) >>> 1;
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x > y) {
      const s = x;
      x = y;
      y = s;
    }
    if (y > z) {
      y = z;
      if (x > y) y = x;
    }
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const s = a[i];
        a[i] = a[j];
        a[j] = s;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot, a[i..hi] >= pivot, and a[j+1..i-1] == pivot.
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return a[nth];
  }
  return a[nth];
}
