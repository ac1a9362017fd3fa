import { loadDtlzLinear8d } from './testing/referenceData';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudoWeights, supportAnalysis, supportedMask, SUPPORT_EXACT_BUDGET, weightRange2d } from './decision';
import { CoreInputError } from './errors';
import { scalarize } from './scalarize';
import { bruteFront } from './testing/oracle';
import { mulberry32 } from './testing/arbitraries';
import type { Sense } from './types';

const cols = (...rows: number[][]): Float64Array[] => rows[0].map((_, k) => Float64Array.from(rows, (r) => r[k]));
const MIN2: Sense[] = ['min', 'min'];

/** Integer 2-D tables, small enough for an exact oracle: coordinates 0..12, duplicates, mixed senses. */
const intTable2d = fc
  .record({
    rows: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 16 }),
    senses: fc.tuple(fc.constantFrom<Sense>('min', 'max'), fc.constantFrom<Sense>('min', 'max')),
    dupes: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ rows, senses, dupes }) => {
    const all = [...rows, ...dupes.map((k) => rows[k % rows.length])];
    return { columns: cols(...all.map((r) => [...r])), senses: [...senses] as Sense[] };
  });

/** Minimization-space integer value of row i, objective k. */
const o = (columns: Float64Array[], senses: Sense[], k: number, i: number) => (senses[k] === 'max' ? -columns[k][i] : columns[k][i]);

/**
 * Exact oracle for 2 objectives on integers, normalization 'none': p wins at w = num/den iff
 * num·p1 + (den − num)·p2 ≤ the same for every front row (integer arithmetic). The winning set is a closed
 * interval whose ends are 0, 1 or a weight where two front rows tie, so checking those is enough.
 */
function oracleRange2d(columns: Float64Array[], senses: Sense[], row: number): { min: number; max: number } | null {
  const front = bruteFront(columns, senses);
  if (!front.includes(row)) return null;
  const cand: [number, number][] = [[0, 1], [1, 1]];
  for (const a of front) {
    for (const b of front) {
      const da = o(columns, senses, 0, a) - o(columns, senses, 0, b);
      const db = o(columns, senses, 1, a) - o(columns, senses, 1, b);
      // w·da + (1 − w)·db = 0  →  w = db / (db − da)
      if (db - da !== 0) {
        const num = db * Math.sign(db - da);
        const den = Math.abs(db - da);
        if (num >= 0 && num <= den) cand.push([num, den]);
      }
    }
  }
  const score = (i: number, [num, den]: [number, number]) => num * o(columns, senses, 0, i) + (den - num) * o(columns, senses, 1, i);
  const wins = cand.filter((w) => front.every((q) => score(row, w) <= score(q, w))).map(([num, den]) => num / den);
  return wins.length === 0 ? null : { min: Math.min(...wins), max: Math.max(...wins) };
}

describe('pseudoWeights', () => {
  it('follows the definition on a hand-made front', () => {
    // Front in min space: (0, 4), (1, 1), (4, 0); (3, 3) is dominated.
    const c = cols([0, 4], [1, 1], [4, 0], [3, 3]);
    expect(pseudoWeights(c, MIN2, 0)).toEqual([1, 0]);
    expect(pseudoWeights(c, MIN2, 2)).toEqual([0, 1]);
    // (4−1)/4 = 0.75 and (4−1)/4 = 0.75 → 0.5, 0.5
    expect(pseudoWeights(c, MIN2, 1)).toEqual([0.5, 0.5]);
    expect(pseudoWeights(c, MIN2, 3)).toEqual([NaN, NaN]);
    const asym = cols([0, 10], [1, 4], [4, 0]);
    // terms (4−1)/4 = 0.75, (10−4)/10 = 0.6 → 0.75/1.35, 0.6/1.35
    const w = pseudoWeights(asym, MIN2, 1);
    expect(w[0]).toBeCloseTo(0.75 / 1.35, 15);
    expect(w[1]).toBeCloseTo(0.6 / 1.35, 15);
  });

  it("works in minimization space: a 'max' column is its negation", () => {
    const c = cols([0, 10], [1, 4], [4, 0]);
    const flipped = [c[0], Float64Array.from(c[1], (v) => -v)];
    for (let r = 0; r < 3; r++) expect(pseudoWeights(flipped, ['min', 'max'], r)).toEqual(pseudoWeights(c, MIN2, r));
  });

  it('gives a constant objective weight 0, and a one-point front equal weights', () => {
    const c = cols([0, 4, 7], [1, 1, 7], [4, 0, 7]);
    expect(pseudoWeights(c, ['min', 'min', 'min'], 1)).toEqual([0.5, 0.5, 0]);
    expect(pseudoWeights(cols([2, 3, 4]), ['min', 'max', 'min'], 0)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(pseudoWeights(cols([2, 3], [2, 3]), MIN2, 1)).toEqual([0.5, 0.5]);
  });

  it('gives NaN for rows with NaN or an infinite value, and refuses rows out of range', () => {
    const c = cols([0, 4], [1, NaN], [-Infinity, 9], [4, 0]);
    expect(pseudoWeights(c, MIN2, 1)).toEqual([NaN, NaN]);
    expect(pseudoWeights(c, MIN2, 2)).toEqual([NaN, NaN]);
    expect(() => pseudoWeights(c, MIN2, 4)).toThrow(CoreInputError);
    expect(() => pseudoWeights(c, MIN2, -1)).toThrow(CoreInputError);
    expect(() => pseudoWeights(c, MIN2, 0.5)).toThrow(CoreInputError);
  });

  it('sum to 1 on every front row; in 2-D the extremes weigh 1 on their own objective', () => {
    fc.assert(
      fc.property(intTable2d, ({ columns, senses }) => {
        const front = bruteFront(columns, senses);
        const best = [0, 1].map((k) => Math.min(...front.map((r) => o(columns, senses, k, r))));
        for (const r of front) {
          const w = pseudoWeights(columns, senses, r);
          expect(w.every((x) => x >= 0 && x <= 1)).toBe(true);
          expect(w[0] + w[1]).toBeCloseTo(1, 12);
          const distinct = new Set(front.map((q) => `${columns[0][q]},${columns[1][q]}`)).size;
          if (distinct > 1) {
            for (let k = 0; k < 2; k++) if (o(columns, senses, k, r) === best[k]) expect(w[k]).toBe(1);
          }
        }
      }),
      { seed: 2005, numRuns: 400 },
    );
  });

  it('sum to 1 in more objectives too', () => {
    const rand = mulberry32(9);
    const rows = Array.from({ length: 60 }, () => [rand(), rand(), rand(), rand()]);
    const c = cols(...rows);
    const senses: Sense[] = ['min', 'max', 'min', 'max'];
    for (const r of bruteFront(c, senses)) {
      const w = pseudoWeights(c, senses, r);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('weightRange2d', () => {
  it('gives the hand-computed intervals, and null for a point in a concave dent', () => {
    // (1,1) ties with (0,4) at w = 3/4 and with (4,0) at w = 1/4; (2, 0.8) lies above the hull.
    const c = cols([0, 4], [1, 1], [4, 0], [2, 0.8], [3, 3]);
    expect(weightRange2d(c, MIN2, 0, 'none')).toEqual({ min: 0.75, max: 1 });
    expect(weightRange2d(c, MIN2, 1, 'none')).toEqual({ min: 0.25, max: 0.75 });
    expect(weightRange2d(c, MIN2, 2, 'none')).toEqual({ min: 0, max: 0.25 });
    expect(weightRange2d(c, MIN2, 3, 'none')).toBeNull();
    expect(weightRange2d(c, MIN2, 4, 'none')).toBeNull(); // dominated
    expect(weightRange2d(cols([5, 5]), MIN2, 0, 'range')).toEqual({ min: 0, max: 1 });
  });

  it('matches the exact oracle on integer fronts (normalization none)', () => {
    fc.assert(
      fc.property(intTable2d, ({ columns, senses }) => {
        for (let r = 0; r < columns[0].length; r++) {
          expect(weightRange2d(columns, senses, r, 'none'), `row ${r}`).toEqual(oracleRange2d(columns, senses, r));
        }
      }),
      { seed: 1985, numRuns: 600 },
    );
  });

  it("agrees with a grid search over scalarize's own weighted sum (normalization range)", () => {
    const table = fc.record({
      rows: fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 2, maxLength: 25 }),
      senses: fc.tuple(fc.constantFrom<Sense>('min', 'max'), fc.constantFrom<Sense>('min', 'max')),
    });
    fc.assert(
      fc.property(table, ({ rows, senses: s }) => {
        const columns = cols(...rows.map((r) => [...r]));
        const senses = [...s] as Sense[];
        const front = bruteFront(columns, senses);
        for (const r of front) {
          const range = weightRange2d(columns, senses, r, 'range');
          for (let g = 0; g <= 200; g++) {
            const w = g / 200;
            const scores = scalarize(columns, senses, [w, 1 - w], { method: 'weighted-sum', normalization: 'range' });
            const best = Math.min(...front.map((q) => scores[q]));
            const wins = scores[r] <= best;
            const inside = range !== null && w > range.min + 1e-9 && w < range.max - 1e-9;
            const outside = range === null || w < range.min - 1e-9 || w > range.max + 1e-9;
            if (inside) expect(scores[r] - best, `w=${w}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(best)));
            if (outside && wins) expect(Math.abs(scores[r] - best)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(best)));
          }
        }
      }),
      { seed: 77, numRuns: 150 },
    );
  });

  it('follows scalarize at infinity: a −Infinity row wins every weighting that weighs it', () => {
    const c = cols([-Infinity, 5], [0, 2], [1, 1], [3, 0]);
    expect(weightRange2d(c, MIN2, 0, 'none')).toEqual({ min: 0, max: 1 }); // (0, 1] closed up
    expect(weightRange2d(c, MIN2, 1, 'none')).toBeNull();
    expect(weightRange2d(c, MIN2, 3, 'none')).toEqual({ min: 0, max: 0 });
    const plus = cols([0, Infinity], [1, 1], [3, 0]);
    expect(weightRange2d(plus, MIN2, 0, 'range')).toEqual({ min: 1, max: 1 });
    expect(weightRange2d(plus, MIN2, 1, 'none')).toEqual({ min: 1 / 3, max: 1 });
  });

  it('refuses other than two objectives, bad rows and unknown normalizations', () => {
    expect(() => weightRange2d(cols([1, 2, 3]), ['min', 'min', 'min'], 0, 'none')).toThrow('exactly 2 objectives');
    expect(() => weightRange2d(cols([1, 2]), MIN2, 1, 'none')).toThrow(CoreInputError);
    expect(() => weightRange2d(cols([1, 2]), MIN2, 0, 'z' as 'none')).toThrow(CoreInputError);
  });
});

describe('supportedMask in two objectives', () => {
  it('marks the concave dent and everything off the front 0', () => {
    const c = cols([0, 4], [1, 1], [4, 0], [2, 0.8], [3, 3], [1, 1], [NaN, 0]);
    expect([...supportedMask(c, MIN2, 'range')]).toEqual([1, 1, 1, 0, 0, 1, 0]);
  });

  it('keeps collinear front points (they tie on the edge) and is the same for both normalizations', () => {
    const c = cols([0, 6], [1, 4], [2, 2], [3, 0], [1.5, 3.5]);
    expect([...supportedMask(c, MIN2, 'none')]).toEqual([1, 1, 1, 1, 0]);
    expect([...supportedMask(c, MIN2, 'range')]).toEqual([1, 1, 1, 1, 0]);
  });

  it('is exactly the rows with a weight range (exact oracle on integers)', () => {
    fc.assert(
      fc.property(intTable2d, ({ columns, senses }) => {
        const expected = Array.from(columns[0], (_, r) => (oracleRange2d(columns, senses, r) ? 1 : 0));
        expect([...supportedMask(columns, senses, 'none')]).toEqual(expected);
        expect([...supportedMask(columns, senses, 'range')]).toEqual(expected);
      }),
      { seed: 31337, numRuns: 600 },
    );
  });

  it('agrees with weightRange2d on tables with ±Infinity', () => {
    const val = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 9 }) }, { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity) });
    fc.assert(
      fc.property(fc.array(fc.tuple(val, val), { minLength: 1, maxLength: 12 }), (rows) => {
        const columns = cols(...rows.map((r) => [...r]));
        const mask = supportedMask(columns, MIN2, 'none');
        for (let r = 0; r < rows.length; r++) {
          expect(mask[r], `row ${r}`).toBe(weightRange2d(columns, MIN2, r, 'none') === null ? 0 : 1);
        }
      }),
      { seed: 4242, numRuns: 800 },
    );
  });
});

// ---- 3+ objectives: an exact vertex-enumeration oracle -------------------------------------------

/** Exact determinant of a small integer matrix (Bareiss fraction-free elimination, BigInt). */
function det(m: bigint[][]): bigint {
  const a = m.map((r) => r.slice());
  const n = a.length;
  let sign = 1n;
  let prev = 1n;
  for (let k = 0; k < n - 1; k++) {
    if (a[k][k] === 0n) {
      const s = a.findIndex((r, i) => i > k && r[k] !== 0n);
      if (s < 0) return 0n;
      [a[k], a[s]] = [a[s], a[k]];
      sign = -sign;
    }
    for (let i = k + 1; i < n; i++) for (let j = k + 1; j < n; j++) a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
    prev = a[k][k];
  }
  return sign * a[n - 1][n - 1];
}

/**
 * p is supported iff the polytope {w ≥ 0, Σw = 1, w·(q − p) ≥ 0 ∀q} is non-empty; a non-empty bounded
 * polytope has a vertex, where d − 1 of the constraint hyperplanes (w_k = 0 or w·(q − p) = 0) meet the
 * plane Σw = 1. Enumerate those vertices by Cramer's rule in exact integer arithmetic.
 */
function oracleSupported(points: number[][], p: number): boolean {
  const d = points[0].length;
  const normals: bigint[][] = [];
  for (let k = 0; k < d; k++) normals.push(Array.from({ length: d }, (_, j) => (j === k ? 1n : 0n)));
  for (const q of points) {
    const diff = q.map((v, k) => BigInt(v - points[p][k]));
    if (diff.some((x) => x !== 0n)) normals.push(diff);
  }
  const feasible = (w: bigint[], sign: bigint) => normals.every((nrm) => nrm.reduce((s, x, k) => s + x * w[k], 0n) * sign >= 0n);
  const choose = (from: number, left: number, picked: number[]): boolean => {
    if (left === 0) {
      const rows = [Array.from({ length: d }, () => 1n), ...picked.map((i) => normals[i])];
      const D = det(rows);
      if (D === 0n) return false;
      // Cramer: w_j = det(rows with column j replaced by e_1) / D
      const w = Array.from({ length: d }, (_, j) => det(rows.map((r, i) => r.map((x, c) => (c === j ? (i === 0 ? 1n : 0n) : x)))));
      return feasible(w, D > 0n ? 1n : -1n);
    }
    for (let i = from; i < normals.length; i++) if (choose(i + 1, left - 1, [...picked, i])) return true;
    return false;
  };
  return choose(0, d - 1, []);
}

function checkAgainstOracle(points: number[][], senses: Sense[]) {
  const d = points[0].length;
  const columns = cols(...points);
  const front = bruteFront(columns, senses);
  const oriented = points.map((r) => r.map((v, k) => (senses[k] === 'max' ? -v : v)));
  const frontPoints = front.map((r) => oriented[r]);
  const analysis = supportAnalysis(columns, senses, 'range');
  expect(analysis.exact).toBe(true);
  for (let r = 0; r < points.length; r++) {
    const at = front.indexOf(r);
    const expected = at >= 0 && oracleSupported(frontPoints, at) ? 1 : 0;
    expect(analysis.mask[r], `row ${r} of ${JSON.stringify(points)} (d=${d})`).toBe(expected);
  }
}

describe('supportedMask in three and more objectives', () => {
  const intRows = (d: number, max: number, n: number) =>
    fc.array(fc.array(fc.integer({ min: 0, max }), { minLength: d, maxLength: d }), { minLength: 1, maxLength: n });

  it('matches exact vertex enumeration on random integer tables (3 objectives)', () => {
    fc.assert(
      fc.property(intRows(3, 12, 14), fc.array(fc.constantFrom<Sense>('min', 'max'), { minLength: 3, maxLength: 3 }), (rows, senses) => {
        checkAgainstOracle(rows, senses);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('matches exact vertex enumeration on fronts with concave dents (3 and 4 objectives)', () => {
    // Points near the sphere |f − 1| = 1 pushed out or in: a mix of supported and unsupported points.
    const sphereish = (d: number) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: d, maxLength: d }), { minLength: 3, maxLength: 10 }).map((raw) =>
        raw.map((r) => {
          const len = Math.hypot(...r.map((v) => v + 1)) || 1;
          return r.map((v) => Math.round(20 * ((v + 1) / len)));
        }),
      );
    fc.assert(fc.property(sphereish(3), (rows) => checkAgainstOracle(rows, ['min', 'min', 'min'])), { seed: 11, numRuns: 200 });
    fc.assert(fc.property(sphereish(4), (rows) => checkAgainstOracle(rows, ['min', 'min', 'min', 'min'])), { seed: 12, numRuns: 60 });
  });

  it('knows the classic shapes: a concave sphere has only its extremes supported, a convex one all', () => {
    const rand = mulberry32(5);
    const n = 300;
    const sphere = Array.from({ length: n }, () => {
      const v = [rand() + 1e-3, rand() + 1e-3, rand() + 1e-3];
      const len = Math.hypot(...v);
      return v.map((x) => x / len);
    });
    sphere.push([1, 0, 0], [0, 1, 0], [0, 0, 1]);
    const concave = supportedMask(cols(...sphere), ['min', 'min', 'min'], 'range');
    expect([...concave].reduce((a, b) => a + b, 0)).toBe(3);
    expect([...concave.slice(n)]).toEqual([1, 1, 1]);
    const convex = supportedMask(cols(...sphere.map((r) => r.map((x) => 1 - x))), ['min', 'min', 'min'], 'range');
    expect([...convex].every((x) => x === 1)).toBe(true);
  });

  it('marks every point of the linear 8-objective DTLZ front supported (a hyperplane)', () => {
    const { rows } = loadDtlzLinear8d();
    const first = rows.slice(0, 60);
    const c = cols(...first);
    const senses = new Array<Sense>(8).fill('min');
    const front = bruteFront(c, senses);
    const mask = supportedMask(c, senses, 'none');
    for (const r of front) expect(mask[r]).toBe(1);
  });

  it('handles duplicates and rows off the front', () => {
    const c = cols([0, 0, 1], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0.6, 0.6, 0.6], [2, 2, 2], [NaN, 0, 0]);
    expect([...supportedMask(c, ['min', 'min', 'min'], 'range')]).toEqual([1, 1, 1, 1, 0, 0, 0]);
  });

  it('gives up (all front rows 1, exact false) with an infinite value on the front in 3+ objectives', () => {
    const c = cols([0, 0, Infinity], [1, 0, 0], [0, 1, 0], [0.6, 0.6, 0.6], [2, 2, 2]);
    expect(supportAnalysis(c, ['min', 'min', 'min'], 'range')).toEqual({ mask: Uint8Array.of(1, 1, 1, 1, 0), exact: false });
  });

  it('classifies a 1,000-point 3-objective front and a 600-point 8-objective front exactly', () => {
    const rand = mulberry32(99);
    // Timings belong in bench/; here only the answers are checked.
    const timed = (rows: number[][], d: number) => ({ a: supportAnalysis(cols(...rows), new Array<Sense>(d).fill('min'), 'range') });
    // Mixed curvature: a wavy surface, some points supported and some not.
    const wavy = Array.from({ length: 1000 }, () => {
      const u = rand();
      const v = rand() * (1 - u);
      const bump = 0.08 * Math.sin(9 * u) * Math.sin(7 * v);
      return [u + bump, v + bump, 1 - u - v + bump];
    });
    const { a } = timed(wavy, 3);
    expect(a.exact).toBe(true);
    const convex8 = Array.from({ length: 600 }, () => {
      const v = Array.from({ length: 8 }, () => rand() + 1e-3);
      const len = Math.hypot(...v);
      return v.map((x) => 1 - x / len);
    });
    const t8 = timed(convex8, 8);
    expect([...t8.a.mask].every((x) => x === 1)).toBe(true);
    expect(t8.a.exact).toBe(true);
  });

  it('skips fronts beyond the work budget, saying so', () => {
    const n = Math.floor(Math.sqrt(SUPPORT_EXACT_BUDGET / 3)) + 1;
    const c = [Float64Array.from({ length: n }, (_, i) => i), Float64Array.from({ length: n }, (_, i) => n - i), new Float64Array(n).fill(1)];
    const a = supportAnalysis(c, ['min', 'min', 'min'], 'range');
    expect(a.exact).toBe(false);
    expect(a.mask.every((x) => x === 1)).toBe(true);
  });

  it('checks its input', () => {
    expect(() => supportedMask([Float64Array.of(1), Float64Array.of(1, 2)], MIN2, 'range')).toThrow(CoreInputError);
    expect(() => supportedMask(cols([1, 2]), MIN2, 'linear' as 'none')).toThrow(CoreInputError);
    expect([...supportedMask([Float64Array.of(3, 1, 1, NaN)], ['min'], 'none')]).toEqual([0, 1, 1, 0]);
  });
});
