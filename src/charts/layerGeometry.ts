/**
 * Geometry of the comparison layers, in plot pixels through the current zoom: each layer's polyline
 * (clipped like the deciding overlays, see decisionGeometry) and its row marks as one path per layer,
 * so a layer marking thousands of rows is still a single SVG element.
 */
import { piecesPath, polylinePieces } from './decisionGeometry';
import type { PixelScale } from './staircase';
import type { ScatterLayer } from './types';

export type LayerMark = NonNullable<ScatterLayer['mark']>;
export type LayerDash = NonNullable<ScatterLayer['dash']>;

/** Marker sizes in CSS px: dot and ring radii, the cross's half-diagonal. */
export const MARK_SIZE: Record<LayerMark, number> = { dot: 3.5, ring: 5.5, cross: 3.5 };
/** Stroke widths of the ring and the cross. */
export const RING_STROKE = 1.5;
export const CROSS_STROKE = 2;
export const DASH_ARRAY: Record<LayerDash, string | undefined> = { solid: undefined, dashed: '6 4', dotted: '1.5 3' };
export const DEFAULT_WIDTH = 2;

export interface LayerShape {
  id: string;
  /** SVG path data of the clipped line; '' when there is none or none of it is visible. */
  line: string;
  mark: LayerMark;
  /** Path data of all visible marks. */
  marks: string;
  /** How many marks `marks` holds. */
  count: number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** One mark centred on (cx, cy): a circle (dot, ring) or an × (cross). */
export function markPath(mark: LayerMark, cx: number, cy: number): string {
  const s = MARK_SIZE[mark];
  if (mark === 'cross') return `M${r2(cx - s)},${r2(cy - s)}l${2 * s},${2 * s}M${r2(cx - s)},${r2(cy + s)}l${2 * s},${-2 * s}`;
  return `M${r2(cx - s)},${r2(cy)}a${s},${s} 0 1,0 ${2 * s},0a${s},${s} 0 1,0 ${-2 * s},0Z`;
}

export interface LayerInput {
  /** Data coordinates of the dataset rows. */
  x: Float64Array;
  y: Float64Array;
  /** Whether the base draws a row (status ≠ 0 and drawable on both axes). */
  drawn: (row: number) => boolean;
  xScale: PixelScale;
  yScale: PixelScale;
  xLog: boolean;
  yLog: boolean;
}

/** A layer in plot pixels: rows the base does not draw, and marks wholly outside the plot, are left out. */
export function layerShape(layer: ScatterLayer, input: LayerInput): LayerShape {
  const { x, y, drawn, xScale, yScale, xLog, yLog } = input;
  const mark = layer.mark ?? 'dot';
  const line = layer.line && layer.line.length > 1 ? piecesPath(polylinePieces(layer.line, xScale, yScale, xLog, yLog)) : '';
  const [a, b] = xScale.range();
  const [c, d] = yScale.range();
  const pad = MARK_SIZE[mark] + 2;
  const x0 = Math.min(a, b) - pad;
  const x1 = Math.max(a, b) + pad;
  const y0 = Math.min(c, d) - pad;
  const y1 = Math.max(c, d) + pad;
  let marks = '';
  let count = 0;
  const rows = layer.rows;
  const n = Math.min(x.length, y.length);
  if (rows) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!Number.isInteger(row) || row < 0 || row >= n || !drawn(row)) continue;
      const px = xScale(x[row]);
      const py = yScale(y[row]);
      if (!(px >= x0 && px <= x1 && py >= y0 && py <= y1)) continue;
      marks += markPath(mark, px, py);
      count++;
    }
  }
  return { id: layer.id, line, mark, marks, count };
}
