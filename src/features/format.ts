/** Number and label formatting shared by the panels. */
import type { ColumnSpec } from '../data/types';

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A value for tables and tooltips: thousands grouped, exponents for very large/small magnitudes, '—' for missing. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(3).replace('e+', 'e');
  return a >= 1000 ? thousands.format(v) : plain.format(Number(v.toPrecision(6)));
}

/** "Label (unit)" for axis titles and headers. */
export function labelWithUnit(spec: Pick<ColumnSpec, 'label' | 'unit' | 'key'>): string {
  const name = spec.label || spec.key || '(unnamed)';
  return spec.unit ? `${name} (${spec.unit})` : name;
}
