import { describe, expect, it } from 'vitest';
import { computeParallelLayout } from './parallelLayout';

describe('computeParallelLayout', () => {
  it('spaces axes evenly, left to right, inside the width', () => {
    const l = computeParallelLayout(900, 420, 8, 30);
    expect(l.xs).toHaveLength(8);
    const gaps = l.xs.slice(1).map((x, i) => x - l.xs[i]);
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0]);
    expect(l.xs[0]).toBeGreaterThan(30);
    expect(l.xs[7]).toBeLessThan(900);
  });

  it('keeps neighbouring titles apart and inside the chart', () => {
    for (const [width, n] of [[900, 8], [600, 8], [1200, 3], [400, 5]]) {
      const l = computeParallelLayout(width, 420, n, 40);
      expect(l.titleWidth).toBeLessThan(l.spacing);
      expect(l.xs[0] - l.titleWidth / 2).toBeGreaterThanOrEqual(0);
      expect(l.xs[n - 1] + l.titleWidth / 2).toBeLessThanOrEqual(width);
    }
  });

  it('leaves room for the first axis tick labels on its left', () => {
    expect(computeParallelLayout(900, 420, 5, 80).xs[0]).toBeGreaterThanOrEqual(80);
  });

  it('centres a single axis', () => {
    const l = computeParallelLayout(600, 420, 1, 20);
    expect(l.xs).toHaveLength(1);
    expect(l.top).toBeLessThan(l.bottom);
  });
});
