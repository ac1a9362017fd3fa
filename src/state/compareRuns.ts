/**
 * Repeated runs of each compared group (a seed or run column): every run's own front and hypervolume,
 * and with two objectives the group's best, median and worst attainment surfaces.
 */
import { attainmentSurfaces, boundedHypervolume, HYPERVOLUME_WORK_BUDGET, paretoFront, type AttainmentSurface, type Sense } from '../core';
import type { Dataset } from '../data/types';
import type { Basics } from './compare';
import { EMPTY_ROWS, natural, sub } from './compareShared';
import type { CompareRun, RunsView } from './compareTypes';
import type { DerivedView } from './derive';
import { baseDataset } from './derived';
import { runColumnProblem } from './validate';
import type { ViewSpec } from './viewSpec';

interface RunCodes {
  names: string[];
  /** Per row: index into `names`, or -1 for no run. */
  codes: Int32Array;
}

const runCache = new WeakMap<object, RunCodes>();

/** The run of every row as an index into the run names (natural order); NaN and empty cells are no run. */
function runCodesOf(values: Float64Array | string[]): RunCodes {
  const cached = runCache.get(values);
  if (cached) return cached;
  const text = (i: number): string | null => {
    const v = values[i];
    if (typeof v === 'number') return Number.isNaN(v) ? null : String(v);
    return v === '' ? null : v;
  };
  const n = values.length;
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = text(i);
    if (t !== null) seen.add(t);
  }
  const names = [...seen].sort(natural);
  const index = new Map(names.map((name, r) => [name, r]));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = text(i);
    codes[i] = t === null ? -1 : (index.get(t) as number);
  }
  const out = { names, codes };
  runCache.set(values, out);
  return out;
}

export function runsOf(
  dataset: Dataset,
  spec: ViewSpec,
  view: DerivedView,
  compared: number[],
  columns: Float64Array[],
  senses: Sense[],
  reference: number[],
  basics: Basics,
): RunsView | null {
  if (spec.runColumn === null || runColumnProblem(dataset, spec.runColumn, spec.group) !== null) return null;
  const column = baseDataset(dataset).byKey.get(spec.runColumn);
  if (!column || view.groupCodes === null) return null;
  const { names: runNames, codes: runCodes } = runCodesOf(column.values);
  const R = runNames.length;
  const objectives = view.activeObjectives;
  const two = objectives.length === 2;
  let surfaceAxes: [string, string] | null = null;
  let axisCols: [Float64Array, Float64Array] | null = null;
  let axisSenses: [Sense, Sense] | null = null;
  if (two) {
    const keys = objectives.map((o) => o.key);
    const onAxes = spec.x !== spec.y && keys.includes(spec.x) && keys.includes(spec.y);
    const order = onAxes ? [keys.indexOf(spec.x), keys.indexOf(spec.y)] : [0, 1];
    surfaceAxes = [keys[order[0]], keys[order[1]]];
    axisCols = [columns[order[0]], columns[order[1]]];
    axisSenses = [senses[order[0]], senses[order[1]]];
  }
  const groupCodes = view.groupCodes;
  const n = groupCodes.length;

  const budget = { remaining: HYPERVOLUME_WORK_BUDGET };
  const groups = compared.map((g) => {
    const rowCount = new Uint32Array(R);
    const rankedByRun: number[][] = Array.from({ length: R }, () => []);
    for (let i = 0; i < n; i++) {
      if (groupCodes[i] !== g) continue;
      const r = runCodes[i];
      if (r < 0) continue;
      rowCount[r]++;
      if (basics.codes[i] === g) rankedByRun[r].push(i);
    }
    const present: number[] = [];
    for (let r = 0; r < R; r++) if (rowCount[r] > 0) present.push(r);
    const runs: CompareRun[] = present.map((r) => {
      const mine = rankedByRun[r];
      const cols = sub(columns, mine);
      // paretoFront answers in positions within `mine`; back to dataset rows, ascending.
      const frontRows = mine.length === 0 ? EMPTY_ROWS : Uint32Array.from(paretoFront(cols, senses), (j) => mine[j]).sort();
      return {
        run: r,
        rows: rowCount[r],
        frontSize: frontRows.length,
        frontRows,
        // All runs share one work budget; a run past it is left out (NaN, shown as —) like the groups'.
        hypervolume: boundedHypervolume(cols, senses, reference, budget) ?? NaN,
      };
    });
    let surfaces: AttainmentSurface[] | null = null;
    if (axisCols && axisSenses && present.length > 0) {
      const m = present.length;
      const local = new Map(present.map((r, t) => [r, t]));
      const rows = basics.members[g].filter((i) => runCodes[i] >= 0);
      const codes = Int32Array.from(rows, (i) => local.get(runCodes[i]) as number);
      const [cx, cy] = axisCols;
      const levels = [...new Set([1, Math.ceil(m / 2), m])];
      surfaces = attainmentSurfaces(Float64Array.from(rows, (i) => cx[i]), Float64Array.from(rows, (i) => cy[i]), axisSenses, codes, m, levels);
    }
    return { group: g, runs, surfaces };
  });
  return { column: spec.runColumn, runNames, groups, surfaceAxes };
}
