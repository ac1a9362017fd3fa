/**
 * The scales of the current view: d3 scales (for axes and overlays) and the equivalent affine maps
 * from axis space to plot pixels (for the canvas draw loop), both with the zoom applied.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ZoomTransform } from 'd3';
import type { AxisScaleType } from './domain';
import type { AxisMap } from './drawPoints';

export type Scale = ScaleContinuousNumeric<number, number>;

export interface ViewScales {
  x: Scale;
  y: Scale;
  mx: AxisMap;
  my: AxisMap;
}

export function baseScale(type: AxisScaleType, domain: [number, number], range: [number, number]): Scale {
  return (type === 'log' ? scaleLog() : scaleLinear()).domain(domain).range(range);
}

/** pixel = a·u + b for the unzoomed window [u0, u1] over [r0, r1], then the zoom (k, t). */
export function axisMap(window: [number, number], range: [number, number], k: number, t: number): AxisMap {
  const a0 = (range[1] - range[0]) / (window[1] - window[0] || 1);
  const b0 = range[0] - window[0] * a0;
  return { a: k * a0, b: k * b0 + t };
}

export function viewScales(
  xType: AxisScaleType,
  yType: AxisScaleType,
  xDomain: [number, number],
  yDomain: [number, number],
  xWindow: [number, number],
  yWindow: [number, number],
  width: number,
  height: number,
  transform: ZoomTransform,
): ViewScales {
  const xr: [number, number] = [0, width];
  const yr: [number, number] = [height, 0];
  return {
    x: transform.rescaleX(baseScale(xType, xDomain, xr)),
    y: transform.rescaleY(baseScale(yType, yDomain, yr)),
    mx: axisMap(xWindow, xr, transform.k, transform.x),
    my: axisMap(yWindow, yr, transform.k, transform.y),
  };
}
