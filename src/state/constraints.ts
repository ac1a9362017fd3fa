/**
 * Constraints are data (`{ column, op, value, value2?, source }`, decisionTypes.ts); this is the one
 * place they become code. A row passes when every constraint holds; bounds are inclusive, and a missing
 * (NaN) value fails — a row whose value is unknown cannot be shown to meet the threshold.
 */
import type { Dataset } from '../data/types';
import type { Constraint } from './decisionTypes';

const quote = (key: string): string => `'${key}'`;

export const isConstraintOp = (v: unknown): v is Constraint['op'] => v === '<=' || v === '>=' || v === 'between';

/**
 * Why `c` is not a usable constraint on `dataset`, or null. The column must be numeric (derived columns
 * count when `dataset` includes them), values finite, and 'between' needs both bounds.
 */
export function constraintProblem(dataset: Dataset, c: Constraint): string | null {
  if (c === null || typeof c !== 'object') return 'A constraint needs a column, an operator and a value';
  const column = dataset.byKey.get(c.column);
  if (typeof c.column !== 'string' || !column) return `Unknown column ${quote(String(c.column))}`;
  if (column.kind !== 'number') return `Column ${quote(c.column)} is not numeric`;
  if (!isConstraintOp(c.op)) return `Unknown operator ${quote(String(c.op))} (use <=, >= or between)`;
  if (typeof c.value !== 'number' || !Number.isFinite(c.value)) return `The bound of a constraint on ${quote(c.column)} must be a finite number`;
  if (c.op === 'between' && (typeof c.value2 !== 'number' || !Number.isFinite(c.value2))) {
    return `'between' on ${quote(c.column)} needs two finite bounds`;
  }
  if (c.source !== undefined && c.source !== 'chip' && c.source !== 'brush') return `Unknown constraint source ${quote(String(c.source))}`;
  return null;
}

/**
 * The canonical form of a valid constraint: bounds of 'between' in order, no `value2` on a one-sided
 * constraint, −0 as 0, and a `source` ('chip' unless it says 'brush'). Actions store this form, so
 * equal constraints are equal objects and links round-trip.
 */
export function normalizeConstraint(c: Constraint): Constraint {
  const source = c.source === 'brush' ? 'brush' : 'chip';
  if (c.op !== 'between') return { column: c.column, op: c.op, value: c.value + 0, source };
  const [lo, hi] = c.value <= (c.value2 as number) ? [c.value, c.value2 as number] : [c.value2 as number, c.value];
  return { column: c.column, op: 'between', value: lo + 0, value2: hi + 0, source };
}

interface Bound {
  values: Float64Array;
  lo: number;
  hi: number;
}

/** Constraints as inclusive [lo, hi] bounds on column arrays; those naming no numeric column are dropped. */
function compile(constraints: readonly Constraint[], dataset: Dataset): Bound[] {
  const bounds: Bound[] = [];
  for (const c of constraints) {
    const column = dataset.byKey.get(c.column);
    if (!column || column.kind !== 'number') continue; // not in a valid spec; never filter on a guess
    if (c.op === '<=') bounds.push({ values: column.values, lo: -Infinity, hi: c.value });
    else if (c.op === '>=') bounds.push({ values: column.values, lo: c.value, hi: Infinity });
    else bounds.push({ values: column.values, lo: Math.min(c.value, c.value2 ?? c.value), hi: Math.max(c.value, c.value2 ?? c.value) });
  }
  return bounds;
}

/** One predicate for all `constraints`: true when row `row` meets every one of them. */
export function compileConstraints(constraints: readonly Constraint[], dataset: Dataset): (row: number) => boolean {
  const bounds = compile(constraints, dataset);
  // `v >= lo && v <= hi` is false for NaN, so a missing value fails.
  return (row) => bounds.every(({ values, lo, hi }) => values[row] >= lo && values[row] <= hi);
}

/**
 * The same test over every row at once: 1 where the row meets every constraint, 0 where it fails one;
 * null when there is nothing to test (no usable constraint), so callers can skip the pass.
 */
export function constraintMask(constraints: readonly Constraint[], dataset: Dataset): Uint8Array | null {
  const bounds = compile(constraints, dataset);
  if (bounds.length === 0) return null;
  const n = dataset.rowCount;
  const mask = new Uint8Array(n).fill(1);
  for (const { values, lo, hi } of bounds) {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (!(v >= lo && v <= hi)) mask[i] = 0;
    }
  }
  return mask;
}
