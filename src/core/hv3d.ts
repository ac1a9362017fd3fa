/**
 * Three-objective hypervolume by a sweep along the third objective (Beume, Fonseca, López-Ibáñez,
 * Paquete, Vahrenhold 2009): points enter in ascending z; the (x, y) staircase of the points seen so
 * far is kept in an ordered set, and its area grows by exactly the region each new point adds. The
 * volume is the sum of area × z-gap over the sweep: O(n log n). Also the exclusive contributions of
 * three-objective points (`hv3dContributions`), and the small allocation-free index sort used by the
 * sweeps here and in wfg.ts.
 *
 * Everything here works in minimization space on values strictly better than the reference (finite,
 * except where a function says -Infinity is allowed). Internal to the core; the public entry points
 * are in hypervolume.ts.
 */
import { lexOrder, sortByKey } from './sort';

/** Below this size the index sorts here beat the radix sorts in sort.ts (which allocate 64 k counters). */
const RADIX_FROM = 4096;

/**
 * Sorts `idx[lo..hi)` ascending by `key[idx[i]]`, ties by `tie[idx[i]]` (pass `key` twice for one key).
 * In place, no allocation: quicksort with median-of-three pivots and insertion sort for short runs.
 * Not stable for items equal in both keys.
 */
export function sortIdx(idx: Uint32Array, lo: number, hi: number, key: Float64Array, tie: Float64Array): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    // Median of three into idx[mid].
    if (before(idx[mid], idx[lo], key, tie)) swap(idx, mid, lo);
    if (before(idx[hi - 1], idx[mid], key, tie)) {
      swap(idx, hi - 1, mid);
      if (before(idx[mid], idx[lo], key, tie)) swap(idx, mid, lo);
    }
    const pv = idx[mid];
    const pk = key[pv];
    const pt = tie[pv];
    let i = lo;
    let j = hi - 1;
    // Hoare partition around (pk, pt).
    for (;;) {
      for (;;) {
        const a = idx[i];
        const k = key[a];
        if (k < pk || (k === pk && tie[a] < pt)) i++;
        else break;
      }
      for (;;) {
        const a = idx[j];
        const k = key[a];
        if (k > pk || (k === pk && tie[a] > pt)) j--;
        else break;
      }
      if (i >= j) break;
      swap(idx, i, j);
      i++;
      j--;
    }
    // idx[lo..j] <= pivot <= idx[j+1..hi); recurse into the smaller part.
    const split = j + 1;
    if (split - lo < hi - split) {
      sortIdx(idx, lo, split, key, tie);
      lo = split;
    } else {
      sortIdx(idx, split, hi, key, tie);
      hi = split;
    }
  }
  for (let i = lo + 1; i < hi; i++) {
    const a = idx[i];
    const k = key[a];
    const t = tie[a];
    let j = i - 1;
    while (j >= lo) {
      const b = idx[j];
      const kb = key[b];
      if (kb > k || (kb === k && tie[b] > t)) {
        idx[j + 1] = b;
        j--;
      } else break;
    }
    idx[j + 1] = a;
  }
}

function before(a: number, b: number, key: Float64Array, tie: Float64Array): boolean {
  const ka = key[a];
  const kb = key[b];
  return ka < kb || (ka === kb && tie[a] < tie[b]);
}

function swap(idx: Uint32Array, i: number, j: number): void {
  const t = idx[i];
  idx[i] = idx[j];
  idx[j] = t;
}

/**
 * An ordered set of integers in [0, capacity): a hierarchy of 32-bit occupancy words (each level
 * summarises 32 words of the level below), so insert, remove, predecessor and successor cost
 * O(log₃₂ capacity). Used as the balanced structure for the staircase: keys are the points' ranks in
 * (x, y) lexicographic order.
 */
export class RankSet {
  private readonly levels: Uint32Array[] = [];

  constructor(capacity: number) {
    let size = Math.max(1, Math.ceil(capacity / 32));
    for (;;) {
      this.levels.push(new Uint32Array(size));
      if (size === 1) break;
      size = Math.ceil(size / 32);
    }
  }

  insert(r: number): void {
    const levels = this.levels;
    for (let l = 0; l < levels.length; l++) {
      const w = r >>> 5;
      const word = levels[l][w];
      levels[l][w] = word | (1 << (r & 31));
      if (word !== 0) return; // the levels above already know this word is occupied
      r = w;
    }
  }

  remove(r: number): void {
    const levels = this.levels;
    for (let l = 0; l < levels.length; l++) {
      const w = r >>> 5;
      const word = levels[l][w] & ~(1 << (r & 31));
      levels[l][w] = word;
      if (word !== 0) return;
      r = w;
    }
  }

  /** Smallest member greater than r, or -1. */
  succ(r: number): number {
    const levels = this.levels;
    const top = levels.length - 1;
    let l = 0;
    for (;;) {
      const w = r >>> 5;
      const m = levels[l][w] & (0xfffffffe << (r & 31));
      if (m !== 0) {
        r = (w << 5) | (31 - Math.clz32(m & -m));
        while (l > 0) {
          l--;
          const below = levels[l][r];
          r = (r << 5) | (31 - Math.clz32(below & -below));
        }
        return r;
      }
      if (l === top) return -1;
      l++;
      r = w;
    }
  }

  /** Largest member smaller than r, or -1. */
  pred(r: number): number {
    const levels = this.levels;
    const top = levels.length - 1;
    let l = 0;
    for (;;) {
      const w = r >>> 5;
      const m = levels[l][w] & ((1 << (r & 31)) - 1);
      if (m !== 0) {
        r = (w << 5) | (31 - Math.clz32(m));
        while (l > 0) {
          l--;
          r = (r << 5) | (31 - Math.clz32(levels[l][r]));
        }
        return r;
      }
      if (l === top) return -1;
      l++;
      r = w;
    }
  }

  /** Empties the set, given that every member is below `bound`. */
  clear(bound: number): void {
    for (const level of this.levels) {
      bound = Math.ceil(bound / 32);
      level.fill(0, 0, Math.min(level.length, bound));
    }
  }
}

/** Scratch memory for `hv3d` on up to `capacity` points; reusable across calls (not re-entrant). */
export class Hv3Workspace {
  readonly capacity: number;
  readonly zOrder: Uint32Array;
  readonly xyOrder: Uint32Array;
  readonly rank: Uint32Array;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly kx: Float64Array;
  readonly ky: Float64Array;
  readonly kz: Float64Array;
  readonly set: RankSet;

  constructor(capacity: number) {
    const c = Math.max(1, capacity);
    this.capacity = c;
    this.zOrder = new Uint32Array(c);
    this.xyOrder = new Uint32Array(c);
    this.rank = new Uint32Array(c);
    this.xs = new Float64Array(c);
    this.ys = new Float64Array(c);
    this.kx = new Float64Array(c);
    this.ky = new Float64Array(c);
    this.kz = new Float64Array(c);
    this.set = new RankSet(c);
  }
}

/**
 * Hypervolume of `n` points stored row-major with 3 values each in `pts`, bounded by (rx, ry, rz).
 * Every coordinate must be finite and strictly below the reference. Dominated points and duplicates
 * are allowed (they add nothing). `ws` must have capacity >= n.
 */
export function hv3d(pts: Float64Array, n: number, rx: number, ry: number, rz: number, ws: Hv3Workspace): number {
  if (n === 0) return 0;
  if (n === 1) return (rx - pts[0]) * (ry - pts[1]) * (rz - pts[2]);
  const { rank, xs, ys, set } = ws;
  let zOrder: Uint32Array;
  let xyOrder: Uint32Array;
  if (n >= RADIX_FROM) {
    xyOrder = lexOrder(pts, 3, n, [0, 1]);
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    zOrder = sortByKey(all, (i) => pts[i * 3 + 2]);
  } else {
    const { kx, ky, kz } = ws;
    zOrder = ws.zOrder;
    xyOrder = ws.xyOrder;
    for (let i = 0, o = 0; i < n; i++, o += 3) {
      kx[i] = pts[o];
      ky[i] = pts[o + 1];
      kz[i] = pts[o + 2];
      zOrder[i] = i;
      xyOrder[i] = i;
    }
    sortIdx(xyOrder, 0, n, kx, ky);
    sortIdx(zOrder, 0, n, kz, kz);
  }
  for (let j = 0; j < n; j++) {
    const i = xyOrder[j];
    rank[i] = j;
    xs[j] = pts[i * 3];
    ys[j] = pts[i * 3 + 1];
  }

  let area = 0; // area of the current (x, y) staircase
  let volume = 0;
  let zPrev = pts[zOrder[0] * 3 + 2];
  for (let t = 0; t < n; t++) {
    const i = zOrder[t];
    const z = pts[i * 3 + 2];
    if (z !== zPrev) {
      volume += area * (z - zPrev);
      zPrev = z;
    }
    const r = rank[i];
    const x = xs[r];
    const y = ys[r];
    // The staircase holds x ascending, y strictly descending. Its member just before r in
    // (x, y) order has x' <= x; if also y' <= y it dominates (or equals) the new point.
    const q = set.pred(r);
    let h = ry;
    if (q >= 0) {
      h = ys[q];
      if (h <= y) continue;
    }
    // Walk right over the members the new point dominates, adding the strips it newly covers.
    let added = 0;
    let cx = x;
    let s = set.succ(r);
    while (s >= 0 && ys[s] >= y) {
      added += (xs[s] - cx) * (h - y);
      h = ys[s];
      cx = xs[s];
      set.remove(s);
      s = set.succ(s);
    }
    added += ((s >= 0 ? xs[s] : rx) - cx) * (h - y);
    set.insert(r);
    area += added;
  }
  volume += area * (rz - zPrev);
  set.clear(n);
  return volume;
}

/** Number of entries of the ascending array `a[0..n)` that are <= v (strict: < v). */
function countBelow(a: Float64Array, n: number, v: number, strict: boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? a[mid] < v : a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each front point p: the lowest value in objective `c` among the other front points that are no
 * worse than p in objectives `a` and `e` (for a front, such points are worse than p in `c`); `bound`
 * starts as the reference. Sweep in (a, e) order with a prefix-minimum Fenwick tree over e-ranks.
 * Two distinct front points cannot tie in both a and e, so (a, e) order is a full lexicographic order.
 */
function singleWorseBound(
  P: Float64Array,
  f: number,
  a: number,
  e: number,
  c: number,
  ref: number,
  bound: Float64Array,
): void {
  const ka = new Float64Array(f);
  const ke = new Float64Array(f);
  const order = new Uint32Array(f);
  const byE = new Uint32Array(f);
  for (let t = 0; t < f; t++) {
    ka[t] = P[t * 3 + a];
    ke[t] = P[t * 3 + e];
    order[t] = t;
    byE[t] = t;
  }
  sortIdx(order, 0, f, ka, ke);
  sortIdx(byE, 0, f, ke, ke);
  const pos = new Uint32Array(f);
  const sortedE = new Float64Array(f);
  for (let r = 0; r < f; r++) {
    pos[byE[r]] = r;
    sortedE[r] = ke[byE[r]];
  }
  const tree = new Float64Array(f + 1).fill(Infinity);
  for (let s = 0; s < f; s++) {
    const t = order[s];
    // Everything inserted so far comes before t in (a, e) order, so has a <= t's a.
    let best = ref;
    for (let i = countBelow(sortedE, f, ke[t], false); i > 0; i -= i & -i) if (tree[i] < best) best = tree[i];
    bound[t] = best;
    const v = P[t * 3 + c];
    for (let i = pos[t] + 1; i <= f; i += i & -i) if (v < tree[i]) tree[i] = v;
  }
}

/**
 * Exclusive contributions for three objectives: vol(box(p)) − hv3d(limit set of p), with the limit set
 * found without scanning every other point. With b the pruning bound of wfg.ts (b_j: lowest value in
 * objective j among the points worse than p only there, found by three Fenwick sweeps), the other
 * limit points that matter come from points q < b that are worse than p in at least two objectives,
 * hence in x or in y: they lie in the slab p_x < q_x < b_x, or in p_y < q_y < b_y with q_x <= p_x.
 * On dense fronts the slabs are thin, so the whole is close to O(n log n).
 *
 * `points`: `m` distinct points (row-major, 3 values, lexicographic order, strictly below the reference,
 * -Infinity allowed). `front` lists the non-dominated ones (ascending, so also lexicographic);
 * `deps[depStart[t] .. depStart[t + 1])` the points that front point t alone dominates. Writes `out[0..m)`.
 */
export function hv3dContributions(
  points: Float64Array,
  m: number,
  ref: Float64Array,
  front: Uint32Array,
  depStart: Uint32Array,
  deps: Uint32Array,
  shared: Uint8Array,
  out: Float64Array,
): void {
  out.fill(0, 0, m);
  const f = front.length;
  if (f === 0) return;
  const P = new Float64Array(f * 3);
  for (let t = 0; t < f; t++) for (let j = 0; j < 3; j++) P[t * 3 + j] = points[front[t] * 3 + j];
  const bx = new Float64Array(f);
  const by = new Float64Array(f);
  const bz = new Float64Array(f);
  singleWorseBound(P, f, 1, 2, 0, ref[0], bx);
  singleWorseBound(P, f, 0, 2, 1, ref[1], by);
  singleWorseBound(P, f, 0, 1, 2, ref[2], bz);
  // Front points are in lexicographic order, so x ascends; also index them by ascending y.
  const xs = new Float64Array(f);
  const yKey = new Float64Array(f);
  const yOrder = new Uint32Array(f);
  for (let t = 0; t < f; t++) {
    xs[t] = P[t * 3];
    yKey[t] = P[t * 3 + 1];
    yOrder[t] = t;
  }
  sortIdx(yOrder, 0, f, yKey, yKey);
  const ys = new Float64Array(f);
  for (let r = 0; r < f; r++) ys[r] = yKey[yOrder[r]];

  let maxDeps = 0;
  for (let t = 0; t < f; t++) maxDeps = Math.max(maxDeps, depStart[t + 1] - depStart[t]);
  const cap = f + maxDeps + 3;
  const L = new Float64Array(cap * 3);
  const ws = new Hv3Workspace(cap);
  const b = new Float64Array(3);

  for (let t = 0; t < f; t++) {
    const a = front[t];
    if (shared[a]) continue;
    const p0 = P[t * 3];
    const p1 = P[t * 3 + 1];
    const p2 = P[t * 3 + 2];
    if (p0 === -Infinity || p1 === -Infinity || p2 === -Infinity) {
      out[a] = Infinity; // a non-dominated distinct point always owns an infinite region then
      continue;
    }
    b[0] = bx[t];
    b[1] = by[t];
    b[2] = bz[t];
    // Points that p alone dominates may be worse than p in a single objective too.
    for (let e = depStart[t]; e < depStart[t + 1]; e++) {
      const q = deps[e] * 3;
      let worse = 0;
      let wj = 0;
      for (let j = 0; j < 3; j++) {
        if (points[q + j] > P[t * 3 + j]) {
          worse++;
          wj = j;
        }
      }
      if (worse === 1 && points[q + wj] < b[wj]) b[wj] = points[q + wj];
    }
    const b0 = b[0];
    const b1 = b[1];
    const b2 = b[2];
    let c = 0;
    // Slab in x: front indices with p0 < x < b0.
    for (let s = countBelow(xs, f, p0, false), end = countBelow(xs, f, b0, true); s < end; s++) {
      const q1 = P[s * 3 + 1];
      const q2 = P[s * 3 + 2];
      if (q1 < b1 && q2 < b2) {
        L[c * 3] = P[s * 3];
        L[c * 3 + 1] = q1 > p1 ? q1 : p1;
        L[c * 3 + 2] = q2 > p2 ? q2 : p2;
        c++;
      }
    }
    // Slab in y, for points not worse in x.
    for (let r = countBelow(ys, f, p1, false), end = countBelow(ys, f, b1, true); r < end; r++) {
      const s = yOrder[r];
      const q0 = P[s * 3];
      const q2 = P[s * 3 + 2];
      if (q0 <= p0 && q2 < b2) {
        L[c * 3] = p0;
        L[c * 3 + 1] = ys[r];
        L[c * 3 + 2] = q2 > p2 ? q2 : p2;
        c++;
      }
    }
    for (let e = depStart[t]; e < depStart[t + 1]; e++) {
      const q = deps[e] * 3;
      if (points[q] < b0 && points[q + 1] < b1 && points[q + 2] < b2) {
        for (let j = 0; j < 3; j++) L[c * 3 + j] = points[q + j]; // q >= p already
        c++;
      }
    }
    for (let j = 0; j < 3; j++) {
      if (b[j] < ref[j]) {
        L[c * 3] = p0;
        L[c * 3 + 1] = p1;
        L[c * 3 + 2] = p2;
        L[c * 3 + j] = b[j];
        c++;
      }
    }
    const box = (ref[0] - p0) * (ref[1] - p1) * (ref[2] - p2);
    const excl = box - hv3d(L, c, ref[0], ref[1], ref[2], ws);
    out[a] = excl > 0 ? excl : 0;
  }
}
