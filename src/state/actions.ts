/**
 * Named actions: every change to a ViewSpec goes through one of these pure functions, so a button, a
 * keyboard shortcut, a URL parameter and a test all do the same thing.
 *
 * Shape: `(spec, dataset, ...args) -> { spec, notice? }`. An action validates its arguments against the
 * dataset; when it refuses, or when nothing changes, it returns the very same `spec` object (so
 * `result.spec === spec` means "no change"), and `notice` says in plain words why it refused or what
 * else it had to change. Actions never throw on bad arguments. `dataset` is the loaded dataset; the
 * spec's derived columns are added to it where a column is looked up.
 *
 * The actions for deciding (weights, method, reference point, constraints, derived columns) live in
 * decisionActions.ts, those for comparing (view mode, compared groups, pair, hypervolume reference,
 * run column, axis order and brushes) in compareActions.ts; both are re-exported here.
 */
import type { Sense } from '../core';
import type { Dataset } from '../data/types';
import { rescueWeights } from './decisionActions';
import { withDerived } from './derived';
import { own, withoutEntry } from './own';
import {
  axisColumnProblem,
  groupColumn,
  groupColumnProblem,
  groupValues,
  isColorMode,
  isScale,
  isSense,
  logScaleProblem,
  quote,
  rowProblem,
  type Axis,
} from './validate';
import type { ColorMode, ScaleType, ViewSpec } from './viewSpec';

export interface ActionResult {
  spec: ViewSpec;
  /** Why the action refused, or what else it changed; meant to be shown as is. */
  notice?: string;
}

/** Any named action, for code that runs actions generically (the store). */
export type ViewAction<A extends unknown[]> = (spec: ViewSpec, dataset: Dataset, ...args: A) => ActionResult;

const unchanged = (spec: ViewSpec, notice?: string): ActionResult => (notice === undefined ? { spec } : { spec, notice });

function setAxis(spec: ViewSpec, loaded: Dataset, axis: Axis, key: string): ActionResult {
  const dataset = withDerived(loaded, spec.derived);
  const problem = axisColumnProblem(dataset, key);
  if (problem) return unchanged(spec, problem);
  if (spec[axis] === key) return unchanged(spec);
  const scale = axis === 'x' ? spec.xScale : spec.yScale;
  const logProblem = scale === 'log' ? logScaleProblem(dataset, key) : null;
  const next: ViewSpec = axis === 'x' ? { ...spec, x: key } : { ...spec, y: key };
  if (!logProblem) return { spec: next };
  // Keep the person's column choice and give up the log scale rather than refuse the column.
  const linear: ViewSpec = axis === 'x' ? { ...next, xScale: 'linear' } : { ...next, yScale: 'linear' };
  return { spec: linear, notice: `${logProblem} — ${axis} axis switched to linear` };
}

/** Put the numeric column `key` on the x axis (a log x scale falls back to linear if `key` has values ≤ 0). */
export function setX(spec: ViewSpec, dataset: Dataset, key: string): ActionResult {
  return setAxis(spec, dataset, 'x', key);
}

/** Put the numeric column `key` on the y axis (a log y scale falls back to linear if `key` has values ≤ 0). */
export function setY(spec: ViewSpec, dataset: Dataset, key: string): ActionResult {
  return setAxis(spec, dataset, 'y', key);
}

/** Exchange the x and y columns together with their scales. */
export function swapAxes(spec: ViewSpec, _dataset?: Dataset): ActionResult {
  if (spec.x === spec.y && spec.xScale === spec.yScale) return unchanged(spec);
  return { spec: { ...spec, x: spec.y, y: spec.x, xScale: spec.yScale, yScale: spec.xScale } };
}

/** Set an axis scale; refuses 'log' when the axis column has a finite value ≤ 0 in any row. */
export function setScale(spec: ViewSpec, loaded: Dataset, axis: Axis, type: ScaleType): ActionResult {
  const dataset = withDerived(loaded, spec.derived);
  if (!isScale(type)) return unchanged(spec, `Unknown scale ${quote(String(type))} (use linear or log)`);
  const current = axis === 'x' ? spec.xScale : spec.yScale;
  if (current === type) return unchanged(spec);
  if (type === 'log') {
    const problem = logScaleProblem(dataset, spec[axis]);
    if (problem) return unchanged(spec, problem);
  }
  return { spec: axis === 'x' ? { ...spec, xScale: type } : { ...spec, yScale: type } };
}

function objectiveIndex(spec: ViewSpec, key: string): number {
  return spec.objectives.findIndex((o) => o.key === key);
}

/** `spec.hvReference` without `key` (null when nothing is left). */
function hvReferenceWithout(spec: ViewSpec, key: string): Record<string, number> | null {
  if (spec.hvReference === null) return null;
  const rest = withoutEntry(spec.hvReference, key);
  return Object.keys(rest).length === 0 ? null : rest;
}

/**
 * Set whether smaller ('min') or larger ('max') values of objective `key` are better. A hypervolume
 * reference value set for `key` goes back to the default: it was on the worse side of the old direction.
 */
export function setSense(spec: ViewSpec, _dataset: Dataset, key: string, sense: Sense): ActionResult {
  const i = objectiveIndex(spec, key);
  if (i < 0) return unchanged(spec, `Unknown objective ${quote(key)}`);
  if (!isSense(sense)) return unchanged(spec, `Unknown direction ${quote(String(sense))} for ${quote(key)} (use min or max)`);
  if (spec.objectives[i].sense === sense) return unchanged(spec);
  const objectives = spec.objectives.map((o, j) => (j === i ? { ...o, sense } : o));
  if (own(spec.hvReference, key) === undefined) return { spec: { ...spec, objectives } };
  return {
    spec: { ...spec, objectives, hvReference: hvReferenceWithout(spec, key) },
    notice: `The hypervolume reference of ${quote(key)} is back to its default`,
  };
}

/**
 * Tick or untick objective `key` (ticked objectives count for dominance); the last ticked one stays.
 * Unticking the only ticked objective with a weight above 0 sets the other ticked ones back to 1.
 * Unticking drops the objective's hypervolume reference value (the reference covers ticked objectives
 * only; ticking it again starts from the default).
 */
export function toggleObjective(spec: ViewSpec, _dataset: Dataset, key: string): ActionResult {
  const i = objectiveIndex(spec, key);
  if (i < 0) return unchanged(spec, `Unknown objective ${quote(key)}`);
  const target = spec.objectives[i];
  if (target.active && spec.objectives.filter((o) => o.active).length === 1) {
    return unchanged(spec, 'At least one objective must stay ticked');
  }
  const objectives = spec.objectives.map((o, j) => (j === i ? { ...o, active: !o.active } : o));
  const hv = target.active && own(spec.hvReference, key) !== undefined ? { hvReference: hvReferenceWithout(spec, key) } : {};
  const { weights, notice } = rescueWeights(objectives, spec.weights);
  if (notice === undefined) return { spec: { ...spec, objectives, ...hv } };
  return { spec: { ...spec, objectives, weights, ...hv }, notice };
}

/** Colour points by front membership, Pareto rank, or group (the last needs a group column). */
export function setColor(spec: ViewSpec, _dataset: Dataset, color: ColorMode): ActionResult {
  if (!isColorMode(color)) return unchanged(spec, `Unknown colouring ${quote(String(color))} (use front, rank or group)`);
  if (spec.color === color) return unchanged(spec);
  if (color === 'group' && spec.group === null) return unchanged(spec, 'Colour by group needs a group column');
  return { spec: { ...spec, color } };
}

/**
 * Group rows by the category column `key`, or stop grouping (null). Changing the column shows every
 * group again and compares the automatic groups and pair again; the run column stops being one when it
 * becomes the group column. Dropping the group column while colouring by group colours by front
 * instead, and an overlay or small multiples go back to the scatter (with a notice).
 */
export function setGroup(spec: ViewSpec, dataset: Dataset, key: string | null): ActionResult {
  if (key === spec.group) return unchanged(spec);
  const reset = { hiddenGroups: [], compareGroups: null, pair: null };
  if (key === null) {
    const next: ViewSpec = { ...spec, ...reset, group: null, color: spec.color === 'group' ? 'front' : spec.color };
    if (spec.view !== 'overlay' && spec.view !== 'multiples') return { spec: next };
    return { spec: { ...next, view: 'scatter' }, notice: `${spec.view === 'overlay' ? 'Overlay needs' : 'Small multiples need'} a group column — showing the scatter` };
  }
  const problem = groupColumnProblem(dataset, key);
  if (problem) return unchanged(spec, problem);
  return { spec: { ...spec, ...reset, group: key, runColumn: spec.runColumn === key ? null : spec.runColumn } };
}

/** Hide the group `value` (it leaves the chart and the front), or show it again. */
export function toggleGroup(spec: ViewSpec, dataset: Dataset, value: string): ActionResult {
  const column = spec.group === null ? undefined : groupColumn(dataset, spec.group);
  if (!column) return unchanged(spec, 'No group column is chosen');
  if (!groupValues(column).has(value)) return unchanged(spec, `Unknown group ${quote(value)} in ${quote(spec.group ?? '')}`);
  const hiddenGroups = spec.hiddenGroups.includes(value)
    ? spec.hiddenGroups.filter((g) => g !== value)
    : [...spec.hiddenGroups, value];
  return { spec: { ...spec, hiddenGroups } };
}

/** Show every group again. */
export function showAllGroups(spec: ViewSpec, _dataset?: Dataset): ActionResult {
  return spec.hiddenGroups.length === 0 ? unchanged(spec) : { spec: { ...spec, hiddenGroups: [] } };
}

export {
  setWeight,
  setWeights,
  setMethod,
  setReferencePoint,
  setReferenceValue,
  addConstraint,
  updateConstraint,
  removeConstraint,
  addBrushConstraint,
  clearBrushConstraints,
  addDerived,
  removeDerived,
} from './decisionActions';

export {
  setViewMode,
  setCompareGroups,
  toggleCompareGroup,
  setPair,
  setHvReferenceValue,
  resetHvReference,
  setRunColumn,
  setAxisOrder,
  setAxisBrush,
} from './compareActions';

/** Select a dataset row (by index), or clear the selection. The selection survives axis changes. */
export function setSelected(spec: ViewSpec, dataset: Dataset, row: number | null): ActionResult {
  if (row === spec.selected) return unchanged(spec);
  if (row !== null) {
    const problem = rowProblem(dataset, row);
    if (problem) return unchanged(spec, problem);
  }
  return { spec: { ...spec, selected: row } };
}
