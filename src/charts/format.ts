/**
 * Number formatting for axes, crosshair badges and anyone else who shows chart numbers: compact,
 * SI-ish (k, M, B, T — the short scale ML papers use for parameters, tokens and dollars), a true minus
 * sign, and powers of ten with superscripts where decimals or suffixes would get unreadable.
 */
import { format, precisionFixed } from 'd3';

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};
const SUFFIXES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];
/** Outside [SMALL, LARGE) numbers are written as m×10ⁿ. */
const SMALL = 1e-3;
const LARGE = 1e15;

/** "10⁻³" for an integer exponent. */
export function powerOfTen(exponent: number): string {
  return '10' + String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
}

/** m×10ⁿ with `digits` significant digits in the mantissa (trailing zeros trimmed), "10ⁿ" when m is 1. */
export function scientific(v: number, digits = 3): string {
  if (v === 0) return '0';
  const [mantissa, exp] = format(`.${Math.max(0, digits - 1)}~e`)(v).split('e');
  const p = powerOfTen(Number(exp));
  if (mantissa === '1') return p;
  if (mantissa === '−1') return '−' + p;
  return `${mantissa}×${p}`;
}

function suffixFor(absMax: number): [number, string] | null {
  for (const s of SUFFIXES) if (absMax >= s[0]) return s;
  return null;
}

/**
 * A readable number with about `digits` significant digits: 0.0123, 1,234, 12.35k, 4.5M, 7B, 2.1×10⁻⁵.
 * Suffixes start at `suffixFrom` (10,000 by default; 1,000 gives 3k). Non-finite values read "∞",
 * "−∞" and "–".
 */
export function formatNumber(v: number, digits = 4, suffixFrom = 1e4): string {
  if (Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  // Round first so that 999,999 reads 1M rather than 1000k.
  const a = Math.abs(Number(v.toPrecision(digits)));
  if (a === 0) return '0';
  if (a < SMALL || a >= LARGE) return scientific(v, digits);
  if (a >= suffixFrom && a >= 1e3) {
    const [s, suffix] = suffixFor(a)!;
    return format(`.${digits}~r`)(v / s) + suffix;
  }
  return format(`,.${digits}~r`)(v);
}

/**
 * Tick labels for a linear axis with ticks `step` apart: every label gets the same number of decimals
 * and, from 10,000 up, the same suffix (0.2M … 1.2M rather than 200k … 1.2M).
 */
export function linearTickFormat(domain: readonly [number, number], step: number): (v: number) => string {
  const absMax = Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  const tidy = (f: (v: number) => string) => (v: number) => (Math.abs(v) < step * 1e-9 ? '0' : f(v));
  if (!(step > 0) || !Number.isFinite(absMax)) return (v) => formatNumber(v);
  if ((absMax < SMALL && absMax > 0) || absMax >= LARGE) {
    // Enough mantissa digits to tell neighbouring ticks apart.
    const digits = Math.max(1, Math.ceil(Math.log10(absMax / step) + 1e-9) + 1);
    return tidy((v) => scientific(v, digits));
  }
  if (absMax >= 1e4) {
    const [s, suffix] = suffixFor(absMax)!;
    const f = format(`,.${precisionFixed(step / s)}f`);
    return tidy((v) => f(v / s) + suffix);
  }
  const f = format(`,.${precisionFixed(step)}f`);
  return tidy(f);
}

/** Labels for log-axis ticks of the form m×10ⁿ: plain or suffixed when all are moderate, else 10ⁿ. */
export function logTickFormat(ticks: readonly number[]): (v: number) => string {
  const moderate = ticks.every((t) => t >= SMALL && t < LARGE);
  // 1k, 3k, 10k rather than 1,000, 3,000, 10k once the axis reaches the suffixes.
  const suffixFrom = ticks.some((t) => t >= 1e4) ? 1e3 : 1e4;
  if (moderate) return (v) => formatNumber(v, 3, suffixFrom);
  return (v) => scientific(v, 2);
}
