import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/testing/arbitraries';
import { stampDense, stampRows, unpremultiply, type RasterSprite } from './raster';

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

describe('dense stamping', () => {
  /** A disk-like sprite of one colour, with anti-aliased (partial) alpha at its rim. */
  function diskSprite(size: number, rgb: [number, number, number], alpha: number): RasterSprite {
    const ox: number[] = [];
    const oy: number[] = [];
    const words: number[] = [];
    const c = size / 2;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const cover = Math.max(0, Math.min(1, c - Math.hypot(x + 0.5 - c, y + 0.5 - c)));
        const a = Math.round(alpha * cover * 255);
        if (a === 0) continue;
        ox.push(x);
        oy.push(y);
        const pm = (v: number) => Math.round((v * a) / 255);
        words.push(((a << 24) | (pm(rgb[2]) << 16) | (pm(rgb[1]) << 8) | pm(rgb[0])) >>> 0);
      }
    }
    return { size, ox: Int16Array.from(ox), oy: Int16Array.from(oy), rgba: Uint32Array.from(words), lin: new Int32Array(ox.length), linWidth: -1 };
  }

  it('paints what stamping one marker at a time paints, within rounding, edges and background included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 80 }), fc.constantFrom(3, 5, 8), fc.double({ min: 0.1, max: 1, noNaN: true }), (seed, n, size, alpha) => {
        const rand = mulberry32(seed);
        const [w, h] = [23, 17];
        const ax = Float64Array.from({ length: n }, () => rand() * (w + 2 * size) - size - 0.5);
        const ay = Float64Array.from({ length: n }, () => (rand() < 0.3 ? 4.2 : rand() * (h + 2 * size) - size - 0.5));
        const order = Uint32Array.from({ length: n }, (_, i) => i);
        const sprite = diskSprite(size, [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)], alpha);
        // The same translucent background under both.
        const one = new Uint32Array(w * h).fill(0x80402010);
        const many = one.slice();
        const boxA = { x0: w, y0: h, x1: 0, y1: 0 };
        const boxB = { x0: w, y0: h, x1: 0, y1: 0 };
        stampRows(one, w, h, sprite, order, 0, n, ax, ay, 1, 0, 1, 0, boxA);
        stampDense(many, w, h, { ...sprite, lin: new Int32Array(sprite.lin.length), linWidth: -1 }, order, 0, n, ax, ay, 1, 0, 1, 0, boxB);
        const a = new Uint8Array(one.buffer);
        const b = new Uint8Array(many.buffer);
        let worst = 0;
        for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
        expect(worst).toBeLessThanOrEqual(6);
        // Everything painted lies in the dense path's box.
        for (let p = 0; p < w * h; p++) {
          if (one[p] === many[p] && one[p] === 0x80402010) continue;
          const [x, y] = [p % w, Math.floor(p / w)];
          expect(x >= boxB.x0 && x < boxB.x1 && y >= boxB.y0 && y < boxB.y1).toBe(true);
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
});
