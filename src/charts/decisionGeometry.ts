/**
 * Geometry of the deciding overlays, in plot pixels: the level set of the scalarizing function through
 * the winner (a line for the weighted sum, sampled so log axes curve it; an L-shaped corner for
 * Chebyshev and the reference point), clipped to the plot; the brush rectangle back in data units; and
 * keyboard nudges of the reference point that respect log axes. Pure functions over d3-like scales.
 */
import type { LevelSet } from '../state/decisionTypes';
import type { PixelScale } from './staircase';

/** A scale that can also map pixels back to data (a d3 continuous scale). */
export interface InvertibleScale extends PixelScale {
  invert(pixel: number): number;
}

export type Pt = [number, number];
/** Polylines in plot pixels; each piece is drawn as its own path. */
export type Pieces = Pt[][];

/** How far outside the plot ±Infinity (or ≤ 0 on a log axis) lands, before clipping. */
const OUTSIDE = 64;

interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The plot rectangle spanned by two scales' ranges. */
export function plotRect(x: PixelScale, y: PixelScale): Rect {
  const [a, b] = x.range();
  const [c, d] = y.range();
  return { x0: Math.min(a, b), x1: Math.max(a, b), y0: Math.min(c, d), y1: Math.max(c, d) };
}

function domainEnds(scale: PixelScale): [number, number] {
  const [d0, d1] = scale.domain();
  return [Math.min(d0, d1), Math.max(d0, d1)];
}

/**
 * Pixel of a data value, where ±Infinity and (on a log axis) non-positive values land just outside
 * the plot on the matching side, so that a clipped line runs exactly to the edge.
 */
export function toPixel(v: number, scale: PixelScale, log: boolean): number {
  if (Number.isNaN(v)) return NaN;
  const [lo, hi] = domainEnds(scale);
  const low = v === -Infinity || (log && v <= 0);
  if (!low && v !== Infinity) return scale(v);
  const pLo = scale(lo);
  const pHi = scale(hi);
  const dir = Math.sign(pHi - pLo) || 1;
  return low ? pLo - dir * OUTSIDE : pHi + dir * OUTSIDE;
}

/** Liang–Barsky: the part of segment p→q inside `r`, or null. */
export function clipSegment(p: Pt, q: Pt, r: Rect): [Pt, Pt] | null {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - r.x0],
    [dx, r.x1 - p[0]],
    [-dy, p[1] - r.y0],
    [dy, r.y1 - p[1]],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return null;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  // Clamp away rounding, so a clipped end lies exactly on the edge.
  const at = (t: number): Pt => [
    Math.min(r.x1, Math.max(r.x0, p[0] + t * dx)),
    Math.min(r.y1, Math.max(r.y0, p[1] + t * dy)),
  ];
  return [at(t0), at(t1)];
}

const near = (a: Pt, b: Pt) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** Clips a polyline to `r`; NaN vertices break it. Returns the visible pieces (each ≥ 2 points). */
export function clipPolyline(points: readonly Pt[], r: Rect): Pieces {
  const out: Pieces = [];
  let cur: Pt[] | null = null;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (!Number.isFinite(p[0] + p[1] + q[0] + q[1])) {
      cur = null;
      continue;
    }
    const seg = clipSegment(p, q, r);
    if (!seg) {
      cur = null;
      continue;
    }
    if (cur && near(cur[cur.length - 1], seg[0])) cur.push(seg[1]);
    else {
      cur = [seg[0], seg[1]];
      out.push(cur);
    }
    // Leaving the rectangle ends this piece.
    if (!near(seg[1], q)) cur = null;
  }
  return out.filter((piece) => piece.length >= 2 && !(piece.length === 2 && near(piece[0], piece[1])));
}

/** `count` data values spread evenly in pixels across the visible window of `scale`. */
function sampleDomain(scale: InvertibleScale, count: number): number[] {
  const [r0, r1] = scale.range();
  const out: number[] = [];
  for (let i = 0; i <= count; i++) out.push(scale.invert(r0 + ((r1 - r0) * i) / count));
  return out;
}

/**
 * The line a·x + b·y = c in plot pixels, clipped to the plot. It is sampled every `step` pixels along
 * both axes (a straight line in data is a curve on a log axis), and the samples are joined in x order:
 * a line is monotone in x, and so is its image under monotone scales.
 */
export function linePieces(
  a: number,
  b: number,
  c: number,
  x: InvertibleScale,
  y: InvertibleScale,
  xLog: boolean,
  yLog: boolean,
  step = 4,
): Pieces {
  if (![a, b, c].every(Number.isFinite) || (a === 0 && b === 0)) return [];
  const rect = plotRect(x, y);
  if (b === 0 || a === 0) {
    // Vertical (x = c/a) or horizontal (y = c/b): straight on any scale.
    const v = b === 0 ? c / a : c / b;
    const pts: Pt[] =
      b === 0
        ? [
            [toPixel(v, x, xLog), toPixel(-Infinity, y, yLog)],
            [toPixel(v, x, xLog), toPixel(Infinity, y, yLog)],
          ]
        : [
            [toPixel(-Infinity, x, xLog), toPixel(v, y, yLog)],
            [toPixel(Infinity, x, xLog), toPixel(v, y, yLog)],
          ];
    if ((b === 0 && xLog && v <= 0) || (a === 0 && yLog && v <= 0)) return [];
    return clipPolyline(pts, rect);
  }
  const nx = Math.max(2, Math.ceil((rect.x1 - rect.x0) / step));
  const ny = Math.max(2, Math.ceil((rect.y1 - rect.y0) / step));
  const pts: Pt[] = [];
  const push = (vx: number, vy: number) => {
    if (!Number.isFinite(vx) || !Number.isFinite(vy)) return;
    if ((xLog && vx <= 0) || (yLog && vy <= 0)) return;
    pts.push([x(vx), y(vy)]);
  };
  for (const vx of sampleDomain(x, nx)) push(vx, (c - a * vx) / b);
  for (const vy of sampleDomain(y, ny)) push((c - b * vy) / a, vy);
  // Where the line leaves a log axis' positive half it runs off to that axis' low end.
  if (yLog) {
    const vx = c / a; // y = 0
    if (!xLog || vx > 0) pts.push([toPixel(vx, x, xLog), toPixel(0, y, true)]);
  }
  if (xLog) {
    const vy = c / b; // x = 0
    if (!yLog || vy > 0) pts.push([toPixel(0, x, true), toPixel(vy, y, yLog)]);
  }
  pts.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return clipPolyline(pts, rect);
}

/**
 * The corner (x, y) with its two rays toward the worse side of each axis, in plot pixels, clipped:
 * the vertical ray at x runs toward `yToward`, the horizontal one at y toward `xToward`.
 */
export function cornerPieces(
  corner: { x: number; y: number; xToward: 1 | -1; yToward: 1 | -1 },
  x: PixelScale,
  y: PixelScale,
  xLog: boolean,
  yLog: boolean,
): Pieces {
  if (!Number.isFinite(corner.x) || !Number.isFinite(corner.y)) return [];
  const px = toPixel(corner.x, x, xLog);
  const py = toPixel(corner.y, y, yLog);
  const xEnd = toPixel(corner.xToward > 0 ? Infinity : -Infinity, x, xLog);
  const yEnd = toPixel(corner.yToward > 0 ? Infinity : -Infinity, y, yLog);
  // A corner beyond the end its ray runs to puts that ray wholly outside the plot: clipping drops it.
  const pts: Pt[] = [
    [px, yEnd],
    [px, py],
    [xEnd, py],
  ];
  return clipPolyline(pts, plotRect(x, y));
}

/**
 * A polyline given in data coordinates (the staircase's conventions: ±Infinity, and on a log axis any
 * non-positive value, runs to the plot edge; a NaN vertex breaks the line) in plot pixels, clipped.
 */
export function polylinePieces(
  points: readonly (readonly [number, number])[],
  x: PixelScale,
  y: PixelScale,
  xLog: boolean,
  yLog: boolean,
): Pieces {
  const pts = points.map(([vx, vy]): Pt => [toPixel(vx, x, xLog), toPixel(vy, y, yLog)]);
  return clipPolyline(pts, plotRect(x, y));
}

/** The level set in plot pixels (see `LevelSet`). */
export function levelSetPieces(ls: LevelSet, x: InvertibleScale, y: InvertibleScale, xLog: boolean, yLog: boolean): Pieces {
  return ls.kind === 'line' ? linePieces(ls.a, ls.b, ls.c, x, y, xLog, yLog) : cornerPieces(ls, x, y, xLog, yLog);
}

/** SVG path data of pieces, rounded to 0.01 px. */
export function piecesPath(pieces: Pieces): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  return pieces.map((p) => p.map(([a, b], i) => `${i ? 'L' : 'M'}${r(a)},${r(b)}`).join('')).join('');
}

/** The point `frac` of the way along a polyline, with the direction there (degrees, reading left to right). */
function along(piece: readonly Pt[], length: number, frac: number): { x: number; y: number; angle: number } {
  let target = length * frac;
  for (let i = 1; i < piece.length; i++) {
    const [ax, ay] = piece[i - 1];
    const [bx, by] = piece[i];
    const len = Math.hypot(bx - ax, by - ay);
    if (len >= target || i === piece.length - 1) {
      const t = len > 0 ? Math.min(1, target / len) : 0;
      let angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      return { x: ax + t * (bx - ax), y: ay + t * (by - ay), angle };
    }
    target -= len;
  }
  return { x: piece[0][0], y: piece[0][1], angle: 0 };
}

const LABEL_SPOTS = [0.5, 0.3, 0.7, 0.15, 0.85];

/**
 * Where to write "equal score" along the pieces: on the longest piece (at least `minLength` px), at
 * the middle, or at the spot farthest from `avoid` (the winner's marker and its name) when one is
 * given. Null when no piece is long enough to carry a label.
 */
export function labelAnchor(pieces: Pieces, avoid?: Pt | null, minLength = 60): { x: number; y: number; angle: number } | null {
  let best: Pt[] | null = null;
  let bestLen = 0;
  for (const p of pieces) {
    let len = 0;
    for (let i = 1; i < p.length; i++) len += Math.hypot(p[i][0] - p[i - 1][0], p[i][1] - p[i - 1][1]);
    if (len > bestLen) {
      best = p;
      bestLen = len;
    }
  }
  if (!best || bestLen < minLength) return null;
  const piece: Pt[] = best;
  const spots = LABEL_SPOTS.map((f) => along(piece, bestLen, f));
  if (!avoid) return spots[0];
  // The first spot clear of the winner by 90 px, in order of preference; else the farthest.
  const dist = (q: { x: number; y: number }) => Math.hypot(q.x - avoid[0], q.y - avoid[1]);
  return spots.find((q) => dist(q) >= 90) ?? spots.reduce((m, q) => (dist(q) > dist(m) ? q : m));
}

/** A brushed rectangle (two plot-pixel corners) as data ranges, low to high on each axis. */
export function brushToData(p: Pt, q: Pt, x: InvertibleScale, y: InvertibleScale): { x: [number, number]; y: [number, number] } {
  const rect = plotRect(x, y);
  const cx = (v: number) => Math.min(rect.x1, Math.max(rect.x0, v));
  const cy = (v: number) => Math.min(rect.y1, Math.max(rect.y0, v));
  const xs = [x.invert(cx(p[0])), x.invert(cx(q[0]))].sort((a, b) => a - b) as [number, number];
  const ys = [y.invert(cy(p[1])), y.invert(cy(q[1]))].sort((a, b) => a - b) as [number, number];
  return { x: xs, y: ys };
}

/** A data value moved by `dpx` pixels along its axis, kept inside the visible window. */
export function nudge(value: number, scale: InvertibleScale, dpx: number): number {
  const [r0, r1] = scale.range();
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  const p = Number.isFinite(value) ? scale(value) : (lo + hi) / 2;
  const from = Number.isFinite(p) ? p : (lo + hi) / 2;
  return scale.invert(Math.min(hi, Math.max(lo, from + dpx)));
}
