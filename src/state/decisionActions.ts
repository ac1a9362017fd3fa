/**
 * Named actions for deciding: weights, the scalarizing method, the reference point, constraints and
 * derived columns. Same shape and promises as actions.ts (which re-exports these): pure
 * `(spec, dataset, ...args) -> { spec, notice? }`, validated against the dataset, the very same `spec`
 * object back when refused or unchanged, never a throw.
 */
import { columnsOf, parseExpression, type Sense } from '../core';
import type { Dataset } from '../data/types';
import type { ActionResult } from './actions';
import { constraintProblem, normalizeConstraint } from './constraints';
import type { Constraint, DecisionMethod, DerivedColumnSpec } from './decisionTypes';
import { defaultSpec } from './defaults';
import { baseDataset, derivedSpecProblem, withDerived } from './derived';
import { own, withEntry, withoutEntry } from './own';
import { isDecisionMethod, logScaleProblem, quote, tickedWeightsAllZero } from './validate';
import type { ObjectiveChoice, ViewSpec } from './viewSpec';

const unchanged = (spec: ViewSpec, notice?: string): ActionResult => (notice === undefined ? { spec } : { spec, notice });
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export { DECISION_METHODS, isDecisionMethod, tickedWeightsAllZero } from './validate';

/** Weights back to 1 (entry removed) for the ticked objectives, when they all weigh 0. */
export function rescueWeights(objectives: readonly ObjectiveChoice[], weights: Readonly<Record<string, number>>): { weights: Record<string, number>; notice?: string } {
  if (!tickedWeightsAllZero(objectives, weights)) return { weights: { ...weights } };
  let next: Record<string, number> = { ...weights };
  for (const o of objectives) if (o.active) next = withoutEntry(next, o.key);
  return { weights: next, notice: 'Every ticked objective weighed 0 — their weights are back to 1' };
}

function weightProblem(spec: ViewSpec, key: string, weight: unknown): string | null {
  if (!spec.objectives.some((o) => o.key === key)) return `Unknown objective ${quote(key)}`;
  if (!isFiniteNumber(weight) || weight < 0) return `The weight of ${quote(key)} must be a number ≥ 0, got ${String(weight)}`;
  return null;
}

const sameRecord = (a: Readonly<Record<string, number>> | null, b: Readonly<Record<string, number>> | null): boolean => {
  if (a === null || b === null) return a === b;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(own(b, k), a[k]));
};

/**
 * Weight of objective `key` (ticked or not), a finite number ≥ 0. Refused when it would leave every
 * ticked objective at weight 0. Only the ratios matter to the ranking ('range'-normalized scores).
 */
export function setWeight(spec: ViewSpec, _dataset: Dataset, key: string, weight: number): ActionResult {
  const problem = weightProblem(spec, key, weight);
  if (problem) return unchanged(spec, problem);
  const w = weight + 0;
  if (Object.is(own(spec.weights, key), w)) return unchanged(spec);
  const weights = withEntry(spec.weights, key, w);
  if (tickedWeightsAllZero(spec.objectives, weights)) return unchanged(spec, 'At least one ticked objective needs a weight above 0');
  return { spec: { ...spec, weights } };
}

/** All weights at once (e.g. "use these pseudo-weights"); objectives left out weigh 1. */
export function setWeights(spec: ViewSpec, _dataset: Dataset, weights: Readonly<Record<string, number>>): ActionResult {
  if (weights === null || typeof weights !== 'object') return unchanged(spec, 'Weights must be given per objective');
  const entries = Object.entries(weights);
  for (const [key, w] of entries) {
    const problem = weightProblem(spec, key, w);
    if (problem) return unchanged(spec, problem);
  }
  const next = Object.fromEntries(entries.map(([k, w]) => [k, w + 0]));
  if (tickedWeightsAllZero(spec.objectives, next)) return unchanged(spec, 'At least one ticked objective needs a weight above 0');
  return sameRecord(spec.weights, next) ? unchanged(spec) : { spec: { ...spec, weights: next } };
}

/**
 * How rows are scored: 'weighted-sum', 'chebyshev' (distance to the ideal point, or to the reference
 * point when one is set) or 'asf' (achievement of the reference point; without one, the ideal point).
 */
export function setMethod(spec: ViewSpec, _dataset: Dataset, method: DecisionMethod): ActionResult {
  if (!isDecisionMethod(method)) return unchanged(spec, `Unknown method ${quote(String(method))} (use weighted-sum, chebyshev or asf)`);
  return spec.method === method ? unchanged(spec) : { spec: { ...spec, method } };
}

function referenceProblem(spec: ViewSpec, key: string, value: unknown): string | null {
  if (!spec.objectives.some((o) => o.key === key)) return `Unknown objective ${quote(key)}`;
  if (!isFiniteNumber(value)) return `The reference value of ${quote(key)} must be a finite number, got ${String(value)}`;
  return null;
}

/**
 * The reference point, in data units, per objective key; null for none. Objectives it leaves out take
 * the ideal (best ranked) value. An empty point is stored as null.
 */
export function setReferencePoint(spec: ViewSpec, _dataset: Dataset, point: Readonly<Record<string, number>> | null): ActionResult {
  if (point === null) return spec.referencePoint === null ? unchanged(spec) : { spec: { ...spec, referencePoint: null } };
  if (typeof point !== 'object') return unchanged(spec, 'A reference point needs a value per objective');
  const entries = Object.entries(point);
  for (const [key, v] of entries) {
    const problem = referenceProblem(spec, key, v);
    if (problem) return unchanged(spec, problem);
  }
  const next = entries.length === 0 ? null : Object.fromEntries(entries.map(([k, v]) => [k, v + 0]));
  return sameRecord(spec.referencePoint, next) ? unchanged(spec) : { spec: { ...spec, referencePoint: next } };
}

/** One coordinate of the reference point (creating the point if there is none); null removes it. */
export function setReferenceValue(spec: ViewSpec, dataset: Dataset, key: string, value: number | null): ActionResult {
  if (value === null) {
    if (own(spec.referencePoint, key) === undefined) return unchanged(spec);
    return setReferencePoint(spec, dataset, withoutEntry(spec.referencePoint ?? {}, key));
  }
  const problem = referenceProblem(spec, key, value);
  if (problem) return unchanged(spec, problem);
  return setReferencePoint(spec, dataset, withEntry(spec.referencePoint ?? {}, key, value));
}

const sameConstraint = (a: Constraint, b: Constraint) =>
  a.column === b.column && a.op === b.op && Object.is(a.value, b.value) && Object.is(a.value2, b.value2) && a.source === b.source;

function checked(spec: ViewSpec, dataset: Dataset, c: Constraint): Constraint | string {
  const problem = constraintProblem(withDerived(dataset, spec.derived), c);
  return problem ?? normalizeConstraint(c);
}

/** Add a constraint (rows failing it are drawn faint and leave the front, ranking and scores). */
export function addConstraint(spec: ViewSpec, dataset: Dataset, constraint: Constraint): ActionResult {
  const c = checked(spec, dataset, constraint);
  if (typeof c === 'string') return unchanged(spec, c);
  return { spec: { ...spec, constraints: [...spec.constraints, c] } };
}

function indexProblem(spec: ViewSpec, index: number): string | null {
  return Number.isInteger(index) && index >= 0 && index < spec.constraints.length ? null : `There is no constraint number ${index + 1}`;
}

/** Replace the constraint at `index` (0-based). */
export function updateConstraint(spec: ViewSpec, dataset: Dataset, index: number, constraint: Constraint): ActionResult {
  const bad = indexProblem(spec, index);
  if (bad) return unchanged(spec, bad);
  const c = checked(spec, dataset, constraint);
  if (typeof c === 'string') return unchanged(spec, c);
  if (sameConstraint(spec.constraints[index], c)) return unchanged(spec);
  return { spec: { ...spec, constraints: spec.constraints.map((old, i) => (i === index ? c : old)) } };
}

/** Remove the constraint at `index` (0-based). */
export function removeConstraint(spec: ViewSpec, _dataset: Dataset, index: number): ActionResult {
  const bad = indexProblem(spec, index);
  if (bad) return unchanged(spec, bad);
  return { spec: { ...spec, constraints: spec.constraints.filter((_, i) => i !== index) } };
}

/**
 * A rectangle brushed on the chart: two 'between' constraints (source 'brush') on the x and y columns,
 * replacing any earlier brush. Ranges are in data units, either order.
 */
export function addBrushConstraint(spec: ViewSpec, dataset: Dataset, xRange: readonly [number, number], yRange: readonly [number, number]): ActionResult {
  const ok = (r: unknown): r is [number, number] => Array.isArray(r) && r.length === 2 && r.every(isFiniteNumber);
  if (!ok(xRange) || !ok(yRange)) return unchanged(spec, 'A brushed rectangle needs two finite numbers on each axis');
  const made: Constraint[] = [];
  for (const [column, [a, b]] of [[spec.x, xRange], [spec.y, yRange]] as const) {
    const c = checked(spec, dataset, { column, op: 'between', value: a, value2: b, source: 'brush' });
    if (typeof c === 'string') return unchanged(spec, c);
    made.push(c);
  }
  const kept = spec.constraints.filter((c) => c.source !== 'brush');
  const constraints = [...kept, ...made];
  if (constraints.length === spec.constraints.length && constraints.every((c, i) => sameConstraint(c, spec.constraints[i]))) return unchanged(spec);
  return { spec: { ...spec, constraints } };
}

/** Remove the brushed rectangle's constraints. */
export function clearBrushConstraints(spec: ViewSpec, _dataset?: Dataset): ActionResult {
  const kept = spec.constraints.filter((c) => c.source !== 'brush');
  return kept.length === spec.constraints.length ? unchanged(spec) : { spec: { ...spec, constraints: kept } };
}

/**
 * Add a derived column. The formula is checked against the dataset's numeric columns and the derived
 * columns already there (a notice with the position on error). With a sense it becomes an objective,
 * unticked (ticking it changes the front, so that stays the person's call).
 */
export function addDerived(spec: ViewSpec, dataset: Dataset, derived: DerivedColumnSpec): ActionResult {
  const problem = derivedSpecProblem(dataset, spec.derived, derived);
  if (problem) return unchanged(spec, problem.notice);
  const { key, formula, label, unit, sense } = derived;
  const d: DerivedColumnSpec = { key, formula, ...(label !== undefined ? { label } : {}), ...(unit !== undefined ? { unit } : {}), ...(sense ? { sense } : {}) };
  const objectives = sense ? [...spec.objectives, { key, sense: sense as Sense, active: false }] : spec.objectives;
  return { spec: { ...spec, derived: [...spec.derived, d], objectives } };
}

/**
 * Remove a derived column and everything that refers to it: its objective (with weight, reference
 * value, hypervolume reference value and place in the axis order), its constraints, and the axis it
 * sits on (back to the dataset's default axis). Refused while another derived column's formula uses it.
 */
export function removeDerived(spec: ViewSpec, dataset: Dataset, key: string): ActionResult {
  const at = spec.derived.findIndex((d) => d.key === key);
  if (at < 0) return unchanged(spec, `There is no derived column ${quote(key)}`);
  const user = spec.derived.slice(at + 1).find((d) => {
    try {
      return columnsOf(parseExpression(d.formula)).includes(key);
    } catch {
      return false;
    }
  });
  if (user) return unchanged(spec, `The derived column ${quote(user.key)} uses ${quote(key)} — remove it first`);

  const notices: string[] = [];
  const dropped = spec.constraints.filter((c) => c.column === key).length;
  if (dropped > 0) notices.push(`${dropped === 1 ? 'its constraint is' : `its ${dropped} constraints are`} gone`);
  let objectives = spec.objectives.filter((o) => o.key !== key);
  if (objectives.length > 0 && !objectives.some((o) => o.active)) {
    objectives = objectives.map((o, i) => (i === 0 ? { ...o, active: true } : o));
    notices.push(`${quote(objectives[0].key)} is ticked instead`);
  }
  const rescued = rescueWeights(objectives, withoutEntry(spec.weights, key));
  if (rescued.notice) notices.push(rescued.notice);
  const ref = spec.referencePoint === null ? null : withoutEntry(spec.referencePoint, key);
  const hvRef = spec.hvReference === null ? null : withoutEntry(spec.hvReference, key);
  const axisOrder = spec.axisOrder === null ? null : spec.axisOrder.filter((k) => k !== key);
  let next: ViewSpec = {
    ...spec,
    derived: spec.derived.filter((d) => d.key !== key),
    objectives,
    weights: rescued.weights,
    referencePoint: ref && Object.keys(ref).length > 0 ? ref : null,
    constraints: spec.constraints.filter((c) => c.column !== key),
    hvReference: hvRef && Object.keys(hvRef).length > 0 ? hvRef : null,
    axisOrder: axisOrder && axisOrder.length > 0 ? axisOrder : null,
  };
  const base = baseDataset(dataset);
  const fallback = defaultSpec(base);
  for (const axis of ['x', 'y'] as const) {
    if (next[axis] !== key) continue;
    const column = fallback[axis];
    const scaleKey = axis === 'x' ? 'xScale' : 'yScale';
    const scale = next[scaleKey] === 'log' && logScaleProblem(withDerived(base, next.derived), column) === null ? 'log' : 'linear';
    next = { ...next, [axis]: column, [scaleKey]: scale };
    notices.push(`the ${axis} axis shows ${quote(column)} instead`);
  }
  return notices.length === 0 ? { spec: next } : { spec: next, notice: `Removed ${quote(key)}: ${notices.join('; ')}` };
}
