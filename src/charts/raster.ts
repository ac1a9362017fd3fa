/**
 * Software stamping for big layers. A canvas call per point costs microseconds (far more without a
 * GPU), so beyond a few thousand points the markers are composited by hand into one ImageData:
 * each sprite is kept as its non-transparent pixels (premultiplied RGBA, offsets from its corner) and
 * blended "source-over" in 8-bit integers — what the canvas itself would do — then put back in one call.
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
