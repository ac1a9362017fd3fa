/**
 * One pre-rendered marker per style, at the device pixel ratio. Stamping a small bitmap per point is
 * the cheapest way to get anti-aliased circles on a 2-D canvas, and (unlike one big filled path)
 * translucent markers accumulate where they overlap, so dense regions read darker.
 *
 * A stroked style becomes two sprites: a disk in the stroke colour drawn under all points of its
 * layer, then the fill on top. Rings drawn per point would wash out a dense front (each ring cutting
 * across its neighbours' fills); this way the outline goes around the union of the markers.
 */
import type { PointStyle } from './pointStyles';
import type { RasterSprite } from './raster';

export interface Sprite {
  image: HTMLCanvasElement;
  /** Device pixels from the bitmap's corner to the marker centre. */
  half: number;
  /** Its pixels for software stamping (see raster.ts), read on first use. */
  raster?: RasterSprite | null;
  /** The outline disk, drawn under every fill of the layer. */
  under?: Sprite | null;
}

function disk(radius: number, fill: string | null, stroke: string | null, strokeWidth: number, pad: number): Sprite | null {
  const size = Math.ceil(2 * pad + 2);
  const image = document.createElement('canvas');
  image.width = size;
  image.height = size;
  const ctx = image.getContext('2d');
  if (!ctx) return null;
  const c = size / 2;
  ctx.beginPath();
  ctx.arc(c, c, radius, 0, 2 * Math.PI);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (stroke && strokeWidth > 0) {
    ctx.lineWidth = strokeWidth;
    ctx.strokeStyle = stroke;
    ctx.stroke();
  }
  return { image, half: c };
}

export function makeSprite(style: PointStyle, dpr: number): Sprite | null {
  if (typeof document === 'undefined') return null;
  const r = style.radius * dpr;
  const sw = style.stroke ? style.strokeWidth * dpr : 0;
  if (style.fill && style.stroke && sw > 0) {
    // Both sprites share one size and centre so that they line up exactly.
    const main = disk(r, style.fill, null, 0, r + sw);
    if (main) main.under = disk(r + sw, style.stroke, null, 0, r + sw);
    return main;
  }
  if (style.fill) return disk(r, style.fill, null, 0, r);
  // Hollow: a ring centred on the radius.
  return disk(Math.max(0.5, r - sw / 2), null, style.stroke, sw, r);
}

export function makeSprites(styles: readonly PointStyle[], dpr: number): (Sprite | null)[] {
  return styles.map((s) => makeSprite(s, dpr));
}
