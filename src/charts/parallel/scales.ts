/**
 * One vertical scale per axis, "better" always up: for 'min' the smallest value sits at the top, for
 * 'max' the largest. The domain is the extent of the drawn rows' values (faint rows included, so that
 * brushing an axis does not rescale the others), padded a little so lines do not run along the ends.
 */
import { scaleLinear, scaleLog } from 'd3';
import type { Sense } from '../../core';
import { MAX_LINEAR } from '../domain';

export type AxisScaleType = 'linear' | 'log';

/** Share of the span added at each end (in log10 units on log axes). */
export const DOMAIN_PAD = 0.04;

export interface AxisScale {
  type: AxisScaleType;
  sense: Sense;
  /** Low to high, data units. */
  domain: [number, number];
  /** Pixel extent of the axis: top < bottom. */
  top: number;
  bottom: number;
  /** Pixel y of a value; NaN for missing values and non-positive values on a log axis. */
  toPixel: (v: number) => number;
  /** Value at pixel y (clamped to the axis). */
  toValue: (py: number) => number;
}

/** Whether a value can be placed on an axis of this type. */
export function placeable(v: number, type: AxisScaleType): boolean {
  // Beyond ±MAX_LINEAR the padded window overflows to ±Infinity and the whole axis would go blank.
  return type === 'log' ? v > 0 && v < Infinity : Math.abs(v) <= MAX_LINEAR;
}

/** Extent of the values of rows with status ≥ 1, padded; a fallback window when there are none. */
export function axisDomain(values: Float64Array, status: Uint8Array, type: AxisScaleType): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const n = Math.min(values.length, status.length);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (status[i] === 0 || !placeable(v, type)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return type === 'log' ? [1, 10] : [0, 1];
  if (type === 'log') {
    const a = Math.log10(lo);
    const b = Math.log10(hi);
    const pad = b > a ? (b - a) * DOMAIN_PAD : 0.1;
    return [10 ** (a - pad), 10 ** (b + pad)];
  }
  const pad = hi > lo ? (hi - lo) * DOMAIN_PAD : Math.abs(lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

export function axisScale(type: AxisScaleType, sense: Sense, domain: [number, number], top: number, bottom: number): AxisScale {
  const [lo, hi] = domain;
  // The value drawn at the top comes first: better up.
  const ordered = sense === 'min' ? [lo, hi] : [hi, lo];
  const s = type === 'log' ? scaleLog().domain(ordered) : scaleLinear().domain(ordered);
  s.range([top, bottom]);
  return {
    type,
    sense,
    domain: [lo, hi],
    top,
    bottom,
    toPixel: (v) => (placeable(v, type) ? s(v) : NaN),
    toValue: (py) => s.invert(Math.max(top, Math.min(bottom, py))),
  };
}

/** A pixel span on the axis (either order) as a data range, low to high. */
export function pixelRangeToData(scale: AxisScale, y1: number, y2: number): [number, number] {
  const a = scale.toValue(y1);
  const b = scale.toValue(y2);
  return a <= b ? [a, b] : [b, a];
}

/**
 * A data range as a pixel span, top to bottom, clamped to the axis (a range beyond the domain shows
 * at the end it lies past). Null when it cannot be placed (e.g. only non-positive values on log).
 */
export function dataRangeToPixels(scale: AxisScale, range: readonly [number, number]): [number, number] | null {
  const { top, bottom, type, domain } = scale;
  let [lo, hi] = range[0] <= range[1] ? range : [range[1], range[0]];
  if (!(hi === hi) || !(lo === lo)) return null;
  if (type === 'log') {
    if (!(hi > 0)) return null;
    if (!(lo > 0)) lo = domain[0];
  }
  const clampV = (v: number) => Math.max(domain[0], Math.min(domain[1], v));
  const p = scale.toPixel(clampV(lo));
  const q = scale.toPixel(clampV(hi));
  if (!Number.isFinite(p) || !Number.isFinite(q)) return null;
  return [Math.max(top, Math.min(p, q)), Math.min(bottom, Math.max(p, q))];
}
