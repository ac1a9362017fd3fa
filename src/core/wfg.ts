/**
 * Exact hypervolume for four or more objectives by WFG (While, Bradstreet, Barone 2012), and exclusive
 * contributions for three or more, both built on limit sets:
 *
 *   HV(S) = Σᵢ exclhv(pᵢ, {pᵢ₊₁, …}),   exclhv(p, T) = vol(box(p)) − HV(nds({ max(p, q) : q ∈ T })).
 *
 * With S sorted so that the last objective gets better (descending in minimization space), every
 * point of a limit set has the contributing point's last value, so the limit set is evaluated with
 * one objective fewer; at three objectives the O(n log n) sweep of hv3d.ts takes over.
 *
 * Limit sets are pruned before the non-dominated filter: if some q is worse than p in exactly one
 * objective j, the limit point p-with-j-raised-to-q_j weakly dominates every limit point whose j-th
 * value is at least q_j. So with b_j the lowest such q_j (or the reference), only the "single-worse"
 * points realising the b_j and the points strictly inside [p, b) can matter.
 *
 * Minimization space, finite values strictly below the reference. Internal to the core.
 */
import { Hv3Workspace, hv3d, sortIdx } from './hv3d';
import { Hv4Workspace, hv4d } from './hv4d';
import type { UniquePoints } from './unique';

/** The end of a linked list of rows. */
const NIL = 0xffffffff;

/** Scratch memory for sets of up to `capacity` points with `d` objectives (not re-entrant). */
export class WfgWorkspace {
  readonly d: number;
  readonly ref: Float64Array;
  /** buf[l]: the current set with l objectives, row-major (l = 3 … d). */
  readonly buf: Float64Array[] = [];
  readonly idx: Uint32Array[] = [];
  readonly key: Float64Array[] = [];
  readonly bound: Float64Array[] = [];
  /** sorted[l]: the level-l set reordered by its last objective. */
  readonly sorted: Float64Array[] = [];
  /** Scratch for the non-dominated filter. */
  readonly kept: Uint32Array;
  readonly flag: Uint8Array;
  /** The five-objective level's rows linked by their fourth objective (see limitSet4). */
  readonly byW: Uint32Array;
  readonly prevW: Uint32Array;
  readonly ws3: Hv3Workspace;
  readonly ws4: Hv4Workspace;
  /** Work still allowed (points × objectives handled per level, over all levels); see WfgBudgetExceeded. */
  budget: WorkBudget = { remaining: Infinity };

  constructor(capacity: number, d: number, ref: Float64Array) {
    const c = Math.max(1, capacity);
    this.d = d;
    this.ref = ref;
    for (let l = 0; l <= d; l++) {
      const used = l >= 3;
      this.buf.push(new Float64Array(used ? c * l : 0));
      this.sorted.push(new Float64Array(used && l >= 4 ? c * l : 0));
      this.idx.push(new Uint32Array(used ? c : 0));
      this.key.push(new Float64Array(used ? c : 0));
      this.bound.push(new Float64Array(l));
    }
    this.kept = new Uint32Array(c);
    this.flag = new Uint8Array(c);
    this.byW = new Uint32Array(d >= 5 ? c + 1 : 0);
    this.prevW = new Uint32Array(d >= 5 ? c + 1 : 0);
    this.ws3 = new Hv3Workspace(c);
    this.ws4 = new Hv4Workspace(d >= 4 ? c : 0);
  }
}

function boxVolume(P: Float64Array, off: number, nd: number, ref: Float64Array): number {
  let v = 1;
  for (let j = 0; j < nd; j++) v *= ref[j] - P[off + j];
  return v;
}

/**
 * Writes into `L` (row-major, `nd` values a row) a pruned limit set of the point at `P[pOff..]`
 * against the rows `from..to` of `P` (`stride` values a row), skipping the row at offset `skipOff`.
 * Only the first `nd` objectives are read. Returns the number of rows written, or -1 if some point
 * weakly dominates p in those objectives (then p has no exclusive volume).
 */
function limitSet(
  P: Float64Array,
  stride: number,
  pOff: number,
  from: number,
  to: number,
  skipOff: number,
  nd: number,
  ref: Float64Array,
  b: Float64Array,
  L: Float64Array,
): number {
  for (let j = 0; j < nd; j++) b[j] = ref[j];
  for (let s = from; s < to; s++) {
    const q = s * stride;
    if (q === skipOff) continue;
    let worse = 0;
    let wj = 0;
    for (let j = 0; j < nd; j++) {
      if (P[q + j] > P[pOff + j]) {
        worse++;
        wj = j;
        if (worse > 1) break;
      }
    }
    if (worse === 0) return -1;
    if (worse === 1 && P[q + wj] < b[wj]) b[wj] = P[q + wj];
  }
  let c = 0;
  for (let s = from; s < to; s++) {
    const q = s * stride;
    if (q === skipOff) continue;
    let inside = true;
    for (let j = 0; j < nd; j++) {
      if (!(P[q + j] < b[j])) {
        inside = false;
        break;
      }
    }
    if (!inside) continue;
    const o = c * nd;
    for (let j = 0; j < nd; j++) {
      const a = P[pOff + j];
      const v = P[q + j];
      L[o + j] = v > a ? v : a;
    }
    c++;
  }
  for (let j = 0; j < nd; j++) {
    if (b[j] < ref[j]) {
      const o = c * nd;
      for (let jj = 0; jj < nd; jj++) L[o + jj] = P[pOff + jj];
      L[o + j] = b[j];
      c++;
    }
  }
  return c;
}

/**
 * `limitSet` for five-objective rows `S` (the first `t` of them, against the row at `pOff`), written
 * as four-objective rows in ascending order of the fourth objective, as HV4D+ sweeps them: the rows
 * are taken in `byW` order (a list of the rows before t by their fourth objective: `byW[k]` is the
 * first, `byW[row]` the one after `row`, NIL the end), and max(p, q) keeps that order. The bound
 * points go first (their fourth value is p's) or, raised in the fourth objective, last.
 */
function limitSet4(
  S: Float64Array,
  pOff: number,
  byW: Uint32Array,
  k: number,
  t: number,
  ref: Float64Array,
  b: Float64Array,
  L: Float64Array,
): number {
  const p0 = S[pOff];
  const p1 = S[pOff + 1];
  const p2 = S[pOff + 2];
  const p3 = S[pOff + 3];
  let b0 = ref[0];
  let b1 = ref[1];
  let b2 = ref[2];
  let b3 = ref[3];
  for (let s = 0; s < t; s++) {
    const q = s * 5;
    const q0 = S[q];
    const q1 = S[q + 1];
    const q2 = S[q + 2];
    const q3 = S[q + 3];
    const w0 = q0 > p0 ? 1 : 0;
    const w1 = q1 > p1 ? 1 : 0;
    const w2 = q2 > p2 ? 1 : 0;
    const w3 = q3 > p3 ? 1 : 0;
    const worse = w0 + w1 + w2 + w3;
    if (worse === 0) return -1;
    if (worse === 1) {
      if (w0) {
        if (q0 < b0) b0 = q0;
      } else if (w1) {
        if (q1 < b1) b1 = q1;
      } else if (w2) {
        if (q2 < b2) b2 = q2;
      } else if (q3 < b3) b3 = q3;
    }
  }
  b[0] = b0;
  b[1] = b1;
  b[2] = b2;
  b[3] = b3;
  let c = 0;
  // Bound points raised in objectives 0–2 keep p's fourth value, the smallest of the set: first.
  for (let j = 0; j < 3; j++) {
    if (b[j] < ref[j]) {
      const o = c * 4;
      L[o] = p0;
      L[o + 1] = p1;
      L[o + 2] = p2;
      L[o + 3] = p3;
      L[o + j] = b[j];
      c++;
    }
  }
  // byW: rows < t linked in ascending fourth objective, from byW[k] (a list head) through byW[row].
  for (let s = byW[k]; s !== NIL; s = byW[s]) {
    const q = s * 5;
    const q0 = S[q];
    const q1 = S[q + 1];
    const q2 = S[q + 2];
    const q3 = S[q + 3];
    if (!(q0 < b0 && q1 < b1 && q2 < b2 && q3 < b3)) continue;
    const o = c * 4;
    L[o] = q0 > p0 ? q0 : p0;
    L[o + 1] = q1 > p1 ? q1 : p1;
    L[o + 2] = q2 > p2 ? q2 : p2;
    L[o + 3] = q3 > p3 ? q3 : p3;
    c++;
  }
  if (b3 < ref[3]) {
    // Every row above is below b3 in its fourth objective (the bounds cut the others off): last.
    const o = c * 4;
    L[o] = p0;
    L[o + 1] = p1;
    L[o + 2] = p2;
    L[o + 3] = b3;
    c++;
  }
  return c;
}

/**
 * Keeps the rows of `L[0..c)` that no other row weakly dominates (one copy of duplicates), in their
 * original order; returns the count. Rows are visited by ascending coordinate sum, so a row's
 * dominators come before it (floating-point sums are monotone) and one dominance test per pair is
 * enough. (Equal sums from rounding can let a dominated row through; that costs time, not accuracy.)
 * `order`, `sum`, `kept` and `flag` are scratch of length >= c; `flag` must be all 0 and is left so.
 */
function nondominatedInPlace(
  L: Float64Array,
  c: number,
  nd: number,
  order: Uint32Array,
  sum: Float64Array,
  kept: Uint32Array,
  flag: Uint8Array,
): number {
  for (let a = 0; a < c; a++) {
    const ao = a * nd;
    let s = 0;
    for (let j = 0; j < nd; j++) s += L[ao + j];
    sum[a] = s;
    order[a] = a;
  }
  sortIdx(order, 0, c, sum, sum);
  let nk = 0;
  for (let t = 0; t < c; t++) {
    const a = order[t];
    const ao = a * nd;
    let dominated = false;
    for (let k = 0; k < nk; k++) {
      const ko = kept[k] * nd;
      let j = 0;
      while (j < nd && L[ko + j] <= L[ao + j]) j++;
      if (j === nd) {
        dominated = true;
        break;
      }
    }
    if (!dominated) {
      kept[nk++] = a;
      flag[a] = 1;
    }
  }
  let w = 0;
  for (let a = 0; a < c; a++) {
    if (!flag[a]) continue;
    flag[a] = 0;
    const from = a * nd;
    const to = w * nd;
    if (to !== from) for (let j = 0; j < nd; j++) L[to + j] = L[from + j];
    w++;
  }
  return w;
}

/** Hypervolume of the `k` points in `ws.buf[dl]` (dl >= 3 objectives). Uses levels dl-1 … 3 as scratch. */
function wfgLevel(ws: WfgWorkspace, dl: number, k: number): number {
  const P = ws.buf[dl];
  const ref = ws.ref;
  if ((ws.budget.remaining -= k * dl) < 0) throw new WfgBudgetExceeded();
  if (k === 0) return 0;
  if (k === 1) return boxVolume(P, 0, dl, ref);
  if (k === 2) {
    let v0 = 1;
    let v1 = 1;
    let v01 = 1;
    for (let j = 0; j < dl; j++) {
      const a = P[j];
      const c = P[dl + j];
      v0 *= ref[j] - a;
      v1 *= ref[j] - c;
      v01 *= ref[j] - (a > c ? a : c);
    }
    return v0 + v1 - v01;
  }
  if (dl === 3) return hv3d(P, k, ref[0], ref[1], ref[2], ws.ws3);
  if (dl === 4) return hv4d(P, k, ref, ws.ws4);
  const nd = dl - 1;
  const idx = ws.idx[dl];
  const key = ws.key[dl];
  for (let i = 0; i < k; i++) {
    idx[i] = i;
    key[i] = P[i * dl + nd];
  }
  sortIdx(idx, 0, k, key, key);
  // Rows in ascending order of the last objective, so the points after p in the WFG order come before it.
  const S = ws.sorted[dl];
  for (let t = 0; t < k; t++) {
    const from = idx[t] * dl;
    const to = t * dl;
    for (let j = 0; j < dl; j++) S[to + j] = P[from + j];
  }
  const L = ws.buf[nd];
  const b = ws.bound[dl];
  // Five objectives: the rows linked by their fourth objective, HV4D+'s sweep order, so that limit
  // sets come out in it for free (see limitSet4); the row being processed leaves the list.
  const byW = ws.byW;
  const prevW = ws.prevW;
  if (nd === 4) {
    for (let i = 0; i < k; i++) {
      idx[i] = i;
      key[i] = S[i * dl + 3];
    }
    sortIdx(idx, 0, k, key, key);
    let last = k; // the head
    for (let i = 0; i < k; i++) {
      byW[last] = idx[i];
      prevW[idx[i]] = last;
      last = idx[i];
    }
    byW[last] = NIL;
  }
  let total = 0;
  for (let t = k - 1; t >= 0; t--) {
    const pOff = t * dl;
    const height = ref[nd] - S[pOff + nd];
    const box = boxVolume(S, pOff, nd, ref);
    if (t === 0) {
      total += height * box;
      break;
    }
    if (nd === 4) {
      // Unlink row t: the list holds the rows before it.
      const before = prevW[t];
      const after = byW[t];
      byW[before] = after;
      if (after !== NIL) prevW[after] = before;
      const c = limitSet4(S, pOff, byW, k, t, ref, b, L);
      if (c < 0) continue;
      if ((ws.budget.remaining -= c * 4) < 0) throw new WfgBudgetExceeded();
      const excl = box - hv4d(L, c, ref, ws.ws4, true);
      if (excl > 0) total += height * excl;
      continue;
    }
    let c = limitSet(S, dl, pOff, 0, t, -1, nd, ref, b, L);
    if (c < 0) continue;
    if (nd > 4 && c > 1) c = nondominatedInPlace(L, c, nd, ws.idx[nd], ws.key[nd], ws.kept, ws.flag);
    const excl = box - wfgLevel(ws, nd, c);
    if (excl > 0) total += height * excl;
  }
  return total;
}

/** Hypervolume of `m` points (row-major, `d` >= 3 objectives, finite, strictly below `ref`). */
/** Work a bounded hypervolume may still do; shared by several calls, it bounds them together. */
export interface WorkBudget {
  remaining: number;
}

/** Thrown inside WFG when a bounded run would do more work than its budget allows. */
export class WfgBudgetExceeded extends Error {
  constructor() {
    super('hypervolume work budget exceeded');
  }
}

/**
 * WFG hypervolume of `m` distinct non-dominated points. With a `budget`, gives up by throwing
 * {@link WfgBudgetExceeded} once the work (points × objectives over all recursion levels) uses it up;
 * the work done is taken off `budget.remaining` either way.
 */
export function wfgHypervolume(points: Float64Array, m: number, d: number, ref: Float64Array, budget?: WorkBudget): number {
  const ws = new WfgWorkspace(m, d, ref);
  if (budget) ws.budget = budget;
  ws.buf[d].set(points.subarray(0, m * d));
  return wfgLevel(ws, d, m);
}

/**
 * Flags the distinct points of `u` that no other distinct point dominates. Lexicographic order puts
 * every dominator before the points it dominates, so each point is checked against the front so far.
 */
export function distinctFront(u: UniquePoints): Uint8Array {
  const { d, m, points } = u;
  const onFront = new Uint8Array(m);
  const front = new Uint32Array(m);
  let f = 0;
  for (let a = 0; a < m; a++) {
    const ao = a * d;
    let dominated = false;
    for (let t = 0; t < f && !dominated; t++) {
      const fo = front[t] * d;
      let le = true;
      for (let j = 0; j < d; j++) {
        if (points[fo + j] > points[ao + j]) {
          le = false;
          break;
        }
      }
      dominated = le;
    }
    if (!dominated) {
      onFront[a] = 1;
      front[f++] = a;
    }
  }
  return onFront;
}

/** The front of a set of distinct points, and for each front point the points it alone dominates. */
export interface FrontDependents {
  /** Indices of the front points, ascending. */
  front: Uint32Array;
  /** Points dominated by front point t and by no other front point: `deps[depStart[t] .. depStart[t + 1])`. */
  depStart: Uint32Array;
  deps: Uint32Array;
}

/**
 * Groups the dominated points by their only front dominator (points with several are left out: the
 * limit point of any other dominator covers theirs). O(points × front × d).
 */
export function frontDependents(points: Float64Array, m: number, d: number, onFront: Uint8Array): FrontDependents {
  let f = 0;
  for (let a = 0; a < m; a++) f += onFront[a];
  const front = new Uint32Array(f);
  for (let a = 0, t = 0; a < m; a++) if (onFront[a]) front[t++] = a;
  const sole = new Int32Array(m).fill(-1);
  const depStart = new Uint32Array(f + 1);
  for (let a = 0; a < m; a++) {
    if (onFront[a]) continue;
    const ao = a * d;
    let found = -1;
    for (let t = 0; t < f; t++) {
      const fo = front[t] * d;
      let le = true;
      for (let j = 0; j < d; j++) {
        if (points[fo + j] > points[ao + j]) {
          le = false;
          break;
        }
      }
      if (!le) continue;
      if (found >= 0) {
        found = -2;
        break;
      }
      found = t;
    }
    if (found >= 0) {
      sole[a] = found;
      depStart[found + 1]++;
    }
  }
  for (let t = 0; t < f; t++) depStart[t + 1] += depStart[t];
  const deps = new Uint32Array(depStart[f]);
  const fill = depStart.slice(0, f);
  for (let a = 0; a < m; a++) if (sole[a] >= 0) deps[fill[sole[a]]++] = a;
  return { front, depStart, deps };
}

/**
 * Exclusive contributions of distinct points into `out[0..m)`: vol(box(p)) − HV(limit set of the
 * others) for each front point p, 0 for the rest. `points` holds `m` distinct points (row-major,
 * `d` >= 3, strictly below `ref`, -Infinity allowed). The limit set of p uses the other front points
 * and the points that p alone dominates (any other point's limit point is dominated by a front
 * point's). Points flagged in `shared` get 0 (an identical row covers the same space); an infinite box
 * gets Infinity (a non-dominated distinct point then always owns an infinite region).
 */
export function wfgContributions(
  points: Float64Array,
  m: number,
  d: number,
  ref: Float64Array,
  fd: FrontDependents,
  shared: Uint8Array,
  out: Float64Array,
): void {
  const { front, depStart, deps } = fd;
  const f = front.length;
  let capacity = 0;
  for (let t = 0; t < f; t++) capacity = Math.max(capacity, f + depStart[t + 1] - depStart[t]);
  const ws = new WfgWorkspace(capacity, d, ref);
  // The front rows, then (per point) the rows that point alone dominates.
  const others = new Float64Array(Math.max(1, capacity) * d);
  for (let t = 0; t < f; t++) others.set(points.subarray(front[t] * d, front[t] * d + d), t * d);
  const L = ws.buf[d];
  const b = ws.bound[d];
  out.fill(0, 0, m);
  for (let t = 0; t < f; t++) {
    const a = front[t];
    if (shared[a]) continue;
    const pOff = t * d;
    let infinite = false;
    for (let j = 0; j < d; j++) if (others[pOff + j] === -Infinity) infinite = true;
    if (infinite) {
      out[a] = Infinity;
      continue;
    }
    let count = f;
    for (let e = depStart[t]; e < depStart[t + 1]; e++) {
      others.set(points.subarray(deps[e] * d, deps[e] * d + d), count * d);
      count++;
    }
    // p is finite, so every limit point max(p, q) is finite even when q is not.
    let c = limitSet(others, d, pOff, 0, count, pOff, d, ref, b, L);
    if (c < 0) continue;
    if (d > 4 && c > 1) c = nondominatedInPlace(L, c, d, ws.idx[d], ws.key[d], ws.kept, ws.flag);
    const excl = boxVolume(others, pOff, d, ref) - wfgLevel(ws, d, c);
    out[a] = excl > 0 ? excl : 0;
  }
}
