/**
 * The points of an exported figure as SVG: one <circle> per drawn point, in the chart's own draw order
 * (faint, dominated, then the front on top) and with the chart's own styles (pointStyles.ts).
 *
 * Big clouds: when more than `EXPORT_POINT_BUDGET` faint and dominated points fall in the window, those
 * two layers are aggregated. Points of one style that land in the same small grid cell (0.5 px to
 * start, doubled until the budget holds, at most a marker radius) become one circle at their mean
 * position, with the opacity that n stacked translucent markers would have, 1 − (1 − α)ⁿ. Density
 * still reads as it does on screen and the file stays a few MB; front points are never aggregated.
 * (A raster <image> would be smaller still, but it needs a canvas, and a paper figure should stay vector.)
 */
import { color as d3color } from 'd3';
import { num } from './exportText';
import type { AxisMap } from './drawPoints';
import type { PointStyle, StyledPoints } from './pointStyles';

/** Faint + dominated circles beyond which those layers are aggregated. */
export const EXPORT_POINT_BUDGET = 30_000;

export interface Paint {
  /** #rrggbb */
  color: string;
  opacity: number;
}

/** A CSS colour as an SVG 1.1 paint: hex colour and a separate opacity (rgba() is not SVG 1.1). */
export function paint(css: string): Paint {
  const c = d3color(css);
  if (!c) return { color: css, opacity: 1 };
  const opacity = c.opacity ?? 1;
  return { color: c.copy({ opacity: 1 }).formatHex(), opacity: Number.isFinite(opacity) ? opacity : 1 };
}

export interface PointsInput {
  ax: Float64Array;
  ay: Float64Array;
  styled: StyledPoints;
  /** Axis space → plot pixels. */
  mx: AxisMap;
  my: AxisMap;
  width: number;
  height: number;
  /** A <title> for front points (shown on hover by browsers and most SVG viewers). */
  rowLabel?: (row: number) => string;
  escape: (text: string) => string;
  budget?: number;
}

export interface PointsOutput {
  /** Faint and dominated points (under the staircase). */
  back: string;
  /** Front points (over the staircase). */
  front: string;
  /** Circles written, and points they stand for (equal unless aggregated). */
  circles: number;
  points: number;
  /** Grid cell (px) used for aggregation, 0 when every point is its own circle. */
  cell: number;
}

function opacityAttr(name: string, o: number): string {
  return o < 0.999 ? ` ${name}="${Math.round(o * 1000) / 1000}"` : '';
}

/** The group attributes shared by every circle of a style (the radius stays per circle: it is not inherited). */
function styleAttrs(style: PointStyle): string {
  let out = '';
  if (style.fill) {
    const f = paint(style.fill);
    out += ` fill="${f.color}"${opacityAttr('fill-opacity', f.opacity)}`;
  } else out += ' fill="none"';
  if (style.stroke && !style.fill && style.strokeWidth > 0) {
    const s = paint(style.stroke);
    out += ` stroke="${s.color}"${opacityAttr('stroke-opacity', s.opacity)} stroke-width="${num(style.strokeWidth)}"`;
  }
  return out;
}

/** Radius of the circle element: a hollow marker's ring is centred inside its radius, as on the canvas. */
function circleRadius(style: PointStyle): number {
  return style.fill ? style.radius : Math.max(0.5, style.radius - style.strokeWidth / 2);
}

/** Rows of style `s` whose marker touches the plot, with their pixel positions. */
function visibleRows(input: PointsInput, s: number, r: number): { rows: number[]; px: number[]; py: number[] } {
  const { ax, ay, styled, mx, my, width, height } = input;
  const rows: number[] = [];
  const px: number[] = [];
  const py: number[] = [];
  for (let j = styled.offsets[s], end = styled.offsets[s + 1]; j < end; j++) {
    const row = styled.order[j];
    const x = mx.a * ax[row] + mx.b;
    const y = my.a * ay[row] + my.b;
    if (!(x >= -r && x <= width + r && y >= -r && y <= height + r)) continue;
    rows.push(row);
    px.push(x);
    py.push(y);
  }
  return { rows, px, py };
}

interface Cell {
  sx: number;
  sy: number;
  n: number;
}

function binned(px: number[], py: number[], cell: number): Cell[] {
  const cells = new Map<number, Cell>();
  const cols = 1e6;
  for (let i = 0; i < px.length; i++) {
    const key = Math.floor(py[i] / cell + 1e3) * cols + Math.floor(px[i] / cell + 1e3);
    const c = cells.get(key);
    if (c) {
      c.sx += px[i];
      c.sy += py[i];
      c.n++;
    } else cells.set(key, { sx: px[i], sy: py[i], n: 1 });
  }
  return [...cells.values()];
}

function countCells(px: number[], py: number[], cell: number): number {
  const seen = new Set<number>();
  for (let i = 0; i < px.length; i++) seen.add(Math.floor(py[i] / cell + 1e3) * 1e6 + Math.floor(px[i] / cell + 1e3));
  return seen.size;
}

/** SVG for all points; see the module comment for how big clouds are aggregated. */
export function pointsSvg(input: PointsInput): PointsOutput {
  const { styled, rowLabel, escape } = input;
  const budget = input.budget ?? EXPORT_POINT_BUDGET;
  const parts: string[] = [];
  let circles = 0;
  let points = 0;

  const back = Array.from({ length: styled.frontStart }, (_, s) => {
    const style = styled.styles[s];
    return { s, style, r: circleRadius(style), ...visibleRows(input, s, style.radius) };
  });
  const backCount = back.reduce((n, b) => n + b.rows.length, 0);
  let cell = 0;
  if (backCount > budget) {
    const maxCell = Math.max(1, ...back.map((b) => b.style.radius));
    cell = 0.5;
    while (cell < maxCell && back.reduce((n, b) => n + countCells(b.px, b.py, cell), 0) > budget) cell *= 2;
    cell = Math.min(cell, maxCell);
  }

  for (const b of back) {
    if (b.rows.length === 0) continue;
    points += b.rows.length;
    const r = num(b.r);
    parts.push(`<g${styleAttrs(b.style)}>`);
    if (cell === 0) {
      for (let i = 0; i < b.rows.length; i++) parts.push(`<circle cx="${num(b.px[i])}" cy="${num(b.py[i])}" r="${r}"/>`);
      circles += b.rows.length;
    } else {
      const base = paint((b.style.fill ?? b.style.stroke)!).opacity;
      const attr = b.style.fill ? 'fill-opacity' : 'stroke-opacity';
      for (const c of binned(b.px, b.py, cell)) {
        const o = 1 - Math.pow(1 - base, c.n);
        parts.push(`<circle cx="${num(c.sx / c.n)}" cy="${num(c.sy / c.n)}" r="${r}"${opacityAttr(attr, o)}/>`);
        circles++;
      }
    }
    parts.push('</g>');
  }

  // The front: outline disks of every front style first, as one path (so the outline runs around the
  // union of the markers, as on screen), then one circle per point on top.
  const frontParts: string[] = [];
  const outlines = new Map<string, { paint: Paint; d: string[] }>();
  const front = [];
  for (let s = styled.frontStart; s < styled.styles.length; s++) {
    const style = styled.styles[s];
    const vis = visibleRows(input, s, style.radius + (style.stroke ? style.strokeWidth : 0));
    front.push({ s, style, ...vis });
    if (style.fill && style.stroke && style.strokeWidth > 0 && vis.rows.length > 0) {
      const p = paint(style.stroke);
      const key = `${p.color}/${p.opacity}`;
      const o = outlines.get(key) ?? { paint: p, d: [] };
      outlines.set(key, o);
      const R = style.radius + style.strokeWidth;
      for (let i = 0; i < vis.rows.length; i++) {
        o.d.push(`M${num(vis.px[i] - R)} ${num(vis.py[i])}a${num(R)} ${num(R)} 0 1 0 ${num(2 * R)} 0a${num(R)} ${num(R)} 0 1 0 ${num(-2 * R)} 0z`);
      }
    }
  }
  for (const o of outlines.values()) {
    frontParts.push(`<path data-role="outline" fill="${o.paint.color}"${opacityAttr('fill-opacity', o.paint.opacity)} d="${o.d.join('')}"/>`);
  }
  for (const f of front) {
    if (f.rows.length === 0) continue;
    points += f.rows.length;
    circles += f.rows.length;
    const r = num(circleRadius(f.style));
    frontParts.push(`<g${styleAttrs(f.style)}>`);
    for (let i = 0; i < f.rows.length; i++) {
      const label = rowLabel ? rowLabel(f.rows[i]) : '';
      const circle = `<circle cx="${num(f.px[i])}" cy="${num(f.py[i])}" r="${r}"`;
      frontParts.push(label ? `${circle}><title>${escape(label)}</title></circle>` : `${circle}/>`);
    }
    frontParts.push('</g>');
  }
  const wrap = (layer: string, p: string[]) => (p.length ? `<g data-layer="${layer}">\n${p.join('\n')}\n</g>` : '');
  return {
    back: wrap('dominated', parts),
    front: wrap('front', frontParts),
    circles,
    points,
    cell,
  };
}
