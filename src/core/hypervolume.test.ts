import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDtlzLinear8d } from './testing/referenceData';
import { CoreInputError } from './errors';
import { hypervolume, hypervolumeContributions } from './hypervolume';
import { mulberry32, sphereFront, table, uniformTable, type Table } from './testing/arbitraries';
import { bruteFront, bruteHypervolume, hasNaN, toRows } from './testing/oracle';
import type { Sense } from './types';

const f = (...xs: number[]) => Float64Array.from(xs);

/** |a − b| small relative to the larger of a, b and `scale` (the size of the quantity they come from). */
function close(a: number, b: number, scale = 0): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), Math.abs(scale)) + 1e-280;
}

function expectClose(actual: number, expected: number, scale = 0, what = ''): void {
  if (!close(actual, expected, scale)) {
    expect.fail(`${what} ${actual} is not within 1e-9 of ${expected} (scale ${scale})`);
  }
}

interface Case extends Table {
  reference: number[];
}

/**
 * A finite reference per objective: usually a little beyond the worst finite value (sometimes exactly
 * at it, so the worst rows are excluded), sometimes one of the data values or a small integer, so that
 * part of the data is not strictly better than it.
 */
function referenceFor(t: Table): fc.Arbitrary<number[]> {
  return fc.tuple(
    ...t.columns.map((col, k) => {
      const finite = Array.from(col).filter(Number.isFinite);
      const free = fc.integer({ min: -4, max: 7 });
      if (finite.length === 0) return free;
      const worst = t.senses[k] === 'min' ? Math.max(...finite) : Math.min(...finite);
      const beyond = fc
        .oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 3, noNaN: true }))
        .map((off) => (t.senses[k] === 'min' ? worst + off : worst - off));
      return fc.oneof(
        { weight: 6, arbitrary: beyond },
        { weight: 2, arbitrary: fc.constantFrom(...finite) },
        { weight: 1, arbitrary: free },
      );
    }),
  );
}

function cases(d: number, maxRows: number, special = true): fc.Arbitrary<Case> {
  return table({ minD: d, maxD: d, maxRows, special }).chain((t) =>
    referenceFor(t).map((reference) => ({ ...t, reference })),
  );
}

const ROWS_FOR_D = [0, 24, 14, 9, 7, 6];
const RUNS_FOR_D = [0, 300, 300, 200, 120, 80];

function withoutRow(columns: readonly Float64Array[], i: number): Float64Array[] {
  return columns.map((c) => Float64Array.from([...c.subarray(0, i), ...c.subarray(i + 1)]));
}

function better(sense: Sense, a: number, b: number): boolean {
  return sense === 'min' ? a < b : a > b;
}

/** Row counted by the hypervolume: no NaN and strictly better than the reference everywhere. */
function counted(row: number[], senses: readonly Sense[], reference: readonly number[]): boolean {
  return !hasNaN(row) && row.every((v, k) => better(senses[k], v, reference[k]));
}

function infinitelyGood(row: number[], senses: readonly Sense[]): boolean {
  return row.some((v, k) => v === (senses[k] === 'min' ? -Infinity : Infinity));
}

/** Every row made no better than `p` (the worse of the two values per objective); NaN stays NaN. */
function clipTo(columns: readonly Float64Array[], senses: readonly Sense[], p: number[]): Float64Array[] {
  return columns.map((c, k) =>
    c.map((v) => (Number.isNaN(v) ? v : senses[k] === 'min' ? Math.max(v, p[k]) : Math.min(v, p[k]))),
  );
}

function permuteRows(columns: readonly Float64Array[], perm: readonly number[]): Float64Array[] {
  return columns.map((c) => Float64Array.from(perm, (i) => c[i]));
}

function randomPermutation(n: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

describe('hypervolume: closed forms', () => {
  it('of one point is the product of its distances to the reference', () => {
    expect(hypervolume([f(2), f(5), f(-1)], ['min', 'max', 'min'], [4, 1, 3])).toBe(2 * 4 * 4);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 1e-3, max: 20, noNaN: true })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.constantFrom<Sense>('min', 'max'), { minLength: 8, maxLength: 8 }),
        (coords, senseList) => {
          const senses = senseList.slice(0, coords.length);
          const columns = coords.map(([v]) => f(v));
          const reference = coords.map(([v, dist], k) => (senses[k] === 'min' ? v + dist : v - dist));
          let expected = 1;
          for (let k = 0; k < coords.length; k++) expected *= Math.abs(reference[k] - coords[k][0]);
          expectClose(hypervolume(columns, senses, reference), expected);
          expectClose(hypervolumeContributions(columns, senses, reference)[0], expected);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('of two points in 2-D, worked by hand, in every orientation', () => {
    // (1,3) and (2,1) below (4,4): boxes 3·1 and 2·3 overlap in [2,4]×[3,4] = 2, so 3 + 6 − 2 = 7.
    // Alone, (1,3) owns [1,2)×[3,4) = 1 and (2,1) owns [2,4)×[1,3) = 4.
    const x = f(1, 2);
    const y = f(3, 1);
    expect(hypervolume([x, y], ['min', 'min'], [4, 4])).toBe(7);
    expect(Array.from(hypervolumeContributions([x, y], ['min', 'min'], [4, 4]))).toEqual([1, 4]);
    const nx = x.map((v) => -v);
    const ny = y.map((v) => -v);
    expect(hypervolume([nx, y], ['max', 'min'], [-4, 4])).toBe(7);
    expect(hypervolume([x, ny], ['min', 'max'], [4, -4])).toBe(7);
    expect(hypervolume([nx, ny], ['max', 'max'], [-4, -4])).toBe(7);
    expect(Array.from(hypervolumeContributions([nx, ny], ['max', 'max'], [-4, -4]))).toEqual([1, 4]);
    // A point that only (2,1) dominates eats into its exclusive area: (3,2) covers [3,4)×[2,3) = 1 of it.
    expect(Array.from(hypervolumeContributions([f(1, 2, 3), f(3, 1, 2)], ['min', 'min'], [4, 4]))).toEqual([1, 3, 0]);
  });

  it('in one objective is the distance from the best value to the reference', () => {
    expect(hypervolume([f(3, 1, 2, NaN)], ['min'], [5])).toBe(4);
    expect(hypervolume([f(3, 1, 2, 9)], ['max'], [2.5])).toBe(6.5);
    expect(Array.from(hypervolumeContributions([f(3, 1, 2, NaN)], ['min'], [5]))).toEqual([0, 1, 0, 0]);
    expect(Array.from(hypervolumeContributions([f(3, 1, 1, 2)], ['min'], [5]))).toEqual([0, 0, 0, 0]);
  });

  it('is 0 for no rows, only NaN rows, or no row strictly better than the reference', () => {
    for (let d = 1; d <= 6; d++) {
      const senses = Array<Sense>(d).fill('min');
      const ref = Array<number>(d).fill(1);
      expect(hypervolume(Array.from({ length: d }, () => f()), senses, ref)).toBe(0);
      // Row 0 has NaN in one objective, row 1 in all.
      const nanRows = Array.from({ length: d }, (_, k) => (k === 0 ? f(NaN, NaN) : f(0, NaN)));
      expect(hypervolume(nanRows, senses, ref)).toBe(0);
      expect(Array.from(hypervolumeContributions(nanRows, senses, ref))).toEqual([0, 0]);
      // Equal to the reference in one objective: not strictly better, so nothing.
      const cols = Array.from({ length: d }, (_, k) => f(k === d - 1 ? 1 : 0, Infinity));
      expect(hypervolume(cols, senses, ref)).toBe(0);
      expect(Array.from(hypervolumeContributions(cols, senses, ref))).toEqual([0, 0]);
    }
  });

  it('is Infinity when a counted row is infinitely good; such rows are ignored when not counted', () => {
    expect(hypervolume([f(-Infinity, 1), f(2, 0)], ['min', 'min'], [3, 3])).toBe(Infinity);
    expect(hypervolume([f(Infinity, 1), f(2, 0)], ['max', 'min'], [0, 3])).toBe(Infinity);
    // Rows (x, y): +Infinity in a 'min' objective is infinitely bad, so row (Inf, 2) is not counted.
    expect(hypervolume([f(Infinity, 1), f(2, 2)], ['min', 'min'], [3, 3])).toBe(2);
    // Row (-Inf, 3) is infinitely good in x but not better than the reference in y.
    expect(hypervolume([f(-Infinity, 2), f(3, 2)], ['min', 'min'], [3, 3])).toBe(1);
    expect(Array.from(hypervolumeContributions([f(-Infinity, 2), f(3, 2)], ['min', 'min'], [3, 3]))).toEqual([0, 1]);
    for (let d = 3; d <= 5; d++) {
      const cols = Array.from({ length: d }, (_, k) => f(k === 0 ? -Infinity : 0, 0.5, 0.5, NaN));
      const senses = Array<Sense>(d).fill('min');
      const ref = Array<number>(d).fill(1);
      expect(hypervolume(cols, senses, ref)).toBe(Infinity);
      // Row 0 is non-dominated with an infinite box; rows 1 and 2 are duplicates, row 3 is NaN.
      expect(Array.from(hypervolumeContributions(cols, senses, ref))).toEqual([Infinity, 0, 0, 0]);
    }
    // Dominated or duplicated infinite rows still get 0; their neighbours stay finite.
    const x = f(-Infinity, -Infinity, -Infinity, 0, 1);
    const y = f(1, 1, 2, 0.5, -Infinity);
    expect(Array.from(hypervolumeContributions([x, y], ['min', 'min'], [2, 2]))).toEqual([0, 0, 0, 1 * 0.5, Infinity]);
  });
});

describe('hypervolume: against the grid oracle', () => {
  for (let d = 1; d <= 5; d++) {
    it(`matches bruteHypervolume in ${d} objective(s) (mixed senses, ties, duplicates, NaN, ±Infinity)`, () => {
      fc.assert(
        // Tables of 0–2 rows get their own share of the runs.
        fc.property(fc.oneof(cases(d, 2), cases(d, ROWS_FOR_D[d])), ({ columns, senses, reference }) => {
          const expected = bruteHypervolume(columns, senses, reference);
          const actual = hypervolume(columns, senses, reference);
          if (expected === Infinity) expect(actual).toBe(Infinity);
          else expectClose(actual, expected);
        }),
        { numRuns: RUNS_FOR_D[d], seed: 100 + d },
      );
    });
  }
});

describe('hypervolumeContributions: against the grid oracle', () => {
  for (let d = 1; d <= 5; d++) {
    it(`each finite row's contribution is HV(all) − HV(all but that row), ${d} objective(s)`, () => {
      fc.assert(
        fc.property(cases(d, ROWS_FOR_D[d] - 1, false), ({ columns, senses, reference }) => {
          const all = bruteHypervolume(columns, senses, reference);
          const contrib = hypervolumeContributions(columns, senses, reference);
          expect(contrib.length).toBe(columns[0].length);
          for (let i = 0; i < contrib.length; i++) {
            const expected = all - bruteHypervolume(withoutRow(columns, i), senses, reference);
            expectClose(contrib[i], expected, all, `row ${i}:`);
          }
        }),
        { numRuns: Math.ceil(RUNS_FOR_D[d] / 2), seed: 200 + d },
      );
    });

    it(`with NaN and ±Infinity: exclusive volume inside the row's own box, or Infinity, ${d} objective(s)`, () => {
      fc.assert(
        fc.property(cases(d, ROWS_FOR_D[d] - 1), ({ columns, senses, reference }) => {
          const contrib = hypervolumeContributions(columns, senses, reference);
          const rows = toRows(columns);
          const front = new Set(bruteFront(columns, senses));
          rows.forEach((row, i) => {
            if (!counted(row, senses, reference)) {
              expect(contrib[i]).toBe(0);
              return;
            }
            if (infinitelyGood(row, senses)) {
              const twin = rows.some((q, j) => j !== i && q.every((v, k) => v === row[k]));
              expect(contrib[i]).toBe(front.has(i) && !twin ? Infinity : 0);
              return;
            }
            // Only the row's own box matters: clip every row to it, then all values are finite
            // (apart from rows that stay uncounted) and the oracle can subtract.
            const clipped = clipTo(columns, senses, row);
            const inBox = bruteHypervolume(clipped, senses, reference);
            const expected = inBox - bruteHypervolume(withoutRow(clipped, i), senses, reference);
            expectClose(contrib[i], expected, inBox, `row ${i}:`);
          });
        }),
        { numRuns: Math.ceil(RUNS_FOR_D[d] / 2), seed: 300 + d },
      );
    });
  }

  it('gives 0 to dominated rows and to exact duplicates, and never more than the hypervolume', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((d) => cases(d, 30)),
        ({ columns, senses, reference }) => {
          const contrib = hypervolumeContributions(columns, senses, reference);
          const hv = hypervolume(columns, senses, reference);
          const rows = toRows(columns);
          const front = new Set(bruteFront(columns, senses));
          let sum = 0;
          rows.forEach((row, i) => {
            const twin = rows.some((q, j) => j !== i && q.every((v, k) => v === row[k]));
            if (!front.has(i) || twin) expect(contrib[i]).toBe(0);
            expect(contrib[i]).toBeGreaterThanOrEqual(0);
            sum += contrib[i];
          });
          // Exclusive regions are disjoint parts of the dominated region.
          if (hv < Infinity) expect(sum).toBeLessThanOrEqual(hv * (1 + 1e-9) + 1e-280);
        },
      ),
      { numRuns: 400, seed: 17 },
    );
  });
});

describe('hypervolume: properties', () => {
  const anyCase = fc.integer({ min: 1, max: 6 }).chain((d) => cases(d, d <= 3 ? 60 : 25));

  it('does not decrease when a row is added', () => {
    fc.assert(
      fc.property(anyCase, fc.array(fc.integer({ min: -4, max: 8 }), { minLength: 6, maxLength: 6 }), (c, extra) => {
        const { columns, senses, reference } = c;
        const bigger = columns.map((col, k) => Float64Array.from([...col, extra[k]]));
        const before = hypervolume(columns, senses, reference);
        const after = hypervolume(bigger, senses, reference);
        expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-12));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('is invariant under row permutation and row duplication; contributions follow the permutation', () => {
    fc.assert(
      fc.property(anyCase, fc.integer(), ({ columns, senses, reference }, seed) => {
        const n = columns[0].length;
        const perm = randomPermutation(n, seed);
        const hv = hypervolume(columns, senses, reference);
        const shuffled = permuteRows(columns, perm);
        const hvShuffled = hypervolume(shuffled, senses, reference);
        if (hv === Infinity) expect(hvShuffled).toBe(Infinity);
        else expectClose(hvShuffled, hv);
        const doubled = columns.map((c) => Float64Array.from([...c, ...c]));
        const hvDoubled = hypervolume(doubled, senses, reference);
        if (hv === Infinity) expect(hvDoubled).toBe(Infinity);
        else expectClose(hvDoubled, hv);
        const contrib = hypervolumeContributions(columns, senses, reference);
        const contribShuffled = hypervolumeContributions(shuffled, senses, reference);
        perm.forEach((i, j) => expectClose(contribShuffled[j], contrib[i], hv < Infinity ? hv : 0));
        // Every row now has a twin, so nothing is exclusive.
        expect(hypervolumeContributions(doubled, senses, reference).every((v) => v === 0)).toBe(true);
      }),
      { numRuns: 250, seed: 22 },
    );
  });

  it("is unchanged when an objective's sense flips and its column and reference are negated", () => {
    fc.assert(
      fc.property(anyCase, fc.nat(), ({ columns, senses, reference }, which) => {
        const k = which % senses.length;
        const flippedSenses = senses.map((s, j) => (j === k ? (s === 'min' ? 'max' : 'min') : s));
        const flippedColumns = columns.map((c, j) => (j === k ? c.map((v) => -v) : c));
        const flippedReference = reference.map((v, j) => (j === k ? -v : v));
        expect(hypervolume(flippedColumns, flippedSenses, flippedReference)).toBe(
          hypervolume(columns, senses, reference),
        );
        expect(hypervolumeContributions(flippedColumns, flippedSenses, flippedReference)).toEqual(
          hypervolumeContributions(columns, senses, reference),
        );
      }),
      { numRuns: 250, seed: 23 },
    );
  });
});

describe('hypervolume: larger inputs, one algorithm against another', () => {
  const S = (d: number) => Array<Sense>(d).fill('min');
  /** The table with extra constant objectives appended: HV scales by the product of their distances. */
  const lift = (cols: Float64Array[], consts: number[]) => [...cols, ...consts.map((c) => new Float64Array(cols[0].length).fill(c))];

  it('2-D sweep (radix sort) = 3-D sweep and 4-D WFG with constant extra objectives', () => {
    for (const [n, grid, seed] of [
      [5000, 0, 1],
      [3000, 50, 2],
      [20000, 0, 3],
    ]) {
      const cols = uniformTable(n, 2, seed).map((c) => (grid ? c.map((v) => Math.floor(v * grid) / grid) : c));
      const hv2 = hypervolume(cols, S(2), [1, 1]);
      expectClose(hypervolume(lift(cols, [0.5]), S(3), [1, 1, 1]) / 0.5, hv2);
      expectClose(hypervolume(lift(cols, [0.5, 0.75]), S(4), [1, 1, 1, 1]) / (0.5 * 0.25), hv2);
    }
  });

  it('3-D sweep (radix and comparison sorts, ties) = 4-D WFG with a constant extra objective', () => {
    for (const [n, grid, seed] of [
      [5000, 0, 4],
      [1500, 0, 5],
      [3000, 20, 6],
    ]) {
      const cols = sphereFront(n, 3, seed).map((c) => (grid ? c.map((v) => Math.round(v * grid) / grid) : c));
      const hv3 = hypervolume(cols, S(3), [1.1, 1.1, 1.1]);
      expectClose(hypervolume(lift(cols, [0.1]), S(4), [1.1, 1.1, 1.1, 1.1]), hv3);
    }
    const u = uniformTable(20000, 3, 7);
    expectClose(hypervolume(lift(u, [0]), S(4), [1, 1, 1, 1]), hypervolume(u, S(3), [1, 1, 1]));
  });

  it('contributions equal HV(all) − HV(all but that row) on bigger 3- and 4-objective fronts with ties', () => {
    for (const [n, d, grid, seed] of [
      [150, 3, 0, 8],
      [200, 3, 12, 9],
      [400, 3, 0, 10],
      [60, 4, 0, 11],
      [80, 4, 6, 12],
    ]) {
      const cols = sphereFront(n, d, seed).map((c) => (grid ? c.map((v) => Math.round(v * grid) / grid) : c));
      // Some dominated rows too, so that the points a front point alone dominates matter.
      const rand = mulberry32(seed);
      const extra = cols.map((c) => Float64Array.from({ length: n / 2 }, (_, i) => c[i] + 0.05 * rand()));
      const all = cols.map((c, k) => Float64Array.from([...c, ...extra[k]]));
      const ref = Array<number>(d).fill(1.1);
      const hv = hypervolume(all, S(d), ref);
      const contrib = hypervolumeContributions(all, S(d), ref);
      for (let i = 0; i < all[0].length; i++) {
        expectClose(contrib[i], hv - hypervolume(withoutRow(all, i), S(d), ref), hv, `${d}D row ${i}:`);
      }
    }
  });
});

describe('hypervolume: 8-objective linear fronts (moocore DTLZLinearShape.8d.front.60pts.10)', () => {
  const load = () => {
    const { rows: points, set } = loadDtlzLinear8d();
    const rows = points.map((r, i) => [...r, set[i]]);
    expect(rows).toHaveLength(600);
    const sets = new Map<number, number[][]>();
    for (const r of rows) {
      expect(r).toHaveLength(9);
      expect(r.every(Number.isFinite)).toBe(true);
      const s = sets.get(r[8]) ?? [];
      s.push(r.slice(0, 8));
      sets.set(r[8], s);
    }
    expect([...sets.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const s of sets.values()) expect(s).toHaveLength(60);
    return [...sets.values()];
  };
  const columnsOf = (pts: number[][], d = 8) => Array.from({ length: d }, (_, k) => Float64Array.from(pts, (p) => p[k]));
  const mins = Array<Sense>(8).fill('min');
  const ones = Array<number>(8).fill(1);

  /** Inclusion–exclusion over all non-empty subsets: Σ (−1)^{|T|+1} vol(box(max T)). */
  function inclusionExclusion(pts: number[][], ref: number[]): number {
    const n = pts.length;
    const d = ref.length;
    let total = 0;
    const corner = new Float64Array(d);
    for (let mask = 1; mask < 1 << n; mask++) {
      corner.fill(-Infinity);
      let bits = 0;
      for (let i = 0; i < n; i++) {
        if (!(mask & (1 << i))) continue;
        bits++;
        for (let k = 0; k < d; k++) if (pts[i][k] > corner[k]) corner[k] = pts[i][k];
      }
      let v = 1;
      for (let k = 0; k < d; k++) v *= ref[k] - corner[k];
      total += bits % 2 ? v : -v;
    }
    return total;
  }

  it('WFG agrees with inclusion–exclusion on 12-point subsets of every set', () => {
    for (const set of load()) {
      for (let start = 0; start + 12 <= 60; start += 12) {
        const pts = set.slice(start, start + 12);
        expectClose(hypervolume(columnsOf(pts), mins, ones), inclusionExclusion(pts, ones), 1);
      }
    }
  });

  it('with five objectives made constant, equals their volume times the 3-objective grid oracle', () => {
    const sets = load();
    for (const set of [sets[0], sets[7]]) {
      const consts = [0.05, 0.1, 0, 0.2, 0.01];
      const pts = set.map((p) => [p[0], p[1], p[2], ...consts]);
      const scale = consts.reduce((v, c) => v * (1 - c), 1);
      const oracle3 = bruteHypervolume(columnsOf(pts, 3), ['min', 'min', 'min'], [1, 1, 1]);
      expectClose(hypervolume(columnsOf(pts), mins, ones), scale * oracle3);
    }
  });

  it('with the last objective set to 0 equals the 7-objective hypervolume of the rest', () => {
    const set = load()[2];
    const hv7 = hypervolume(columnsOf(set, 7), mins.slice(0, 7), ones.slice(0, 7));
    expectClose(hypervolume(columnsOf(set.map((p) => [...p.slice(0, 7), 0])), mins, ones), hv7);
  });

  it('full 60-point sets: within a Monte Carlo estimate, and monotone under union', () => {
    const sets = load();
    const pooled = sets.flat();
    const hvPooled = hypervolume(columnsOf(pooled), mins, ones);
    const rand = mulberry32(2026);
    sets.forEach((set, s) => {
      const hv = hypervolume(columnsOf(set), mins, ones);
      expect(hv).toBeGreaterThan(0.9);
      expect(hv).toBeLessThanOrEqual(hvPooled);
      expect(hv).toBeGreaterThanOrEqual(hypervolume(columnsOf(set.slice(0, 30)), mins, ones));
      if (s >= 3) return; // Monte Carlo on three sets is enough
      // Independent estimate: share of uniform samples in [0,1]^8 dominated by some point.
      const N = 100_000;
      let hit = 0;
      const x = new Float64Array(8);
      for (let t = 0; t < N; t++) {
        for (let k = 0; k < 8; k++) x[k] = rand();
        if (set.some((p) => p.every((v, k) => v <= x[k]))) hit++;
      }
      const est = hit / N;
      const se = Math.sqrt((est * (1 - est)) / N);
      expect(Math.abs(hv - est)).toBeLessThan(5 * se);
    });
  });

  it('contributions of a 60-point set equal HV(all) − HV(all but that point)', () => {
    const set = load()[0];
    const cols = columnsOf(set);
    const hv = hypervolume(cols, mins, ones);
    const contrib = hypervolumeContributions(cols, mins, ones);
    let positive = 0;
    for (let i = 0; i < 60; i++) {
      expectClose(contrib[i], hv - hypervolume(withoutRow(cols, i), mins, ones), hv, `point ${i}:`);
      if (contrib[i] > 0) positive++;
    }
    expect(positive).toBe(60); // all 60 are non-dominated and distinct
  });
});

describe('hypervolume: input errors', () => {
  const cols = [f(1, 2), f(3, 4)];
  const senses: Sense[] = ['min', 'max'];
  for (const fn of [hypervolume, hypervolumeContributions]) {
    it(`${fn.name} rejects a bad reference or table with CoreInputError`, () => {
      const bad: [Float64Array[], number[], string][] = [
        [cols, [5], 'reference has 1 entries but there are 2 objectives'],
        [cols, [5, 0, 1], 'reference has 3 entries but there are 2 objectives'],
        [cols, [NaN, 0], 'reference[0] is NaN; expected a number'],
        [cols, [5, Infinity], 'reference[1] is Infinity; expected a finite number'],
        [cols, [-Infinity, 0], 'reference[0] is -Infinity; expected a finite number'],
        [[f(1, 2), f(3)], [5, 0], 'columns have different lengths: columns[0] has 2 rows but columns[1] has 1'],
      ];
      for (const [c, ref, message] of bad) {
        expect(() => fn(c, senses, ref)).toThrow(CoreInputError);
        expect(() => fn(c, senses, ref)).toThrow(message);
      }
      expect(() => fn(cols, senses, undefined as unknown as number[])).toThrow(CoreInputError);
    });
  }
});
