/**
 * Tick positions and labels for one axis. Linear axes take d3's nice steps. Log axes label 1-2-5 per
 * decade when there is room, else powers of ten (every k-th one on very wide ranges), with unlabelled
 * minor ticks between; a range narrower than a decade falls back to linear steps.
 */
import { tickStep, ticks as linearTicksOf } from 'd3';
import { linearTickFormat, logTickFormat } from './format';

export interface AxisTicks {
  major: number[];
  /** Unlabelled small ticks (log axes only). */
  minor: number[];
  format: (v: number) => string;
}

/** Pixels wanted between labelled ticks: wider on x (labels sit side by side) than on y. */
export const TICK_SPACING = { x: 90, y: 48 } as const;

export function tickCount(pixels: number, spacing: number): number {
  return Math.max(2, Math.min(10, Math.floor(pixels / spacing)));
}

export function linearTicks(d0: number, d1: number, count: number): AxisTicks {
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  // d3 picks the nicest step near `count`, which can overshoot by half; ask for fewer beyond that.
  const most = Math.round(count * 1.5) + 1;
  let c = count;
  let major = linearTicksOf(lo, hi, c);
  while (major.length > most && c > 1) major = linearTicksOf(lo, hi, --c);
  const step = Math.abs(tickStep(lo, hi, c));
  return { major, minor: [], format: linearTickFormat([lo, hi], step) };
}

const MANTISSA_SETS = [[1, 2, 5], [1, 3], [1]];

/** Values m×10^e within [lo, hi] (a relative hair of slack so that the domain ends count). */
function decadeTicks(lo: number, hi: number, mantissas: readonly number[], every = 1, phase = 0): number[] {
  const out: number[] = [];
  const e0 = Math.floor(Math.log10(lo));
  const e1 = Math.ceil(Math.log10(hi));
  const eps = 1e-9;
  for (let e = e0; e <= e1; e++) {
    if ((((e - phase) % every) + every) % every !== 0) continue;
    for (const m of mantissas) {
      // Build from the exponent's string form so that 10^-3 is exactly 0.001.
      const v = Number(`${m}e${e}`);
      if (v >= lo * (1 - eps) && v <= hi * (1 + eps)) out.push(v);
    }
  }
  return out;
}

/**
 * @param pixels axis length in CSS pixels, used to decide on minor ticks (at least ~6px apart)
 */
export function logTicks(d0: number, d1: number, count: number, pixels: number): AxisTicks {
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  if (!(lo > 0) || !Number.isFinite(hi)) return { major: [], minor: [], format: String };
  const decades = Math.log10(hi / lo);
  const perDecade = decades > 0 ? pixels / decades : Infinity;
  for (const set of MANTISSA_SETS) {
    const major = decadeTicks(lo, hi, set);
    if (major.length > count) continue;
    if (major.length < 2 || (major.length < 3 && decades < 1)) break;
    const minorSet = [2, 3, 4, 5, 6, 7, 8, 9].filter((m) => !set.includes(m));
    const minor = perDecade >= 60 ? decadeTicks(lo, hi, minorSet) : [];
    return { major, minor, format: logTickFormat(major) };
  }
  if (decades < 1.5) {
    // Less than a couple of decades and too few 1-2-5 ticks: plain linear steps read best.
    const t = linearTicks(lo, hi, count);
    return { ...t, major: t.major.filter((v) => v > 0) };
  }
  // Very wide: every k-th power of ten, the powers in between as minor ticks.
  const powers = decadeTicks(lo, hi, [1]);
  const every = Math.max(1, Math.ceil(powers.length / count));
  // Prefer exponents that are multiples of k (10⁰, 10³, 10⁶); fall back to starting at the first power.
  let major = decadeTicks(lo, hi, [1], every);
  if (major.length < 2) major = decadeTicks(lo, hi, [1], every, Math.round(Math.log10(powers[0] ?? lo)));
  const minor = perDecade >= 6 ? decadeTicks(lo, hi, [1]).filter((v) => !major.includes(v)) : [];
  return { major, minor, format: logTickFormat(major) };
}

function ticksFor(type: 'linear' | 'log', domain: readonly [number, number], count: number, pixels: number): AxisTicks {
  return type === 'log' ? logTicks(domain[0], domain[1], count, pixels) : linearTicks(domain[0], domain[1], count);
}

/**
 * Ticks for an axis `pixels` long, about `spacing` pixels apart. With `labelSize` (the extent of a label
 * along the axis: its width on x, its height on y), fewer ticks are asked for until every label has
 * room, so labels never touch.
 */
export function axisTicks(
  type: 'linear' | 'log',
  domain: readonly [number, number],
  pixels: number,
  spacing: number,
  labelSize?: (label: string) => number,
): AxisTicks {
  let count = tickCount(pixels, spacing);
  let t = ticksFor(type, domain, count, pixels);
  if (!labelSize) return t;
  const fits = (a: AxisTicks) => {
    if (a.major.length < 2) return true;
    const widest = Math.max(...a.major.map((v) => labelSize(a.format(v))));
    return pixels / (a.major.length - 1) >= widest + 12;
  };
  while (!fits(t) && count > 2) t = ticksFor(type, domain, --count, pixels);
  return t;
}
