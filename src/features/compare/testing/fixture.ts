/**
 * Hand-built CompareView objects for the comparison panels' tests and dev harness. Synthetic figures,
 * internally consistent (shares add up, ratios divide by the global hypervolume), no dataset behind them.
 */
import type { AttainmentSurface } from '../../../core';
import type { ActiveObjective } from '../../../state/derive';
import type { CompareGroup, ComparePair, CompareView, RunsView } from '../../../state/compareTypes';

export interface FixtureGroup {
  name: string;
  rows: number;
  frontSize: number;
  /** Rows of the group on the global front. */
  onGlobal: number;
  hypervolume: number;
  igdPlus?: number;
  epsilon?: number;
}

export interface FixtureOptions {
  groups?: FixtureGroup[];
  /** Indices of compared groups; default: the first min(4, n). */
  compared?: number[];
  auto?: boolean;
  objectives?: ActiveObjective[];
  globalHypervolume?: number;
  hypervolumeSkipped?: boolean;
  /** Row-major k×k over `compared`; default: a deterministic pattern with 1 on the diagonal. */
  coverage?: number[];
  /** Head-to-head pair [a, b] as group indices; null for none. Default: the first two compared. */
  pair?: [number, number] | null;
  /** Hypervolume of each run per compared group (outer: compared order). Omit for no runs. */
  runs?: number[][];
  /** Give the runs attainment surfaces (two objectives). Default true when `runs` is given. */
  surfaces?: boolean;
  referenceEdited?: boolean[];
  problem?: string | null;
}

export const FIXTURE_OBJECTIVES: ActiveObjective[] = [
  { key: 'error', label: 'Error', unit: '%', sense: 'min' },
  { key: 'latency', label: 'Latency', unit: 'ms', sense: 'min' },
];

export const FIXTURE_GROUPS: FixtureGroup[] = [
  { name: 'nsga2', rows: 120, frontSize: 14, onGlobal: 9, hypervolume: 1234.5678901, igdPlus: 0.0123, epsilon: 0.05 },
  { name: 'moead', rows: 110, frontSize: 11, onGlobal: 6, hypervolume: 1301.25, igdPlus: 0.0091, epsilon: 0.031 },
  { name: 'spea2', rows: 95, frontSize: 8, onGlobal: 3, hypervolume: 998.001, igdPlus: 0.051, epsilon: 0.12 },
  { name: '', rows: 12, frontSize: 2, onGlobal: 1, hypervolume: NaN, igdPlus: NaN, epsilon: NaN },
  { name: 'random', rows: 200, frontSize: 6, onGlobal: 0, hypervolume: 455.5, igdPlus: 0.31, epsilon: Infinity },
];

/** Front rows of group g: made-up, distinct per group (ascending). */
function frontRowsOf(g: number, size: number): Uint32Array {
  return Uint32Array.from({ length: size }, (_, i) => g * 1000 + i * 3);
}

/**
 * Front rows of run `run` of group g: up to five of the group's own front rows (`frontRowsOf`), a window
 * that moves with the run, ascending.
 */
function runFrontRowsOf(g: number, groupFrontSize: number, run: number): Uint32Array {
  const count = Math.min(5, groupFrontSize);
  return Uint32Array.from({ length: count }, (_, t) => g * 1000 + ((run + t) % groupFrontSize) * 3).sort();
}

/** A small two-objective staircase-like surface for run level `level` of group g (min/min). */
function surfaceOf(g: number, level: number): AttainmentSurface {
  const shift = g * 0.4 + level * 0.3;
  return { level, points: [0, 1, 2, 3].map((i) => [1 + i + shift, 5 - i + shift] as [number, number]) };
}

export function compareFixture(options: FixtureOptions = {}): CompareView {
  const specs = options.groups ?? FIXTURE_GROUPS;
  const objectives = options.objectives ?? FIXTURE_OBJECTIVES;
  const onGlobal = specs.reduce((s, g) => s + g.onGlobal, 0);
  const globalHypervolume = options.globalHypervolume ?? 1500;
  const groups: CompareGroup[] = specs.map((g, index) => ({
    index,
    name: g.name,
    rows: g.rows,
    frontSize: g.frontSize,
    globalShare: onGlobal > 0 ? g.onGlobal / onGlobal : NaN,
    hypervolume: g.hypervolume,
    hvRatio: g.hypervolume / globalHypervolume,
    igdPlus: g.igdPlus ?? 0,
    epsilon: g.epsilon ?? 0,
    frontRows: frontRowsOf(index, g.frontSize),
    globalFrontCount: g.onGlobal,
    staircase: null,
  }));
  const names = specs.map((g) => g.name);
  const compared = options.compared ?? names.map((_, i) => i).slice(0, Math.min(4, names.length));
  const k = compared.length;
  const coverage = new Float64Array(options.coverage ?? Array.from({ length: k * k }, (_, c) => (Math.floor(c / k) === c % k ? 1 : ((c * 37) % 100) / 100)));
  const byShare = names.map((_, i) => i).sort((a, b) => specs[b].onGlobal - specs[a].onGlobal || specs[b].frontSize - specs[a].frontSize || names[a].localeCompare(names[b]));

  const pairIdx = options.pair === undefined ? (k >= 2 ? ([compared[0], compared[1]] as [number, number]) : null) : options.pair;
  let pair: ComparePair | null = null;
  if (pairIdx) {
    const [a, b] = pairIdx;
    const aFront = groups[a].frontRows;
    const bFront = groups[b].frontRows;
    const aDominatedByB = aFront.slice(0, Math.min(aFront.length, 7));
    const bDominatedByA = new Uint32Array(0);
    pair = {
      a,
      b,
      aFront,
      bFront,
      aDominatedByB,
      bDominatedByA,
      sentence: `${names[b] || '(no value)'} dominates ${aDominatedByB.length} of ${names[a] || '(no value)'}'s ${aFront.length} front points; ${names[a] || '(no value)'} dominates none of ${names[b] || '(no value)'}'s`,
    };
  }

  let runs: RunsView | null = null;
  if (options.runs) {
    const count = Math.max(0, ...options.runs.map((r) => r.length));
    const withSurfaces = options.surfaces ?? true;
    runs = {
      column: 'seed',
      runNames: Array.from({ length: count }, (_, i) => String(i + 1)),
      groups: options.runs.map((hvs, j) => {
        const n = hvs.length;
        return {
          group: compared[j],
          runs: hvs.map((hypervolume, run) => {
            const frontRows = runFrontRowsOf(compared[j], specs[compared[j]].frontSize, run);
            return { run, rows: 20, frontSize: frontRows.length, frontRows, hypervolume };
          }),
          surfaces: withSurfaces && n > 0 ? [1, Math.ceil(n / 2), n].map((level) => surfaceOf(j, level)) : null,
        };
      }),
      surfaceAxes: withSurfaces ? [objectives[0].key, objectives[1]?.key ?? objectives[0].key] : null,
    };
  }

  const defaultReference = objectives.map((_, i) => 10 + i * 90.5);
  const referenceEdited = options.referenceEdited ?? objectives.map(() => false);
  return {
    column: 'algorithm',
    names,
    compared,
    auto: options.auto ?? options.compared === undefined,
    byShare,
    objectives,
    reference: defaultReference.map((v, i) => (referenceEdited[i] ? v + 1.25 : v)),
    defaultReference,
    referenceEdited,
    globalFrontSize: onGlobal,
    globalHypervolume,
    hypervolumeSkipped: options.hypervolumeSkipped ?? false,
    groups,
    coverage,
    pair,
    runs,
    problem: options.problem ?? null,
  };
}

/** Colours aligned with `names` (a fixed categorical list, repeated). */
export function fixtureColors(view: CompareView): string[] {
  const base = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  return view.names.map((_, i) => base[i % base.length]);
}

/** `n` groups named "family-000"… with falling front shares (for the picker's long lists). */
export function manyGroups(n: number): FixtureGroup[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `family-${String(i).padStart(3, '0')}`,
    rows: 10 + (i % 7),
    frontSize: Math.max(1, 12 - (i % 12)),
    onGlobal: Math.max(0, n - i - Math.floor(n / 2)),
    hypervolume: 1000 - i,
    igdPlus: i / 1000,
    epsilon: i / 500,
  }));
}
