import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import { paretoFront } from './pareto';
import { table, mulberry32, uniformTable, sphereFront } from './testing/arbitraries';
import { bruteFront, dominates, hasNaN, toRows } from './testing/oracle';
import type { Sense } from './types';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('paretoFront', () => {
  it('matches a hand-worked example with ties, duplicates, NaN and infinities', () => {
    // rows:            0  1  2  3  4    5        6   7
    const x = f(1, 2, 2, 1, NaN, -Infinity, 3, 2);
    const y = f(5, 3, 3, 6, 0, 9, Infinity, 4);
    // 0 (1,5) front; 1 and 2 duplicates (2,3) front; 3 (1,6) dominated by 0; 4 NaN; 5 (-inf,9) front;
    // 6 (3,inf) dominated; 7 (2,4) dominated by 1.
    expect(Array.from(paretoFront([x, y], ['min', 'min']))).toEqual([0, 1, 2, 5]);
    expect(Array.from(paretoFront([x, y], ['max', 'max']))).toEqual([6]);
    expect(Array.from(paretoFront([x, y], ['max', 'min']))).toEqual([1, 2, 6]);
  });

  it('handles 0, 1 and all-NaN inputs in every dimension', () => {
    for (let d = 1; d <= 6; d++) {
      const senses = Array<Sense>(d).fill('min');
      expect(paretoFront(Array.from({ length: d }, () => f()), senses)).toEqual(new Uint32Array(0));
      expect(Array.from(paretoFront(Array.from({ length: d }, () => f(7)), senses))).toEqual([0]);
      expect(Array.from(paretoFront(Array.from({ length: d }, () => f(NaN, NaN)), senses))).toEqual([]);
    }
  });

  it('agrees with the brute-force oracle (1-6 objectives, mixed senses, ties, duplicates, NaN, ±Infinity)', () => {
    fc.assert(
      fc.property(table({ minD: 1, maxD: 6, maxRows: 40 }), ({ columns, senses }) => {
        expect(Array.from(paretoFront(columns, senses))).toEqual(bruteFront(columns, senses));
      }),
      { numRuns: 1500, seed: 20261127 },
    );
  });

  it('no front row is dominated and every other valid row is dominated (larger tables)', () => {
    fc.assert(
      fc.property(table({ minD: 2, maxD: 6, maxRows: 300, special: true }), ({ columns, senses }) => {
        const front = new Set(paretoFront(columns, senses));
        const rows = toRows(columns);
        rows.forEach((r, i) => {
          const beaten = rows.some((q) => dominates(q, r, senses));
          if (front.has(i)) expect(beaten).toBe(false);
          else expect(hasNaN(r) || beaten).toBe(true);
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('is invariant under row permutation', () => {
    fc.assert(
      fc.property(table({ maxRows: 60 }), fc.integer(), ({ columns, senses }, seed) => {
        const n = columns[0].length;
        const rand = mulberry32(seed);
        const perm = Array.from({ length: n }, (_, i) => i);
        for (let i = n - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [perm[i], perm[j]] = [perm[j], perm[i]];
        }
        const permuted = columns.map((c) => Float64Array.from(perm, (p) => c[p]));
        const a = Array.from(paretoFront(columns, senses)).sort((p, q) => p - q);
        const b = Array.from(paretoFront(permuted, senses), (i) => perm[i]).sort((p, q) => p - q);
        expect(b).toEqual(a);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('flipping a sense equals negating its column', () => {
    fc.assert(
      fc.property(table({ maxRows: 60 }), fc.nat(), ({ columns, senses }, pick) => {
        const k = pick % senses.length;
        const flipped = senses.slice();
        flipped[k] = senses[k] === 'min' ? 'max' : 'min';
        const negated = columns.slice();
        negated[k] = columns[k].map((v) => -v);
        expect(paretoFront(negated, flipped)).toEqual(paretoFront(columns, senses));
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('matches the oracle on larger seeded inputs that exercise the divide and conquer', () => {
    for (const d of [3, 4, 5, 6]) {
      const senses = Array<Sense>(d).fill('min');
      // Heavy ties: small integers.
      const rand = mulberry32(d);
      const ints = Array.from({ length: d }, () => Float64Array.from({ length: 1500 }, () => Math.floor(rand() * 6)));
      expect(Array.from(paretoFront(ints, senses))).toEqual(bruteFront(ints, senses));
      const uni = uniformTable(1500, d, 100 + d);
      expect(Array.from(paretoFront(uni, senses))).toEqual(bruteFront(uni, senses));
      // Every point non-dominated: a spherical front, plus duplicates of some of it.
      const sph = sphereFront(800, d, 200 + d).map((c) => Float64Array.from([...c, ...c.subarray(0, 50)]));
      expect(paretoFront(sph, senses).length).toBe(850);
    }
  });

  it('takes the radix path on big 2-D and 3-D inputs and stays exact', () => {
    for (const d of [2, 3]) {
      const rand = mulberry32(42 + d);
      const n = 5000;
      const cols = Array.from({ length: d }, () => Float64Array.from({ length: n }, () => Math.round(rand() * 200) - 50));
      const senses: Sense[] = ['max', 'min', 'max'].slice(0, d) as Sense[];
      expect(Array.from(paretoFront(cols, senses))).toEqual(bruteFront(cols, senses));
    }
  });

  it('rejects columns of different lengths and senses of the wrong length', () => {
    expect(() => paretoFront([f(1, 2), f(1)], ['min', 'min'])).toThrow(CoreInputError);
    expect(() => paretoFront([f(1, 2), f(1)], ['min', 'min'])).toThrow(/different lengths/);
    expect(() => paretoFront([f(1), f(1)], ['min'])).toThrow(/senses has 1 entries but columns has 2/);
    expect(() => paretoFront([f(1)], ['up' as Sense])).toThrow(/expected 'min' or 'max'/);
    expect(() => paretoFront([], [])).toThrow(CoreInputError);
  });
});
