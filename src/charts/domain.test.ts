import { describe, expect, it } from 'vitest';
import { axisDomain, drawable, extentOf, outOfRangeCount, paddedDomain, toAxisSpace } from './domain';

describe('data window', () => {
  const x = Float64Array.of(1, 5, NaN, 100, -2, 3);
  const y = Float64Array.of(1, 1, 1, 1, 1, NaN);
  const status = Uint8Array.of(2, 3, 2, 0, 1, 2);

  it('spans the drawable rows only (status ≠ 0, finite on both axes)', () => {
    expect(extentOf(x, y, status, 'linear', 'linear')).toEqual([-2, 5]);
    expect(extentOf(x, y, status, 'log', 'linear')).toEqual([1, 5]);
    expect(extentOf(x, y, new Uint8Array(6), 'linear', 'linear')).toBeNull();
  });

  it('pads so that points do not sit on the frame', () => {
    expect(paddedDomain([0, 10], 'linear')).toEqual([-0.5, 10.5]);
    const [lo, hi] = paddedDomain([1, 100], 'log');
    expect(Math.log10(lo)).toBeCloseTo(-0.1);
    expect(Math.log10(hi)).toBeCloseTo(2.1);
  });

  it('opens a window around a single value', () => {
    expect(paddedDomain([5, 5], 'linear')).toEqual([4.5, 5.5]);
    expect(paddedDomain([0, 0], 'linear')).toEqual([-1, 1]);
    const [lo, hi] = paddedDomain([10, 10], 'log');
    expect(lo).toBeLessThan(10);
    expect(hi).toBeGreaterThan(10);
  });

  it('has a default window for no data', () => {
    expect(paddedDomain(null, 'linear')).toEqual([0, 1]);
    expect(paddedDomain(null, 'log')).toEqual([1, 10]);
  });

  it('maps to axis space, NaN where a value cannot be drawn', () => {
    expect(Array.from(toAxisSpace(Float64Array.of(100, 0, -1, Infinity, NaN), 'log'))).toEqual([2, NaN, NaN, NaN, NaN]);
    expect(Array.from(toAxisSpace(Float64Array.of(-1, Infinity), 'linear'))).toEqual([-1, NaN]);
    expect(drawable(0, 'log')).toBe(false);
    expect(drawable(0, 'linear')).toBe(true);
  });

  it('takes a given window as it is, whatever the data', () => {
    expect(axisDomain([0, 60], [3, 4], 'linear')).toEqual([0, 60]);
    expect(axisDomain([1, 1000], [3, 4], 'log')).toEqual([1, 1000]);
    expect(axisDomain([5, 5], [3, 4], 'linear')).toEqual([4.5, 5.5]);
  });

  it('fits the data when the window cannot be drawn on the axis', () => {
    expect(axisDomain(null, [0, 10], 'linear')).toEqual([-0.5, 10.5]);
    expect(axisDomain([0, 1000], [1, 100], 'log')).toEqual(paddedDomain([1, 100], 'log'));
    expect(axisDomain([-5, 1000], [1, 100], 'log')).toEqual(paddedDomain([1, 100], 'log'));
    expect(axisDomain([10, 1], [0, 10], 'linear')).toEqual([-0.5, 10.5]);
    expect(axisDomain([NaN, NaN], [0, 10], 'linear')).toEqual([-0.5, 10.5]);
    expect(axisDomain([0, Infinity], [0, 10], 'linear')).toEqual([-0.5, 10.5]);
  });
});

describe('values too large for a linear axis', () => {
  it('are left out of the extent so the window stays finite, and counted', () => {
    const x = new Float64Array([1, 2, 1e308, -1e308, 3]);
    const y = new Float64Array([5, 6, 7, 8, Number.NaN]);
    const status = new Uint8Array([2, 3, 2, 2, 1]);
    const extent = extentOf(x, y, status, 'linear', 'linear');
    expect(extent).toEqual([1, 2]);
    const domain = paddedDomain(extent, 'linear');
    expect(domain.every(Number.isFinite)).toBe(true);
    expect(Array.from(toAxisSpace(x, 'linear'))).toEqual([1, 2, NaN, NaN, 3]);
    expect(outOfRangeCount(x, y, status, 'linear', 'linear')).toBe(2);
    // A log axis places 1e308 (its log is 308); hidden rows (status 0) are not counted.
    expect(outOfRangeCount(x, y, status, 'log', 'linear')).toBe(0);
    expect(outOfRangeCount(x, y, new Uint8Array([2, 2, 0, 2, 2]), 'linear', 'linear')).toBe(1);
  });
});
