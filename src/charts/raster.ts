/**
 * Software stamping for big layers. A canvas call per point costs microseconds (far more without a
 * GPU), so beyond a few thousand points the markers are composited by hand into one ImageData:
 * each sprite is kept as its non-transparent pixels (premultiplied RGBA, offsets from its corner) and
 * blended "source-over" in 8-bit integers — what the canvas itself would do — then put back in one call.
 *
 * A style with many rows (a million-row cloud) is composited in one go instead (`stampDense`): all its
 * markers share one colour, so stacking them only multiplies transmittance, pixel by pixel:
 * 1 − α = Π (1 − αᵢ). The rows are counted per pixel first (one pass over the rows, no blending), the
 * counts are spread over the sprite's footprint as sums of log(1 − α), and each touched pixel is then
 * blended once. Same picture as stamping one by one (exactly so in real arithmetic), in a fraction of
 * the time: the work follows the pixels touched, not the rows.
 */
import type { Sprite } from './sprites';

export interface RasterSprite {
  size: number;
  /** Pixel offsets from the sprite corner, and premultiplied RGBA, one 32-bit word per pixel. */
  ox: Int16Array;
  oy: Int16Array;
  rgba: Uint32Array;
  /** Linear offsets (oy·width + ox) for the canvas width they were made for. */
  lin: Int32Array;
  linWidth: number;
  /** For dense stamping: log(1 − α) per pixel, and the sprite's straight colour (0xBBGGRR), made on first use. */
  logT?: Float32Array;
  rgb?: number;
}

export interface DirtyBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Reads a sprite's pixels once; null where the canvas cannot be read (no 2-D context). */
export function rasterSprite(sprite: Sprite): RasterSprite | null {
  const ctx = sprite.image.getContext('2d');
  if (!ctx) return null;
  const size = sprite.image.width;
  const px = ctx.getImageData(0, 0, size, size).data;
  const keep: number[] = [];
  for (let i = 0; i < size * size; i++) if (px[i * 4 + 3] > 0) keep.push(i);
  const ox = new Int16Array(keep.length);
  const oy = new Int16Array(keep.length);
  const rgba = new Uint32Array(keep.length);
  // Bytes in memory order (R, G, B, A), so the words match a Uint32Array view of ImageData.
  const bytes = new Uint8Array(rgba.buffer);
  keep.forEach((i, e) => {
    const a = px[i * 4 + 3];
    ox[e] = i % size;
    oy[e] = Math.floor(i / size);
    for (let c = 0; c < 3; c++) bytes[e * 4 + c] = Math.round((px[i * 4 + c] * a) / 255);
    bytes[e * 4 + 3] = a;
  });
  return { size, ox, oy, rgba, lin: new Int32Array(keep.length), linWidth: -1 };
}

function prepare(rs: RasterSprite, width: number): void {
  if (rs.linWidth === width) return;
  for (let e = 0; e < rs.lin.length; e++) rs.lin[e] = rs.oy[e] * width + rs.ox[e];
  rs.linWidth = width;
}

const LANES = 0x00ff00ff;

/**
 * dst = src + dst·(1 − αsrc) on premultiplied 8-bit RGBA packed in a 32-bit word, two channels per
 * multiply, with x/255 rounded exactly (Blinn's trick). Premultiplied sums never carry into the
 * next channel.
 */
function blend(buf: Uint32Array, p: number, src: number): void {
  const inv = 255 - (src >>> 24);
  if (inv === 0) {
    buf[p] = src;
    return;
  }
  const d = buf[p];
  let rb = (d & LANES) * inv + 0x00800080;
  rb = ((rb + ((rb >>> 8) & LANES)) >>> 8) & LANES;
  let ag = ((d >>> 8) & LANES) * inv + 0x00800080;
  ag = ((ag + ((ag >>> 8) & LANES)) >>> 8) & LANES;
  buf[p] = (src + (rb | (ag << 8))) >>> 0;
}

/**
 * Stamps rows order[from..to) at device-pixel corners round(xa·ax + xb), round(ya·ay + yb) into
 * premultiplied pixels `buf` (a Uint32Array view of width × height RGBA), growing `box` to cover
 * what was touched.
 */
export function stampRows(
  buf: Uint32Array,
  width: number,
  height: number,
  rs: RasterSprite,
  order: Uint32Array,
  from: number,
  to: number,
  ax: Float64Array,
  ay: Float64Array,
  xa: number,
  xb: number,
  ya: number,
  yb: number,
  box: DirtyBox,
): void {
  prepare(rs, width);
  const { size, ox, oy, rgba, lin } = rs;
  const m = lin.length;
  for (let j = from; j < to; j++) {
    const row = order[j];
    const x0 = Math.round(xa * ax[row] + xb);
    const y0 = Math.round(ya * ay[row] + yb);
    if (x0 <= -size || y0 <= -size || x0 >= width || y0 >= height) continue;
    if (x0 < box.x0) box.x0 = x0;
    if (y0 < box.y0) box.y0 = y0;
    if (x0 + size > box.x1) box.x1 = x0 + size;
    if (y0 + size > box.y1) box.y1 = y0 + size;
    if (x0 >= 0 && y0 >= 0 && x0 + size <= width && y0 + size <= height) {
      const base = y0 * width + x0;
      for (let e = 0; e < m; e++) blend(buf, base + lin[e], rgba[e]);
    } else {
      for (let e = 0; e < m; e++) {
        const x = x0 + ox[e];
        const y = y0 + oy[e];
        if (x >= 0 && y >= 0 && x < width && y < height) blend(buf, y * width + x, rgba[e]);
      }
    }
  }
}

/** Clamps the box to the canvas; false if it is empty. */
export function clampBox(box: DirtyBox, width: number, height: number): boolean {
  box.x0 = Math.max(0, box.x0);
  box.y0 = Math.max(0, box.y0);
  box.x1 = Math.min(width, box.x1);
  box.y1 = Math.min(height, box.y1);
  return box.x1 > box.x0 && box.y1 > box.y0;
}

/** Premultiplied to straight alpha (what ImageData holds), inside the box. */
export function unpremultiply(data: Uint8ClampedArray, width: number, box: DirtyBox): void {
  for (let y = box.y0; y < box.y1; y++) {
    for (let p = (y * width + box.x0) << 2, end = (y * width + box.x1) << 2; p < end; p += 4) {
      const a = data[p + 3];
      if (a === 0 || a === 255) continue;
      const s = 255 / a;
      data[p] = data[p] * s;
      data[p + 1] = data[p + 1] * s;
      data[p + 2] = data[p + 2] * s;
    }
  }
}

/** Per-pixel scratch for dense stamping, shared by every canvas of one size (drawing is synchronous). */
interface DenseScratch {
  size: number;
  acc: Float32Array;
  count: Uint32Array;
}
let dense: DenseScratch | null = null;

function denseScratch(size: number): DenseScratch {
  if (!dense || dense.size !== size) dense = { size, acc: new Float32Array(size), count: new Uint32Array(size) };
  return dense;
}

function prepareDense(rs: RasterSprite): { logT: Float32Array; rgb: number } {
  if (rs.logT && rs.rgb !== undefined) return { logT: rs.logT, rgb: rs.rgb };
  const m = rs.rgba.length;
  const logT = new Float32Array(m);
  let top = 0;
  for (let e = 0; e < m; e++) {
    const a = rs.rgba[e] >>> 24;
    // An opaque pixel hides everything under it: a large finite log keeps the sums finite.
    logT[e] = Math.log(Math.max(1 - a / 255, 1e-6));
    if (a > rs.rgba[top] >>> 24) top = e;
  }
  const word = rs.rgba[top] ?? 0;
  const a = word >>> 24 || 1;
  const un = (c: number) => Math.min(255, Math.round((c * 255) / a));
  const rgb = un(word & 0xff) | (un((word >>> 8) & 0xff) << 8) | (un((word >>> 16) & 0xff) << 16);
  rs.logT = logT;
  rs.rgb = rgb;
  return { logT, rgb };
}

/** 255·(1 − e^s) rounded, for s = −k/ALPHA_STEPS (finer than 8 bits needs: within ¼ of a level). */
const ALPHA_STEPS = 1024;
const ALPHA_OF_LOG = Uint8Array.from({ length: 8 * ALPHA_STEPS + 1 }, (_, k) => Math.round(255 - 255 * Math.exp(-k / ALPHA_STEPS)));
const ALPHA_LAST = ALPHA_OF_LOG.length - 1;

/**
 * stampRows for many rows of one sprite: the same pixels (up to rounding), with the work proportional
 * to the pixels the markers cover rather than to the rows (see the header). Order within the rows does
 * not matter; reading them in increasing row order keeps the coordinate reads sequential.
 */
export function stampDense(
  buf: Uint32Array,
  width: number,
  height: number,
  rs: RasterSprite,
  order: Uint32Array,
  from: number,
  to: number,
  ax: Float64Array,
  ay: Float64Array,
  xa: number,
  xb: number,
  ya: number,
  yb: number,
  box: DirtyBox,
): void {
  prepare(rs, width);
  const { logT, rgb } = prepareDense(rs);
  const { size, ox, oy, lin } = rs;
  const m = lin.length;
  const { acc, count } = denseScratch(width * height);
  // Corner = round(a·v + b) = floor(a·v + b + ½); fully inside when 0 ≤ corner ≤ width − size.
  const xc = xb + 0.5;
  const yc = yb + 0.5;
  const xin = width - size + 1;
  const yin = height - size + 1;
  let by0 = height;
  let by1 = -1;
  // 1. Rows per corner pixel; stamps cut by the canvas edge go straight into the sums. The four sides
  // are tested as numbers joined with `&` (one branch, not four), so that a zoomed view, with most
  // rows outside in every direction, costs no mispredicted branches. NaN fails both tests.
  for (let j = from; j < to; j++) {
    const row = order[j];
    const fx = xa * ax[row] + xc;
    const fy = ya * ay[row] + yc;
    if (+(fx >= 0) & +(fy >= 0) & +(fx < xin) & +(fy < yin)) {
      const y0 = fy | 0;
      count[y0 * width + (fx | 0)]++;
      if (y0 < by0) by0 = y0;
      if (y0 > by1) by1 = y0;
    } else if (+(fx >= 1 - size) & +(fy >= 1 - size) & +(fx < width) & +(fy < height)) {
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      for (let e = 0; e < m; e++) {
        const x = x0 + ox[e];
        const y = y0 + oy[e];
        if (x >= 0 && y >= 0 && x < width && y < height) acc[y * width + x] += logT[e];
      }
      if (y0 < by0) by0 = y0;
      if (y0 > by1) by1 = y0;
    }
  }
  if (by1 < by0) return;
  // 2. Sweep the rows: spread each corner's count over the sprite's footprint, then blend every row
  // that no later corner can reach any more, once per pixel, clearing the sums for the next style.
  const r = rgb & 0xff;
  const g = (rgb >>> 8) & 0xff;
  const b = (rgb >>> 16) & 0xff;
  const yTop = Math.max(0, by0);
  const yEnd = Math.min(height, by1 + size);
  let xlo = width;
  let xhi = 0;
  for (let y = yTop; y < yEnd; y++) {
    if (y <= by1 && y < yin) {
      for (let p = y * width, end = p + xin; p < end; p++) {
        const k = count[p];
        if (k === 0) continue;
        count[p] = 0;
        for (let e = 0; e < m; e++) acc[p + lin[e]] += k * logT[e];
      }
    }
    for (let x = 0, p = y * width; x < width; x++, p++) {
      const s = acc[p];
      if (s === 0) continue;
      acc[p] = 0;
      const k = -s * ALPHA_STEPS + 0.5;
      const a = k < ALPHA_LAST ? ALPHA_OF_LOG[k | 0] : 255;
      if (a === 0) continue;
      if (x < xlo) xlo = x;
      if (x >= xhi) xhi = x + 1;
      blend(buf, p, ((a << 24) | (((b * a + 127) / 255) << 16) | (((g * a + 127) / 255) << 8) | ((r * a + 127) / 255)) >>> 0);
    }
  }
  if (xhi > xlo) {
    if (xlo < box.x0) box.x0 = xlo;
    if (xhi > box.x1) box.x1 = xhi;
    if (yTop < box.y0) box.y0 = yTop;
    if (yEnd > box.y1) box.y1 = yEnd;
  }
}

/** A style with more rows than this is stamped densely. */
export const DENSE_ROWS = 4096;

/** Which sprite pass: the outline disks under every fill of a layer, then the fills. */
export type RasterPass = 'under' | 'main';
const RASTER_PASSES: RasterPass[] = ['under', 'main'];

/**
 * Styles [from, to) of `styled` composited into premultiplied `pixels` (width × height device
 * pixels), outline pass first; `mx`/`my` map axis space to CSS pixels, `half` gives a sprite's
 * corner-to-centre distance in device pixels. Returns the dirty box (not clamped).
 */
export function compositeStyles(
  pixels: Uint32Array,
  width: number,
  height: number,
  styled: { order: Uint32Array; offsets: Uint32Array },
  from: number,
  to: number,
  ax: Float64Array,
  ay: Float64Array,
  mx: { a: number; b: number },
  my: { a: number; b: number },
  dpr: number,
  spriteOf: (style: number, pass: RasterPass) => RasterSprite | null,
  half: (style: number) => number,
): DirtyBox {
  const box: DirtyBox = { x0: width, y0: height, x1: 0, y1: 0 };
  for (const pass of RASTER_PASSES) {
    for (let s = from; s < to; s++) {
      const rs = spriteOf(s, pass);
      if (!rs) continue;
      const h = half(s);
      const stamp = styled.offsets[s + 1] - styled.offsets[s] > DENSE_ROWS ? stampDense : stampRows;
      stamp(pixels, width, height, rs, styled.order, styled.offsets[s], styled.offsets[s + 1], ax, ay, mx.a * dpr, mx.b * dpr - h, my.a * dpr, my.b * dpr - h, box);
    }
  }
  return box;
}
