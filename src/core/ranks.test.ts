import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import { paretoRanks, setRankCutoffsForTesting } from './ranks';
import { mulberry32, table, uniformTable } from './testing/arbitraries';
import { bruteFront, bruteRanks, dominates, hasNaN, toRows } from './testing/oracle';
import type { Sense } from './types';

const ranksOf = (columns: Float64Array[], senses: Sense[]) => Array.from(paretoRanks(columns, senses));

/** Seeded table of small integers in [0, levels): many ties and exact duplicates. */
function integerTable(n: number, d: number, levels: number, seed: number): Float64Array[] {
  const rand = mulberry32(seed);
  return Array.from({ length: d }, () => Float64Array.from({ length: n }, () => Math.floor(rand() * levels)));
}

function sensesFor(d: number, seed: number): Sense[] {
  const rand = mulberry32(seed ^ 0x9e3779b9);
  return Array.from({ length: d }, () => (rand() < 0.5 ? 'min' : 'max'));
}

/** Runs `body` with the divide-and-conquer base cases shrunk to their minimum. */
function withTinyCutoffs<T>(body: () => T): T {
  const restore = setRankCutoffsForTesting(2, 1);
  try {
    return body();
  } finally {
    restore();
  }
}

describe('paretoRanks', () => {
  it('gives the expected ranks on a small hand-made example', () => {
    // minimize cost, maximize quality
    const cost = Float64Array.of(1, 2, 3, 2, 4, NaN, 1, 5, 3, -Infinity);
    const quality = Float64Array.of(5, 6, 6, 4, 7, 9, 5, 1, 7, -Infinity);
    // rows 0 and 6 are duplicates; row 5 has NaN; row 9 is (-Inf, -Inf)
    expect(ranksOf([cost, quality], ['min', 'max'])).toEqual([1, 1, 2, 2, 2, 0, 1, 3, 1, 1]);
  });

  it('gives the expected ranks in three objectives', () => {
    const a = Float64Array.of(1, 2, 2, 3, 3, 1);
    const b = Float64Array.of(1, 2, 1, 3, 3, 3);
    const c = Float64Array.of(3, 2, 2, 3, 1, 1);
    // (1,1,3) (2,2,2) (2,1,2) (3,3,3) (3,3,1) (1,3,1)
    expect(ranksOf([a, b, c], ['min', 'min', 'min'])).toEqual([1, 2, 1, 3, 2, 1]);
  });

  it('handles empty tables, single rows and all-NaN tables', () => {
    expect(ranksOf([new Float64Array(0), new Float64Array(0)], ['min', 'max'])).toEqual([]);
    expect(ranksOf([Float64Array.of(3), Float64Array.of(4), Float64Array.of(5)], ['min', 'max', 'min'])).toEqual([1]);
    expect(ranksOf([Float64Array.of(NaN, 1), Float64Array.of(2, NaN)], ['min', 'min'])).toEqual([0, 0]);
  });

  it('throws CoreInputError for bad input', () => {
    expect(() => paretoRanks([Float64Array.of(1, 2), Float64Array.of(1)], ['min', 'min'])).toThrow(CoreInputError);
    expect(() => paretoRanks([Float64Array.of(1, 2)], ['min', 'max'])).toThrow(CoreInputError);
    expect(() => paretoRanks([], [])).toThrow(CoreInputError);
    expect(() => paretoRanks([Float64Array.of(1)], ['best' as Sense])).toThrow(CoreInputError);
  });

  it('matches the brute-force oracle on random tables', () => {
    fc.assert(
      fc.property(table({ minD: 1, maxD: 6 }), ({ columns, senses }) => {
        expect(ranksOf(columns, senses)).toEqual(bruteRanks(columns, senses));
      }),
      { numRuns: 500 },
    );
  });

  it('matches the oracle with the smallest divide-and-conquer base cases', () => {
    withTinyCutoffs(() =>
      fc.assert(
        fc.property(table({ minD: 3, maxD: 6 }), ({ columns, senses }) => {
          expect(ranksOf(columns, senses)).toEqual(bruteRanks(columns, senses));
        }),
        { numRuns: 500 },
      ),
    );
  });

  it('puts exactly the non-dominated rows in rank 1, and each rank r > 1 right behind rank r - 1', () => {
    fc.assert(
      fc.property(table({ minD: 1, maxD: 5 }), ({ columns, senses }) => {
        const rank = ranksOf(columns, senses);
        const rows = toRows(columns);
        const front = new Set(bruteFront(columns, senses));
        rows.forEach((row, i) => {
          if (hasNaN(row)) {
            expect(rank[i]).toBe(0);
            return;
          }
          expect(rank[i] === 1).toBe(front.has(i));
          const dominatorRanks = rows.flatMap((other, j) => (dominates(other, row, senses) ? [rank[j]] : []));
          if (rank[i] > 1) expect(dominatorRanks).toContain(rank[i] - 1);
          for (const r of dominatorRanks) expect(r).toBeLessThan(rank[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is invariant under permuting the rows', () => {
    fc.assert(
      fc.property(
        table({ minD: 1, maxD: 6 }).chain((t) =>
          fc.record({
            t: fc.constant(t),
            perm: fc.shuffledSubarray(
              Array.from({ length: t.columns[0].length }, (_, i) => i),
              { minLength: t.columns[0].length, maxLength: t.columns[0].length },
            ),
          }),
        ),
        ({ t, perm }) => {
          const rank = ranksOf(t.columns, t.senses);
          const permuted = t.columns.map((c) => Float64Array.from(perm, (i) => c[i]));
          expect(ranksOf(permuted, t.senses)).toEqual(perm.map((i) => rank[i]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('treats flipping a sense like negating that column', () => {
    fc.assert(
      fc.property(table({ minD: 1, maxD: 6 }), fc.nat(), ({ columns, senses }, which) => {
        const k = which % senses.length;
        const flipped = senses.slice();
        flipped[k] = senses[k] === 'min' ? 'max' : 'min';
        const negated = columns.map((c, j) => (j === k ? c.map((v) => -v) : c));
        expect(ranksOf(negated, flipped)).toEqual(ranksOf(columns, senses));
      }),
      { numRuns: 200 },
    );
  });

  describe('larger seeded inputs against the oracle', () => {
    const cases: [string, number, number, (seed: number) => Float64Array[]][] = [];
    for (const d of [2, 3, 4, 5]) {
      cases.push([`${d} objectives, uniform reals`, d, 1500, (seed) => uniformTable(1500, d, seed)]);
      cases.push([`${d} objectives, integers 0..4`, d, 1500, (seed) => integerTable(1500, d, 5, seed)]);
      cases.push([`${d} objectives, integers 0..19`, d, 1500, (seed) => integerTable(1500, d, 20, seed)]);
    }
    it.each(cases)('%s', (_name, d, _n, make) => {
      const columns = make(100 + d);
      const senses = sensesFor(d, d);
      const expected = bruteRanks(columns, senses);
      expect(ranksOf(columns, senses)).toEqual(expected);
      expect(withTinyCutoffs(() => ranksOf(columns, senses))).toEqual(expected);
    });

    it('keeps NaN rows out and ±Infinity in on a large table', () => {
      const d = 3;
      const columns = integerTable(1500, d, 6, 7);
      const rand = mulberry32(8);
      for (const c of columns) {
        for (let i = 0; i < c.length; i++) {
          const u = rand();
          if (u < 0.02) c[i] = NaN;
          else if (u < 0.05) c[i] = Infinity;
          else if (u < 0.08) c[i] = -Infinity;
        }
      }
      const senses: Sense[] = ['min', 'max', 'min'];
      expect(ranksOf(columns, senses)).toEqual(bruteRanks(columns, senses));
    });

    it('handles a long chain (one row per rank) in three objectives', () => {
      const n = 2000;
      const x = Float64Array.from({ length: n }, (_, i) => n - i);
      const ranks = ranksOf([x, x.map((v) => v * 2), x.map((v) => -v)], ['min', 'min', 'max']);
      expect(ranks).toEqual(Array.from({ length: n }, (_, i) => n - i));
    });
  });
});
