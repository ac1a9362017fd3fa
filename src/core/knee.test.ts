import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import { kneePoint } from './knee';
import { table } from './testing/arbitraries';
import { bruteFront } from './testing/oracle';
import type { Sense } from './types';

function cols(...rows: number[][]): Float64Array[] {
  const d = rows[0].length;
  return Array.from({ length: d }, (_, k) => Float64Array.from(rows, (r) => r[k]));
}

/** Quarter circle of radius 1 around (1, 1): convex, bulging towards the ideal (0, 0). */
function quarterCircle(count: number): number[][] {
  return Array.from({ length: count }, (_, i) => {
    const t = ((Math.PI / 2) * i) / (count - 1);
    return [1 - Math.sin(t), 1 - Math.cos(t)];
  });
}

describe('kneePoint: definition', () => {
  it('returns -1 without valid rows', () => {
    expect(kneePoint([new Float64Array(0)], ['min'])).toBe(-1);
    expect(kneePoint(cols([NaN, 1], [2, NaN]), ['min', 'max'])).toBe(-1);
  });

  it('returns the only front row', () => {
    expect(kneePoint(cols([5, 5]), ['min', 'min'])).toBe(0);
    expect(kneePoint(cols([3, 3], [NaN, 0], [1, 1], [2, 4]), ['min', 'min'])).toBe(2);
  });

  it('finds the middle of a symmetric convex quarter circle', () => {
    const pts = quarterCircle(11);
    expect(kneePoint(cols(...pts), ['min', 'min'])).toBe(5);
    // same front in 'max' units and in another row order, with dominated and NaN rows mixed in
    const order = [7, 2, 9, 0, 5, 10, 1, 3, 8, 4, 6];
    const rows = order.map((i) => [-pts[i][0], 10 * pts[i][1]]);
    rows.push([-2, 20], [NaN, 0], [-1.5, 5]);
    expect(kneePoint(cols(...rows), ['max', 'min'])).toBe(order.indexOf(5));
  });

  it('finds the centre of a symmetric convex 3-D front', () => {
    // 1 - v for unit vectors v in the positive orthant: the distance to the plane through the extremes
    // (0,1,1), (1,0,1), (1,1,0) towards the ideal is (Σv − 1) / √3, largest at v = (1,1,1)/√3.
    const dirs = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 1, 0],
      [1, 0, 1],
      [0, 1, 1],
      [2, 1, 1],
      [1, 2, 1],
      [1, 1, 2],
      [1, 1, 1],
      [3, 1, 0],
      [0, 3, 1],
      [1, 0, 3],
    ];
    const pts = dirs.map((v) => {
      const len = Math.hypot(...v);
      return v.map((x) => 1 - x / len);
    });
    expect(kneePoint(cols(...pts), ['min', 'min', 'min'])).toBe(9);
  });

  it('matches a hand-worked 3-D example', () => {
    // extremes (0,1,1), (1,0,1), (1,1,0): plane x + y + z = 2; sums 1.5 and 1.4 -> the second is the knee
    const pts = [
      [0, 1, 1],
      [0.5, 0.5, 0.5],
      [1, 0, 1],
      [0.6, 0.6, 0.2],
      [1, 1, 0],
    ];
    expect(kneePoint(cols(...pts), ['min', 'min', 'min'])).toBe(3);
  });

  it('matches hand-worked 2-D examples', () => {
    // Front A (0, 10), B (5, 2), C (6, 0); (10, 0) is dominated by C. Normalized: A (0, 1), B (5/6, 0.2),
    // C (1, 0). B lies behind the line u + v = 1 (sum 1.033), so the extremes win: smallest index, A.
    expect(kneePoint(cols([0, 10], [5, 2], [6, 0], [10, 0]), ['min', 'min'])).toBe(0);
    // With (2, 2) instead: normalized (1/3, 0.2), sum 0.533 -> it is the knee.
    expect(kneePoint(cols([0, 10], [2, 2], [6, 0]), ['min', 'min'])).toBe(1);
  });

  it('uses the hyperplane through the extremes, not Σ f = 1, when the two disagree', () => {
    // Extremes p1 (0, 1, 1), p2 (1, 0, 0.2), p3 (0.4, 0.5, 0) span n · f = 1 with n = (30, 34, −5) / 29.
    // Q1 (0.3, 0.3, 0.9): n · Q1 = 14.7 / 29 (far below the plane) although Σ Q1 = 1.5;
    // Q2 (0.5, 0.4, 0.1): n · Q2 = 28.1 / 29, Σ Q2 = 1.0 (what the fallback would pick).
    const pts = [
      [0, 1, 1],
      [0.5, 0.4, 0.1],
      [1, 0, 0.2],
      [0.3, 0.3, 0.9],
      [0.4, 0.5, 0],
    ];
    expect(kneePoint(cols(...pts), ['min', 'min', 'min'])).toBe(3);
  });

  it('breaks ties between extremes by the smallest normalized sum', () => {
    // Normalized: R0 (1, 0.5, 0), R1 (1/3, 1, 0), R2 (2/3, 0, 1), R3 (1/3, 0.375, 1), R4 (0, 1, 8/9).
    // R0 and R1 are both best in objective 2; R1 has the smaller sum, so the extremes are R4, R2, R1:
    // n = (0.96, 0.68, 0.36), and 1 − n · f is 0.065 for R3, −0.3 for R0, 0 for the extremes.
    // (Taking R0 as the extreme instead would make R1 the knee.)
    const pts = [
      [0.6, 0.4, 0],
      [0.2, 0.8, 0],
      [0.4, 0, 0.9],
      [0.2, 0.3, 0.9],
      [0, 0.8, 0.8],
    ];
    expect(kneePoint(cols(...pts), ['min', 'min', 'min'])).toBe(3);
  });

  it('uses signed distance: a concave front (bulging away from the ideal) gives an extreme point', () => {
    // points on the unit circle around the origin: the interior lies behind the line through the extremes
    const pts = [
      [Math.cos(0.3), Math.sin(0.3)],
      [Math.cos(0.9), Math.sin(0.9)],
      [0, 1], // extreme, smallest index among the extremes
      [Math.cos(1.2), Math.sin(1.2)],
      [1, 0], // extreme
      [Math.cos(0.6), Math.sin(0.6)],
    ];
    expect(kneePoint(cols(...pts), ['min', 'min'])).toBe(2);
  });

  it('breaks ties by the smallest row index (linear front, duplicates)', () => {
    expect(kneePoint(cols([3, 1], [2, 2], [1, 3], [0, 4], [4, 0]), ['min', 'min'])).toBe(0);
    expect(kneePoint(cols([9, 9], [1, 3], [2, 1], [1.2, 1.2], [1.2, 1.2]), ['min', 'min'])).toBe(3);
    expect(kneePoint(cols([5, 5], [1, 1], [4, 4], [1, 1]), ['min', 'min'])).toBe(1);
  });

  it('falls back to the smallest Σ f when fewer than d extremes are distinct', () => {
    // (0,0,1) is best in objectives 0 and 1; the hyperplane is undefined.
    // Normalized sums: (0,0,1) 1, (1,1,0) 2, (0.2,0.3,0.4) 0.9.
    expect(kneePoint(cols([0, 0, 1], [1, 1, 0], [0.2, 0.3, 0.4]), ['min', 'min', 'min'])).toBe(2);
  });

  it('falls back to the smallest Σ f when the system is singular (objective constant over the front)', () => {
    expect(kneePoint(cols([0, 1, 5], [1, 0, 5], [0.6, 0.6, 5], [0.5, 0.45, 5]), ['min', 'min', 'max'])).toBe(3);
    // one objective: the front is the best value (ties), the smallest row index wins
    expect(kneePoint(cols([3], [1], [2], [1]), ['min'])).toBe(1);
  });

  it('leaves front rows with infinite objectives out of the geometry', () => {
    // (-Inf, 5) is on the front but has no position; among the others (0.2, 0.2) is the knee.
    expect(kneePoint(cols([-Infinity, 5], [0, 1], [1, 0], [0.2, 0.2]), ['min', 'min'])).toBe(3);
    // one finite front row left: it is returned
    expect(kneePoint(cols([-Infinity, 5], [0, 1]), ['min', 'min'])).toBe(1);
    // no finite front row: the smallest front row index
    expect(kneePoint(cols([3, 3], [-Infinity, 1], [1, -Infinity]), ['min', 'min'])).toBe(1);
  });

  it('rejects a malformed table', () => {
    const call = () => kneePoint([new Float64Array(2), new Float64Array(3)], ['min', 'min']);
    expect(call).toThrow(CoreInputError);
    expect(call).toThrow(/different lengths/);
    expect(() => kneePoint(cols([1, 2]), ['min'])).toThrow(/senses has 1 entries/);
  });
});

describe('kneePoint: properties', () => {
  it('is a front row, or -1 exactly when there is no front', () => {
    fc.assert(
      fc.property(table({ maxD: 5, maxRows: 30 }), ({ columns, senses }) => {
        const front = bruteFront(columns, senses);
        const knee = kneePoint(columns, senses);
        if (front.length === 0) expect(knee).toBe(-1);
        else expect(front).toContain(knee);
      }),
      { numRuns: 500 },
    );
  });

  it('does not change when a column is scaled by a power of two or its sense is flipped with its sign', () => {
    fc.assert(
      fc.property(
        table({ maxD: 4, maxRows: 30 }),
        fc.nat(),
        fc.constantFrom(0.25, 2, 64),
        ({ columns, senses }, kRaw, c) => {
          const k = kRaw % columns.length;
          const knee = kneePoint(columns, senses);
          // values near the limits of the double range are not scaled exactly
          if (columns[k].some((v) => v !== 0 && Math.abs(v) < 1e-290)) return;
          const scaled = columns.map((col, j) => (j === k ? col.map((v) => v * c) : col));
          expect(kneePoint(scaled, senses)).toBe(knee);
          const flipped = columns.map((col, j) => (j === k ? col.map((v) => -v) : col));
          const flippedSenses = senses.map((s, j): Sense => (j === k ? (s === 'min' ? 'max' : 'min') : s));
          expect(kneePoint(flipped, flippedSenses)).toBe(knee);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('of a 2-D front equals the brute-force largest distance below the line through the extremes', () => {
    // Convex fronts: x_i increasing, y = g(x) decreasing, built from random positive gaps.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })), { minLength: 2, maxLength: 12 }),
        (gaps) => {
          const pts: number[][] = [[0, gaps.reduce((s, g) => s + g[1], 0)]];
          for (const [dx, dy] of gaps) {
            const [x, y] = pts[pts.length - 1];
            pts.push([x + dx, y - dy]);
          }
          const [x0, y0] = pts[0];
          const [x1, y1] = pts[pts.length - 1];
          // normalized: u = (x − x0)/(x1 − x0), v = (y − y1)/(y0 − y1); line u + v = 1
          const score = pts.map(([x, y]) => 1 - (x - x0) / (x1 - x0) - (y - y1) / (y0 - y1));
          const best = Math.max(...score);
          const expected = score.findIndex((s) => s >= best - 1e-10);
          expect(kneePoint(cols(...pts), ['min', 'min'])).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
