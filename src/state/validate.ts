/**
 * The checks every way into a ViewSpec shares: named actions, URL decoding and tests all ask the same
 * questions of the dataset ("is this a numeric column?", "can this axis be logarithmic?"), so a
 * hand-edited link cannot reach a state the buttons could not.
 */
import type { Sense } from '../core';
import { guessSense } from '../data/import/senses';
import type { CategoryColumn, Column, Dataset, NumberColumn } from '../data/types';
import { constraintProblem, normalizeConstraint } from './constraints';
import { VIEW_MODES, type ViewMode } from './compareTypes';
import type { DecisionMethod } from './decisionTypes';
import { baseDataset, derivedSpecProblem, withDerived } from './derived';
import { own } from './own';
import type { ColorMode, ObjectiveChoice, ScaleType, ViewSpec } from './viewSpec';
import { VIEWSPEC_VERSION } from './viewSpec';

export type Axis = 'x' | 'y';

export const isSense = (v: unknown): v is Sense => v === 'min' || v === 'max';
export const isScale = (v: unknown): v is ScaleType => v === 'linear' || v === 'log';
export const isColorMode = (v: unknown): v is ColorMode => v === 'front' || v === 'rank' || v === 'group';

export const isViewMode = (v: unknown): v is ViewMode => VIEW_MODES.includes(v as ViewMode);

export const DECISION_METHODS: readonly DecisionMethod[] = ['weighted-sum', 'chebyshev', 'asf'];
export const isDecisionMethod = (v: unknown): v is DecisionMethod => DECISION_METHODS.includes(v as DecisionMethod);

/** True when every ticked objective weighs 0 under `weights` (a missing weight is 1). */
export function tickedWeightsAllZero(objectives: readonly ObjectiveChoice[], weights: Readonly<Record<string, number>>): boolean {
  const ticked = objectives.filter((o) => o.active);
  return ticked.length > 0 && ticked.every((o) => own(weights, o.key) === 0);
}

/** A key as people read it in a message: quoted, so the empty key and trailing spaces stay visible. */
export const quote = (key: string): string => `'${key}'`;

/** The human name of a column: its label, else its key. */
export function columnName(column: Column): string {
  return column.spec.label || column.spec.key || '(unnamed)';
}

export function numberColumn(dataset: Dataset, key: string): NumberColumn | undefined {
  const c = dataset.byKey.get(key);
  return c && c.kind === 'number' ? c : undefined;
}

/** Why `key` cannot be an axis, or null when it can. */
export function axisColumnProblem(dataset: Dataset, key: string): string | null {
  const c = dataset.byKey.get(key);
  if (!c) return `Unknown column ${quote(key)}`;
  if (c.kind !== 'number') return `Column ${quote(key)} is not numeric`;
  return null;
}

const nonPositiveCache = new WeakMap<Float64Array, number>();

/** Finite values ≤ 0 in a column (NaN and ±Infinity are left out: a chart drops them anyway). */
export function nonPositiveCount(column: NumberColumn): number {
  const cached = nonPositiveCache.get(column.values);
  if (cached !== undefined) return cached;
  let count = 0;
  for (const v of column.values) if (v <= 0 && Number.isFinite(v)) count++;
  nonPositiveCache.set(column.values, count);
  return count;
}

/** Why the column `key` cannot sit on a log axis, or null when it can. Counts every row of the dataset. */
export function logScaleProblem(dataset: Dataset, key: string): string | null {
  const c = numberColumn(dataset, key);
  if (!c) return axisColumnProblem(dataset, key);
  const count = nonPositiveCount(c);
  if (count === 0) return null;
  return `Log scale needs positive values: ${columnName(c)} has ${count} value${count === 1 ? '' : 's'} ≤ 0`;
}

const objectiveCache = new WeakMap<Dataset, NumberColumn[]>();

/**
 * The columns that can be objectives, in the order a view lists them: every numeric column of the
 * dataset itself in card order (whatever its role: the card's objectives are only the ones ticked when
 * the view opens), then every derived column that has a sense. A derived column without a sense is a
 * plain computed value its author chose not to rank by.
 */
export function objectiveColumns(dataset: Dataset): NumberColumn[] {
  let found = objectiveCache.get(dataset);
  if (!found) {
    const base = baseDataset(dataset);
    found = dataset.columns.filter(
      (c): c is NumberColumn => c.kind === 'number' && (base === dataset || base.byKey.get(c.spec.key) === c || c.spec.role === 'objective'),
    );
    objectiveCache.set(dataset, found);
  }
  return found;
}

/**
 * The direction a column is read in until someone flips it: the card's sense, else the one its name
 * and unit suggest (the import's guess), else 'max'.
 */
export function columnSense(column: NumberColumn): Sense {
  return column.spec.sense ?? guessSense(column.spec.label || column.spec.key, column.spec.unit) ?? 'max';
}

/** A column rows can be grouped by: any category column, or a text column the card marks as a group. */
export function groupColumn(dataset: Dataset, key: string): CategoryColumn | undefined {
  const c = dataset.byKey.get(key);
  if (!c || c.kind === 'number') return undefined;
  return c.kind === 'category' || c.spec.role === 'group' ? c : undefined;
}

export function groupColumnProblem(dataset: Dataset, key: string): string | null {
  const c = dataset.byKey.get(key);
  if (!c) return `Unknown column ${quote(key)}`;
  if (!groupColumn(dataset, key)) return `Column ${quote(key)} is not a category column`;
  return null;
}

const valueCache = new WeakMap<string[], ReadonlySet<string>>();

/** The distinct values of a category column ('' included when some cells are missing). */
export function groupValues(column: CategoryColumn): ReadonlySet<string> {
  let set = valueCache.get(column.values);
  if (!set) {
    set = new Set(column.values);
    valueCache.set(column.values, set);
  }
  return set;
}

/**
 * Why `key` cannot tell repeated runs apart, or null when it can: it must be a category or number
 * column of the dataset itself (not a derived column) and not the group column `group`.
 */
export function runColumnProblem(dataset: Dataset, key: string, group: string | null): string | null {
  const c = baseDataset(dataset).byKey.get(key);
  if (!c) return dataset.byKey.has(key) ? `The derived column ${quote(key)} cannot tell runs apart` : `Unknown column ${quote(key)}`;
  if (c.kind !== 'category' && c.kind !== 'number') return `Column ${quote(key)} is free text — runs are told apart by a category or number column`;
  if (key === group) return `Column ${quote(key)} is the group column — runs must be told apart by another column`;
  return null;
}

export function rowProblem(dataset: Dataset, row: number): string | null {
  if (!Number.isInteger(row) || row < 0 || row >= dataset.rowCount) {
    return `Row ${row} does not exist (the dataset has ${dataset.rowCount} rows)`;
  }
  return null;
}

/**
 * Everything wrong with `spec` as a view of `dataset`; empty when the spec is one the named actions can
 * reach. The store, the URL decoder and the tests use it as the definition of "valid". `dataset` is the
 * loaded dataset (with or without the spec's derived columns: they are added here).
 */
export function specProblems(spec: ViewSpec, dataset: Dataset): string[] {
  const out: string[] = [];
  if (spec.version !== VIEWSPEC_VERSION) out.push(`version is ${String(spec.version)}`);
  if (spec.dataset !== dataset.id) out.push(`dataset is ${quote(spec.dataset)}, not ${quote(dataset.id)}`);
  const derivedList = Array.isArray(spec.derived) ? spec.derived : [];
  if (!Array.isArray(spec.derived)) out.push('derived is not a list');
  derivedList.forEach((d, i) => {
    const p = derivedSpecProblem(dataset, derivedList.slice(0, i), d);
    if (p) out.push(`derived: ${p.notice}`);
    else if (Object.keys(d).some((k) => !['key', 'formula', 'label', 'unit', 'sense'].includes(k))) out.push(`derived ${quote(d.key)} has unknown fields`);
  });
  const ds = withDerived(dataset, derivedList);
  for (const axis of ['x', 'y'] as const) {
    const p = axisColumnProblem(ds, spec[axis]);
    if (p) out.push(`${axis}: ${p}`);
    const scale = axis === 'x' ? spec.xScale : spec.yScale;
    if (!isScale(scale)) out.push(`${axis} scale ${String(scale)}`);
    else if (!p && scale === 'log') {
      const lp = logScaleProblem(ds, spec[axis]);
      if (lp) out.push(`${axis}: ${lp}`);
    }
  }
  const objectives = objectiveColumns(ds);
  const keys = spec.objectives.map((o) => o.key);
  if (keys.length !== objectives.length || objectives.some((c, i) => c.spec.key !== keys[i])) {
    out.push('objectives are not the dataset objectives in card order (then the derived ones)');
  }
  if (spec.objectives.some((o) => !isSense(o.sense) || typeof o.active !== 'boolean')) out.push('objective with a bad sense or tick');
  if (objectives.length > 0 && !spec.objectives.some((o) => o.active)) out.push('no objective is ticked');
  if (!isColorMode(spec.color)) out.push(`colour ${String(spec.color)}`);
  if (spec.group === null) {
    if (spec.color === 'group') out.push('colour by group without a group column');
    if (spec.hiddenGroups.length > 0) out.push('hidden groups without a group column');
  } else {
    const p = groupColumnProblem(dataset, spec.group);
    if (p) out.push(`group: ${p}`);
    const col = groupColumn(dataset, spec.group);
    if (col) {
      const values = groupValues(col);
      for (const h of spec.hiddenGroups) if (!values.has(h)) out.push(`hidden group ${quote(h)} does not exist`);
    }
    if (new Set(spec.hiddenGroups).size !== spec.hiddenGroups.length) out.push('a hidden group is listed twice');
  }
  if (spec.selected !== null) {
    const p = rowProblem(dataset, spec.selected);
    if (p) out.push(`selected: ${p}`);
  }
  out.push(...decisionProblems(spec, ds));
  out.push(...compareProblems(spec, dataset));
  return out;
}

/** The version-3 fields: view mode, compared groups, pair, hypervolume reference, run column, axis order. */
function compareProblems(spec: ViewSpec, dataset: Dataset): string[] {
  const out: string[] = [];
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const col = spec.group === null ? undefined : groupColumn(dataset, spec.group);
  const values = col ? groupValues(col) : new Set<string>();
  if (!isViewMode(spec.view)) out.push(`view ${String(spec.view)}`);
  else if ((spec.view === 'overlay' || spec.view === 'multiples') && spec.group === null) out.push(`${spec.view} view without a group column`);
  if (spec.compareGroups !== null) {
    if (!strings(spec.compareGroups) || spec.compareGroups.length === 0) out.push('compared groups are not a non-empty list');
    else {
      if (spec.group === null) out.push('compared groups without a group column');
      for (const g of spec.compareGroups) if (col && !values.has(g)) out.push(`compared group ${quote(g)} does not exist`);
      if (new Set(spec.compareGroups).size !== spec.compareGroups.length) out.push('a compared group is listed twice');
    }
  }
  if (spec.pair !== null) {
    if (!strings(spec.pair) || spec.pair.length !== 2 || spec.pair[0] === spec.pair[1]) out.push('pair is not two different groups');
    else {
      if (spec.group === null) out.push('pair without a group column');
      for (const g of spec.pair) if (col && !values.has(g)) out.push(`pair group ${quote(g)} does not exist`);
    }
  }
  if (spec.hvReference !== null) {
    const ticked = new Set(spec.objectives.filter((o) => o.active).map((o) => o.key));
    const ref = spec.hvReference as unknown;
    if (ref === null || typeof ref !== 'object' || Array.isArray(ref) || Object.keys(ref).length === 0) out.push('hypervolume reference is not a non-empty record');
    else {
      for (const [k, v] of Object.entries(ref)) {
        if (!ticked.has(k)) out.push(`hypervolume reference for ${quote(k)}, which is not a ticked objective`);
        if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`hypervolume reference of ${quote(k)} is ${String(v)}`);
      }
    }
  }
  if (spec.runColumn !== null) {
    const p = typeof spec.runColumn === 'string' ? runColumnProblem(dataset, spec.runColumn, spec.group) : 'not a column key';
    if (p) out.push(`run column: ${p}`);
  }
  if (spec.axisOrder !== null) {
    const keys = new Set(spec.objectives.map((o) => o.key));
    if (!strings(spec.axisOrder) || spec.axisOrder.length === 0) out.push('axis order is not a non-empty list');
    else {
      for (const k of spec.axisOrder) if (!keys.has(k)) out.push(`axis order names ${quote(k)}, which is not an objective`);
      if (new Set(spec.axisOrder).size !== spec.axisOrder.length) out.push('an axis is listed twice in the axis order');
    }
  }
  return out;
}

/** The version-2 fields: weights, method, reference point, constraints. */
function decisionProblems(spec: ViewSpec, ds: Dataset): string[] {
  const out: string[] = [];
  const objectiveKeys = new Set(spec.objectives.map((o) => o.key));
  const record = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!record(spec.weights)) out.push('weights are not a record');
  else {
    for (const [k, w] of Object.entries(spec.weights)) {
      if (!objectiveKeys.has(k)) out.push(`weight for ${quote(k)}, which is not an objective`);
      if (!finite(w) || w < 0) out.push(`weight of ${quote(k)} is ${String(w)}`);
    }
    if (tickedWeightsAllZero(spec.objectives, spec.weights)) out.push('every ticked objective weighs 0');
  }
  if (!isDecisionMethod(spec.method)) out.push(`method ${String(spec.method)}`);
  if (spec.referencePoint !== null) {
    if (!record(spec.referencePoint) || Object.keys(spec.referencePoint).length === 0) out.push('reference point is not a non-empty record');
    else {
      for (const [k, v] of Object.entries(spec.referencePoint)) {
        if (!objectiveKeys.has(k)) out.push(`reference value for ${quote(k)}, which is not an objective`);
        if (!finite(v)) out.push(`reference value of ${quote(k)} is ${String(v)}`);
      }
    }
  }
  if (!Array.isArray(spec.constraints)) out.push('constraints are not a list');
  else {
    spec.constraints.forEach((c, i) => {
      const p = constraintProblem(ds, c);
      if (p) out.push(`constraint ${i + 1}: ${p}`);
      else {
        const n = normalizeConstraint(c);
        const same = Object.keys(c).length === Object.keys(n).length && (Object.keys(n) as (keyof typeof n)[]).every((k) => Object.is(c[k], n[k]));
        if (!same) out.push(`constraint ${i + 1} is not in its canonical form`);
      }
    });
  }
  return out;
}
