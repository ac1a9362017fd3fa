import { loadTpls } from './testing/referenceData';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coverage,
  coverageMatrix,
  defaultReference,
  groupFronts,
  groupIndicators,
  headToHead,
  headToHeadSentence,
} from './compare';
import { CoreInputError } from './errors';
import { boundedHypervolume, hypervolume } from './hypervolume';
import { epsilonAdditive, igdPlus } from './indicators';
import { paretoFront } from './pareto';
import { cell, mulberry32, sphereFront, table, uniformTable } from './testing/arbitraries';
import { bruteFront, bruteHypervolume, dominates, hasNaN, toRows, type Row } from './testing/oracle';
import type { Sense } from './types';

const f = (...xs: number[]) => Float64Array.from(xs);
const cols = (...rows: number[][]): Float64Array[] =>
  Array.from({ length: rows[0].length }, (_, k) => Float64Array.from(rows, (r) => r[k]));
const sense = fc.constantFrom<Sense>('min', 'max');

// ---------------------------------------------------------------------------------------------
// Oracles, written straight from the definitions

/** a is at least as good as b in every objective; NaN rows never take part. */
function weaklyDominates(a: Row, b: Row, senses: readonly Sense[]): boolean {
  if (hasNaN(a) || hasNaN(b)) return false;
  return senses.every((s, k) => (s === 'min' ? a[k] <= b[k] : a[k] >= b[k]));
}

function bruteCoverage(a: Float64Array[], b: Float64Array[], senses: readonly Sense[]): number {
  const A = toRows(a).filter((r) => !hasNaN(r));
  const B = toRows(b).filter((r) => !hasNaN(r));
  if (B.length === 0) return NaN;
  return B.filter((q) => A.some((p) => weaklyDominates(p, q, senses))).length / B.length;
}

function pick(columns: Float64Array[], rows: ArrayLike<number>): Float64Array[] {
  return columns.map((c) => Float64Array.from(rows, (i) => c[i]));
}

function rowsOfGroup(codes: Int32Array, g: number): number[] {
  return Array.from(codes.keys()).filter((i) => codes[i] === g);
}

/** Equal, both NaN, or within a relative 1e-9 (sums taken in different orders). */
function close(actual: number, expected: number): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) expect(actual).toBe(expected);
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Two tables sharing objectives and senses; B re-uses some of A's rows so ties across sets are common. */
function tablePair(opts: { minD?: number; maxD?: number; maxRows?: number; special?: boolean } = {}) {
  const { minD = 1, maxD = 5, maxRows = 30, special = true } = opts;
  return fc
    .integer({ min: minD, max: maxD })
    .chain((d) =>
      fc.record({
        senses: fc.array(sense, { minLength: d, maxLength: d }),
        a: fc.array(fc.array(cell(special), { minLength: d, maxLength: d }), { maxLength: maxRows }),
        b: fc.array(fc.array(cell(special), { minLength: d, maxLength: d }), { maxLength: maxRows }),
        copies: fc.array(fc.nat(), { maxLength: 8 }),
      }),
    )
    .map(({ senses, a, b, copies }) => {
      const bb = b.slice();
      if (a.length) for (const c of copies) bb.push(a[c % a.length].slice());
      const d = senses.length;
      const toCols = (rows: number[][]) => Array.from({ length: d }, (_, k) => Float64Array.from(rows, (r) => r[k]));
      return { senses, a: toCols(a), b: toCols(bb) };
    });
}

/** A table plus a group code (-1 .. groups - 1) for each row. */
function groupedTable(opts: { minD?: number; maxD?: number; maxRows?: number; maxGroups?: number } = {}) {
  const { minD = 1, maxD = 4, maxRows = 40, maxGroups = 4 } = opts;
  return table({ minD, maxD, maxRows }).chain(({ columns, senses }) =>
    fc.integer({ min: 0, max: maxGroups }).chain((groupCount) =>
      fc
        .array(fc.integer({ min: -1, max: groupCount - 1 }), {
          minLength: columns[0].length,
          maxLength: columns[0].length,
        })
        .map((codes) => ({ columns, senses, groupCount, codes: Int32Array.from(codes) })),
    ),
  );
}

// ---------------------------------------------------------------------------------------------

describe('coverage', () => {
  it('matches a hand-worked example', () => {
    // A = {(1, 4), (3, 2)}; B = {(1, 4) tie, (2, 5) covered by (1, 4), (4, 2) by (3, 2), (2, 3) not, (0, 9) not}
    const A = cols([1, 4], [3, 2]);
    const B = cols([1, 4], [2, 5], [4, 2], [2, 3], [0, 9]);
    expect(coverage(A, B, ['min', 'min'])).toBe(3 / 5);
    // B covers A's (1, 4) by the tie; nothing in B is <= (3, 2) in both objectives.
    expect(coverage(B, A, ['min', 'min'])).toBe(1 / 2);
    // Same numbers with the second objective maximized after negation.
    const neg = (c: Float64Array[]) => [c[0], c[1].map((v) => -v)];
    expect(coverage(neg(A), neg(B), ['min', 'max'])).toBe(3 / 5);
  });

  it('empty cases: B without a valid row -> NaN, A without one -> 0, C(A, A) = 1', () => {
    const s: Sense[] = ['min', 'min'];
    const none = [f(), f()];
    const A = cols([1, 2], [2, 1]);
    expect(coverage(A, none, s)).toBeNaN();
    expect(coverage(A, cols([NaN, 1]), s)).toBeNaN();
    expect(coverage(none, none, s)).toBeNaN();
    expect(coverage(none, A, s)).toBe(0);
    expect(coverage(cols([1, NaN]), A, s)).toBe(0);
    expect(coverage(A, A, s)).toBe(1);
  });

  it('treats ±Infinity as ordinary values', () => {
    const s: Sense[] = ['min', 'min'];
    expect(coverage(cols([Infinity, 0]), cols([Infinity, 0]), s)).toBe(1);
    expect(coverage(cols([Infinity, 0]), cols([5, 0]), s)).toBe(0);
    expect(coverage(cols([-Infinity, -Infinity]), cols([5, 0], [Infinity, Infinity]), s)).toBe(1);
    expect(coverage(cols([0, 0, Infinity]), cols([0, 0, Infinity]), ['min', 'min', 'min'])).toBe(1);
  });

  it('agrees with the brute-force oracle (1-5 objectives, mixed senses, ties, duplicates, NaN, ±Infinity)', () => {
    fc.assert(
      fc.property(tablePair({ maxD: 5, maxRows: 30 }), ({ senses, a, b }) => {
        expect(coverage(a, b, senses)).toBe(bruteCoverage(a, b, senses));
        expect(coverage(b, a, senses)).toBe(bruteCoverage(b, a, senses));
      }),
      { numRuns: 1500, seed: 20260301 },
    );
  });

  it('agrees with the oracle on larger integer-heavy tables (divide and conquer, many ties)', () => {
    fc.assert(
      fc.property(tablePair({ minD: 2, maxD: 6, maxRows: 250, special: false }), ({ senses, a, b }) => {
        expect(coverage(a, b, senses)).toBe(bruteCoverage(a, b, senses));
      }),
      { numRuns: 120, seed: 99 },
    );
  });

  it('agrees with the oracle when most values of an objective tie at its best (median = minimum splits)', () => {
    // Leading objectives mostly 0, the last two on the line x + y = 20: large fronts full of ties.
    const skewed = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) });
    const row = (d: number) =>
      fc.tuple(fc.array(skewed, { minLength: d - 2, maxLength: d - 2 }), fc.integer({ min: 0, max: 20 })).map(([head, t]) => [...head, t, 20 - t]);
    const rows = (d: number) => fc.array(row(d), { minLength: 60, maxLength: 200 });
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 6 }).chain((d) => fc.tuple(rows(d), rows(d))),
        ([a, b]) => {
          const d = a[0].length;
          const s = Array.from({ length: d }, (): Sense => 'min');
          const A = cols(...a);
          const B = cols(...b);
          expect(coverage(A, B, s)).toBe(bruteCoverage(A, B, s));
          expect(coverage(B, A, s)).toBe(bruteCoverage(B, A, s));
        },
      ),
      { numRuns: 60, seed: 41 },
    );
  });

  it('agrees with the oracle on seeded fronts and clouds (radix sorts, deep recursion)', () => {
    for (const [n, d, seed] of [
      [1500, 2, 1],
      [1500, 3, 2],
      [600, 4, 3],
      [500, 5, 4],
    ]) {
      const s = Array.from({ length: d }, (): Sense => 'min');
      const front = sphereFront(n, d, seed);
      const cloud = uniformTable(n, d, seed + 7).map((c) => c.map((v) => v * 0.9 + 0.15));
      expect(coverage(front, cloud, s)).toBe(bruteCoverage(front, cloud, s));
      expect(coverage(cloud, front, s)).toBe(bruteCoverage(cloud, front, s));
    }
  });

  it('C(A, A) = 1, and flipping a sense equals negating that column in both tables', () => {
    fc.assert(
      fc.property(tablePair({ maxD: 5, maxRows: 25 }), fc.nat(), ({ senses, a, b }, at) => {
        const valid = toRows(a).some((r) => !hasNaN(r));
        expect(coverage(a, a, senses)).toBe(valid ? 1 : NaN);
        const k = at % senses.length;
        const flipped = senses.map((s, kk) => (kk === k ? (s === 'min' ? 'max' : 'min') : s));
        const neg = (t: Float64Array[]) => t.map((c, kk) => (kk === k ? c.map((v) => -v) : c));
        expect(coverage(neg(a), neg(b), flipped)).toBe(coverage(a, b, senses));
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('rejects malformed input with specific messages', () => {
    const s: Sense[] = ['min', 'min'];
    expect(() => coverage(cols([1, 2]), [f(1), f(2), f(3)], s)).toThrow(/a has 2 objectives but b has 3/);
    expect(() => coverage(cols([1, 2]), [f(1, 2), f(1)], s)).toThrow(/b have different lengths/);
    expect(() => coverage([f(1, 2), f(1)], cols([1, 2]), s)).toThrow(/a have different lengths/);
    expect(() => coverage(cols([1, 2]), cols([1, 2]), ['min'])).toThrow(CoreInputError);
    expect(() => coverage(cols([1, 2]), cols([1, 2]), ['min', 'up' as Sense])).toThrow(/senses\[1\]/);
  });
});

describe('coverageMatrix', () => {
  it('is C(front_i, front_j) for every pair, with 1 (or NaN) on the diagonal', () => {
    fc.assert(
      fc.property(groupedTable({ maxD: 5, maxRows: 40, maxGroups: 4 }), ({ columns, senses, groupCount, codes }) => {
        const m = coverageMatrix(columns, senses, codes, groupCount);
        expect(m.length).toBe(groupCount * groupCount);
        const fronts = Array.from({ length: groupCount }, (_, g) => {
          const rows = rowsOfGroup(codes, g);
          const local = bruteFront(pick(columns, rows), senses);
          return pick(columns, local.map((t) => rows[t]));
        });
        for (let i = 0; i < groupCount; i++) {
          for (let j = 0; j < groupCount; j++) {
            const expected = i === j ? (fronts[i][0].length ? 1 : NaN) : bruteCoverage(fronts[i], fronts[j], senses);
            expect(m[i * groupCount + j]).toBe(expected);
          }
        }
      }),
      { numRuns: 500, seed: 17 },
    );
  });

  it('ignores rows without a group and rejects bad codes', () => {
    const c = cols([1, 1], [2, 2], [0, 0]);
    const s: Sense[] = ['min', 'min'];
    // Row 2 would cover everything but belongs to no group.
    expect(Array.from(coverageMatrix(c, s, Int32Array.of(0, 1, -1), 2))).toEqual([1, 1, 0, 1]);
    expect(() => coverageMatrix(c, s, Int32Array.of(0, 2, 1), 2)).toThrow(/groupCodes\[1\] is 2; expected -1 \(no group\) or a group from 0 to 1/);
    expect(() => coverageMatrix(c, s, Int32Array.of(0, -2, 1), 2)).toThrow(/groupCodes\[1\] is -2/);
    expect(() => coverageMatrix(c, s, Int32Array.of(0, 1), 2)).toThrow(/groupCodes has 2 entries but the columns have 3 rows/);
    expect(() => coverageMatrix(c, s, [0, 1, 1] as unknown as Int32Array, 2)).toThrow(/Int32Array/);
    expect(() => coverageMatrix(c, s, Int32Array.of(0, 1, 1), 1.5)).toThrow(/groupCount is 1.5/);
    expect(() => coverageMatrix(c, s, Int32Array.of(0, 0, 0), 0)).toThrow(/groupCount 0/);
  });
});

describe('groupFronts', () => {
  it("equals paretoFront applied to each group's rows by hand", () => {
    fc.assert(
      fc.property(groupedTable({ maxD: 5, maxRows: 50, maxGroups: 5 }), ({ columns, senses, groupCount, codes }) => {
        const fronts = groupFronts(columns, senses, codes, groupCount);
        expect(fronts.length).toBe(groupCount);
        for (let g = 0; g < groupCount; g++) {
          const rows = rowsOfGroup(codes, g);
          const expected = bruteFront(pick(columns, rows), senses).map((t) => rows[t]);
          expect(fronts[g]).toBeInstanceOf(Uint32Array);
          expect(Array.from(fronts[g])).toEqual(expected);
        }
      }),
      { numRuns: 600, seed: 23 },
    );
  });
});

describe('groupIndicators', () => {
  it('matches the core functions applied per group by hand', () => {
    fc.assert(
      fc.property(groupedTable({ maxD: 4, maxRows: 30, maxGroups: 4 }), ({ columns, senses, groupCount, codes }) => {
        const reference = senses.map((s) => (s === 'min' ? 200 : -200));
        const got = groupIndicators(columns, senses, codes, groupCount, reference);
        const grouped = Array.from(codes.keys()).filter((i) => codes[i] >= 0);
        const globalLocal = paretoFront(pick(columns, grouped), senses);
        const globalRows = Array.from(globalLocal, (t) => grouped[t]);
        const globalCols = pick(columns, globalRows);
        const globalHv = hypervolume(globalCols, senses, reference);
        expect(got.length).toBe(groupCount);
        let shares = 0;
        for (let g = 0; g < groupCount; g++) {
          const rows = rowsOfGroup(codes, g);
          const own = pick(columns, rows);
          const front = paretoFront(own, senses);
          const hv = hypervolume(own, senses, reference);
          const r = got[g];
          expect(r.rows).toBe(rows.length);
          expect(r.frontSize).toBe(front.length);
          const share = globalRows.length ? globalRows.filter((i) => codes[i] === g).length / globalRows.length : NaN;
          expect(r.globalShare).toBe(share);
          shares += r.globalShare;
          close(r.hypervolume, hv);
          close(r.hvRatio, globalHv === 0 || !Number.isFinite(globalHv) ? NaN : hv / globalHv);
          expect(r.igdPlus).toBe(igdPlus(own, senses, globalCols));
          expect(r.epsilon).toBe(epsilonAdditive(own, senses, globalCols));
          if (Number.isFinite(r.hvRatio)) expect(r.hvRatio).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (globalRows.length && groupCount) expect(shares).toBeCloseTo(1, 12);
      }),
      { numRuns: 400, seed: 29 },
    );
  });

  it('a hand-worked two-group example', () => {
    // Group 0: (1, 3), (3, 1); group 1: (2, 2), (4, 4); row 4 ungrouped (0, 0) is ignored.
    const c = cols([1, 3], [3, 1], [2, 2], [4, 4], [0, 0]);
    const codes = Int32Array.of(0, 0, 1, 1, -1);
    const [a, b] = groupIndicators(c, ['min', 'min'], codes, 2, [5, 5]);
    // Global front (1, 3), (3, 1), (2, 2); HV by strips of x: 1..2 height 2, 2..3 height 3, 3..5 height 4.
    const globalHv = 1 * 2 + 1 * 3 + 2 * 4;
    // Group 0 alone: x 1..3 height 2, 3..5 height 4.
    expect(a).toMatchObject({ rows: 2, frontSize: 2, globalShare: 2 / 3, hypervolume: 2 * 2 + 2 * 4 });
    expect(a.hypervolume).toBe(bruteHypervolume(cols([1, 3], [3, 1]), ['min', 'min'], [5, 5]));
    expect(a.hvRatio).toBe(a.hypervolume / globalHv);
    expect(b).toMatchObject({ rows: 2, frontSize: 1, globalShare: 1 / 3, hypervolume: 9, hvRatio: 9 / globalHv });
    // Group 1 reaches (2, 2) only; (1, 3) is 1 short in x, (3, 1) 1 short in y.
    expect(b.epsilon).toBe(1);
    expect(b.igdPlus).toBeCloseTo(2 / 3, 15);
    expect(a.epsilon).toBe(1); // (2, 2) is 1 away from both of group 0's points
  });

  it('rejects a bad reference point', () => {
    const c = cols([1, 3], [3, 1]);
    const codes = Int32Array.of(0, 0);
    expect(() => groupIndicators(c, ['min', 'min'], codes, 1, [5])).toThrow(/reference has 1 entries/);
    expect(() => groupIndicators(c, ['min', 'min'], codes, 1, [5, Infinity])).toThrow(/reference\[1\] is Infinity/);
    expect(() => groupIndicators(c, ['min', 'min'], codes, 1, [5, NaN])).toThrow(CoreInputError);
  });
});

describe('defaultReference', () => {
  it('pushes the worst value out by 10% of the range, per sense', () => {
    const c = cols([0, 10], [10, 30], [5, 20]);
    expect(defaultReference(c, ['min', 'min'])).toEqual([11, 32]);
    expect(defaultReference(c, ['max', 'min'])).toEqual([-1, 32]);
    expect(defaultReference(c, ['max', 'max'])).toEqual([-1, 8]);
  });

  it('constant objective: 10% of |value|, or 1 at 0', () => {
    expect(defaultReference(cols([4, 0, -5], [4, 0, -5]), ['min', 'max', 'min'])).toEqual([4.4, -1, -4.5]);
  });

  it('only the shown rows count; NaN rows and infinite values are skipped', () => {
    const c = cols([0, 0], [10, 100], [5, 50], [NaN, 1000], [Infinity, 20]);
    expect(defaultReference(c, ['min', 'min'], Uint32Array.of(0, 2))).toEqual([5.5, 55]);
    // row 3 has NaN: ignored everywhere; row 4's Infinity is skipped in x only
    expect(defaultReference(c, ['min', 'min'])).toEqual([11, 110]);
  });

  it('is strictly worse than every usable row, so each adds hypervolume', () => {
    fc.assert(
      fc.property(table({ maxD: 4, maxRows: 30, special: false }), ({ columns, senses }) => {
        if (columns[0].length === 0) return;
        const ref = defaultReference(columns, senses);
        for (const r of toRows(columns)) {
          r.forEach((v, k) => (senses[k] === 'min' ? expect(v).toBeLessThan(ref[k]) : expect(v).toBeGreaterThan(ref[k])));
        }
      }),
      { numRuns: 300, seed: 31 },
    );
  });

  it('throws when there is nothing to take a reference from', () => {
    expect(() => defaultReference([f(), f()], ['min', 'min'])).toThrow(/none of the 0 shown rows/);
    expect(() => defaultReference(cols([NaN, 1]), ['min', 'min'])).toThrow(/at least one row without NaN/);
    expect(() => defaultReference(cols([Infinity, 1]), ['min', 'min'])).toThrow(/objective 0 has no finite value/);
    expect(() => defaultReference(cols([1, 1]), ['min', 'min'], Uint32Array.of(1))).toThrow(/rows\[0\] is 1; expected a row index from 0 to 0/);
  });
});

describe('headToHead', () => {
  const subsets = table({ minD: 1, maxD: 5, maxRows: 40 }).chain(({ columns, senses }) => {
    const n = columns[0].length;
    const idx = n ? fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 30 }) : fc.constant([] as number[]);
    return fc.record({ columns: fc.constant(columns), senses: fc.constant(senses), a: idx, b: idx });
  });

  it('agrees with brute force on both fronts and on strict dominance', () => {
    fc.assert(
      fc.property(subsets, ({ columns, senses, a, b }) => {
        const r = headToHead(columns, senses, Uint32Array.from(a), Uint32Array.from(b));
        const rows = toRows(columns);
        const frontOf = (set: number[]) => {
          const u = [...new Set(set)].sort((p, q) => p - q);
          return bruteFront(pick(columns, u), senses).map((t) => u[t]);
        };
        const fa = frontOf(a);
        const fb = frontOf(b);
        expect(Array.from(r.aFront)).toEqual(fa);
        expect(Array.from(r.bFront)).toEqual(fb);
        const beaten = (front: number[], by: number[]) => front.filter((i) => by.some((j) => dominates(rows[j], rows[i], senses)));
        expect(Array.from(r.aDominatedByB)).toEqual(beaten(fa, b));
        expect(Array.from(r.bDominatedByA)).toEqual(beaten(fb, a));
      }),
      { numRuns: 1500, seed: 37 },
    );
  });

  it('exact ties dominate neither way', () => {
    const c = cols([1, 3], [2, 2], [1, 3], [3, 3], [2, 2]);
    const r = headToHead(c, ['min', 'min'], Uint32Array.of(0, 1), Uint32Array.of(2, 3, 4));
    expect(Array.from(r.aDominatedByB)).toEqual([]);
    expect(Array.from(r.bDominatedByA)).toEqual([]);
    expect(Array.from(r.bFront)).toEqual([2, 4]);
  });

  it('rejects rows out of range', () => {
    expect(() => headToHead(cols([1, 1]), ['min', 'min'], Uint32Array.of(0), Uint32Array.of(3))).toThrow(/bRows\[0\] is 3/);
    expect(() => headToHead(cols([1, 1]), ['min', 'min'], [0] as unknown as Uint32Array, Uint32Array.of(0))).toThrow(/aRows must be a Uint32Array/);
  });
});

describe('headToHeadSentence', () => {
  const res = (a: number, b: number) => ({ aDominatedByB: new Uint32Array(a), bDominatedByA: new Uint32Array(b) });
  it('reads naturally', () => {
    expect(headToHeadSentence('A', 'B', res(7, 0), 9, 4)).toBe("B dominates 7 of A's 9 front points; A dominates none of B's");
    expect(headToHeadSentence('A', 'B', res(0, 2), 9, 5)).toBe("B dominates none of A's 9 front points; A dominates 2 of B's 5");
    expect(headToHeadSentence('A', 'B', res(9, 0), 9, 5)).toBe("B dominates all 9 of A's front points; A dominates none of B's");
    expect(headToHeadSentence('A', 'B', res(1, 1), 1, 1)).toBe("B dominates A's only front point; A dominates B's only one");
    expect(headToHeadSentence('A', 'B', res(0, 0), 1, 1)).toBe("B does not dominate A's only front point; A does not dominate B's only one");
    expect(headToHeadSentence('A', 'B', res(0, 0), 0, 3)).toBe("A has no front points to compare with B's 3 front points");
    expect(headToHeadSentence('A', 'B', res(0, 0), 1, 0)).toBe("B has no front points to compare with A's 1 front point");
    expect(headToHeadSentence('A', 'B', res(0, 0), 0, 0)).toBe('Neither A nor B has a front point to compare');
  });
  it('rejects sizes that cannot be right', () => {
    expect(() => headToHeadSentence('A', 'B', res(3, 0), 2, 1)).toThrow(/aFrontSize is 2 but result.aDominatedByB lists 3/);
    expect(() => headToHeadSentence('A', 'B', res(0, 0), 2, -1)).toThrow(/bFrontSize is -1/);
  });
});

// ---------------------------------------------------------------------------------------------


describe('tpls50x20_1_MWT (7 algorithms × 15 runs, both objectives minimized)', () => {
  it('per-algorithm fronts, hypervolumes, shares and coverage', () => {
    const { names, x, y, algo, run } = loadTpls();
    const columns = [x, y];
    const s: Sense[] = ['min', 'min'];
    expect(names.length).toBe(7);
    expect(Math.min(...run)).toBe(0);
    expect(Math.max(...run)).toBe(14);
    const fronts = groupFronts(columns, s, algo, 7);
    const ref = defaultReference(columns, s);
    const ind = groupIndicators(columns, s, algo, 7, ref);
    for (let g = 0; g < 7; g++) {
      const rows = rowsOfGroup(algo, g);
      expect(Array.from(fronts[g])).toEqual(bruteFront(pick(columns, rows), s).map((t) => rows[t]));
      const hv = hypervolume(pick(columns, rows), s, ref);
      expect(ind[g].hypervolume).toBe(hv);
      expect(ind[g].hypervolume).toBeCloseTo(bruteHypervolume(pick(columns, Array.from(fronts[g])), s, ref), 3);
      expect(ind[g].rows).toBe(rows.length);
      expect(ind[g].hvRatio).toBeGreaterThan(0.5);
      expect(ind[g].hvRatio).toBeLessThanOrEqual(1);
    }
    expect(ind.reduce((t, r) => t + r.globalShare, 0)).toBeCloseTo(1, 12);
    const m = coverageMatrix(columns, s, algo, 7);
    for (let i = 0; i < 7; i++) {
      expect(m[i * 7 + i]).toBe(1);
      for (let j = 0; j < 7; j++) {
        const A = pick(columns, Array.from(fronts[i]));
        const B = pick(columns, Array.from(fronts[j]));
        expect(m[i * 7 + j]).toBe(bruteCoverage(A, B, s));
      }
    }
    const h = headToHead(columns, s, Uint32Array.from(rowsOfGroup(algo, 0)), Uint32Array.from(rowsOfGroup(algo, 1)));
    expect(Array.from(h.aFront)).toEqual(Array.from(fronts[0]));
    expect(Array.from(h.bFront)).toEqual(Array.from(fronts[1]));
    // Share of B's front that A's front strictly dominates never exceeds A's coverage of B's front.
    expect(h.bDominatedByA.length / h.bFront.length).toBeLessThanOrEqual(m[0 * 7 + 1]);
  });
});

describe('groupIndicators: the global front and its hypervolume come with the table', () => {
  it('on the flowshop runs they equal paretoFront and hypervolume of all grouped rows', () => {
    const { names, x, y, algo } = loadTpls();
    const senses: Sense[] = ['min', 'min'];
    const ref = [4600, 40000];
    const table = groupIndicators([x, y], senses, algo, names.length, ref);
    expect(Array.from(table.globalFront)).toEqual(Array.from(paretoFront([x, y], senses)));
    expect(table.globalHypervolume).toBe(hypervolume([x, y], senses, ref));
    expect(table).toHaveLength(names.length);
  });
});

describe('groupIndicators within the interactive budget', () => {
  it('skips the hypervolumes of a front too large for its number of objectives, keeps everything else', () => {
    const n = 900;
    const rnd = mulberry32(7);
    // Points on the simplex in 8 objectives: all mutually non-dominated, so the global front is all 900.
    const cols = Array.from({ length: 8 }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const v = cols.map(() => rnd() + 1e-9);
      for (const x of v) sum += x;
      v.forEach((x, k) => (cols[k][i] = x / sum));
    }
    const codes = Int32Array.from({ length: n }, (_, i) => i % 3);
    const senses: Sense[] = cols.map(() => 'min');
    const ref = cols.map(() => 1.1);
    const skipped = groupIndicators(cols, senses, codes, 3, ref, { withinBudget: true });
    expect(skipped.hypervolumeSkipped).toBe(true);
    expect(Number.isNaN(skipped.globalHypervolume)).toBe(true);
    expect(skipped.every((g) => Number.isNaN(g.hypervolume) && Number.isNaN(g.hvRatio))).toBe(true);
    expect(skipped.map((g) => g.globalShare).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(skipped.every((g) => g.frontSize === 300 && g.igdPlus >= 0)).toBe(true);
    // Two objectives never skip.
    const small = groupIndicators(cols.slice(0, 2), senses.slice(0, 2), codes, 3, ref.slice(0, 2), { withinBudget: true });
    expect(small.hypervolumeSkipped).toBe(false);
    expect(Number.isFinite(small.globalHypervolume)).toBe(true);
  });
});

describe('boundedHypervolume: exact within its work budget, null past it', () => {
  it('equals hypervolume whenever it answers, for 2 to 5 objectives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 1e9 }), (d, n, seed) => {
        const rnd = mulberry32(seed);
        const cols = Array.from({ length: d }, () => Float64Array.from({ length: n }, () => rnd()));
        const senses: Sense[] = cols.map((_, k) => (k % 2 ? 'max' : 'min'));
        const ref = senses.map((s) => (s === 'min' ? 1.2 : -0.2));
        const got = boundedHypervolume(cols, senses, ref);
        expect(got).not.toBeNull();
        expect(got).toBe(hypervolume(cols, senses, ref));
      }),
      { numRuns: 60 },
    );
  });
  it('gives up on a tiny budget in 4+ objectives, never in 2 or 3, and one budget bounds several calls', () => {
    const rnd = mulberry32(99);
    const make = (d: number) => Array.from({ length: d }, () => Float64Array.from({ length: 200 }, () => rnd()));
    const four = make(4);
    const senses4: Sense[] = ['min', 'min', 'min', 'min'];
    expect(boundedHypervolume(four, senses4, [2, 2, 2, 2], { remaining: 100 })).toBeNull();
    const three = make(3);
    const senses3: Sense[] = ['min', 'min', 'min'];
    expect(boundedHypervolume(three, senses3, [2, 2, 2], { remaining: 0 })).toBe(hypervolume(three, senses3, [2, 2, 2]));
    expect(boundedHypervolume(three.slice(0, 2), senses3.slice(0, 2), [2, 2], { remaining: 0 })).toBe(hypervolume(three.slice(0, 2), senses3.slice(0, 2), [2, 2]));
    const exact = hypervolume(four, senses4, [2, 2, 2, 2]);
    // Measure one call's work with a large finite budget, then let a budget of 1.5 calls serve one call but not two.
    const finite = { remaining: 1e12 };
    boundedHypervolume(four, senses4, [2, 2, 2, 2], finite);
    const once = 1e12 - finite.remaining;
    expect(once).toBeGreaterThan(0);
    const tight = { remaining: once * 1.5 };
    expect(boundedHypervolume(four, senses4, [2, 2, 2, 2], tight)).toBe(exact);
    expect(boundedHypervolume(four, senses4, [2, 2, 2, 2], tight)).toBeNull();
  });
});

describe('groupIndicators measures only the groups asked for', () => {
  it('gives the same figures for those, NaN for the others, and the same sizes and shares for all', () => {
    const { names, x, y, algo } = loadTpls();
    const senses: Sense[] = ['min', 'min'];
    const ref = [4600, 40000];
    const all = groupIndicators([x, y], senses, algo, names.length, ref);
    const some = groupIndicators([x, y], senses, algo, names.length, ref, { measured: [1, 4] });
    some.forEach((g, k) => {
      expect(g.frontSize).toBe(all[k].frontSize);
      expect(g.globalShare).toBe(all[k].globalShare);
      if (k === 1 || k === 4) expect(g).toEqual(all[k]);
      else expect([g.hypervolume, g.igdPlus, g.epsilon].every(Number.isNaN)).toBe(true);
    });
    expect(some.globalHypervolume).toBe(all.globalHypervolume);
    expect(() => groupIndicators([x, y], senses, algo, names.length, ref, { measured: [names.length] })).toThrow(CoreInputError);
  });
});
