import { paretoFront } from './pareto';
import type { Columns, Sense } from './types';

/** Normalized distances closer than this to the best one count as ties (smallest row index wins). */
export const KNEE_TIE_TOLERANCE = 1e-10;

/** Pivots smaller than this (normalized units) make the extreme-point hyperplane degenerate. */
const SINGULAR = 1e-12;

/**
 * Row index of the knee of the Pareto front: the non-dominated row that gives the most in all
 * objectives at once, relative to the front's own extremes. -1 when there is no valid row (no rows,
 * or every row has NaN).
 *
 * Definition (the "largest distance to the hyperplane through the extreme points" knee: Das 1999,
 * "On characterizing the 'knee' of the Pareto curve based on normal-boundary intersection";
 * Zhang, Tian & Jin 2015, "A knee point-driven evolutionary algorithm for many-objective optimization"):
 * 1. Take the non-dominated rows (`paretoFront`), in minimization space ('max' objectives negated).
 *    Front rows with an infinite objective have no position to measure and take no part in steps 2-5
 *    (if none is finite, the smallest front row index is returned).
 * 2. Range-normalize each objective to [0, 1] over those front points (a constant objective maps to 0).
 * 3. The extreme point of objective k is the front point best in objective k; ties go to the smallest
 *    sum of the normalized objectives, then to the smallest row index. With d objectives, the d extreme
 *    points span a hyperplane n · f = 1.
 * 4. The knee is the point with the largest SIGNED distance (1 − n · f) / ‖n‖ from that hyperplane
 *    towards the ideal point (the origin after normalization): points bulging towards the ideal win,
 *    and points behind the hyperplane (a concave stretch) lose to the extremes themselves (distance 0).
 * 5. Fallback when the hyperplane is not defined — fewer than d distinct extreme points, or a singular
 *    system (e.g. an objective that is constant over the front, or extremes that are affinely dependent
 *    or whose hyperplane passes through the ideal point): the hyperplane Σ_k f_k = 1 is used instead,
 *    i.e. the knee is the point of smallest Σ_k f_k, the normalized front point closest to the ideal
 *    point in L1. This is step 4 with the hyperplane through the unit points e_k (each worst in one
 *    objective and best in all others), where the extremes of a well-spread front lie.
 *
 * A front with one point returns it. Ties — distances within `KNEE_TIE_TOLERANCE` of the largest —
 * go to the smallest row index, so an exact linear front returns its smallest row index.
 *
 * @throws CoreInputError on a malformed table (see `checkTable`).
 */
export function kneePoint(columns: Columns, senses: readonly Sense[]): number {
  const front = paretoFront(columns, senses);
  if (front.length === 0) return -1;
  if (front.length === 1) return front[0];
  const d = columns.length;

  // Finite front rows, oriented, row-major.
  const rows: number[] = [];
  for (let j = 0; j < front.length; j++) {
    let finite = true;
    for (let k = 0; k < d && finite; k++) finite = Number.isFinite(columns[k][front[j]]);
    if (finite) rows.push(front[j]);
  }
  if (rows.length === 0) return front[0];
  if (rows.length === 1) return rows[0];
  const m = rows.length;
  const x = new Float64Array(m * d);
  for (let k = 0; k < d; k++) {
    const col = columns[k];
    const neg = senses[k] === 'max';
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < m; j++) {
      const v = neg ? -col[rows[j]] : col[rows[j]];
      x[j * d + k] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi - lo;
    const halve = !Number.isFinite(span); // range wider than the largest double
    const scale = halve ? hi / 2 - lo / 2 : span;
    for (let j = 0; j < m; j++) {
      const v = x[j * d + k];
      x[j * d + k] = span === 0 ? 0 : (halve ? v / 2 - lo / 2 : v - lo) / scale + 0;
    }
  }

  const sums = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += x[j * d + k];
    sums[j] = s;
  }

  const normal = extremeHyperplane(x, sums, m, d);
  const score = new Float64Array(m);
  if (normal) {
    let len = 0;
    for (let k = 0; k < d; k++) len += normal[k] * normal[k];
    len = Math.sqrt(len);
    for (let j = 0; j < m; j++) {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += normal[k] * x[j * d + k];
      score[j] = (1 - dot) / len;
    }
  } else {
    const len = Math.sqrt(d);
    for (let j = 0; j < m; j++) score[j] = (1 - sums[j]) / len;
  }

  let best = -Infinity;
  for (let j = 0; j < m; j++) if (score[j] > best) best = score[j];
  for (let j = 0; j < m; j++) if (score[j] >= best - KNEE_TIE_TOLERANCE) return rows[j]; // rows ascend
  return rows[0]; // not reached: the maximum itself passes the test
}

/**
 * Normal n of the hyperplane n · f = 1 through the d extreme points, or null when it is not defined
 * (fewer than d distinct extremes, or a (near-)singular system).
 */
function extremeHyperplane(x: Float64Array, sums: Float64Array, m: number, d: number): Float64Array | null {
  const ext: number[] = [];
  for (let k = 0; k < d; k++) {
    let e = 0;
    for (let j = 1; j < m; j++) {
      const v = x[j * d + k];
      const b = x[e * d + k];
      if (v < b || (v === b && sums[j] < sums[e])) e = j;
    }
    ext.push(e);
  }
  for (let a = 0; a < d; a++) {
    for (let b = a + 1; b < d; b++) {
      let same = true;
      for (let k = 0; k < d && same; k++) same = x[ext[a] * d + k] === x[ext[b] * d + k];
      if (same) return null;
    }
  }
  // Solve P n = 1 (row i of P = extreme i) by Gaussian elimination with partial pivoting.
  const a = new Float64Array(d * (d + 1));
  for (let i = 0; i < d; i++) {
    for (let k = 0; k < d; k++) a[i * (d + 1) + k] = x[ext[i] * d + k];
    a[i * (d + 1) + d] = 1;
  }
  const w = d + 1;
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r * w + c]) > Math.abs(a[p * w + c])) p = r;
    if (!(Math.abs(a[p * w + c]) > SINGULAR)) return null;
    if (p !== c) {
      for (let k = c; k < w; k++) {
        const t = a[c * w + k];
        a[c * w + k] = a[p * w + k];
        a[p * w + k] = t;
      }
    }
    for (let r = c + 1; r < d; r++) {
      const f = a[r * w + c] / a[c * w + c];
      if (f === 0) continue;
      for (let k = c; k < w; k++) a[r * w + k] -= f * a[c * w + k];
    }
  }
  const n = new Float64Array(d);
  for (let r = d - 1; r >= 0; r--) {
    let s = a[r * w + d];
    for (let k = r + 1; k < d; k++) s -= a[r * w + k] * n[k];
    n[r] = s / a[r * w + r];
  }
  for (let k = 0; k < d; k++) if (!Number.isFinite(n[k])) return null;
  return n;
}
