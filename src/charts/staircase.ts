/**
 * The attainment staircase in pixels. Vertices come in data coordinates, already ordered and with
 * their corners; ±Infinity (and, on a log axis, any non-positive value) extends the line to the plot
 * edge, and vertices beyond the visible window are clamped to it, which keeps axis-aligned steps exact
 * at any zoom.
 */
import { pathRound } from 'd3';

/** The part of a d3 continuous scale the staircase needs (a zoomed scale in practice). */
export interface PixelScale {
  (value: number): number;
  domain(): number[];
  range(): number[];
}

/** Anything that takes path commands: a CanvasRenderingContext2D, a Path2D, or a d3-path. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/**
 * Pixel position of a staircase coordinate on an axis, clamped to the axis range. +Infinity goes to
 * the domain's high end, −Infinity (or ≤ 0 on a log axis) to its low end; NaN stays NaN.
 */
export function clampToAxis(v: number, scale: PixelScale, log: boolean): number {
  if (Number.isNaN(v)) return NaN;
  const [d0, d1] = scale.domain();
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const c = v === Infinity ? hi : v === -Infinity || (log && v <= 0) ? lo : Math.min(hi, Math.max(lo, v));
  return scale(c);
}

/** Traces the polyline into `sink`; a NaN vertex ends one piece and the next vertex starts another. */
export function traceStaircase(
  points: readonly (readonly [number, number])[],
  x: PixelScale,
  y: PixelScale,
  xLog: boolean,
  yLog: boolean,
  sink: PathSink,
): void {
  let pen = false;
  for (const [vx, vy] of points) {
    const px = clampToAxis(vx, x, xLog);
    const py = clampToAxis(vy, y, yLog);
    if (Number.isNaN(px) || Number.isNaN(py)) {
      pen = false;
      continue;
    }
    if (pen) sink.lineTo(px, py);
    else sink.moveTo(px, py);
    pen = true;
  }
}

/** SVG path data of the staircase (see `traceStaircase`); "" when nothing can be drawn. */
export function stepPath(
  points: readonly (readonly [number, number])[],
  x: PixelScale,
  y: PixelScale,
  xLog = false,
  yLog = false,
): string {
  const p = pathRound(2);
  traceStaircase(points, x, y, xLog, yLog, p);
  return p.toString();
}

function atEdge(v: number, log: boolean): boolean {
  return v === Infinity || v === -Infinity || (log && v <= 0);
}

/**
 * The plot corner that closes the region between the staircase and the edges it runs to, in data
 * coordinates, or null when the ends do not both run off to an edge (then there is no region to shade).
 * For a line from (x₁, −∞) up the steps to (+∞, yₖ) the corner is (+∞, −∞).
 */
export function regionCorner(
  points: readonly (readonly [number, number])[],
  xLog = false,
  yLog = false,
): [number, number] | null {
  if (points.length < 2) return null;
  if (points.some(([a, b]) => Number.isNaN(a) || Number.isNaN(b))) return null;
  const [fx, fy] = points[0];
  const [lx, ly] = points[points.length - 1];
  // An edge value is +∞ or "the low end" (−∞, or ≤ 0 on a log axis).
  const edge = (v: number) => (v === Infinity ? Infinity : -Infinity);
  if (atEdge(fy, yLog) && atEdge(lx, xLog) && !atEdge(fx, xLog)) return [edge(lx), edge(fy)];
  if (atEdge(fx, xLog) && atEdge(ly, yLog) && !atEdge(fy, yLog)) return [edge(fx), edge(ly)];
  return null;
}

/** Traces the shaded region: the staircase closed through `regionCorner`. Nothing if there is none. */
export function traceRegion(
  points: readonly (readonly [number, number])[],
  x: PixelScale,
  y: PixelScale,
  xLog: boolean,
  yLog: boolean,
  sink: PathSink,
): boolean {
  const corner = regionCorner(points, xLog, yLog);
  if (!corner) return false;
  traceStaircase(points, x, y, xLog, yLog, sink);
  sink.lineTo(clampToAxis(corner[0], x, xLog), clampToAxis(corner[1], y, yLog));
  sink.closePath();
  return true;
}
