/**
 * The pure pieces of `deriveView`'s decision part: scores and their ranking, the level set through the
 * winner, and the per-front facts (knee, unsupported points, ranges) — all on the ranked rows' columns
 * compacted by derive.ts. Caching lives in derive.ts.
 */
import { kneePoint, scalarize, supportAnalysis, type Sense } from '../core';
import type { DecisionMethod, DecisionView, LevelSet } from './decisionTypes';
import { own } from './own';

/** What the decision part reads of a ranking (see derive.ts). */
export interface RankedTable {
  /** Ranked rows (shown, finite in every ticked objective, meeting every constraint), ascending. */
  eligible: Uint32Array;
  /** Ticked objectives' values on the ranked rows (compact: index j is row eligible[j]). */
  columns: Float64Array[];
  senses: Sense[];
  keys: string[];
  /** Rows on the front, ascending. */
  frontRows: Uint32Array;
  /** Per row of the dataset: the row's status (derive.ts STATUS_*). */
  status: Uint8Array;
}

/** How many rows `ranking` lists. */
export const RANKING_SIZE = 10;

/** Per-front facts that do not depend on weights: computed once per ranking. */
export interface FrontFacts {
  knee: number | null;
  unsupported: Uint8Array;
  unsupportedExact: boolean;
  unsupportedCount: number;
  ranges: { key: string; min: number; max: number }[];
  /** Per ticked objective, in minimization space over the ranked rows: best value and the 'range' scale. */
  lo: Float64Array;
  scale: Float64Array;
}

export function frontFacts(t: RankedTable, rowCount: number): FrontFacts {
  const d = t.columns.length;
  const m = t.eligible.length;
  const lo = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  const ranges = t.keys.map((key, k) => {
    let min = Infinity;
    let max = -Infinity;
    const col = t.columns[k];
    for (let j = 0; j < m; j++) {
      const v = col[j];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (m === 0) return { key, min: NaN, max: NaN };
    // Oriented range, exactly as scalarize's 'range' normalization sees it (all ranked values are finite).
    lo[k] = t.senses[k] === 'max' ? -max : min;
    if (max > min) scale[k] = max - min;
    return { key, min, max };
  });
  const unsupported = new Uint8Array(rowCount);
  let knee: number | null = null;
  let exact = true;
  let count = 0;
  if (d > 0 && t.frontRows.length > 0) {
    // The front's own columns: kneePoint and supportAnalysis only look at the front, so giving them the
    // front alone is the same answer for less work (ties still go to the smallest row: rows ascend).
    const at = new Uint32Array(t.frontRows.length);
    for (let i = 0, j = 0; i < t.frontRows.length; i++) {
      while (t.eligible[j] !== t.frontRows[i]) j++;
      at[i] = j;
    }
    const front = t.columns.map((c) => Float64Array.from(at, (j) => c[j]));
    const k = kneePoint(front, t.senses);
    knee = k >= 0 ? t.frontRows[k] : null;
    const support = supportAnalysis(front, t.senses, 'range');
    exact = support.exact;
    for (let i = 0; i < at.length; i++) {
      if (!support.mask[i]) {
        unsupported[t.frontRows[i]] = 1;
        count++;
      }
    }
  }
  return { knee, unsupported, unsupportedExact: exact, unsupportedCount: count, ranges, lo, scale };
}

export interface ScoringInput {
  weights: Readonly<Record<string, number>>;
  method: DecisionMethod;
  referencePoint: Readonly<Record<string, number>> | null;
}

/** Weights per ticked objective (missing = 1); all ones if the spec's would all be 0 or unusable. */
export function weightVector(keys: string[], weights: Readonly<Record<string, number>>): number[] {
  const w = keys.map((k) => own(weights, k) ?? 1);
  const usable = w.every((x) => Number.isFinite(x) && x >= 0) && w.some((x) => x > 0);
  return usable ? w : keys.map(() => 1);
}

/**
 * The target point for 'chebyshev' / 'asf' in data units, per ticked objective: the reference value when
 * set, else the ideal (best ranked) value. Undefined for 'weighted-sum', and for 'chebyshev' without a
 * reference point (scalarize then uses the ideal point itself).
 */
export function targetPoint(t: RankedTable, facts: FrontFacts, input: ScoringInput): number[] | undefined {
  if (input.method === 'weighted-sum' || (input.method === 'chebyshev' && input.referencePoint === null)) return undefined;
  return t.keys.map((key, k) => {
    const r = own(input.referencePoint, key);
    if (r !== undefined && Number.isFinite(r)) return r;
    return t.senses[k] === 'max' ? facts.ranges[k].max : facts.ranges[k].min;
  });
}

export interface Scoring {
  scores: Float64Array;
  ranking: { row: number; score: number }[];
  best: number | null;
  weights: number[];
  target: number[] | undefined;
}

/**
 * Scores every ranked row with core `scalarize` ('range' normalization over the ranked rows), scatters
 * them to dataset rows (NaN elsewhere) and keeps the best `RANKING_SIZE`: lower score first, then front
 * rows before dominated ones (a zero weight can tie them), then the smaller row index.
 */
export function scoreRows(t: RankedTable, facts: FrontFacts, input: ScoringInput, rowCount: number): Scoring {
  const scores = new Float64Array(rowCount).fill(NaN);
  const weights = weightVector(t.keys, input.weights);
  const target = targetPoint(t, facts, input);
  const m = t.eligible.length;
  if (t.columns.length === 0 || m === 0) return { scores, ranking: [], best: null, weights, target };
  const compact = scalarize(t.columns, t.senses, weights, {
    method: input.method,
    normalization: 'range',
    ...(target ? { referencePoint: target } : {}),
  });
  const FRONT = 3; // derive.ts STATUS_FRONT (not imported: derive.ts imports this module)
  const top: { row: number; score: number; front: boolean }[] = [];
  const before = (a: { row: number; score: number; front: boolean }, b: typeof a) =>
    a.score < b.score || (a.score === b.score && (a.front !== b.front ? a.front : a.row < b.row));
  for (let j = 0; j < m; j++) {
    const row = t.eligible[j];
    const score = compact[j];
    scores[row] = score;
    if (top.length === RANKING_SIZE && !(score <= top[RANKING_SIZE - 1].score)) continue;
    const entry = { row, score, front: t.status[row] === FRONT };
    if (top.length === RANKING_SIZE && !before(entry, top[RANKING_SIZE - 1])) continue;
    let i = top.length;
    while (i > 0 && before(entry, top[i - 1])) i--;
    top.splice(i, 0, entry);
    if (top.length > RANKING_SIZE) top.pop();
  }
  const ranking = top.map(({ row, score }) => ({ row, score }));
  return { scores, ranking, best: ranking.length > 0 ? ranking[0].row : null, weights, target };
}

/**
 * The scalarizing function's level set through the winner, in data coordinates of the x and y columns,
 * when both are ticked objectives (others held at the winner's values). With 'range' normalization
 * f̃ = (o − lo) / scale in minimization space (o = f, or −f for 'max'):
 * - weighted sum: Σ w f̃ is constant on a·x + b·y = c with a = w_x·s_x/scale_x, b = w_y·s_y/scale_y
 *   (s = ±1 the orientation) and c through the winner — exact in data units;
 * - Chebyshev / ASF: max_k w_k (f̃_k − z̃_k) = s, the winner's score (without the tiny augmentation
 *   term), has its corner at f̃_k = z̃_k + s / w_k on each axis, mapped back to data units; the rays run
 *   from the corner toward the better side of each axis (the edges of the box of better scores). An axis
 *   with weight 0 has no corner: the level set is then the line through the other axis's corner value.
 *   Both weights 0: null.
 */
export function levelSet(
  t: RankedTable,
  facts: FrontFacts,
  scoring: Scoring,
  method: DecisionMethod,
  x: { key: string; values: Float64Array },
  y: { key: string; values: Float64Array },
): LevelSet | null {
  const ix = t.keys.indexOf(x.key);
  const iy = t.keys.indexOf(y.key);
  const best = scoring.best;
  if (ix < 0 || iy < 0 || ix === iy || best === null) return null;
  const w = scoring.weights;
  const orient = (k: number) => (t.senses[k] === 'max' ? -1 : 1);
  if (w[ix] === 0 && w[iy] === 0) return null;
  if (method === 'weighted-sum') {
    const a = (w[ix] * orient(ix)) / facts.scale[ix];
    const b = (w[iy] * orient(iy)) / facts.scale[iy];
    return { kind: 'line', a, b, c: a * x.values[best] + b * y.values[best] };
  }
  // Normalized oriented target z̃ and the winner's normalized values, per ticked objective.
  const d = t.keys.length;
  const j = lowerBound(t.eligible, best);
  const norm = (k: number, v: number) => (orient(k) * v - facts.lo[k]) / facts.scale[k];
  let s = -Infinity;
  for (let k = 0; k < d; k++) {
    if (w[k] === 0) continue;
    const z = scoring.target ? norm(k, scoring.target[k]) : 0;
    s = Math.max(s, w[k] * (norm(k, t.columns[k][j]) - z));
  }
  const corner = (k: number) => {
    const z = scoring.target ? norm(k, scoring.target[k]) : 0;
    return orient(k) * (facts.lo[k] + facts.scale[k] * (z + s / w[k]));
  };
  if (w[ix] === 0) return { kind: 'line', a: 0, b: 1, c: corner(iy) };
  if (w[iy] === 0) return { kind: 'line', a: 1, b: 0, c: corner(ix) };
  // The sublevel set {max_k w_k (f̃_k − z̃_k) ≤ s} is the box from the corner toward the ideal, so the
  // level set's rays run from the corner toward the better side of each axis (where the winner sits).
  return { kind: 'corner', x: corner(ix), y: corner(iy), xToward: -orient(ix) as 1 | -1, yToward: -orient(iy) as 1 | -1 };
}

/** Index of the first element ≥ v in an ascending array. */
export function lowerBound(sorted: Uint32Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Assembles the contract object. */
export function decisionView(facts: FrontFacts, scoring: Scoring, filteredCount: number, level: LevelSet | null): DecisionView {
  return {
    scores: scoring.scores,
    ranking: scoring.ranking,
    best: scoring.best,
    knee: facts.knee,
    filteredCount,
    levelSet: level,
    unsupported: facts.unsupported,
    ranges: facts.ranges,
    unsupportedExact: facts.unsupportedExact,
    unsupportedCount: facts.unsupportedCount,
  };
}
