import { describe, expect, it } from 'vitest';
import { buildHitIndex, findNearest } from './hitTest';

// Axis space [0, 10] on both axes; a 500 × 250 px plot (so 50 px per unit on x, 25 on y).
const W = 500;
const H = 250;
const win: [number, number] = [0, 10];

function index(points: [number, number][], status?: number[]) {
  const ax = Float64Array.from(points, (p) => p[0]);
  const ay = Float64Array.from(points, (p) => p[1]);
  const st = Uint8Array.from(status ?? points.map(() => 2));
  return { idx: buildHitIndex(ax, ay, st, win, win), st };
}

/** Query at an axis-space point (the pointer, in normalized coordinates). */
function at(q: [number, number]): [number, number] {
  return [q[0] / 10, q[1] / 10];
}

describe('hit testing', () => {
  it('finds the nearest point within the pixel radius', () => {
    const { idx, st } = index([[1, 1], [5, 5], [5.1, 5]]);
    expect(findNearest(idx, st, ...at([5.12, 5]), W, H, 8)).toBe(2);
    expect(findNearest(idx, st, ...at([1, 1]), W, H, 8)).toBe(0);
  });

  it('finds nothing beyond the radius, measured in pixels on each axis', () => {
    const { idx, st } = index([[5, 5]]);
    // 0.2 units on x is 10 px: outside 8 px; 0.2 units on y is 5 px: inside.
    expect(findNearest(idx, st, ...at([5.2, 5]), W, H, 8)).toBe(-1);
    expect(findNearest(idx, st, ...at([5, 5.2]), W, H, 8)).toBe(0);
  });

  it('scales with zoom: the same data distance is more pixels', () => {
    const { idx, st } = index([[5, 5]]);
    expect(findNearest(idx, st, ...at([5, 5.2]), W * 4, H * 4, 8)).toBe(-1);
  });

  it('ignores rows that are not drawn (status 0, NaN)', () => {
    const { idx, st } = index([[5, 5], [5.05, 5], [NaN, 5]], [0, 2, 2]);
    expect(findNearest(idx, st, ...at([5, 5]), W, H, 8)).toBe(1);
  });

  it('prefers a front point over a slightly nearer dominated one, and anything over a faint one', () => {
    const { idx, st } = index([[5, 5], [5.04, 5], [4.98, 5]], [2, 3, 1]);
    // 0 px from the faint, 1 px from the dominated, 2 px from the front point.
    expect(findNearest(idx, st, ...at([4.98, 5]), W, H, 8)).toBe(1);
  });

  it('handles exact duplicates (the first row wins a tie)', () => {
    const { idx, st } = index([[3, 3], [3, 3], [3, 3]]);
    expect(findNearest(idx, st, ...at([3, 3]), W, H, 8)).toBe(0);
  });

  it('copes with an empty index', () => {
    const { idx, st } = index([]);
    expect(findNearest(idx, st, 0.5, 0.5, W, H, 8)).toBe(-1);
  });

  it('answers many queries on 100,000 points quickly', () => {
    const n = 100_000;
    const pts: [number, number][] = Array.from({ length: n }, (_, i) => [((i * 7919) % n) / 10_000, ((i * 104729) % n) / 10_000]);
    const { idx, st } = index(pts);
    const t0 = performance.now();
    let found = 0;
    for (let q = 0; q < 1000; q++) if (findNearest(idx, st, (q % 100) / 100, Math.floor(q / 10) / 100, W, H, 8) >= 0) found++;
    expect(found).toBeGreaterThan(900);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
