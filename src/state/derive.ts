/**
 * The one derivation charts draw from: `deriveView(dataset, spec)` turns a ViewSpec into ready arrays
 * (coordinates, per-row status, front, ranks, staircase, groups, and the decision: scores, ranking,
 * knee, level set, unsupported points). Charts only draw what it returns.
 */
import { paretoFront, paretoRanks, pseudoWeights, weightRange2d, type Sense } from '../core';
import type { CategoryColumn, Dataset } from '../data/types';
import { constraintMask } from './constraints';
import type { DecisionView, PointDecision } from './decisionTypes';
import { decisionView, frontFacts, levelSet, lowerBound, scoreRows, type FrontFacts, type RankedTable, type Scoring } from './decisionView';
import { withDerived } from './derived';
import { own } from './own';
import { groupColumn, numberColumn } from './validate';
import type { ViewSpec } from './viewSpec';

/** Row status codes in `DerivedView.status`. */
export const STATUS_HIDDEN = 0;
/** Missing or non-finite in a ticked objective, or failing a constraint: drawn faint, left out of the ranking. */
export const STATUS_FAINT = 1;
export const STATUS_DOMINATED = 2;
export const STATUS_FRONT = 3;

export interface ActiveObjective {
  key: string;
  sense: Sense;
  label: string;
  unit?: string;
}

export interface MissingNote {
  key: string;
  label: string;
  /** Shown rows left out of the ranking because this objective is missing or ±Infinity there. */
  count: number;
}

/** Everything about a view that is computed rather than chosen. Arrays are shared: never mutate them. */
export interface DerivedView {
  /** The x column's values, row-aligned (the dataset's own array). */
  x: Float64Array;
  y: Float64Array;
  /** Per row: 0 hidden (its group is hidden), 1 faint (missing value or failing a constraint), 2 dominated, 3 on the front. */
  status: Uint8Array;
  /**
   * Dataset row indices on the front, ascending. Over the ticked objectives, not only the two on screen,
   * among the ranked rows (shown, finite in every ticked objective, meeting every constraint).
   */
  frontRows: Uint32Array;
  /** Pareto rank per row (1 = front, 0 = unranked); only computed when colouring by rank. */
  ranks: Uint32Array | null;
  activeObjectives: ActiveObjective[];
  /** One entry per ticked objective that leaves at least one shown row out of the ranking. */
  missing: MissingNote[];
  /**
   * Shown rows left out of the ranking for a missing or infinite value in a ticked objective (each
   * counted once). Rows left out by a constraint are counted in `decision.filteredCount`.
   */
  unrankedCount: number;
  /**
   * The front's attainment boundary in data coordinates, by x ascending, opening and closing with
   * ±Infinity rays toward the dominated side; [] when nothing is ranked. Only when exactly two
   * objectives are ticked and they are the x and y columns; null otherwise.
   */
  staircase: [number, number][] | null;
  /** Per row, the index of its group in `groupNames`; null without a group column. */
  groupCodes: Int32Array | null;
  /** Distinct group values, sorted ('' is the group of rows with no value). */
  groupNames: string[];
  /** Rows per group (all rows, hidden or not), aligned with `groupNames`. */
  groupCounts: Uint32Array;
  /** Front rows per group, aligned with `groupNames`. */
  groupFrontCounts: Uint32Array;
  /** Scores, ranking, winner, knee, level set, unsupported front points (decisionTypes.ts). */
  decision: DecisionView;
}

interface Groups {
  codes: Int32Array;
  names: string[];
  counts: Uint32Array;
}

const groupCache = new WeakMap<string[], Groups>();
const collator = new Intl.Collator('en', { numeric: true });

function groupsOf(column: CategoryColumn): Groups {
  const cached = groupCache.get(column.values);
  if (cached) return cached;
  const names = [...new Set(column.values)].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(names.map((n, i) => [n, i]));
  const codes = new Int32Array(column.values.length);
  const counts = new Uint32Array(names.length);
  column.values.forEach((v, i) => {
    const code = index.get(v) ?? 0;
    codes[i] = code;
    counts[code]++;
  });
  const groups = { codes, names, counts };
  groupCache.set(column.values, groups);
  return groups;
}

/**
 * What depends on the ticked objectives, the hidden groups, the constraints and the derived columns, but
 * not on the axes, the colouring or the weights.
 */
interface Ranking extends RankedTable {
  activeObjectives: ActiveObjective[];
  missing: MissingNote[];
  unrankedCount: number;
  filteredCount: number;
  groups: Groups | null;
  groupFrontCounts: Uint32Array;
  ranks?: Uint32Array;
  facts?: FrontFacts;
}

function computeRanking(dataset: Dataset, spec: ViewSpec): Ranking {
  const n = dataset.rowCount;
  const active = spec.objectives
    .filter((o) => o.active)
    .flatMap((o) => {
      const column = numberColumn(dataset, o.key);
      return column ? [{ o, column }] : []; // a spec for another dataset, briefly, while switching
    });
  const groupCol = spec.group === null ? undefined : groupColumn(dataset, spec.group);
  const groups = groupCol ? groupsOf(groupCol) : null;

  const status = new Uint8Array(n).fill(STATUS_DOMINATED);
  if (groups && spec.hiddenGroups.length > 0) {
    const hidden = new Set(spec.hiddenGroups);
    const hiddenCode = groups.names.map((name) => hidden.has(name));
    for (let i = 0; i < n; i++) if (hiddenCode[groups.codes[i]]) status[i] = STATUS_HIDDEN;
  }
  const missing = active.map(({ o, column }) => {
    let count = 0;
    const values = column.values;
    for (let i = 0; i < n; i++) {
      if (status[i] !== STATUS_HIDDEN && !Number.isFinite(values[i])) {
        count++;
        status[i] = STATUS_FAINT;
      }
    }
    return { key: o.key, label: column.spec.label || o.key, count };
  });
  let unrankedCount = 0;
  for (let i = 0; i < n; i++) if (status[i] === STATUS_FAINT) unrankedCount++;
  let filteredCount = 0;
  const passes = constraintMask(spec.constraints, dataset);
  if (passes) {
    for (let i = 0; i < n; i++) {
      if (status[i] !== STATUS_HIDDEN && !passes[i]) {
        filteredCount++;
        status[i] = STATUS_FAINT;
      }
    }
  }

  let eligibleCount = 0;
  for (let i = 0; i < n; i++) if (status[i] === STATUS_DOMINATED) eligibleCount++;
  const eligible = new Uint32Array(eligibleCount);
  for (let i = 0, j = 0; i < n; i++) if (status[i] === STATUS_DOMINATED) eligible[j++] = i;

  const columns = active.map(({ column }) => {
    const compact = new Float64Array(eligibleCount);
    for (let j = 0; j < eligibleCount; j++) compact[j] = column.values[eligible[j]];
    return compact;
  });
  const senses = active.map(({ o }) => o.sense);
  let frontRows = new Uint32Array(0);
  if (columns.length > 0 && eligibleCount > 0) {
    const front = paretoFront(columns, senses);
    frontRows = new Uint32Array(front.length);
    for (let t = 0; t < front.length; t++) frontRows[t] = eligible[front[t]];
  }
  for (const r of frontRows) status[r] = STATUS_FRONT;
  const groupFrontCounts = new Uint32Array(groups ? groups.names.length : 0);
  if (groups) for (const r of frontRows) groupFrontCounts[groups.codes[r]]++;

  return {
    status,
    frontRows,
    eligible,
    columns,
    senses,
    keys: active.map(({ o }) => o.key),
    activeObjectives: active.map(({ o, column }) => ({
      key: o.key,
      sense: o.sense,
      label: column.spec.label || o.key,
      ...(column.spec.unit !== undefined ? { unit: column.spec.unit } : {}),
    })),
    missing: missing.filter((m) => m.count > 0),
    unrankedCount,
    filteredCount,
    groups,
    groupFrontCounts,
  };
}

function ranksOf(dataset: Dataset, ranking: Ranking): Uint32Array {
  if (!ranking.ranks) {
    const full = new Uint32Array(dataset.rowCount);
    if (ranking.columns.length > 0 && ranking.eligible.length > 0) {
      const compact = paretoRanks(ranking.columns, ranking.senses);
      for (let j = 0; j < compact.length; j++) full[ranking.eligible[j]] = compact[j];
    }
    ranking.ranks = full;
  }
  return ranking.ranks;
}

/**
 * The attainment boundary of a two-objective front drawn on its own axes. With the front sorted by x,
 * consecutive points are joined by a horizontal-then-vertical step when x is minimized (the corner
 * is (x[i+1], y[i])) and vertical-then-horizontal when x is maximized (corner (x[i], y[i+1])); the rays
 * at both ends run to ±Infinity on the dominated side.
 */
export function staircase(xs: ArrayLike<number>, ys: ArrayLike<number>, xSense: Sense, ySense: Sense): [number, number][] {
  const order = Array.from({ length: xs.length }, (_, i) => i).sort((a, b) => xs[a] - xs[b] || ys[a] - ys[b]);
  const points: [number, number][] = [];
  for (const i of order) {
    const last = points[points.length - 1];
    if (!last || last[0] !== xs[i] || last[1] !== ys[i]) points.push([xs[i], ys[i]]);
  }
  if (points.length === 0) return [];
  const yDominated = ySense === 'min' ? Infinity : -Infinity;
  const first = points[0];
  const last = points[points.length - 1];
  const out: [number, number][] = [];
  if (xSense === 'min') {
    out.push([first[0], yDominated]);
    points.forEach((p, i) => {
      if (i > 0) out.push([p[0], points[i - 1][1]]);
      out.push(p);
    });
    out.push([Infinity, last[1]]);
  } else {
    out.push([-Infinity, first[1]]);
    points.forEach((p, i) => {
      if (i > 0) out.push([points[i - 1][0], p[1]]);
      out.push(p);
    });
    out.push([last[0], yDominated]);
  }
  return out;
}

const NO_GROUPS = { names: [] as string[], counts: new Uint32Array(0) };
const nanColumns = new WeakMap<Dataset, Float64Array>();

/** The values of axis column `key` (the dataset's own array), or one shared array of NaN when it is not a numeric column. */
export function axisValues(dataset: Dataset, key: string): Float64Array {
  const column = numberColumn(dataset, key);
  if (column) return column.values;
  let nan = nanColumns.get(dataset);
  if (!nan) nanColumns.set(dataset, (nan = new Float64Array(dataset.rowCount).fill(NaN)));
  return nan;
}

function factsOf(dataset: Dataset, ranking: Ranking): FrontFacts {
  if (!ranking.facts) ranking.facts = frontFacts(ranking, dataset.rowCount);
  return ranking.facts;
}

let lastRanking: { dataset: Dataset; key: string; value: Ranking } | null = null;
let lastScoring: { ranking: Ranking; key: string; value: Scoring } | null = null;
let lastStairs: { ranking: Ranking; key: string; value: [number, number][] | null } | null = null;
let lastView: { dataset: Dataset; key: string; value: DerivedView } | null = null;

/** What the front depends on in a spec (ticked objectives and senses, group, hidden groups, constraints), as one key. */
export function rankingKey(spec: ViewSpec): string {
  const ticked = spec.objectives.filter((o) => o.active).map((o) => [o.key, o.sense]);
  return JSON.stringify([ticked, spec.group, [...spec.hiddenGroups].sort(), spec.constraints]);
}

/** What the scores depend on beyond the ranking: the ticked objectives' weights, the method, the target. */
function scoringKey(spec: ViewSpec, keys: string[]): string {
  const ref = spec.method === 'weighted-sum' || spec.referencePoint === null ? null : keys.map((k) => own(spec.referencePoint, k) ?? null);
  return JSON.stringify([keys.map((k) => own(spec.weights, k) ?? 1), spec.method, ref]);
}

function rankingFor(dataset: Dataset, spec: ViewSpec): Ranking {
  const rKey = rankingKey(spec);
  if (!lastRanking || lastRanking.dataset !== dataset || lastRanking.key !== rKey) {
    lastRanking = { dataset, key: rKey, value: computeRanking(dataset, spec) };
  }
  return lastRanking.value;
}

/**
 * Derives the arrays a chart draws for `spec` on `dataset` (the loaded dataset; the spec's derived
 * columns are added to it, memoized).
 *
 * The front is over the ticked objectives, among the rows that are shown (group not hidden), finite
 * in every ticked objective (±Infinity counts as missing here even though the core would rank it) and
 * meeting every constraint.
 *
 * Memoized on its true inputs, in layers: the front (ticked objectives and senses, group, hidden
 * groups, constraints, derived columns) is computed once per change of those; the knee and the
 * unsupported points once per front; scores and ranking once per change of weights, method or reference
 * point — so moving a weight never recomputes the front. Calling it again with a spec that differs only
 * in scales or selection returns the same object; moving an axis reuses the front and the scores.
 */
export function deriveView(loaded: Dataset, spec: ViewSpec): DerivedView {
  const dataset = withDerived(loaded, spec.derived);
  const ranking = rankingFor(dataset, spec);
  const dKey = scoringKey(spec, ranking.keys);
  const byRank = spec.color === 'rank';
  const vKey = JSON.stringify([spec.x, spec.y, byRank, lastRanking?.key, dKey]);
  if (lastView && lastView.dataset === dataset && lastView.key === vKey) return lastView.value;

  const x = axisValues(dataset, spec.x);
  const y = axisValues(dataset, spec.y);
  const sKey = JSON.stringify([spec.x, spec.y]);
  if (!lastStairs || lastStairs.ranking !== ranking || lastStairs.key !== sKey) {
    let stairs: [number, number][] | null = null;
    const keys = ranking.keys;
    if (keys.length === 2 && spec.x !== spec.y && keys.includes(spec.x) && keys.includes(spec.y)) {
      const sense = (key: string) => ranking.activeObjectives.find((o) => o.key === key)?.sense ?? 'min';
      const fx = Float64Array.from(ranking.frontRows, (r) => x[r]);
      const fy = Float64Array.from(ranking.frontRows, (r) => y[r]);
      stairs = staircase(fx, fy, sense(spec.x), sense(spec.y));
    }
    lastStairs = { ranking, key: sKey, value: stairs };
  }

  const facts = factsOf(dataset, ranking);
  if (!lastScoring || lastScoring.ranking !== ranking || lastScoring.key !== dKey) {
    lastScoring = { ranking, key: dKey, value: scoreRows(ranking, facts, spec, dataset.rowCount) };
  }
  const scoring = lastScoring.value;
  const level = levelSet(ranking, facts, scoring, spec.method, { key: spec.x, values: x }, { key: spec.y, values: y });

  const groups = ranking.groups;
  const value: DerivedView = {
    x,
    y,
    status: ranking.status,
    frontRows: ranking.frontRows,
    ranks: byRank ? ranksOf(dataset, ranking) : null,
    activeObjectives: ranking.activeObjectives,
    missing: ranking.missing,
    unrankedCount: ranking.unrankedCount,
    staircase: lastStairs.value,
    groupCodes: groups ? groups.codes : null,
    groupNames: (groups ?? NO_GROUPS).names,
    groupCounts: (groups ?? NO_GROUPS).counts,
    groupFrontCounts: ranking.groupFrontCounts,
    decision: decisionView(facts, scoring, ranking.filteredCount, level),
  };
  lastView = { dataset, key: vKey, value };
  return value;
}

/**
 * The reverse question for one row of the current view (e.g. the selection): its pseudo-weights, and in
 * two objectives the weight interval over which it wins — both over the ranked rows, with the same
 * 'range' normalization as the scores. Null for a row index outside the dataset. Reuses the view's
 * memoized front.
 */
export function pointDecision(loaded: Dataset, spec: ViewSpec, row: number): PointDecision | null {
  const dataset = withDerived(loaded, spec.derived);
  if (!Number.isInteger(row) || row < 0 || row >= dataset.rowCount) return null;
  const ranking = rankingFor(dataset, spec);
  const facts = factsOf(dataset, ranking);
  const two = ranking.keys.length === 2;
  const j = lowerBound(ranking.eligible, row);
  const onFront = ranking.status[row] === STATUS_FRONT;
  if (!onFront || ranking.eligible[j] !== row) {
    return { row, onFront: false, pseudoWeights: null, ...(two ? { weightRange: null } : {}), supported: false };
  }
  const pw = pseudoWeights(ranking.columns, ranking.senses, j);
  return {
    row,
    onFront,
    pseudoWeights: pw.every(Number.isFinite) ? pw : null,
    ...(two ? { weightRange: weightRange2d(ranking.columns, ranking.senses, j, 'range') } : {}),
    supported: facts.unsupported[row] === 0,
  };
}
