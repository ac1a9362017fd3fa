import { describe, expect, it } from 'vitest';
import { boxStats } from './boxStats';
import { jitter } from './StripBoxPlot';

describe('boxStats', () => {
  it('gives the five numbers with interpolated quartiles, over the finite values only', () => {
    expect(boxStats([15, 9, 11, NaN, 10, 12])).toEqual({ n: 5, min: 9, q1: 10, median: 11, q3: 12, max: 15 });
    expect(boxStats([20, 21])).toEqual({ n: 2, min: 20, q1: 20.25, median: 20.5, q3: 20.75, max: 21 });
    expect(boxStats([NaN]).n).toBe(0);
  });

  it('jitters deterministically within half a band', () => {
    const offsets = Array.from({ length: 50 }, (_, i) => jitter(i));
    expect(offsets.every((o) => o >= -0.5 && o < 0.5)).toBe(true);
    expect(jitter(7)).toBe(offsets[7]);
    expect(new Set(offsets.map((o) => o.toFixed(6))).size).toBe(50);
  });
});
