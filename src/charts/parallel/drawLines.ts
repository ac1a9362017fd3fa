/**
 * The canvas layer: one polyline per drawn row, faint first, then dominated, then the front (over a
 * halo) on top. A missing value breaks the line at that axis. Rows are stroked one by one while that
 * is cheap, so translucent lines add up to a density; big layers are stroked in batches.
 */
import type { LineGeometry } from './lineHitTest';
import type { StyledLines } from './lineStyles';

/** Target number of stroke calls per style. */
export const STROKES_PER_STYLE = 2000;
/**
 * Layers with more rows than this are drawn as one-device-pixel hairlines: at that density a line
 * cannot be followed anyway, and hairlines rasterize an order of magnitude faster than wider strokes.
 */
export const HAIRLINE_ROWS = 5000;

function traceRow(ctx: CanvasRenderingContext2D, g: LineGeometry, row: number): void {
  const { xs, cols } = g;
  let down = false;
  for (let j = 0; j < xs.length; j++) {
    const y = cols[j][row];
    if (y !== y) {
      down = false;
      continue;
    }
    if (down) ctx.lineTo(xs[j], y);
    else ctx.moveTo(xs[j], y);
    down = true;
  }
}

function strokeRows(ctx: CanvasRenderingContext2D, g: LineGeometry, order: Uint32Array, from: number, to: number): void {
  const batch = Math.max(1, Math.ceil((to - from) / STROKES_PER_STYLE));
  for (let k = from; k < to; k += batch) {
    ctx.beginPath();
    for (let j = k, end = Math.min(to, k + batch); j < end; j++) traceRow(ctx, g, order[j]);
    ctx.stroke();
  }
}

function widthFor(rows: number, width: number, dpr: number): number {
  return rows > HAIRLINE_ROWS ? Math.min(width, 1 / dpr) : width;
}

export function drawLines(ctx: CanvasRenderingContext2D, dpr: number, width: number, height: number, g: LineGeometry, lines: StyledLines): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (g.xs.length < 2 || width <= 0 || height <= 0) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const { order, offsets, frontStart } = lines.rows;
  lines.styles.forEach((style, s) => {
    if (s === frontStart && lines.halo) {
      ctx.strokeStyle = lines.halo.stroke;
      ctx.lineWidth = widthFor(offsets[lines.styles.length] - offsets[frontStart], lines.halo.width, dpr);
      strokeRows(ctx, g, order, offsets[frontStart], offsets[lines.styles.length]);
    }
    if (offsets[s + 1] === offsets[s]) return;
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = widthFor(offsets[s + 1] - offsets[s], style.width, dpr);
    strokeRows(ctx, g, order, offsets[s], offsets[s + 1]);
  });
}
