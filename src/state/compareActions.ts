/**
 * Named actions for comparing methods: the view mode, the compared groups, the head-to-head pair, the
 * hypervolume reference, the run column, the parallel-coordinates axis order and its brushes. Same
 * shape and promises as actions.ts (which re-exports these): pure `(spec, dataset, ...args) ->
 * { spec, notice? }`, validated against the dataset, the very same `spec` object back when refused or
 * unchanged, never a throw.
 */
import type { Dataset } from '../data/types';
import type { ActionResult } from './actions';
import { autoCompareGroups } from './compare';
import { VIEW_MODES, type ViewMode } from './compareTypes';
import { constraintProblem, normalizeConstraint } from './constraints';
import type { Constraint } from './decisionTypes';
import { withDerived } from './derived';
import { own, withEntry, withoutEntry } from './own';
import { groupColumn, groupValues, isViewMode, quote, runColumnProblem } from './validate';
import type { ViewSpec } from './viewSpec';

const unchanged = (spec: ViewSpec, notice?: string): ActionResult => (notice === undefined ? { spec } : { spec, notice });
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === null || b === null ? a === b : a.length === b.length && a.every((x, i) => x === b[i]);

const VIEW_NAMES: Record<ViewMode, string> = { scatter: 'The scatter', overlay: 'Overlay', multiples: 'Small multiples', parallel: 'Parallel coordinates' };

/** The group values of the spec's group column, or a notice when there is no usable group column. */
function groupValuesOf(spec: ViewSpec, dataset: Dataset): ReadonlySet<string> | string {
  const column = spec.group === null ? undefined : groupColumn(dataset, spec.group);
  return column ? groupValues(column) : 'No group column is chosen — choose one under Colour';
}

/** "'a'" or "'a', 'b'" for a notice. */
const listed = (items: string[]) => items.map(quote).join(', ');

/**
 * What the chart panel shows: 'scatter', 'overlay' (each compared group's front over the faint global
 * front), 'multiples' (one panel per compared group) or 'parallel' (parallel coordinates). 'overlay'
 * and 'multiples' need a group column.
 */
export function setViewMode(spec: ViewSpec, _dataset: Dataset, mode: ViewMode): ActionResult {
  if (!isViewMode(mode)) return unchanged(spec, `Unknown view ${quote(String(mode))} (use ${VIEW_MODES.join(', ')})`);
  if (spec.view === mode) return unchanged(spec);
  if ((mode === 'overlay' || mode === 'multiples') && spec.group === null) {
    return unchanged(spec, `${VIEW_NAMES[mode]} ${mode === 'overlay' ? 'needs' : 'need'} a group column — choose one under Colour`);
  }
  return { spec: { ...spec, view: mode } };
}

/**
 * The groups to compare, in this order; null (or an empty list) goes back to the automatic choice, the
 * groups with the largest share of the global front. Values that are not groups of the group column
 * are left out with a notice; repeats are dropped. Hidden groups may be listed: they are left out of
 * the comparison while hidden and come back when shown.
 */
export function setCompareGroups(spec: ViewSpec, dataset: Dataset, values: readonly string[] | null): ActionResult {
  if (values === null) return spec.compareGroups === null ? unchanged(spec) : { spec: { ...spec, compareGroups: null } };
  const known = groupValuesOf(spec, dataset);
  if (typeof known === 'string') return unchanged(spec, known);
  if (!Array.isArray(values)) return unchanged(spec, 'Compared groups must be a list of group values');
  const kept: string[] = [];
  const unknown: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' && known.has(v)) {
      if (!kept.includes(v)) kept.push(v);
    } else if (!unknown.includes(String(v))) unknown.push(String(v));
  }
  const notice =
    unknown.length === 0
      ? undefined
      : `Unknown group${unknown.length === 1 ? '' : 's'} ${listed(unknown)} in ${quote(spec.group ?? '')} — ${kept.length === 0 ? 'comparing the top groups' : 'left out'}`;
  const next = kept.length === 0 ? null : kept;
  if (sameList(spec.compareGroups, next)) return unchanged(spec, notice);
  const result: ActionResult = { spec: { ...spec, compareGroups: next } };
  return notice === undefined ? result : { ...result, notice };
}

/**
 * Add group `value` to the compared groups (at the end), or take it out. When the groups are automatic,
 * the toggle starts from the automatic list (`autoCompareGroups`, the same list the comparison shows),
 * so the result is that list with `value` added or removed, from then on fixed. The last compared
 * group cannot be taken out, and a hidden group cannot be added (show it first).
 */
export function toggleCompareGroup(spec: ViewSpec, dataset: Dataset, value: string): ActionResult {
  const known = groupValuesOf(spec, dataset);
  if (typeof known === 'string') return unchanged(spec, known);
  if (!known.has(value)) return unchanged(spec, `Unknown group ${quote(String(value))} in ${quote(spec.group ?? '')}`);
  const current = spec.compareGroups ?? autoCompareGroups(dataset, spec);
  if (current.includes(value)) {
    const next = current.filter((g) => g !== value);
    if (next.length === 0) return unchanged(spec, 'At least one group must stay compared');
    return { spec: { ...spec, compareGroups: next } };
  }
  if (spec.hiddenGroups.includes(value)) return unchanged(spec, `Group ${quote(value)} is hidden — show it to compare it`);
  return { spec: { ...spec, compareGroups: [...current, value] } };
}

/** The head-to-head pair [A, B]: two different groups of the group column; null = the first two compared. */
export function setPair(spec: ViewSpec, dataset: Dataset, pair: readonly [string, string] | null): ActionResult {
  if (pair === null) return spec.pair === null ? unchanged(spec) : { spec: { ...spec, pair: null } };
  const known = groupValuesOf(spec, dataset);
  if (typeof known === 'string') return unchanged(spec, known);
  if (!Array.isArray(pair) || pair.length !== 2 || pair.some((g) => typeof g !== 'string')) return unchanged(spec, 'A head-to-head needs two groups');
  const [a, b] = pair;
  if (a === b) return unchanged(spec, 'A head-to-head needs two different groups');
  const unknown = [a, b].filter((g) => !known.has(g));
  if (unknown.length > 0) return unchanged(spec, `Unknown group${unknown.length === 1 ? '' : 's'} ${listed(unknown)} in ${quote(spec.group ?? '')}`);
  if (spec.pair && spec.pair[0] === a && spec.pair[1] === b) return unchanged(spec);
  return { spec: { ...spec, pair: [a, b] } };
}

/**
 * One coordinate of the hypervolume reference point, in data units, for the ticked objective `key`;
 * null puts that coordinate back to its default. The coordinates not set use the default reference
 * (core `defaultReference` over the ranked rows).
 */
export function setHvReferenceValue(spec: ViewSpec, _dataset: Dataset, key: string, value: number | null): ActionResult {
  if (value === null) {
    if (own(spec.hvReference, key) === undefined) return unchanged(spec);
    const rest = withoutEntry(spec.hvReference ?? {}, key);
    return { spec: { ...spec, hvReference: Object.keys(rest).length === 0 ? null : rest } };
  }
  const objective = spec.objectives.find((o) => o.key === key);
  if (!objective) return unchanged(spec, `Unknown objective ${quote(key)}`);
  if (!objective.active) return unchanged(spec, `${quote(key)} is not ticked — the hypervolume counts ticked objectives only`);
  if (!isFiniteNumber(value)) return unchanged(spec, `The hypervolume reference of ${quote(key)} must be a finite number, got ${String(value)}`);
  const v = value + 0;
  if (Object.is(own(spec.hvReference, key), v)) return unchanged(spec);
  return { spec: { ...spec, hvReference: withEntry(spec.hvReference ?? {}, key, v) } };
}

/** Every coordinate of the hypervolume reference back to its default. */
export function resetHvReference(spec: ViewSpec, _dataset?: Dataset): ActionResult {
  return spec.hvReference === null ? unchanged(spec) : { spec: { ...spec, hvReference: null } };
}

/** The column that tells repeated runs apart (a category or number column, not the group column), or null. */
export function setRunColumn(spec: ViewSpec, dataset: Dataset, key: string | null): ActionResult {
  if (key === spec.runColumn) return unchanged(spec);
  if (key !== null) {
    const problem = typeof key === 'string' ? runColumnProblem(withDerived(dataset, spec.derived), key, spec.group) : 'A run column is named by its key';
    if (problem) return unchanged(spec, problem);
  }
  return { spec: { ...spec, runColumn: key } };
}

/**
 * The parallel-coordinates axis order as objective keys; null (or an empty list) = the ticked
 * objectives in objective order. Keys that are not objectives are left out with a notice, repeats
 * dropped; unticked objectives may be listed (they are skipped while unticked).
 */
export function setAxisOrder(spec: ViewSpec, _dataset: Dataset, keys: readonly string[] | null): ActionResult {
  if (keys === null) return spec.axisOrder === null ? unchanged(spec) : { spec: { ...spec, axisOrder: null } };
  if (!Array.isArray(keys)) return unchanged(spec, 'An axis order must be a list of objectives');
  const objectives = new Set(spec.objectives.map((o) => o.key));
  const kept: string[] = [];
  const unknown: string[] = [];
  for (const k of keys) {
    if (typeof k === 'string' && objectives.has(k)) {
      if (!kept.includes(k)) kept.push(k);
    } else if (!unknown.includes(String(k))) unknown.push(String(k));
  }
  const notice =
    unknown.length === 0
      ? undefined
      : `Unknown objective${unknown.length === 1 ? '' : 's'} ${listed(unknown)} — ${kept.length === 0 ? 'axes in objective order' : 'left out of the axis order'}`;
  const next = kept.length === 0 ? null : kept;
  if (sameList(spec.axisOrder, next)) return unchanged(spec, notice);
  const result: ActionResult = { spec: { ...spec, axisOrder: next } };
  return notice === undefined ? result : { ...result, notice };
}

const sameConstraint = (a: Constraint, b: Constraint) =>
  a.column === b.column && a.op === b.op && Object.is(a.value, b.value) && Object.is(a.value2, b.value2) && a.source === b.source;

/**
 * A range brushed on one parallel-coordinates axis: a 'between' constraint (source 'brush') on
 * `column`, in data units, either order, replacing that column's earlier brush (where it stood in the
 * list); null removes that column's brush. Brushes on other columns stay, so several axes can be
 * brushed at once. (The scatter's rectangle, `addBrushConstraint`, still replaces every brush.)
 */
export function setAxisBrush(spec: ViewSpec, dataset: Dataset, column: string, range: readonly [number, number] | null): ActionResult {
  const isBrush = (c: Constraint) => c.column === column && c.source === 'brush';
  if (range === null) {
    const kept = spec.constraints.filter((c) => !isBrush(c));
    return kept.length === spec.constraints.length ? unchanged(spec) : { spec: { ...spec, constraints: kept } };
  }
  if (!Array.isArray(range) || range.length !== 2 || !range.every(isFiniteNumber)) {
    return unchanged(spec, `A brushed range on ${quote(String(column))} needs two finite numbers`);
  }
  const made: Constraint = { column, op: 'between', value: range[0], value2: range[1], source: 'brush' };
  const problem = constraintProblem(withDerived(dataset, spec.derived), made);
  if (problem) return unchanged(spec, problem);
  const c = normalizeConstraint(made);
  const at = spec.constraints.findIndex(isBrush);
  const constraints =
    at < 0 ? [...spec.constraints, c] : spec.constraints.flatMap((old, i) => (i === at ? [c] : isBrush(old) ? [] : [old]));
  if (constraints.length === spec.constraints.length && constraints.every((x, i) => sameConstraint(x, spec.constraints[i]))) return unchanged(spec);
  return { spec: { ...spec, constraints } };
}
