/**
 * The comparison view: `deriveCompare(dataset, spec, view)` turns the current view into what the
 * "compare methods" panels and charts show — each group's own front and its figures against the global
 * front, the coverage matrix, the head-to-head pair, and repeated runs with their hypervolumes and
 * attainment surfaces. All the math is core's (compare.ts, attainment.ts); this module picks the rows
 * and the reference point, and names things.
 */
import {
  coverageMatrix,
  defaultReference,
  groupFronts,
  groupIndicators,
  headToHead,
  headToHeadSentence,
  type GroupIndicators,
  type Sense,
} from '../core';
import type { Dataset } from '../data/types';
import { runsOf } from './compareRuns';
import { EMPTY_ROWS } from './compareShared';
import { AUTO_GROUP_COUNT, type CompareGroup, type ComparePair, type CompareView, type RunsView } from './compareTypes';
import { deriveView, rankingKey, staircase, STATUS_DOMINATED, STATUS_FRONT, type DerivedView } from './derive';
import { baseDataset, withDerived } from './derived';
import { own } from './own';
import { groupColumn, numberColumn } from './validate';
import type { ViewSpec } from './viewSpec';

/** What the problem says when nothing is ranked. */
export const NOTHING_RANKED =
  'No rows are ranked — every shown row misses a ticked objective or fails a constraint, so there is nothing to compare';

/** How a group value reads in a sentence: the empty value (missing cells) as "(no value)". */
export const groupLabel = (name: string): string => (name === '' ? '(no value)' : name);


/**
 * What depends only on the ranking (ranked rows, their groups, the ticked objectives): each group's
 * ranked rows and its own front. Shared by `deriveCompare` and `autoCompareGroups`.
 */
export interface Basics {
  status: Uint8Array;
  groupCodes: Int32Array;
  columns: Float64Array[];
  senses: Sense[];
  /** Per row: its group when it is ranked, -1 otherwise. */
  codes: Int32Array;
  ranked: Uint32Array;
  /** Ranked rows per group, ascending. */
  members: Uint32Array[];
  /** Each group's own front among its ranked rows (core `groupFronts`). */
  fronts: Uint32Array[];
}

let lastBasics: Basics | null = null;

function basicsFor(columns: Float64Array[], senses: Sense[], view: DerivedView, groupCodes: Int32Array, groupCount: number): Basics {
  const b = lastBasics;
  if (
    b &&
    b.status === view.status &&
    b.groupCodes === groupCodes &&
    b.members.length === groupCount &&
    b.columns.length === columns.length &&
    b.columns.every((c, k) => c === columns[k] && b.senses[k] === senses[k])
  ) {
    return b;
  }
  const n = view.status.length;
  const codes = new Int32Array(n).fill(-1);
  const sizes = new Uint32Array(groupCount);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const s = view.status[i];
    if (s === STATUS_DOMINATED || s === STATUS_FRONT) {
      codes[i] = groupCodes[i];
      sizes[groupCodes[i]]++;
      count++;
    }
  }
  const ranked = new Uint32Array(count);
  const members = Array.from(sizes, (size) => new Uint32Array(size));
  const fill = new Uint32Array(groupCount);
  for (let i = 0, j = 0; i < n; i++) {
    const g = codes[i];
    if (g < 0) continue;
    ranked[j++] = i;
    members[g][fill[g]++] = i;
  }
  const fronts = columns.length > 0 ? groupFronts(columns, senses, codes, groupCount) : members.map(() => EMPTY_ROWS);
  lastBasics = { status: view.status, groupCodes, columns, senses, codes, ranked, members, fronts };
  return lastBasics;
}

/** Everything deriveCompare needs before it computes, or null when there is nothing to compare by. */
function inputs(loaded: Dataset, spec: ViewSpec, view: DerivedView) {
  if (spec.group === null || view.groupCodes === null) return null;
  const dataset = withDerived(loaded, spec.derived);
  if (!groupColumn(dataset, spec.group) || view.groupCodes.length !== dataset.rowCount || view.status.length !== dataset.rowCount) return null;
  const columns: Float64Array[] = [];
  for (const o of view.activeObjectives) {
    const c = numberColumn(dataset, o.key);
    if (!c) return null; // a view of another dataset, briefly, while switching
    columns.push(c.values);
  }
  const senses = view.activeObjectives.map((o) => o.sense);
  const names = view.groupNames;
  const basics = basicsFor(columns, senses, view, view.groupCodes, names.length);
  const hiddenSet = new Set(spec.hiddenGroups);
  const hidden = names.map((name) => hiddenSet.has(name));
  return { dataset, columns, senses, names, basics, hidden };
}

/** Non-hidden groups by share of the global front (then front rows on it, own front size, name). */
function byShareOf(names: string[], hidden: boolean[], share: (g: number) => number, view: DerivedView, fronts: Uint32Array[]): number[] {
  const s = (g: number) => (Number.isNaN(share(g)) ? -1 : share(g));
  return names
    .map((_, g) => g)
    .filter((g) => !hidden[g])
    .sort((a, b) => s(b) - s(a) || view.groupFrontCounts[b] - view.groupFrontCounts[a] || fronts[b].length - fronts[a].length || a - b);
}

function comparedOf(spec: ViewSpec, names: string[], hidden: boolean[], byShare: number[], members: Uint32Array[]): number[] {
  if (spec.compareGroups === null) return byShare.filter((g) => members[g].length > 0).slice(0, AUTO_GROUP_COUNT);
  const index = new Map(names.map((name, g) => [name, g]));
  const out: number[] = [];
  for (const name of spec.compareGroups) {
    const g = index.get(name);
    if (g !== undefined && !hidden[g] && !out.includes(g)) out.push(g);
  }
  return out;
}

/**
 * The groups compared when the person has not picked any, as group values: the `AUTO_GROUP_COUNT`
 * groups with the largest share of the global front among those with ranked rows (the same list
 * `deriveCompare` shows as `compared` when `spec.compareGroups` is null). [] without a group column.
 * `dataset` is the loaded dataset (the spec's derived columns are added); reuses the memoized view.
 */
export function autoCompareGroups(dataset: Dataset, spec: ViewSpec): string[] {
  // A comparison computed elsewhere (the compute worker) for the same ranking already knows the list:
  // deriving the view here for a large table would block the page.
  const known = knownAuto.get(baseDataset(dataset));
  if (known && known.key === autoKey(spec)) return known.groups;
  const view = deriveView(dataset, spec);
  const got = inputs(dataset, spec, view);
  if (!got) return [];
  const { names, hidden, basics } = got;
  const total = view.frontRows.length;
  const byShare = byShareOf(names, hidden, (g) => (total === 0 ? NaN : view.groupFrontCounts[g] / total), view, basics.fronts);
  return comparedOf({ ...spec, compareGroups: null }, names, hidden, byShare, basics.members).map((g) => names[g]);
}

/** What the automatic list of compared groups depends on: the ranking and the derived columns. */
const autoKey = (spec: ViewSpec) => JSON.stringify([rankingKey(spec), spec.derived.map((d) => [d.key, d.formula, d.sense ?? null])]);
const knownAuto = new WeakMap<Dataset, { key: string; groups: string[] }>();

/**
 * Remembers the automatic compared groups of `compare` (computed for `spec` on `dataset`, e.g. by the
 * compute worker), so `autoCompareGroups` answers without deriving the view on the page.
 */
export function noteAutoCompareGroups(dataset: Dataset, spec: ViewSpec, compare: CompareView | null): void {
  if (!compare?.auto || spec.compareGroups !== null) return;
  knownAuto.set(baseDataset(dataset), { key: autoKey(spec), groups: compare.compared.map((g) => compare.names[g]) });
}

/** The spec fields deriveCompare reads (beyond what the view already holds), as one comparable key. */
export function compareInputsKey(spec: ViewSpec): string {
  return JSON.stringify([compareFiguresKey(spec), spec.x, spec.y]);
}

/** The fields the figures read: all of `compareInputsKey` but the axes (only staircases and surfaces follow those). */
function compareFiguresKey(spec: ViewSpec): string {
  const ticked = spec.objectives.filter((o) => o.active).map((o) => o.key);
  return JSON.stringify([
    spec.group,
    [...spec.hiddenGroups].sort(),
    spec.compareGroups,
    spec.pair,
    ticked.map((k) => own(spec.hvReference, k) ?? null),
    spec.runColumn,
    spec.derived.map((d) => [d.key, d.formula, d.sense ?? null]),
  ]);
}

let lastCompare: { dataset: Dataset; view: DerivedView; key: string; value: CompareView | null } | null = null;

/**
 * Everything the comparison panels show, for `spec` on `dataset` (the loaded dataset, or the one with
 * the spec's derived columns — they are added either way) given `view = deriveView(dataset, spec)`.
 * Null when the spec has no group column, or when the view does not belong to the dataset.
 *
 * - Ranked rows (status dominated or front in `view.status`) are what is compared; every figure is over
 *   the ticked objectives (`view.activeObjectives`).
 * - One hypervolume reference for everything: `spec.hvReference` where set (ticked objectives only),
 *   else core `defaultReference` over the ranked rows, rounded outward (away from the data) to six
 *   significant digits so that it reads as typed ("1410.83", not "1410.8329999999999") and every row
 *   still beats it.
 * - `groups` has every group, aligned with `view.groupNames`. `rows` counts all the group's rows in the
 *   dataset (ranked or not, hidden or not); the other figures come from core `groupIndicators` over the
 *   ranked rows. Hidden groups keep their row count; their fronts are empty, their counts and share 0
 *   and their indicators NaN (they are not measured).
 * - `compared`: `spec.compareGroups` (known and not hidden) in order, or the top `AUTO_GROUP_COUNT` of
 *   `byShare` among groups with ranked rows.
 * - `pair`: `spec.pair` when both groups exist and are shown, else the first two compared groups.
 * - `runs` (with `spec.runColumn`): a run is a row's value in that column as text (numbers via
 *   `String`; NaN and empty cells belong to no run). Per compared group, each run with rows in the group
 *   gets its row count, its own front (rows and size) and its hypervolume over its ranked rows; with two ticked
 *   objectives, the best, median and worst attainment surfaces over the group's ranked rows.
 * - With no ranked rows, `problem` says so and the figures are empty (0 or NaN), with no pair or runs.
 *
 * Memoized on its true inputs: the same dataset, the same view's ranking arrays and the same spec fields
 * it reads return the very same object (moving a weight or selecting a row does not recompute).
 */
export function deriveCompare(loaded: Dataset, spec: ViewSpec, view: DerivedView): CompareView | null {
  const key = compareInputsKey(spec);
  const last = lastCompare;
  if (
    last &&
    last.key === key &&
    baseDataset(last.dataset) === baseDataset(loaded) &&
    (last.view === view ||
      (last.view.status === view.status &&
        last.view.frontRows === view.frontRows &&
        last.view.groupCodes === view.groupCodes &&
        last.view.activeObjectives === view.activeObjectives &&
        last.view.x === view.x &&
        last.view.y === view.y))
  ) {
    return last.value;
  }
  const value = computeCompare(loaded, spec, view);
  lastCompare = { dataset: loaded, view, key, value };
  return value;
}

/** Everything of a CompareView that does not depend on the axes, and what the axis parts need. */
interface Figures {
  value: Omit<CompareView, 'groups' | 'runs'> & { groups: Omit<CompareGroup, 'staircase'>[] };
  problem: string | null;
  dataset: Dataset;
  columns: Float64Array[];
  senses: Sense[];
  basics: Basics;
}

let lastFigures: { dataset: Dataset; view: DerivedView; key: string; value: Figures | null } | null = null;
let lastRuns: { figures: Figures; key: string; value: RunsView | null } | null = null;

function computeCompare(loaded: Dataset, spec: ViewSpec, view: DerivedView): CompareView | null {
  // The figures (indicators, coverage, pair, runs' hypervolumes) are most of the work and do not move
  // with the axes: an axis change redraws the staircases (and the run surfaces when their axes change).
  const key = compareFiguresKey(spec);
  const last = lastFigures;
  const figures =
    last &&
    last.key === key &&
    baseDataset(last.dataset) === baseDataset(loaded) &&
    last.view.status === view.status &&
    last.view.frontRows === view.frontRows &&
    last.view.groupCodes === view.groupCodes &&
    last.view.activeObjectives === view.activeObjectives
      ? last.value
      : computeFigures(loaded, spec, view);
  lastFigures = { dataset: loaded, view, key, value: figures };
  if (!figures) return null;
  const { value, problem, dataset, columns, senses, basics } = figures;
  const objectives = value.objectives;
  const xy = objectives.length === 2 && spec.x !== spec.y && objectives.some((o) => o.key === spec.x) && objectives.some((o) => o.key === spec.y);
  const senseOf = (key: string) => objectives.find((o) => o.key === key)?.sense ?? 'min';
  const stairs = (rows: Uint32Array) =>
    xy ? staircase(Float64Array.from(rows, (r) => view.x[r]), Float64Array.from(rows, (r) => view.y[r]), senseOf(spec.x), senseOf(spec.y)) : null;
  const isCompared = new Set(value.compared);
  const groups: CompareGroup[] = value.groups.map((g) => ({ ...g, staircase: isCompared.has(g.index) ? stairs(g.frontRows) : null }));
  // The run surfaces are drawn on the axes when the two ticked objectives are the x and y columns.
  const runsKey = JSON.stringify(xy ? [spec.x, spec.y] : null);
  if (!lastRuns || lastRuns.figures !== figures || lastRuns.key !== runsKey) {
    const runs = problem === null ? runsOf(dataset, spec, view, value.compared, columns, senses, value.reference, basics) : null;
    lastRuns = { figures, key: runsKey, value: runs };
  }
  return { ...value, groups, runs: lastRuns.value };
}

function computeFigures(loaded: Dataset, spec: ViewSpec, view: DerivedView): Figures | null {
  const got = inputs(loaded, spec, view);
  if (!got || spec.group === null) return null;
  const { dataset, columns, senses, names, basics, hidden } = got;
  const objectives = view.activeObjectives;
  const G = names.length;
  const problem = objectives.length === 0 ? 'No objective is ticked — tick at least one to compare groups' : basics.ranked.length === 0 ? NOTHING_RANKED : null;

  const defaults = problem === null ? defaultReference(columns, senses, basics.ranked).map((r, k) => outward6(r, senses[k])) : objectives.map(() => NaN);
  const set = objectives.map((o) => {
    const v = own(spec.hvReference, o.key);
    return v !== undefined && Number.isFinite(v) ? v : undefined;
  });
  const reference = objectives.map((_, k) => set[k] ?? defaults[k]);
  const referenceEdited = objectives.map((_, k) => set[k] !== undefined && !Object.is(set[k], defaults[k]));

  // The compared groups come first, from the view's own counts of global-front rows per group, so that
  // only they are measured: with many groups, IGD+, ε and hypervolumes are most of the work.
  const total = view.frontRows.length;
  const byShare = byShareOf(names, hidden, (g) => (total === 0 ? NaN : view.groupFrontCounts[g] / total), view, basics.fronts);
  const compared = comparedOf(spec, names, hidden, byShare, basics.members);
  const k = compared.length;

  // Exact hypervolumes in many objectives can take minutes on a large front: past the interactive
  // budget they are left out (NaN) and the table says why, rather than freezing the page.
  const table = problem === null ? groupIndicators(columns, senses, basics.codes, G, reference, { withinBudget: true, measured: compared }) : null;
  const indicators: GroupIndicators[] =
    table ?? names.map(() => ({ rows: 0, frontSize: 0, globalShare: NaN, hypervolume: NaN, hvRatio: NaN, igdPlus: NaN, epsilon: NaN }));

  const groups: Omit<CompareGroup, 'staircase'>[] = names.map((name, g) => {
    const rows = view.groupCounts[g];
    if (hidden[g]) {
      return { index: g, name, rows, frontSize: 0, globalShare: 0, hypervolume: NaN, hvRatio: NaN, igdPlus: NaN, epsilon: NaN, frontRows: EMPTY_ROWS, globalFrontCount: 0 };
    }
    return { ...indicators[g], rows, index: g, name, frontRows: basics.fronts[g], globalFrontCount: view.groupFrontCounts[g] };
  });

  let coverage: Float64Array;
  if (problem === null) {
    const at = new Int32Array(G).fill(-1);
    compared.forEach((g, i) => (at[g] = i));
    const codes = basics.codes.map((g) => (g < 0 ? -1 : at[g]));
    coverage = coverageMatrix(columns, senses, codes, k);
  } else {
    coverage = new Float64Array(k * k).fill(NaN);
  }

  const pair = problem === null ? pairOf(spec, names, hidden, compared, columns, senses, basics) : null;

  return {
    value: {
      column: spec.group,
      names,
      compared,
      auto: spec.compareGroups === null,
      byShare,
      objectives,
      reference,
      defaultReference: defaults,
      referenceEdited,
      globalFrontSize: view.frontRows.length,
      globalHypervolume: table ? table.globalHypervolume : 0,
      hypervolumeSkipped: table?.hypervolumeSkipped ?? false,
      groups,
      coverage,
      pair,
      problem,
    },
    problem,
    dataset,
    columns,
    senses,
    basics,
  };
}

function pairOf(
  spec: ViewSpec,
  names: string[],
  hidden: boolean[],
  compared: number[],
  columns: Float64Array[],
  senses: Sense[],
  basics: Basics,
): ComparePair | null {
  let a = -1;
  let b = -1;
  if (spec.pair !== null) {
    a = names.indexOf(spec.pair[0]);
    b = names.indexOf(spec.pair[1]);
  }
  if (a < 0 || b < 0 || a === b || hidden[a] || hidden[b]) {
    if (compared.length < 2) return null;
    [a, b] = compared;
  }
  const h = headToHead(columns, senses, basics.members[a], basics.members[b]);
  return {
    a,
    b,
    aFront: h.aFront,
    bFront: h.bFront,
    aDominatedByB: h.aDominatedByB,
    bDominatedByA: h.bDominatedByA,
    sentence: headToHeadSentence(groupLabel(names[a]), groupLabel(names[b]), h, h.aFront.length, h.bFront.length),
  };
}

/**
 * Rounds a reference coordinate to six significant digits, away from the data: up for a minimized
 * objective, down for a maximized one (so it stays at least as far out as the exact default).
 */
export function outward6(value: number, sense: Sense): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const rounded = Number(value.toPrecision(6));
  if (sense === 'min' ? rounded >= value : rounded <= value) return rounded;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 5);
  return Number((sense === 'min' ? rounded + step : rounded - step).toPrecision(6));
}
