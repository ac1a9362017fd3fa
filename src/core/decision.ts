/**
 * The reverse question of scalarizing: given a front point, which preferences pick it?
 *
 * - `pseudoWeights`: Deb's pseudo-weight vector of a front point (where it sits between the extremes).
 * - `weightRange2d`: with two objectives, the interval of weights for which it wins the weighted sum.
 * - `supportedMask` / `supportAnalysis`: which front points some non-negative weighted sum picks at all
 *   (the "supported" points, on the lower-left convex hull of the front); the others sit in a concave
 *   dent of the front and only Chebyshev-type scalarizations can reach them.
 *
 * All three work in minimization space ('max' objectives negated) and use the front of the rows they
 * are given (`paretoFront` semantics: NaN rows are in no front, duplicates of a front row are all on it).
 */
import { CoreInputError } from './errors';
import { paretoFront } from './pareto';
import type { Normalization } from './scalarize';
import type { Columns, Sense } from './types';
import { checkTable } from './validate';

/**
 * Slack, in range-normalized units, within which a front point still counts as supported: points this
 * close to the convex hull (2 objectives) or whose best weighted-sum margin is no worse than this
 * (3+ objectives) are marked supported. Absorbs rounding on exactly linear stretches of a front.
 */
export const SUPPORT_TOLERANCE = 1e-9;

/**
 * Work budget for classifying a front of m distinct points in d ≥ 3 objectives exactly: m² · d must not
 * exceed it (m = 2,000 in 3 objectives, ~1,550 in 5, ~1,220 in 8). Beyond it the mask marks every front
 * row 1 and `exact` is false. Measured at the budget's edge in node (a busy two-core machine; concave,
 * convex, linear and wavy fronts): 30–100 ms in 3 objectives, 45–130 ms in 5, 55–150 ms in 8.
 */
export const SUPPORT_EXACT_BUDGET = 12_000_000;

function checkNormalization(normalization: Normalization): void {
  if (normalization !== 'range' && normalization !== 'none') {
    throw new CoreInputError(`normalization is ${JSON.stringify(normalization)}; expected 'range' or 'none'`);
  }
}

function checkRow(row: number, n: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= n) {
    throw new CoreInputError(`row is ${String(row)}; expected a row index from 0 to ${n - 1}`);
  }
}

/** Value of row i, objective k, in minimization space. */
const oriented = (columns: Columns, senses: readonly Sense[], k: number, i: number): number =>
  (senses[k] === 'max' ? -columns[k][i] : columns[k][i]) + 0;

/** Min and max of the finite oriented values of objective k over `rows` (NaN, NaN when there are none). */
function finiteRange(columns: Columns, senses: readonly Sense[], k: number, rows: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < rows.length; j++) {
    const v = oriented(columns, senses, k, rows[j]);
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}

/** (v − lo) / (hi − lo), halving first when the span overflows; 0-span (constant) maps to v − lo. */
function normalizer(lo: number, hi: number): (v: number) => number {
  if (!(hi > lo)) return (v) => (Number.isFinite(v) ? v - (Number.isNaN(lo) ? 0 : lo) + 0 : v);
  const span = hi - lo;
  if (Number.isFinite(span)) return (v) => (Number.isFinite(v) ? (v - lo) / span + 0 : v);
  const half = hi / 2 - lo / 2;
  return (v) => (Number.isFinite(v) ? (v / 2 - lo / 2) / half + 0 : v);
}

/**
 * Deb's pseudo-weights of a front row (Deb 2001, "Multi-Objective Optimization Using Evolutionary
 * Algorithms", §7.2; Deb & Gupta 2005): in minimization space, with f_k^min and f_k^max the best and
 * worst values of objective k over the front,
 *
 *   w_k = ((f_k^max − f_k) / (f_k^max − f_k^min)) / Σ_j ((f_j^max − f_j) / (f_j^max − f_j^min)),
 *
 * so the weights are non-negative and sum to 1, and in two objectives each extreme point has weight 1 on
 * the objective it is best in. A large w_k means the point is relatively good in objective k.
 *
 * - An objective that is constant over the front (f^max = f^min) contributes 0 — it trades nothing —
 *   and a point whose every term is 0 (a one-point front, or all objectives constant) gets equal
 *   weights 1/d.
 * - The ranges come from the finite values on the front; a row with an infinite value gets NaN weights.
 * - A row that is not on the front (dominated, or NaN) gets NaN weights: pseudo-weights describe front
 *   points.
 *
 * Cost: one `paretoFront` plus O(front · d).
 * @throws CoreInputError on a malformed table or a row index out of range.
 */
export function pseudoWeights(columns: Columns, senses: readonly Sense[], row: number): number[] {
  const n = checkTable(columns, senses);
  checkRow(row, n);
  const d = columns.length;
  const front = paretoFront(columns, senses);
  const nan = () => new Array<number>(d).fill(NaN);
  if (!binaryHas(front, row)) return nan();
  const terms = new Array<number>(d);
  let sum = 0;
  for (let k = 0; k < d; k++) {
    const v = oriented(columns, senses, k, row);
    if (!Number.isFinite(v)) return nan();
    const [lo, hi] = finiteRange(columns, senses, k, front);
    let t = 0;
    if (hi > lo) {
      const span = hi - lo;
      t = Number.isFinite(span) ? (hi - v) / span : (hi / 2 - v / 2) / (hi / 2 - lo / 2);
    }
    terms[k] = t + 0;
    sum += terms[k];
  }
  if (!(sum > 0)) return new Array<number>(d).fill(1 / d);
  return terms.map((t) => t / sum);
}

function binaryHas(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Sum with `scalarize`'s infinity rule: any +Infinity wins, then any −Infinity. */
function safeSum2(a: number, b: number): number {
  if (a === Infinity || b === Infinity) return Infinity;
  if (a === -Infinity || b === -Infinity) return -Infinity;
  return a + b;
}

/**
 * For two objectives: the weights w_1 ∈ [0, 1] (w_2 = 1 − w_1) for which `row` minimizes the weighted
 * sum w_1 f̃_1 + w_2 f̃_2 among the front, i.e. scores no worse than every other front row; `null` when
 * no such weight exists (the row is unsupported, or not on the front at all).
 *
 * f̃ is the row in minimization space, range-normalized exactly as `scalarize` does with the same
 * `normalization` over the same columns ('range': finite min → 0, finite max → 1 over all rows without
 * NaN; 'none': raw), so the interval is in the units of `scalarize`'s weights: with
 * `scalarize(columns, senses, [w, 1 − w], { method: 'weighted-sum', normalization })`, `row` has the
 * lowest score among the front rows exactly when w is in the interval. Ties count as winning, so the
 * interval is closed and neighbouring front points share its end points. Zero weights follow
 * `scalarize` too: at w_1 = 0 only objective 2 counts (even if objective 1 is infinite).
 *
 * Points within `SUPPORT_TOLERANCE` of being supported (rounding on a straight stretch of the front)
 * get the degenerate interval at the weight where they tie.
 *
 * Cost: one `paretoFront` plus O(front).
 * @throws CoreInputError on a malformed table, not exactly two objectives, a row out of range, or an
 *   unknown normalization.
 */
export function weightRange2d(
  columns: Columns,
  senses: readonly Sense[],
  row: number,
  normalization: Normalization,
): { min: number; max: number } | null {
  const n = checkTable(columns, senses);
  if (columns.length !== 2) throw new CoreInputError(`weightRange2d needs exactly 2 objectives, got ${columns.length}`);
  checkNormalization(normalization);
  checkRow(row, n);
  const front = paretoFront(columns, senses);
  if (!binaryHas(front, row)) return null;
  const { f1, f2 } = normalizedFront2d(columns, senses, front, normalization, allRowsWithoutNaN(columns, n));
  const at = front.indexOf(row);
  const p1 = f1[at];
  const p2 = f2[at];

  // The feasible set is an interval of [0, 1]; bounds may be open (from comparisons at infinity).
  let lo = 0;
  let loOpen = false;
  let hi = 1;
  let hiOpen = false;
  const raise = (v: number, open: boolean) => {
    if (v > lo || (v === lo && open)) {
      lo = v;
      loOpen = open;
    }
  };
  const lower = (v: number, open: boolean) => {
    if (v < hi || (v === hi && open)) {
      hi = v;
      hiOpen = open;
    }
  };
  for (let j = 0; j < front.length; j++) {
    const q1 = f1[j];
    const q2 = f2[j];
    if (Number.isFinite(p1) && Number.isFinite(p2) && Number.isFinite(q1) && Number.isFinite(q2)) {
      // w a + (1 − w) b ≤ 0 with a = p1 − q1, b = p2 − q2: a line in w.
      const a = p1 - q1;
      const b = p2 - q2;
      if (a === b) {
        if (b > 0) return null;
      } else if (a > b) lower(b / (b - a), false);
      else raise(b / (b - a), false);
      continue;
    }
    // An infinite value decides every interior weight the same way; the end points compare one objective.
    const atZero = p2 <= q2;
    const atOne = p1 <= q1;
    const inside = safeSum2(p1, p2) <= safeSum2(q1, q2);
    if (inside) {
      raise(0, !atZero);
      lower(1, !atOne);
    } else if (atZero) {
      lower(0, false); // atOne cannot hold as well (see the proof in decision.test.ts)
    } else if (atOne) {
      raise(1, false);
    } else return null;
  }
  if (lo < hi || (lo === hi && !loOpen && !hiOpen)) return { min: lo, max: hi };
  // Rounding can cross the two bounds of a point that ties on a straight stretch of the front.
  if (lo > hi && lo - hi <= SUPPORT_TOLERANCE) return { min: hi, max: lo };
  return null;
}

function allRowsWithoutNaN(columns: Columns, n: number): Uint32Array {
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let k = 0; k < columns.length && ok; k++) ok = !Number.isNaN(columns[k][i]);
    if (ok) keep.push(i);
  }
  return Uint32Array.from(keep);
}

/** Front rows' two objectives in minimization space, normalized over `rangeRows` (or not at all). */
function normalizedFront2d(
  columns: Columns,
  senses: readonly Sense[],
  front: Uint32Array,
  normalization: Normalization,
  rangeRows: ArrayLike<number>,
): { f1: Float64Array; f2: Float64Array } {
  const out = [new Float64Array(front.length), new Float64Array(front.length)];
  for (let k = 0; k < 2; k++) {
    const map = normalization === 'range' ? normalizer(...finiteRange(columns, senses, k, rangeRows)) : (v: number) => v;
    for (let j = 0; j < front.length; j++) out[k][j] = map(oriented(columns, senses, k, front[j]));
  }
  return { f1: out[0], f2: out[1] };
}

/**
 * 1 for each front row that some non-negative weighted sum picks (a supported point: on the lower-left
 * convex hull of the front in minimization space), 0 for unsupported front rows and for rows not on
 * the front. Shorthand for `supportAnalysis(...).mask`.
 */
export function supportedMask(columns: Columns, senses: readonly Sense[], normalization: Normalization): Uint8Array {
  return supportAnalysis(columns, senses, normalization).mask;
}

/**
 * Which front rows some weighted sum Σ w_k f_k with w ≥ 0, Σ w = 1, picks (scores lowest, ties
 * allowed — the weakly supported points, so a point that is best in one objective is always
 * supported). `exact` is false when the question was not answered (see below): every front row is then
 * marked 1.
 *
 * Normalization cannot change the answer — rescaling an objective by a positive factor maps weight
 * vectors onto weight vectors — so `normalization` is only checked; the computation always
 * range-normalizes over the front for conditioning, and `SUPPORT_TOLERANCE` is in those units.
 *
 * Method:
 * - Two objectives: Andrew's monotone chain over the distinct front points sorted by f_1 (a front is
 *   then decreasing in f_2), keeping collinear points: the lower hull, O(m log m). Front rows with an
 *   infinite value are extremes and always supported; when one of them is −Infinity in an objective
 *   (and +Infinity in none) it wins every weighted sum that weighs that objective, so the finite rows
 *   are supported only where they are best in an objective.
 * - Three or more: p is supported iff the zero-sum game with payoff A[k][q] = q_k − p_k (the row player
 *   picks a weight vector w, the column player a competitor q) has value max_w min_q w·(q − p) ≥ 0.
 *   Quick accept first: the minimizers of 2d + 64 fixed weight vectors are supported. Every other point
 *   gets one small linear program — the game in its textbook LP form (payoffs shifted positive,
 *   maximize Σy s.t. A'y ≤ 1, y ≥ 0; d constraints, so a dense simplex tableau of d rows) — solved by
 *   constraint generation: start with the quick-accept winners as competitors, read the optimal w off
 *   the duals, check it against the whole front in O(m d), and add the worst violator until w
 *   certifies p (supported) or the value over the competitors so far is already negative
 *   (unsupported: more competitors only lower it). Two O(m d) guesses go first — the weight that
 *   certified the previous point (one weight certifies a whole straight stretch) and the pseudo-weight
 *   direction nadir − p (the supporting weight of a smooth convex front) — so most supported points
 *   never reach the LP. Cost grows like m² d; measured in node on 1,000-point fronts: 10–20 ms in 3
 *   objectives, 20–40 ms in 5, 25–85 ms in 8 (concave, convex, linear and wavy shapes).
 *   Fronts beyond `SUPPORT_EXACT_BUDGET`, and fronts with an infinite value, are not classified (all
 *   ones, `exact` false).
 *
 * @throws CoreInputError on a malformed table or an unknown normalization.
 */
export function supportAnalysis(
  columns: Columns,
  senses: readonly Sense[],
  normalization: Normalization,
): { mask: Uint8Array; exact: boolean } {
  const n = checkTable(columns, senses);
  checkNormalization(normalization);
  const d = columns.length;
  const mask = new Uint8Array(n);
  const front = paretoFront(columns, senses);
  if (front.length === 0) return { mask, exact: true };
  if (d === 1) {
    for (const r of front) mask[r] = 1; // the front is the set of best rows: all picked by w = 1
    return { mask, exact: true };
  }

  // Distinct front points, range-normalized over the front, row-major; `groupOf` maps front rows to them.
  const { points, groupOf, m, finite } = distinctFront(columns, senses, front);
  let supported: Uint8Array;
  if (d === 2) supported = hull2d(points, m, finite);
  else if (!finite.every(Boolean) || m * m * d > SUPPORT_EXACT_BUDGET) {
    for (const r of front) mask[r] = 1;
    return { mask, exact: false };
  } else supported = supportedByLp(points, m, d);
  for (let j = 0; j < front.length; j++) if (supported[groupOf[j]]) mask[front[j]] = 1;
  return { mask, exact: true };
}

function distinctFront(
  columns: Columns,
  senses: readonly Sense[],
  front: Uint32Array,
): { points: Float64Array; groupOf: Uint32Array; m: number; finite: boolean[] } {
  const d = columns.length;
  const maps = Array.from({ length: d }, (_, k) => normalizer(...finiteRange(columns, senses, k, front)));
  const index = new Map<string, number>();
  const groupOf = new Uint32Array(front.length);
  const values: number[] = [];
  const finite: boolean[] = [];
  const row = new Float64Array(d);
  for (let j = 0; j < front.length; j++) {
    let allFinite = true;
    for (let k = 0; k < d; k++) {
      row[k] = maps[k](oriented(columns, senses, k, front[j]));
      if (!Number.isFinite(row[k])) allFinite = false;
    }
    // Identical raw points normalize identically, so keying on the normalized values merges duplicates.
    const key = Array.prototype.join.call(row, ',');
    let g = index.get(key);
    if (g === undefined) {
      g = finite.length;
      index.set(key, g);
      for (let k = 0; k < d; k++) values.push(row[k]);
      finite.push(allFinite);
    }
    groupOf[j] = g;
  }
  return { points: Float64Array.from(values), groupOf, m: finite.length, finite };
}

/** Two objectives: supported flags of m distinct front points (row-major pairs). */
function hull2d(points: Float64Array, m: number, finite: boolean[]): Uint8Array {
  const out = new Uint8Array(m);
  const x = (i: number) => points[2 * i];
  const y = (i: number) => points[2 * i + 1];
  let sink = false; // a point with −Infinity and no +Infinity: it wins every weighting that weighs its −Infinity
  for (let i = 0; i < m; i++) {
    if (finite[i]) continue;
    out[i] = 1;
    const hasPos = x(i) === Infinity || y(i) === Infinity;
    if (!hasPos && (x(i) === -Infinity || y(i) === -Infinity)) sink = true;
  }
  const finiteIdx: number[] = [];
  for (let i = 0; i < m; i++) if (finite[i]) finiteIdx.push(i);
  if (finiteIdx.length === 0) return out;
  if (sink) {
    // Only w = (1, 0) or (0, 1) can still pick a finite point: it must be best in that objective overall.
    let min1 = Infinity;
    let min2 = Infinity;
    for (let i = 0; i < m; i++) {
      if (x(i) < min1) min1 = x(i);
      if (y(i) < min2) min2 = y(i);
    }
    for (const i of finiteIdx) if (x(i) === min1 || y(i) === min2) out[i] = 1;
    return out;
  }
  // Lower hull by Andrew's monotone chain; a front sorted by x is decreasing in y, so the lower hull is
  // exactly the lower-left hull. Pop only on a strict right turn beyond the tolerance: collinear
  // points tie with their neighbours at the edge's weight and are supported.
  finiteIdx.sort((a, b) => x(a) - x(b) || y(a) - y(b));
  const chain: number[] = [];
  for (const c of finiteIdx) {
    while (chain.length >= 2) {
      const a = chain[chain.length - 2];
      const b = chain[chain.length - 1];
      const ex = x(c) - x(a);
      const ey = y(c) - y(a);
      const cross = ex * (y(b) - y(a)) - ey * (x(b) - x(a)); // > 0: b lies above the segment a–c
      if (cross > SUPPORT_TOLERANCE * Math.hypot(ex, ey)) chain.pop();
      else break;
    }
    chain.push(c);
  }
  for (const i of chain) out[i] = 1;
  return out;
}

/** Fixed weight vectors for the quick accept: the d unit vectors, the centre, d corner-leaning ones, and 64 more. */
function probeWeights(d: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let k = 0; k < d; k++) {
    const e = new Float64Array(d);
    e[k] = 1;
    out.push(e);
    const lean = new Float64Array(d).fill(1 / (2 * (d - 1)));
    lean[k] = 0.5;
    out.push(lean);
  }
  out.push(new Float64Array(d).fill(1 / d));
  // Deterministic spread: a low-discrepancy (additive recurrence) sequence mapped to the simplex.
  for (let s = 1; s <= 64; s++) {
    const w = new Float64Array(d);
    let sum = 0;
    for (let k = 0; k < d; k++) {
      const u = (s * Math.sqrt(2 + 3 * k) * 0.6180339887) % 1;
      w[k] = -Math.log(1 - u * 0.999);
      sum += w[k];
    }
    for (let k = 0; k < d; k++) w[k] /= sum;
    out.push(w);
  }
  return out;
}

/** 3+ objectives, all finite: supported flags of m distinct front points. */
function supportedByLp(points: Float64Array, m: number, d: number): Uint8Array {
  const out = new Uint8Array(m);
  const competitors: number[] = [];
  const seen = new Uint8Array(m);
  const scores = new Float64Array(m);
  for (const w of probeWeights(d)) {
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += w[k] * points[i * d + k];
      scores[i] = s;
      if (s < best) best = s;
    }
    for (let i = 0; i < m; i++) {
      if (scores[i] <= best + SUPPORT_TOLERANCE) {
        out[i] = 1;
        if (!seen[i]) {
          seen[i] = 1;
          competitors.push(i);
        }
      }
    }
  }
  const lp = new GameLp(d);
  const last = { w: null as Float64Array | null };
  for (let p = 0; p < m; p++) {
    if (out[p]) continue;
    out[p] = isSupported(points, m, d, p, competitors, lp, last) ? 1 : 0;
  }
  return out;
}

/**
 * Index of the point minimizing w·q (first one on ties), and whether p ties with it within the tolerance.
 */
function argminWeighted(points: Float64Array, m: number, d: number, w: Float64Array, p: number): { best: number; pWins: boolean } {
  let best = -1;
  let bestScore = Infinity;
  for (let q = 0; q < m; q++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += w[k] * points[q * d + k];
    if (s < bestScore) {
      bestScore = s;
      best = q;
    }
  }
  let ps = 0;
  for (let k = 0; k < d; k++) ps += w[k] * points[p * d + k];
  return { best, pWins: ps <= bestScore + SUPPORT_TOLERANCE };
}

/** Competitors added per round of constraint generation. */
const VIOLATORS_PER_ROUND = 4;

function isSupported(
  points: Float64Array,
  m: number,
  d: number,
  p: number,
  shared: readonly number[],
  lp: GameLp,
  last: { w: Float64Array | null },
): boolean {
  // Guesses first, O(m d) each: the last weight that certified a point (on a straight stretch of the
  // front one weight certifies them all), then the pseudo-weight direction (front nadir − p, in [0, 1]
  // units), the exact supporting weight on a smooth convex front. A failed guess's winner is a good
  // first competitor for the linear program.
  if (last.w && argminWeighted(points, m, d, last.w, p).pWins) return true;
  const guess = new Float64Array(d);
  let sum = 0;
  for (let k = 0; k < d; k++) sum += guess[k] = Math.max(0, 1 - points[p * d + k]);
  for (let k = 0; k < d; k++) guess[k] = sum > 0 ? guess[k] / sum : 1 / d;
  const tried = argminWeighted(points, m, d, guess, p);
  if (tried.pWins) return true;
  const set = shared.filter((q) => q !== p);
  if (!set.includes(tried.best)) set.push(tried.best);
  const inSet = new Set(set);
  for (let round = 0; round <= m; round++) {
    if (set.length === 0) return true; // no competitor: anything picks p
    const { value, w } = lp.solve(points, p, set);
    if (value < -SUPPORT_TOLERANCE) return false;
    // Check the certificate against the whole front; add the worst few violators if it fails (fewer
    // rounds: each one costs a pass over the front).
    let pw = 0;
    for (let k = 0; k < d; k++) pw += w[k] * points[p * d + k];
    const worst: number[] = [];
    const margins: number[] = [];
    for (let q = 0; q < m; q++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += w[k] * points[q * d + k];
      const margin = s - pw;
      if (margin >= -SUPPORT_TOLERANCE || q === p || inSet.has(q)) continue;
      if (worst.length < VIOLATORS_PER_ROUND) {
        worst.push(q);
        margins.push(margin);
      } else {
        let at = 0;
        for (let i = 1; i < margins.length; i++) if (margins[i] > margins[at]) at = i;
        if (margin < margins[at]) {
          worst[at] = q;
          margins[at] = margin;
        }
      }
    }
    // None left: w certifies p (a violator the LP already saw is rounding; its value says p holds).
    if (worst.length === 0) {
      last.w = w;
      return true;
    }
    for (const q of worst) {
      set.push(q);
      inSet.add(q);
    }
  }
  return true; // not reached: every round adds a competitor
}

/**
 * The value of the matrix game max_w min_q w·(q − p), w on the simplex, q in `set`, via the column
 * player's LP: with payoffs shifted by c so that every A'[k][q] = q_k − p_k + c > 0,
 *   maximize Σ_q y_q  subject to  Σ_q A'[k][q] y_q ≤ 1 (k = 1..d),  y ≥ 0,
 * value = 1 / Σ y* − c, and the row player's optimal w is the dual solution (the slack columns' reduced
 * costs), normalized. Dense tableau, Dantzig's rule with Bland's rule after many degenerate steps.
 */
class GameLp {
  private tableau = new Float64Array(0);
  private basis = new Int32Array(0);
  constructor(private readonly d: number) {}

  solve(points: Float64Array, p: number, set: readonly number[]): { value: number; w: Float64Array } {
    const d = this.d;
    const n = set.length;
    const cols = n + d + 1; // y, slacks, right-hand side
    const rows = d + 1; // constraints, objective
    if (this.tableau.length < rows * cols) this.tableau = new Float64Array(rows * cols * 2);
    const t = this.tableau;
    t.fill(0, 0, rows * cols);
    let minA = Infinity;
    for (let j = 0; j < n; j++) {
      const q = set[j];
      for (let k = 0; k < d; k++) {
        const a = points[q * d + k] - points[p * d + k];
        if (a < minA) minA = a;
      }
    }
    const c = 1 - minA; // every shifted payoff ≥ 1
    for (let k = 0; k < d; k++) {
      const r = k * cols;
      for (let j = 0; j < n; j++) t[r + j] = points[set[j] * d + k] - points[p * d + k] + c;
      t[r + n + k] = 1;
      t[r + cols - 1] = 1;
    }
    const z = d * cols;
    for (let j = 0; j < n; j++) t[z + j] = -1;
    if (this.basis.length < d) this.basis = new Int32Array(d);
    for (let k = 0; k < d; k++) this.basis[k] = n + k;

    const EPS = 1e-12;
    let degenerate = 0;
    for (let iter = 0; iter < 50 * (n + d) + 100; iter++) {
      // Entering column: most negative reduced cost (Dantzig), or the first negative one (Bland).
      const bland = degenerate > 2 * d + 10;
      let enter = -1;
      let best = -EPS;
      for (let j = 0; j < n + d; j++) {
        const rc = t[z + j];
        if (rc < best) {
          enter = j;
          if (bland) break;
          best = rc;
        }
      }
      if (enter < 0) break;
      // Ratio test (ties to the lowest basic index, for Bland).
      let leave = -1;
      let ratio = Infinity;
      for (let k = 0; k < d; k++) {
        const a = t[k * cols + enter];
        if (a > EPS) {
          const r = t[k * cols + cols - 1] / a;
          if (r < ratio - EPS || (Math.abs(r - ratio) <= EPS && leave >= 0 && this.basis[k] < this.basis[leave])) {
            ratio = r;
            leave = k;
          }
        }
      }
      if (leave < 0) break; // unbounded cannot happen: every column is positive
      degenerate = ratio <= EPS ? degenerate + 1 : 0;
      const pr = leave * cols;
      const pv = t[pr + enter];
      for (let j = 0; j < cols; j++) t[pr + j] /= pv;
      for (let r = 0; r <= d; r++) {
        if (r === leave) continue;
        const f = t[r * cols + enter];
        if (f === 0) continue;
        const rr = r * cols;
        for (let j = 0; j < cols; j++) t[rr + j] -= f * t[pr + j];
      }
      this.basis[leave] = enter;
    }
    const sumY = t[z + cols - 1];
    const w = new Float64Array(d);
    let sumX = 0;
    for (let k = 0; k < d; k++) {
      w[k] = Math.max(0, t[z + n + k]);
      sumX += w[k];
    }
    for (let k = 0; k < d; k++) w[k] = sumX > 0 ? w[k] / sumX : 1 / d;
    return { value: 1 / sumY - c, w };
  }
}
