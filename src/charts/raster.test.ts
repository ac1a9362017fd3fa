import { describe, expect, it } from 'vitest';
import { stampRows, unpremultiply, type RasterSprite } from './raster';

/** A one-pixel sprite of straight-alpha colour [r, g, b, a]. */
function sprite(rgba: [number, number, number, number]): RasterSprite {
  const words = new Uint32Array(1);
  const bytes = new Uint8Array(words.buffer);
  const [r, g, b, a] = rgba;
  bytes.set([Math.round((r * a) / 255), Math.round((g * a) / 255), Math.round((b * a) / 255), a]);
  return { size: 1, ox: Int16Array.of(0), oy: Int16Array.of(0), rgba: words, lin: new Int32Array(1), linWidth: -1 };
}

function stampAt(data: Uint8ClampedArray, w: number, h: number, s: RasterSprite, px: number, py: number) {
  // Transparent and opaque pixels read the same premultiplied or not.
  const box = { x0: 0, y0: 0, x1: w, y1: h };
  stampRows(new Uint32Array(data.buffer), w, h, s, Uint32Array.of(0), 0, 1, Float64Array.of(px), Float64Array.of(py), 1, 0, 1, 0, box);
  unpremultiply(data, w, box);
}

function pixel(data: Uint8ClampedArray, w: number, x: number, y: number): number[] {
  return Array.from(data.slice((y * w + x) * 4, (y * w + x) * 4 + 4));
}

describe('software compositing', () => {
  it('puts an opaque colour as is', () => {
    const data = new Uint8ClampedArray(4 * 4 * 4);
    stampAt(data, 4, 4, sprite([200, 100, 50, 255]), 2, 1);
    expect(pixel(data, 4, 2, 1)).toEqual([200, 100, 50, 255]);
    expect(pixel(data, 4, 1, 1)).toEqual([0, 0, 0, 0]);
  });

  it('blends source-over like the canvas (within rounding)', () => {
    const data = new Uint8ClampedArray(4 * 4 * 4).fill(255);
    stampAt(data, 4, 4, sprite([0, 0, 255, 128]), 0, 0);
    const [r, g, b, a] = pixel(data, 4, 0, 0);
    expect(a).toBe(255);
    expect(b).toBe(255);
    expect(Math.abs(r - 127)).toBeLessThanOrEqual(1);
    expect(Math.abs(g - 127)).toBeLessThanOrEqual(1);
  });

  it('accumulates translucent stamps on a transparent canvas', () => {
    const data = new Uint8ClampedArray(2 * 2 * 4);
    const s = sprite([100, 50, 25, 64]);
    const box = { x0: 0, y0: 0, x1: 2, y1: 2 };
    const pix = new Uint32Array(data.buffer);
    for (let k = 0; k < 3; k++) stampRows(pix, 2, 2, s, Uint32Array.of(0), 0, 1, Float64Array.of(0), Float64Array.of(0), 1, 0, 1, 0, box);
    unpremultiply(data, 2, box);
    const [r, g, b, a] = pixel(data, 2, 0, 0);
    // 1 − (1 − 64/255)³ ≈ 0.58
    expect(Math.abs(a / 255 - (1 - (1 - 64 / 255) ** 3))).toBeLessThan(0.01);
    expect([r, g, b].map((c, i) => Math.abs(c - [100, 50, 25][i]) <= 3)).toEqual([true, true, true]);
  });

  it('clips stamps at the canvas edge and grows the dirty box', () => {
    const w = 3;
    const words = new Uint32Array(4).fill(0xff0000ff);
    const s: RasterSprite = { size: 2, ox: Int16Array.of(0, 1, 0, 1), oy: Int16Array.of(0, 0, 1, 1), rgba: words, lin: new Int32Array(4), linWidth: -1 };
    const data = new Uint8ClampedArray(w * w * 4);
    const box = { x0: w, y0: w, x1: 0, y1: 0 };
    stampRows(new Uint32Array(data.buffer), w, w, s, Uint32Array.of(0), 0, 1, Float64Array.of(2), Float64Array.of(-1), 1, 0, 1, 0, box);
    expect(pixel(data, w, 2, 0)).toEqual([255, 0, 0, 255]);
    expect(data.reduce((n, v, i) => n + (i % 4 === 3 && v > 0 ? 1 : 0), 0)).toBe(1);
    expect(box).toEqual({ x0: 2, y0: -1, x1: 4, y1: 1 });
  });
});
