/** Wording and number formats shared by the comparison panels. */

export const NO_VALUE = '(no value)';

/** A group value as shown: the empty value reads "(no value)". */
export function groupName(name: string): string {
  return name === '' ? NO_VALUE : name;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/**
 * A figure with `digits` significant digits: thousands grouped ("1,234.57", "123,457"), exponent form
 * outside [1e-4, 1e9) ("1.23457e12", "4.5e-7"), "—" for NaN, "∞" / "−∞" for infinities.
 */
export function formatSignificant(v: number, digits = 6): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e9 || a < 1e-4) {
    const [m, e] = v.toExponential(digits - 1).split('e');
    const mantissa = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    return `${mantissa.replace('-', '−')}e${e.replace('+', '')}`;
  }
  return grouped.format(Number(v.toPrecision(digits))).replace('-', '−');
}

/** Hypervolume: 6 significant digits. */
export const formatHv = (v: number) => formatSignificant(v, 6);

/** IGD+, ε and other distances: 4 significant digits. */
export const formatIndicator = (v: number) => formatSignificant(v, 4);

/** A share 0..1 as a whole percentage for chips and lists: "31%", "<1%", "0%", "—". */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '—';
  const pct = share * 100;
  if (pct > 0 && pct < 1) return '<1%';
  return `${Math.round(pct)}%`;
}

/** A share 0..1 as a percentage number with one decimal for tables: "31.3", "—". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return Number.isNaN(share) ? '—' : share > 0 ? '∞' : '−∞';
  return (share * 100).toFixed(1);
}

/** Why a figure is not a number, for the cell's title. */
export function nonFiniteReason(v: number, what: string): string | undefined {
  if (Number.isNaN(v)) return `${what} is undefined here (no front, or nothing to measure against)`;
  if (!Number.isFinite(v)) return `${what} is infinite: the front reaches an infinite value`;
  return undefined;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
