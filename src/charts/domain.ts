/**
 * The data window of an axis: the extent of the drawable values, padded so that points never sit on
 * the frame, with a sensible window for a single value (zero range) or no value at all.
 */
export type AxisScaleType = 'linear' | 'log';

/** Fraction of the (log-)range added on each side. */
export const DOMAIN_PADDING = 0.05;

/**
 * Largest magnitude a linear axis places. Beyond it, the padding and the width of the window
 * (1e308 − (−1e308)) overflow to Infinity and the whole chart would go blank; such rows are left out
 * and counted instead (see outOfRangeCount).
 */
export const MAX_LINEAR = 1e300;

/** Whether a value can be placed on an axis of this type. */
export function drawable(v: number, type: AxisScaleType): boolean {
  return type === 'log' ? v > 0 && v < Infinity : Math.abs(v) <= MAX_LINEAR;
}

/**
 * Shown rows (status ≠ 0) with a finite value on a linear axis beyond ±MAX_LINEAR, which are not
 * drawn: the chart says how many.
 */
export function outOfRangeCount(x: Float64Array, y: Float64Array, status: Uint8Array, xType: AxisScaleType, yType: AxisScaleType): number {
  const beyond = (v: number, type: AxisScaleType) => type === 'linear' && Number.isFinite(v) && Math.abs(v) > MAX_LINEAR;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (status[i] !== 0 && (beyond(x[i], xType) || beyond(y[i], yType))) n++;
  return n;
}

/**
 * Min and max of the values that can be drawn (status ≠ 0 and drawable on both axes), or null if none.
 * Both coordinates are checked so that a point skipped on one axis does not stretch the other.
 */
export function extentOf(
  values: Float64Array,
  other: Float64Array,
  status: Uint8Array,
  type: AxisScaleType,
  otherType: AxisScaleType,
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (status[i] === 0) continue;
    const v = values[i];
    if (!drawable(v, type) || !drawable(other[i], otherType)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Pads an extent; a zero range gets a window around the value, no extent a default window. */
export function paddedDomain(extent: [number, number] | null, type: AxisScaleType): [number, number] {
  if (type === 'log') {
    if (!extent) return [1, 10];
    const l0 = Math.log10(extent[0]);
    const l1 = Math.log10(extent[1]);
    const pad = l1 > l0 ? (l1 - l0) * DOMAIN_PADDING : 0.5;
    return [10 ** (l0 - pad), 10 ** (l1 + pad)];
  }
  if (!extent) return [0, 1];
  const [lo, hi] = extent;
  if (hi > lo) {
    const pad = (hi - lo) * DOMAIN_PADDING;
    return [lo - pad, hi + pad];
  }
  const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** Whether [lo, hi] can serve as a window on an axis of this type: drawable bounds, low to high. */
export function validWindow(bounds: readonly [number, number] | null | undefined, type: AxisScaleType): bounds is [number, number] {
  return !!bounds && drawable(bounds[0], type) && drawable(bounds[1], type) && bounds[0] <= bounds[1];
}

/**
 * The unzoomed window of an axis: a given window as it is (small multiples share one, so every chart
 * given it gets the same axis and ticks whatever its own data), else the data's extent, padded. A
 * given window of zero width is widened like a single value; a log axis ignores a window with a
 * non-positive bound and fits its data instead.
 */
export function axisDomain(
  given: readonly [number, number] | null | undefined,
  extent: [number, number] | null,
  type: AxisScaleType,
): [number, number] {
  if (validWindow(given, type)) return given[1] > given[0] ? [given[0], given[1]] : paddedDomain([given[0], given[1]], type);
  return paddedDomain(extent, type);
}

/**
 * Position on the axis before scaling: the value itself, or its log10. The draw loop maps it to
 * pixels with one multiply-add, which is why it is precomputed once per data change. NaN where the
 * value cannot be drawn (NaN, ±Infinity, non-positive on a log axis).
 */
export function toAxisSpace(values: Float64Array, type: AxisScaleType): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = drawable(v, type) ? (type === 'log' ? Math.log10(v) : v) : NaN;
  }
  return out;
}
