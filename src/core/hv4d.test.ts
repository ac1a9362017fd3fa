import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Hv3Workspace, hv3d } from './hv3d';
import { Hv4Workspace, hv4d } from './hv4d';
import { boundedHypervolume, hypervolume } from './hypervolume';
import { mulberry32, sphereFront } from './testing/arbitraries';
import { bruteHypervolume } from './testing/oracle';
import type { Sense } from './types';

function expectClose(actual: number, expected: number, what = ''): void {
  const tol = 1e-9 * Math.max(Math.abs(actual), Math.abs(expected), 1e-300);
  if (!(Math.abs(actual - expected) <= tol)) expect.fail(`${what} ${actual} is not within 1e-9 of ${expected}`);
}

const rowsToColumns = (rows: number[][], d: number) => Array.from({ length: d }, (_, k) => Float64Array.from(rows, (r) => r[k]));

/** The rows reordered by ascending fourth value (a stable sort), as WFG's limit sets come. */
function byW(P: Float64Array, k: number): Float64Array {
  const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => P[a * 4 + 3] - P[b * 4 + 3] || a - b);
  const out = new Float64Array(k * 4);
  order.forEach((i, t) => out.set(P.subarray(i * 4, i * 4 + 4), t * 4));
  return out;
}

/**
 * Independent 4-D oracle for larger sets: slices along the fourth objective, each slice's volume by
 * the 3-D sweep of hv3d.ts over the points at or below it. O(n² log n).
 */
function slicedHv4(P: Float64Array, k: number, ref: number[]): number {
  const ws3 = new Hv3Workspace(k);
  const ws = Array.from(new Set(Array.from({ length: k }, (_, i) => P[i * 4 + 3]))).sort((a, b) => a - b);
  let total = 0;
  for (let s = 0; s < ws.length; s++) {
    const below: number[] = [];
    for (let i = 0; i < k; i++) if (P[i * 4 + 3] <= ws[s]) below.push(P[i * 4], P[i * 4 + 1], P[i * 4 + 2]);
    const top = s + 1 < ws.length ? ws[s + 1] : ref[3];
    total += hv3d(Float64Array.from(below), below.length / 3, ref[0], ref[1], ref[2], ws3) * (top - ws[s]);
  }
  return total;
}

/** Synthetic: `n` sphere points, optionally rounded to a grid (ties), with dominated copies and exact duplicates. */
function messyFront(n: number, d: number, seed: number, grid: number): Float64Array {
  const cols = sphereFront(n, d, seed).map((c) => (grid ? c.map((v) => Math.round(v * grid) / grid) : c));
  const rand = mulberry32(seed ^ 0x9e3779b9);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(cols.map((c) => c[i]));
  for (let i = 0; i < n / 4; i++) rows.push(rows[Math.floor(rand() * n)].map((v) => v + 0.05 * rand())); // dominated
  for (let i = 0; i < n / 10; i++) rows.push(rows[Math.floor(rand() * n)].slice()); // duplicates
  // Shuffle so that no order is assumed.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return Float64Array.from(rows.flat());
}

describe('hv4d (HV4D+)', () => {
  it('matches the grid oracle on small integer sets (ties, duplicates, dominated points), in any row order', () => {
    const ws = new Hv4Workspace(); // one workspace for every run: it must be reusable
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }), { maxLength: 14 }),
        fc.nat(),
        (rows, dup) => {
          if (rows.length) rows.push(rows[dup % rows.length].slice());
          const k = rows.length;
          const P = Float64Array.from(rows.flat());
          const expected = bruteHypervolume(rowsToColumns(rows, 4), Array<Sense>(4).fill('min'), [5, 5, 5, 5]);
          expect(hv4d(P, k, [5, 5, 5, 5], ws)).toBe(expected); // small integers: exact
          expect(hv4d(byW(P, k), k, [5, 5, 5, 5], ws, true)).toBe(expected);
        },
      ),
      { numRuns: 400, seed: 4 },
    );
  });

  it('matches the grid oracle on real-valued sets with a reference that is not a grid point', () => {
    const ws = new Hv4Workspace(3);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 10 }),
        (rows) => {
          const ref = [2.5, 2.25, 3, 2.75];
          const expected = bruteHypervolume(rowsToColumns(rows, 4), Array<Sense>(4).fill('min'), ref);
          expectClose(hv4d(Float64Array.from(rows.flat()), rows.length, ref, ws), expected);
        },
      ),
      { numRuns: 300, seed: 44 },
    );
  });

  it('matches the 3-D slicing oracle on larger fronts (both node numberings, ties, dominated rows, duplicates)', () => {
    const ref = [1.1, 1.1, 1.1, 1.1];
    for (const [n, grid, seed] of [
      [120, 0, 1],
      [200, 8, 2],
      [700, 0, 3], // >= 512 points: nodes numbered in z order
      [900, 20, 4],
    ]) {
      const P = messyFront(n, 4, seed, grid);
      const k = P.length / 4;
      const expected = slicedHv4(P, k, ref);
      expectClose(hv4d(P, k, ref, new Hv4Workspace()), expected, `${k} points:`);
      expectClose(hv4d(byW(P, k), k, ref, new Hv4Workspace(), true), expected, `${k} points sorted by w:`);
    }
  });
});

describe('hypervolume in 4 to 6 objectives (HV4D+, and WFG over it)', () => {
  const mins = (d: number) => Array<Sense>(d).fill('min');

  /** Inclusion–exclusion over all non-empty subsets of points strictly inside the reference. */
  function inclusionExclusion(rows: number[][], ref: number[]): number {
    const pts = rows.filter((r) => r.every((v, k) => v < ref[k]));
    const n = pts.length;
    const d = ref.length;
    let total = 0;
    for (let mask = 1; mask < 1 << n; mask++) {
      const corner = Array<number>(d).fill(-Infinity);
      let bits = 0;
      for (let i = 0; i < n; i++) {
        if (!(mask & (1 << i))) continue;
        bits++;
        for (let k = 0; k < d; k++) corner[k] = Math.max(corner[k], pts[i][k]);
      }
      let v = 1;
      for (let k = 0; k < d; k++) v *= ref[k] - corner[k];
      total += bits % 2 ? v : -v;
    }
    return total;
  }

  for (const d of [4, 5, 6]) {
    it(`matches inclusion–exclusion in ${d} objectives (ties, duplicates, rows outside the reference, mixed senses)`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: d, maxLength: d }), { maxLength: 11 }),
          fc.array(fc.boolean(), { minLength: d, maxLength: d }),
          fc.nat(),
          (rows, flips, dup) => {
            if (rows.length) rows.push(rows[dup % rows.length].slice());
            const ref = Array<number>(d).fill(5); // value 5 is on the reference: such rows do not count
            const expected = inclusionExclusion(rows, ref);
            // Flipping a sense and negating its column and reference changes nothing.
            const senses = flips.map((f): Sense => (f ? 'max' : 'min'));
            const cols = rowsToColumns(rows, d).map((c, k) => (flips[k] ? c.map((v) => -v) : c));
            const refOriented = ref.map((v, k) => (flips[k] ? -v : v));
            expectClose(hypervolume(cols, senses, refOriented), expected, `${rows.length} rows:`);
          },
        ),
        { numRuns: d === 4 ? 300 : 200, seed: 100 + d },
      );
    });
  }

  it('is 0 without rows, or with no row strictly inside the reference', () => {
    for (const d of [4, 5, 6]) {
      expect(hypervolume(Array.from({ length: d }, () => new Float64Array(0)), mins(d), Array(d).fill(1))).toBe(0);
      expect(hypervolume(Array.from({ length: d }, () => Float64Array.from([1, 2])), mins(d), Array(d).fill(1))).toBe(0);
    }
  });

  it('5 and 6 objectives equal the slices of the objective below on larger fronts', () => {
    for (const [d, n, grid, seed] of [
      [5, 150, 0, 5],
      [5, 120, 6, 6],
      [6, 60, 0, 7],
    ]) {
      const P = messyFront(n, d, seed, grid);
      const k = P.length / d;
      const rows = Array.from({ length: k }, (_, i) => Array.from(P.subarray(i * d, i * d + d)));
      const ref = Array<number>(d).fill(1.1);
      const levels = [...new Set(rows.map((r) => r[d - 1]))].sort((a, b) => a - b);
      let sliced = 0;
      for (let s = 0; s < levels.length; s++) {
        const below = rows.filter((r) => r[d - 1] <= levels[s]);
        const top = s + 1 < levels.length ? levels[s + 1] : ref[d - 1];
        sliced += hypervolume(rowsToColumns(below, d - 1), mins(d - 1), ref.slice(0, d - 1)) * (top - levels[s]);
      }
      expectClose(hypervolume(rowsToColumns(rows, d), mins(d), ref), sliced, `${d}-D, ${k} rows:`);
    }
  });

  it('4 objectives with a constant fifth: the 5-D volume is the 4-D one times its extent', () => {
    const P = messyFront(300, 4, 8, 10);
    const k = P.length / 4;
    const cols = rowsToColumns(Array.from({ length: k }, (_, i) => Array.from(P.subarray(i * 4, i * 4 + 4))), 4);
    const hv4 = hypervolume(cols, mins(4), [1.1, 1.1, 1.1, 1.1]);
    const five = [...cols, new Float64Array(k).fill(0.6)];
    expectClose(hypervolume(five, mins(5), [1.1, 1.1, 1.1, 1.1, 1.1]) / 0.5, hv4);
  });

  it('boundedHypervolume gives up on a 4-objective set past its budget and is exact within it', () => {
    const cols = sphereFront(400, 4, 9);
    const ref = [1.1, 1.1, 1.1, 1.1];
    expect(boundedHypervolume(cols, mins(4), ref, { remaining: 1000 })).toBeNull();
    expect(boundedHypervolume(cols, mins(4), ref)).toBe(hypervolume(cols, mins(4), ref));
  });
});
