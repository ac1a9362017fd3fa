/** Wording shared by the deciding panels: method names, constraint chips, row names, weights. */
import type { Dataset } from '../../data/types';
import type { Constraint, DecisionMethod } from '../../state/decisionTypes';
import { formatValue } from '../format';

export const METHODS: readonly { value: DecisionMethod; label: string; short: string; help: string }[] = [
  {
    value: 'weighted-sum',
    label: 'Weighted sum',
    short: 'Weighted sum',
    help: 'Adds up the normalized objectives, weighted. Simple, but it can never pick a point in a dent of the front.',
  },
  {
    value: 'chebyshev',
    label: 'Chebyshev',
    short: 'Chebyshev',
    help: 'Scores each row by its worst weighted distance from the ideal point (augmented Chebyshev), so every front point can win.',
  },
  {
    value: 'asf',
    label: 'Reference point',
    short: 'Ref. point',
    help: 'Scores each row by how far it falls short of your reference point, or beats it, in its worst weighted objective (achievement scalarizing function).',
  },
];

export function methodLabel(m: DecisionMethod): string {
  return METHODS.find((x) => x.value === m)?.label ?? m;
}

const OPS = { '<=': '≤', '>=': '≥' } as const;

/** "total_cost ≤ 50 USD", "10 ≤ total_cost ≤ 50 USD". */
export function constraintText(c: Constraint, unit?: string): string {
  const u = unit ? ` ${unit}` : '';
  if (c.op === 'between') return `${formatValue(c.value)} ≤ ${c.column} ≤ ${formatValue(c.value2 ?? NaN)}${u}`;
  return `${c.column} ${OPS[c.op]} ${formatValue(c.value)}${u}`;
}

/** The row's name (label column) or "Row n". */
export function rowLabel(dataset: Dataset, row: number): string {
  const col = dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey) : undefined;
  const v = col ? String(col.values[row] ?? '') : '';
  return v || `Row ${row + 1}`;
}

/** A weight or share for an input or a label: at most 4 decimals, no trailing zeros. */
export function formatWeight(w: number): string {
  return Number.isFinite(w) ? String(Number(w.toFixed(4))) : '';
}

/** A score: 3 significant digits, small magnitudes in exponent form. */
export function formatScore(s: number): string {
  if (!Number.isFinite(s)) return Number.isNaN(s) ? '—' : s > 0 ? '∞' : '−∞';
  if (s === 0) return '0';
  const a = Math.abs(s);
  if (a < 1e-3 || a >= 1e6) return s.toExponential(2).replace('e+', 'e');
  return String(Number(s.toPrecision(3)));
}

/** A share in [0, 1] as a whole percentage. */
export function percent(v: number): string {
  return `${Math.round(v * 100)}%`;
}

/** A value for a number input: plain digits (no grouping), 6 significant digits at most. */
export function formatPlain(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '';
}
