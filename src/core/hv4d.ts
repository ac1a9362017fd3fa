/**
 * Four-objective hypervolume by HV4D+ (A. P. Guerreiro and C. M. Fonseca, "Computing and updating
 * hypervolume contributions in up to four dimensions", IEEE Transactions on Evolutionary Computation
 * 22(3):449–463, 2018), itself a refinement of HV4D (Guerreiro, Fonseca and Emmerich, "A fast
 * dimension-sweep algorithm for the hypervolume indicator in four dimensions", CCCG 2012).
 *
 * A sweep along the fourth objective w: points enter in ascending w, and the volume of the 3-D
 * projection of the points seen so far grows by exactly the new point's 3-D exclusive contribution:
 *
 *   HV₄ = Σᵢ V₃(p₁ … pᵢ) · (wᵢ₊₁ − wᵢ),   V₃(p₁ … pᵢ) = V₃(p₁ … pᵢ₋₁) + contrib₃(pᵢ).
 *
 * The 3-D state is a list of the non-dominated (x, y, z) projections in ascending (z, y, x) order.
 * Each listed point q keeps its two "closest" points among those before it in that order: cx, the one
 * with y < q.y of smallest x (it bounds q's region along x), and cy, the one with x < q.x of smallest y
 * (it bounds q's region along y). With them, replaying the list in z order rebuilds the (x, y)
 * staircase at any height in O(1) a point: q is linked between cy and cx, and everything between them
 * (points q dominates in x and y) drops out. The contribution of a new point p is one such replay: up
 * to p's z the staircase is rebuilt, then the rest of the list is swept in z, each point shrinking the
 * part of p's (x, y) box that is still uncovered, until a point covers it all. Inserting p then fixes
 * the "closest" points of the points after it and drops the ones it dominates. Every step walks the
 * list once: O(n) a point, O(n²) in all, with a small constant (no tree, no allocation).
 *
 * Minimization space, finite values strictly below the reference. Internal to the core; the public
 * entry points are in hypervolume.ts. Nodes are integers into typed arrays: 0, 1 and 2 are sentinels
 * (−∞, ref_y, −∞), (ref_x, −∞, −∞) and (−∞, −∞, ref_z); points follow from 3 on.
 */
import { sortIdx } from './hv3d';

const S_LEFT = 0; // (−∞, ref_y): the staircase's upper-left end
const S_RIGHT = 1; // (ref_x, −∞): its lower-right end, and the head of the z list
const S_TOP = 2; // (−∞, −∞, ref_z): the tail of the z list; it covers every (x, y)

// Node fields, interleaved so that one node is one or two cache lines: coordinates in C at
// node * 4 + (X, Y, Z), links in L at node * 8 + field.
const X = 0;
const Y = 1;
const Z = 2;
/** The z list. */
const NEXT = 0;
const PREV = 1;
/** The "closest" points: CX bounds along x (y below, smallest x), CY along y (x below, smallest y). */
const CX = 2;
const CY = 3;
/** The staircase being replayed: right (larger x) and up (larger y) neighbours. */
const RIGHT = 4;
const UP = 5;

/** From this many points nodes are numbered in z order (memory locality beats the extra sort). */
const LOCAL_FROM = 512;

/** Scratch memory for HV4D+ on up to `capacity` points (grows on demand; not re-entrant). */
export class Hv4Workspace {
  capacity = -1;
  C = new Float64Array(0);
  L = new Int32Array(0);
  idx = new Uint32Array(0);
  order = new Uint32Array(0);
  key = new Float64Array(0);
  tie = new Float64Array(0);

  constructor(capacity = 0) {
    this.ensure(capacity);
  }

  ensure(k: number): void {
    if (k <= this.capacity) return;
    const c = Math.max(k, this.capacity * 2, 16);
    this.capacity = c;
    this.C = new Float64Array((c + 3) * 4);
    this.L = new Int32Array((c + 3) * 8);
    this.idx = new Uint32Array(c);
    this.order = new Uint32Array(c);
    this.key = new Float64Array(c + 3);
    this.tie = new Float64Array(c);
  }
}

/**
 * Hypervolume of the `k` points in `P` (row-major, 4 values a row; any further objectives of `ref`
 * are ignored). Points may be dominated or repeated. Finite, strictly below `ref`. `sortedByW`: the
 * rows already come in ascending order of the fourth objective (WFG's limit sets do).
 */
export function hv4d(P: Float64Array, k: number, ref: ArrayLike<number>, ws: Hv4Workspace, sortedByW = false): number {
  if (k === 0) return 0;
  ws.ensure(k);
  const { C, L, idx, key, tie, order } = ws;
  C[S_LEFT * 4 + X] = -Infinity;
  C[S_LEFT * 4 + Y] = ref[1];
  C[S_LEFT * 4 + Z] = -Infinity;
  C[S_RIGHT * 4 + X] = ref[0];
  C[S_RIGHT * 4 + Y] = -Infinity;
  C[S_RIGHT * 4 + Z] = -Infinity;
  C[S_TOP * 4 + X] = -Infinity;
  C[S_TOP * 4 + Y] = -Infinity;
  C[S_TOP * 4 + Z] = ref[2];
  // On large sets nodes are numbered in (z, y) order, the order of the z list, so that walking the
  // list walks memory forwards; on small ones (the limit sets of WFG) in input order. The sweep
  // visits them in w order.
  const local = k >= LOCAL_FROM;
  for (let i = 0; i < k; i++) idx[i] = i;
  if (local) {
    for (let i = 0; i < k; i++) {
      key[i] = P[i * 4 + 2];
      tie[i] = P[i * 4 + 1];
    }
    sortIdx(idx, 0, k, key, tie);
  }
  for (let t = 0; t < k; t++) {
    const c = (t + 3) * 4;
    const o = idx[t] * 4;
    C[c + X] = P[o];
    C[c + Y] = P[o + 1];
    C[c + Z] = P[o + 2];
    key[t + 3] = P[o + 3]; // the z keys at these places are no longer needed
    order[t] = t + 3;
  }
  if (!sortedByW) sortIdx(order, 0, k, key, key);
  else if (local) {
    // order[t] must be the node of input row t: invert the numbering.
    for (let t = 0; t < k; t++) tie[idx[t]] = t + 3;
    for (let t = 0; t < k; t++) order[t] = tie[t];
  }
  // The z list starts as LEFT → RIGHT → TOP; points go between RIGHT and TOP.
  L[S_LEFT * 8 + NEXT] = S_RIGHT;
  L[S_RIGHT * 8 + PREV] = S_LEFT;
  L[S_RIGHT * 8 + NEXT] = S_TOP;
  L[S_TOP * 8 + PREV] = S_RIGHT;
  let volume = 0;
  let hv = 0;
  for (let t = 0; t < k; t++) {
    const a = order[t];
    if (rebuildUpTo(C, L, a)) {
      volume += contribution3(C, L, a);
      const prev = L[a * 8 + PREV];
      const next = L[a * 8 + NEXT];
      L[prev * 8 + NEXT] = a;
      L[next * 8 + PREV] = a;
      updateAfter(C, L, a);
    }
    const height = (t + 1 < k ? key[order[t + 1]] : ref[3]) - key[a];
    hv += volume * height;
  }
  return hv;
}

/** Links node p (offset pl into L) into the staircase between its closest points. */
function link(L: Int32Array, p: number, pl: number): void {
  const r = L[pl + CX];
  const u = L[pl + CY];
  L[pl + RIGHT] = r;
  L[pl + UP] = u;
  L[r * 8 + UP] = p;
  L[u * 8 + RIGHT] = p;
}

/**
 * Replays the z list below point `a` (in (z, y, x) order) into the staircase and finds `a`'s closest
 * points and place in the list (PREV/NEXT of `a`, not yet linked). False if a listed point weakly
 * dominates `a` in (x, y, z): then it adds nothing now or later.
 */
function rebuildUpTo(C: Float64Array, L: Int32Array, a: number): boolean {
  const ax = C[a * 4 + X];
  const ay = C[a * 4 + Y];
  const az = C[a * 4 + Z];
  L[S_LEFT * 8 + RIGHT] = S_RIGHT;
  L[S_RIGHT * 8 + UP] = S_LEFT;
  let cx = S_RIGHT;
  let cy = S_LEFT;
  let cxX = C[cx * 4 + X];
  let cxY = C[cx * 4 + Y];
  let cyX = C[cy * 4 + X];
  let cyY = C[cy * 4 + Y];
  let p = L[S_RIGHT * 8 + NEXT];
  // One test a step in the common case (p below a in z); the dominance test folds into the branches:
  // a point left of a and below it in y (or level with it) that is also below in z weakly dominates a.
  for (;;) {
    const pc = p * 4;
    const pz = C[pc + Z];
    if (pz > az) break;
    const px = C[pc + X];
    const py = C[pc + Y];
    const pl = p * 8;
    if (py < ay) {
      if (px <= ax) return false;
      // Only a's closest points and the points inside a's (x, y) box can be on the staircase
      // between a's closest points, now or later in the sweep for a; the rest need no links.
      if (px < cxX || (px === cxX && py < cxY)) {
        cx = p;
        cxX = px;
        cxY = py;
        link(L, p, pl);
      }
    } else if (pz === az) {
      // Same height, not below in y: p comes after a, unless it weakly dominates a.
      if (py === ay && px <= ax) return false;
      break;
    } else if (px < ax) {
      if (py === ay) return false;
      if (py < cyY || (py === cyY && px < cyX)) {
        cy = p;
        cyX = px;
        cyY = py;
        link(L, p, pl);
      }
    } else {
      if (px === ax && py === ay) return false;
      link(L, p, pl);
    }
    p = L[pl + NEXT];
  }
  const al = a * 8;
  L[al + CX] = cx;
  L[al + CY] = cy;
  L[al + PREV] = L[p * 8 + PREV];
  L[al + NEXT] = p;
  return true;
}

/**
 * Area of the part of the box {x ≥ ax, y ≥ ay} that the staircase leaves uncovered, where `u` bounds
 * it along y (the staircase point just left of ax) and `r` along x (the point just below ay): the
 * staircase points between them are inside the box.
 */
function openArea(C: Float64Array, L: Int32Array, ax: number, ay: number, u: number, r: number): number {
  let area = 0;
  let cur = u;
  let xl = ax;
  for (;;) {
    const nx = L[cur * 8 + RIGHT];
    area += (C[nx * 4 + X] - xl) * (C[cur * 4 + Y] - ay);
    if (nx === r) return area;
    cur = nx;
    xl = C[cur * 4 + X];
  }
}

/** Exclusive 3-D volume of `a` against the listed points (the staircase is rebuilt up to a's z). */
function contribution3(C: Float64Array, L: Int32Array, a: number): number {
  const ax = C[a * 4 + X];
  const ay = C[a * 4 + Y];
  let r = L[a * 8 + CX];
  let u = L[a * 8 + CY];
  let area = openArea(C, L, ax, ay, u, r);
  let volume = 0;
  let lastz = C[a * 4 + Z];
  let p = L[a * 8 + NEXT];
  for (;;) {
    const pc = p * 4;
    const px = C[pc + X];
    const py = C[pc + Y];
    const pz = C[pc + Z];
    volume += area * (pz - lastz);
    if (px <= ax && py <= ay) return volume; // p covers the rest of a's box (TOP always does)
    const pl = p * 8;
    if (px < ax) {
      // Left of a and above it: covers the open part above py, if it reaches below a's y bound.
      if (py <= C[u * 4 + Y]) {
        let cur = u;
        let xl = ax;
        for (;;) {
          const cy = C[cur * 4 + Y];
          if (cy <= py) break;
          const nx = L[cur * 8 + RIGHT];
          const nxX = C[nx * 4 + X];
          area -= (nxX - xl) * (cy - py);
          cur = nx;
          xl = nxX;
        }
        u = p;
        link(L, p, pl);
      }
    } else if (py < ay) {
      // Below a and right of it: covers the open part right of px, if it reaches left of a's x bound.
      if (px <= C[r * 4 + X]) {
        let cur = L[r * 8 + UP];
        let xr = C[r * 4 + X];
        for (;;) {
          const cx = C[cur * 4 + X];
          const xl = cx > px ? cx : px;
          area -= (xr - xl) * (C[cur * 4 + Y] - ay);
          if (cx <= px) break;
          xr = cx;
          cur = L[cur * 8 + UP];
        }
        r = p;
        link(L, p, pl);
      }
    } else {
      // Inside a's box: covers its own open area.
      area -= openArea(C, L, px, py, L[pl + CY], L[pl + CX]);
      link(L, p, pl);
    }
    // Other points cannot reach a's open area, now or later in this sweep: they need no links.
    lastz = pz;
    p = L[pl + NEXT];
  }
}

/**
 * After `a` is linked into the z list: drops the later points it weakly dominates and makes it the
 * closest point of later points where it is. Stops at a point that dominates `a` in (x, y): `a`
 * cannot matter to any point after that one.
 */
function updateAfter(C: Float64Array, L: Int32Array, a: number): void {
  const ax = C[a * 4 + X];
  const ay = C[a * 4 + Y];
  let p = L[a * 8 + NEXT];
  while (p !== S_TOP) {
    const px = C[p * 4 + X];
    const py = C[p * 4 + Y];
    const pl = p * 8;
    if (px <= ax && py <= ay && (px < ax || py < ay)) return;
    if (ax <= px) {
      if (ay <= py) {
        // a weakly dominates p (a comes first, so a.z <= p.z too).
        const prev = L[pl + PREV];
        const next = L[pl + NEXT];
        L[prev * 8 + NEXT] = next;
        L[next * 8 + PREV] = prev;
      } else if (ax < px) {
        const c = L[pl + CY];
        const cy = C[c * 4 + Y];
        if (ay < cy || (ay === cy && ax <= C[c * 4 + X])) L[pl + CY] = a;
      }
    } else if (ay < py) {
      const c = L[pl + CX];
      const cx = C[c * 4 + X];
      if (ax < cx || (ax === cx && ay <= C[c * 4 + Y])) L[pl + CX] = a;
    }
    p = L[pl + NEXT];
  }
}
