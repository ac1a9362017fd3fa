import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/testing/arbitraries';
import { toAxisSpace } from './domain';
import { buildHitIndex, findNearest, hitIndexSteps } from './hitTest';

// Axis space [0, 10] on both axes; a 500 × 250 px plot (so 50 px per unit on x, 25 on y).
const W = 500;
const H = 250;
const win: [number, number] = [0, 10];

function index(points: [number, number][], status?: number[]) {
  const ax = Float64Array.from(points, (p) => p[0]);
  const ay = Float64Array.from(points, (p) => p[1]);
  const st = Uint8Array.from(status ?? points.map(() => 2));
  return { idx: buildHitIndex(ax, ay, win, win), st };
}

/** Query at an axis-space point (the pointer, in normalized coordinates). */
function at(q: [number, number]): [number, number] {
  return [q[0] / 10, q[1] / 10];
}

describe('hit testing', () => {
  it('builds the same index in steps as at once, pausing between steps (synthetic seeded cloud)', () => {
    const rand = mulberry32(12);
    const n = 1000;
    const ax = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? NaN : rand() * 10));
    const ay = Float64Array.from({ length: n }, () => rand() * 10);
    const whole = buildHitIndex(ax, ay, win, win);
    for (const step of [1, 7, 64, 999, 1000, 5000]) {
      const steps = hitIndexSteps(ax, ay, win, win, step);
      let pauses = 0;
      let next = steps.next();
      while (!next.done) {
        pauses++;
        next = steps.next();
      }
      // Three passes over the rows, each pausing between its steps (none after its last).
      expect(pauses).toBe(3 * (Math.ceil(n / step) - 1));
      expect(next.value).toEqual(whole);
    }
  });

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

  it('finds points outside the window and clamps queries beyond it', () => {
    const { idx, st } = index([[-0.05, 5], [10.05, 5], [5, 5]]);
    expect(findNearest(idx, st, ...at([0, 5]), W, H, 8)).toBe(0);
    expect(findNearest(idx, st, ...at([10.1, 5]), W, H, 8)).toBe(1);
  });

  it('agrees with a brute-force search over seeded clouds, zoomed windows and log axes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom('uniform', 'clustered', 'log', 'ties'),
        fc.constantFrom(1, 3, 50, 2000),
        (n, seed, shape, k) => {
          const rand = mulberry32(seed);
          const x = new Float64Array(n);
          const y = new Float64Array(n);
          const status = new Uint8Array(n);
          for (let i = 0; i < n; i++) {
            if (shape === 'clustered') {
              x[i] = rand() < 0.9 ? 0.1 + rand() * 0.001 : rand();
              y[i] = rand() < 0.9 ? 0.9 + rand() * 0.001 : rand();
            } else if (shape === 'ties') {
              x[i] = Math.floor(rand() * 20) / 20;
              y[i] = Math.floor(rand() * 20) / 20;
            } else {
              x[i] = shape === 'log' ? 10 ** (-3 + 6 * rand()) : rand();
              y[i] = rand();
            }
            if (rand() < 0.02) y[i] = NaN;
            status[i] = Math.floor(rand() * 4);
          }
          const ax = toAxisSpace(x, shape === 'log' ? 'log' : 'linear');
          const ay = toAxisSpace(y, 'linear');
          const xWin: [number, number] = shape === 'log' ? [-3.2, 3.2] : [-0.05, 1.05];
          const yWin: [number, number] = [-0.05, 1.05];
          const idx = buildHitIndex(ax, ay, xWin, yWin);
          for (let q = 0; q < 25; q++) {
            // Near a point half of the time (a zoomed view has few points within reach otherwise).
            const near = n > 0 && q % 2 === 0 ? Math.floor(rand() * n) : -1;
            const qu = near >= 0 && ax[near] === ax[near] && ay[near] === ay[near] ? (ax[near] - xWin[0]) / (xWin[1] - xWin[0]) + (rand() - 0.5) * (0.02 / k) : rand() * 1.2 - 0.1;
            const qv = near >= 0 && ax[near] === ax[near] && ay[near] === ay[near] ? (ay[near] - yWin[0]) / (yWin[1] - yWin[0]) + (rand() - 0.5) * (0.02 / k) : rand() * 1.2 - 0.1;
            const got = findNearest(idx, status, qu, qv, W * k, H * k, 9);
            expect(got).toBe(bruteNearest(ax, ay, status, xWin, yWin, qu, qv, W * k, H * k, 9));
          }
        },
      ),
      { numRuns: 120, seed: 20261203 },
    );
  });
});

const PREFERENCE = [0, -2, 0, 3];

/** The rule, by scanning every row. */
function bruteNearest(
  ax: Float64Array,
  ay: Float64Array,
  status: Uint8Array,
  xWin: [number, number],
  yWin: [number, number],
  qu: number,
  qv: number,
  pu: number,
  pv: number,
  radius: number,
): number {
  let best = -1;
  let bestScore = Infinity;
  const us = 1 / (xWin[1] - xWin[0]);
  const vs = 1 / (yWin[1] - yWin[0]);
  for (let i = 0; i < ax.length; i++) {
    if (status[i] === 0) continue;
    const dx = ((ax[i] - xWin[0]) * us - qu) * pu;
    const dy = ((ay[i] - yWin[0]) * vs - qv) * pv;
    const d2 = dx * dx + dy * dy;
    if (!(d2 <= radius * radius)) continue;
    const score = Math.sqrt(d2) - PREFERENCE[status[i]];
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
