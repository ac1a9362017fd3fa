import { describe, expect, it } from 'vitest';
import { axisDomain, axisScale, dataRangeToPixels, pixelRangeToData } from './scales';

const all = (n: number) => new Uint8Array(n).fill(3);

describe('axisDomain', () => {
  it('spans the drawn rows (faint included, status 0 not), padded a little', () => {
    const v = Float64Array.of(10, 20, 1000, NaN, 15);
    const [lo, hi] = axisDomain(v, Uint8Array.of(3, 1, 0, 2, 2), 'linear');
    expect(lo).toBeLessThan(10);
    expect(lo).toBeGreaterThan(9);
    expect(hi).toBeGreaterThan(20);
    expect(hi).toBeLessThan(21);
  });

  it('skips non-positive values on log axes and pads in decades', () => {
    const [lo, hi] = axisDomain(Float64Array.of(-5, 0, 1, 1000), all(4), 'log');
    expect(lo).toBeLessThan(1);
    expect(lo).toBeGreaterThan(0.7);
    expect(hi).toBeGreaterThan(1000);
    expect(hi).toBeLessThan(1400);
  });

  it('widens a single value and falls back when nothing is drawn', () => {
    const [lo, hi] = axisDomain(Float64Array.of(5, 5), all(2), 'linear');
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
    expect(axisDomain(Float64Array.of(1), Uint8Array.of(0), 'linear')).toEqual([0, 1]);
    expect(axisDomain(Float64Array.of(-1), all(1), 'log')).toEqual([1, 10]);
  });
});

describe('axisScale: better is up', () => {
  for (const type of ['linear', 'log'] as const) {
    it(`puts the smallest value on top for min (${type})`, () => {
      const s = axisScale(type, 'min', [1, 100], 50, 450);
      expect(s.toPixel(1)).toBeCloseTo(50);
      expect(s.toPixel(100)).toBeCloseTo(450);
      expect(s.toPixel(10)).toBeLessThan(s.toPixel(50));
    });

    it(`puts the largest value on top for max (${type})`, () => {
      const s = axisScale(type, 'max', [1, 100], 50, 450);
      expect(s.toPixel(100)).toBeCloseTo(50);
      expect(s.toPixel(1)).toBeCloseTo(450);
      expect(s.toPixel(50)).toBeLessThan(s.toPixel(10));
    });
  }

  it('spaces decades evenly on log axes and gives NaN for what cannot be placed', () => {
    const s = axisScale('log', 'min', [1, 1000], 0, 300);
    expect(s.toPixel(10)).toBeCloseTo(100);
    expect(s.toPixel(100)).toBeCloseTo(200);
    expect(s.toPixel(0)).toBeNaN();
    expect(s.toPixel(-3)).toBeNaN();
    expect(s.toPixel(NaN)).toBeNaN();
  });
});

describe('brush pixels ↔ data', () => {
  it('converts a linear span to data, low to high, for both senses', () => {
    const min = axisScale('linear', 'min', [0, 100], 0, 400);
    expect(pixelRangeToData(min, 100, 200)).toEqual([25, 50]);
    expect(pixelRangeToData(min, 200, 100)).toEqual([25, 50]);
    const max = axisScale('linear', 'max', [0, 100], 0, 400);
    expect(pixelRangeToData(max, 100, 200)).toEqual([50, 75]);
  });

  it('converts a log span to data for both senses', () => {
    const min = axisScale('log', 'min', [1, 10000], 0, 400);
    const [a, b] = pixelRangeToData(min, 100, 300);
    expect(a).toBeCloseTo(10);
    expect(b).toBeCloseTo(1000);
    const max = axisScale('log', 'max', [1, 10000], 0, 400);
    const [c, d] = pixelRangeToData(max, 100, 300);
    expect(c).toBeCloseTo(10);
    expect(d).toBeCloseTo(1000);
  });

  it('clamps the span to the axis', () => {
    const s = axisScale('linear', 'max', [0, 100], 0, 400);
    expect(pixelRangeToData(s, -50, 100)).toEqual([75, 100]);
  });

  it('maps a data range back to the same pixels, clamped to the axis', () => {
    const s = axisScale('log', 'max', [1, 10000], 0, 400);
    const [p, q] = dataRangeToPixels(s, [10, 1000])!;
    expect(p).toBeCloseTo(100);
    expect(q).toBeCloseTo(300);
    expect(dataRangeToPixels(s, [1000, 1e9])).toEqual([0, expect.closeTo(100)]);
    expect(dataRangeToPixels(s, [-5, -1])).toBeNull();
  });
});

describe('values too large for a linear axis', () => {
  it('are left off the axis so its window stays finite and the other rows are placed', () => {
    const values = Float64Array.of(1, 3, 1e308, -1e308);
    const domain = axisDomain(values, all(4), 'linear');
    // The extent of 1 and 3 alone, padded as every axis is.
    expect(domain).toEqual(axisDomain(Float64Array.of(1, 3), all(2), 'linear'));
    expect(domain[0]).toBeGreaterThan(0.5);
    expect(domain[1]).toBeLessThan(3.5);
    const scale = axisScale('linear', 'max', domain, 0, 100);
    expect(Number.isFinite(scale.toPixel(1))).toBe(true);
    expect(scale.toPixel(1e308)).toBeNaN();
  });
});
