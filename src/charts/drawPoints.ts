/**
 * The canvas layer: faint and dominated points, then the staircase (with a halo so that it reads over
 * the cloud), then the front on top. Coordinates come precomputed in axis space (value or log10), so
 * each point costs one multiply-add per axis and a bounds check. Small layers stamp a sprite per point
 * with drawImage; big ones are composited in software (raster.ts) and put back in one call.
 */
import type { PointStyle, StyledPoints } from './pointStyles';
import { clampBox, compositeStyles, rasterSprite, unpremultiply } from './raster';
import type { Sprite } from './sprites';
import { traceStaircase, type PixelScale } from './staircase';

/** pixel = a · axisValue + b (CSS pixels within the plot, zoom applied). */
export interface AxisMap {
  a: number;
  b: number;
}

export interface StaircaseStyle {
  points: readonly (readonly [number, number])[];
  x: PixelScale;
  y: PixelScale;
  xLog: boolean;
  yLog: boolean;
  line: string;
  halo: string;
}

export interface DrawInput {
  ctx: CanvasRenderingContext2D;
  dpr: number;
  /** Plot size in CSS pixels. */
  width: number;
  height: number;
  ax: Float64Array;
  ay: Float64Array;
  mx: AxisMap;
  my: AxisMap;
  styled: StyledPoints;
  sprites: readonly (Sprite | null)[];
  staircase: StaircaseStyle | null;
}

/** Layers with more points than this are composited in software. */
export const RASTER_THRESHOLD = 2500;

/** Device-pixel affine map to a sprite's corner. */
function corner(input: DrawInput, sprite: Sprite): [number, number, number, number] {
  const { dpr, mx, my } = input;
  return [mx.a * dpr, mx.b * dpr - sprite.half, my.a * dpr, my.b * dpr - sprite.half];
}

type Pass = 'under' | 'main';

function spriteFor(input: DrawInput, s: number, pass: Pass): Sprite | null | undefined {
  const sprite = input.sprites[s];
  return pass === 'under' ? sprite?.under : sprite;
}

function drawStyle(input: DrawInput, s: number, pass: Pass): void {
  const { ctx, ax, ay, styled } = input;
  const sprite = spriteFor(input, s, pass);
  if (!sprite) return;
  const { image, half } = sprite;
  const { order, offsets } = styled;
  const [xa, xb, ya, yb] = corner(input, sprite);
  const wmax = ctx.canvas.width;
  const hmax = ctx.canvas.height;
  const lo = -2 * half;
  for (let j = offsets[s], end = offsets[s + 1]; j < end; j++) {
    const row = order[j];
    const px = Math.round(xa * ax[row] + xb);
    const py = Math.round(ya * ay[row] + yb);
    if (px < lo || px > wmax || py < lo || py > hmax) continue;
    ctx.drawImage(image, px, py);
  }
}

interface Scratch {
  /** Pixels for the layer under the staircase, put straight onto the canvas. */
  back?: ImageData;
  /** Pixels for the layer over it, put onto `overlay` and drawn over the canvas (no read-back). */
  front?: ImageData;
  overlay?: HTMLCanvasElement;
}

const scratch = new WeakMap<CanvasRenderingContext2D, Scratch>();

function blankImage(ctx: CanvasRenderingContext2D, old: ImageData | undefined, w: number, h: number): ImageData {
  if (!old || old.width !== w || old.height !== h) return ctx.createImageData(w, h);
  old.data.fill(0);
  return old;
}

/**
 * Styles [from, to) composited in software. The bottom layer is put straight onto the canvas; a layer
 * `over` what is already drawn (the front over the staircase) goes through an offscreen canvas and is
 * drawn on top, which composites it without reading the canvas back.
 */
function rasterStyles(input: DrawInput, from: number, to: number, over: boolean): void {
  const { ctx, ax, ay, styled } = input;
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  const mem = scratch.get(ctx) ?? {};
  scratch.set(ctx, mem);
  const img = blankImage(ctx, over ? mem.front : mem.back, w, h);
  if (over) mem.front = img;
  else mem.back = img;
  const pixels = new Uint32Array(img.data.buffer, img.data.byteOffset, img.data.length >> 2);
  const rasterOf = (s: number, pass: Pass) => {
    const sprite = spriteFor(input, s, pass);
    if (!sprite) return null;
    if (sprite.raster === undefined) sprite.raster = rasterSprite(sprite);
    return sprite.raster;
  };
  const box = compositeStyles(pixels, w, h, styled, from, to, ax, ay, input.mx, input.my, input.dpr, rasterOf, (s) => input.sprites[s]?.half ?? 0);
  if (!clampBox(box, w, h)) return;
  unpremultiply(img.data, w, box);
  const bw = box.x1 - box.x0;
  const bh = box.y1 - box.y0;
  if (!over) {
    ctx.putImageData(img, 0, 0, box.x0, box.y0, bw, bh);
    return;
  }
  const overlay = mem.overlay ?? document.createElement('canvas');
  mem.overlay = overlay;
  if (overlay.width !== w) overlay.width = w;
  if (overlay.height !== h) overlay.height = h;
  const octx = overlay.getContext('2d');
  if (!octx) return;
  octx.putImageData(img, 0, 0, box.x0, box.y0, bw, bh);
  ctx.drawImage(overlay, box.x0, box.y0, bw, bh, box.x0, box.y0, bw, bh);
}

const PASSES: Pass[] = ['under', 'main'];

function drawLayers(input: DrawInput, from: number, to: number, over: boolean): void {
  const { offsets } = input.styled;
  if (offsets[to] - offsets[from] > RASTER_THRESHOLD) rasterStyles(input, from, to, over);
  else for (const pass of PASSES) for (let s = from; s < to; s++) drawStyle(input, s, pass);
}

function drawStaircase(ctx: CanvasRenderingContext2D, dpr: number, st: StaircaseStyle): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'miter';
  ctx.lineCap = 'butt';
  ctx.beginPath();
  traceStaircase(st.points, st.x, st.y, st.xLog, st.yLog, ctx);
  ctx.strokeStyle = st.halo;
  ctx.lineWidth = 4.5;
  ctx.stroke();
  ctx.strokeStyle = st.line;
  ctx.lineWidth = 1.75;
  ctx.stroke();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** Clears and redraws the whole canvas. */
export function drawPoints(input: DrawInput): void {
  const { ctx, dpr, styled, staircase } = input;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.imageSmoothingEnabled = false;
  drawLayers(input, 0, styled.frontStart, false);
  if (staircase) drawStaircase(ctx, dpr, staircase);
  drawLayers(input, styled.frontStart, styled.styles.length, true);
}

/** The marker radius of a row (CSS px), or 0 if it is not drawn. */
export function radiusOf(styled: StyledPoints, row: number): number {
  const s = styled.styleOf[row];
  const style: PointStyle | undefined = styled.styles[s];
  return style ? style.radius + (style.stroke && style.fill ? style.strokeWidth : 0) : 0;
}
