import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import { epsilonAdditive, igdPlus } from './indicators';
import { table, uniformTable } from './testing/arbitraries';
import { hasNaN, toRows } from './testing/oracle';
import type { Sense } from './types';

function cols(...rows: number[][]): Float64Array[] {
  const d = rows[0].length;
  return Array.from({ length: d }, (_, k) => Float64Array.from(rows, (r) => r[k]));
}

/** Direct nested loops over all valid rows, written from the definitions. */
function oracle(columns: Float64Array[], senses: readonly Sense[], ref: Float64Array[]) {
  const flip = (r: number[]) => r.map((v, k) => (senses[k] === 'max' ? -v : v));
  const A = toRows(columns).filter((r) => !hasNaN(r)).map(flip);
  const Z = toRows(ref).filter((r) => !hasNaN(r)).map(flip);
  const diff = (a: number, z: number) => (a === z ? 0 : a - z);
  if (Z.length === 0) return { igd: NaN, eps: NaN };
  if (A.length === 0) return { igd: Infinity, eps: Infinity };
  let igd = 0;
  let eps = -Infinity;
  for (const z of Z) {
    let minD = Infinity;
    let minE = Infinity;
    for (const a of A) {
      let s = 0;
      let e = -Infinity;
      for (let k = 0; k < z.length; k++) {
        const t = diff(a[k], z[k]);
        s += Math.max(t, 0) ** 2;
        e = Math.max(e, t);
      }
      minD = Math.min(minD, Math.sqrt(s));
      minE = Math.min(minE, e);
    }
    igd += minD;
    eps = Math.max(eps, minE);
  }
  return { igd: igd / Z.length + 0, eps: eps + 0 };
}

describe('igdPlus and epsilonAdditive: hand-computed values', () => {
  // A = {(1, 3), (2, 2)}, Z = {(0, 2), (3, 0)} (both minimized)
  // z = (0, 2): d+ to (1, 3) = √2, to (2, 2) = 2        -> √2;  ε terms max(1, 1) = 1, max(2, 0) = 2 -> 1
  // z = (3, 0): d+ to (1, 3) = 3,  to (2, 2) = 2        -> 2;   ε terms max(−2, 3) = 3, max(−1, 2) = 2 -> 2
  const A = cols([1, 3], [2, 2]);
  const Z = cols([0, 2], [3, 0]);

  it('minimization', () => {
    expect(igdPlus(A, ['min', 'min'], Z)).toBeCloseTo((Math.SQRT2 + 2) / 2, 14);
    expect(epsilonAdditive(A, ['min', 'min'], Z)).toBe(2);
  });

  it("'max' objectives (same numbers with the second column negated)", () => {
    const neg = (c: Float64Array[]) => [c[0], c[1].map((v) => -v)];
    expect(igdPlus(neg(A), ['min', 'max'], neg(Z))).toBeCloseTo((Math.SQRT2 + 2) / 2, 14);
    expect(epsilonAdditive(neg(A), ['min', 'max'], neg(Z))).toBe(2);
  });

  it('ignores dominated rows and NaN rows on either side', () => {
    const A2 = cols([1, 3], [NaN, 0], [2, 2], [5, 5], [2, 3]);
    const Z2 = cols([0, 2], [3, NaN], [3, 0]);
    expect(igdPlus(A2, ['min', 'min'], Z2)).toBeCloseTo((Math.SQRT2 + 2) / 2, 14);
    expect(epsilonAdditive(A2, ['min', 'min'], Z2)).toBe(2);
  });

  it('a set against itself is 0', () => {
    const P = cols([0, 3], [1, 1], [3, 0], [2, 2], [1, 1]);
    expect(igdPlus(P, ['min', 'min'], P)).toBe(0);
    expect(epsilonAdditive(P, ['min', 'min'], P)).toBe(0);
  });

  it('against a copy shifted worse by δ: ε = δ and IGD+ = δ√d', () => {
    const Zr = [
      [0, 3, 6],
      [1, 1, 4],
      [3, 0, 5],
      [6, 5, 0],
    ];
    const delta = 0.25;
    const shifted = cols(...Zr.map((r) => r.map((v) => v + delta)));
    expect(epsilonAdditive(shifted, ['min', 'min', 'min'], cols(...Zr))).toBe(delta);
    expect(igdPlus(shifted, ['min', 'min', 'min'], cols(...Zr))).toBeCloseTo(delta * Math.sqrt(3), 14);
    // shifted better: ε = −δ, IGD+ = 0
    const better = cols(...Zr.map((r) => r.map((v) => v - delta)));
    expect(epsilonAdditive(better, ['min', 'min', 'min'], cols(...Zr))).toBe(-delta);
    expect(igdPlus(better, ['min', 'min', 'min'], cols(...Zr))).toBe(0);
    // 'max' objectives: "worse" means smaller
    const worseMax = cols(...Zr.map((r) => r.map((v) => v - delta)));
    expect(epsilonAdditive(worseMax, ['max', 'max', 'max'], cols(...Zr))).toBe(delta);
    expect(igdPlus(worseMax, ['max', 'max', 'max'], cols(...Zr))).toBeCloseTo(delta * Math.sqrt(3), 14);
  });

  it('IGD+ only counts the amount by which a row is worse', () => {
    // (0, 5) vs z = (1, 1): only the second objective is worse, by 4 (plain distance would be √17)
    expect(igdPlus(cols([0, 5]), ['min', 'min'], cols([1, 1]))).toBe(4);
    expect(epsilonAdditive(cols([0, 5]), ['min', 'min'], cols([1, 1]))).toBe(4);
  });

  it('empty cases: no reference point -> NaN, no valid row -> Infinity', () => {
    const none = [new Float64Array(0), new Float64Array(0)];
    const s: Sense[] = ['min', 'min'];
    expect(igdPlus(A, s, none)).toBeNaN();
    expect(epsilonAdditive(A, s, none)).toBeNaN();
    expect(igdPlus(A, s, cols([NaN, 1]))).toBeNaN();
    expect(epsilonAdditive(A, s, cols([1, NaN]))).toBeNaN();
    expect(igdPlus(none, s, Z)).toBe(Infinity);
    expect(epsilonAdditive(none, s, Z)).toBe(Infinity);
    expect(igdPlus(cols([NaN, 0]), s, Z)).toBe(Infinity);
    expect(epsilonAdditive(cols([0, NaN]), s, Z)).toBe(Infinity);
    expect(igdPlus(none, s, none)).toBeNaN();
  });

  it('infinities: equal infinities match, never NaN', () => {
    const s: Sense[] = ['min', 'min'];
    expect(igdPlus(cols([Infinity, 0]), s, cols([Infinity, 0]))).toBe(0);
    expect(epsilonAdditive(cols([Infinity, 0]), s, cols([Infinity, 0]))).toBe(0);
    expect(igdPlus(cols([Infinity, 0]), s, cols([1, 0]))).toBe(Infinity);
    expect(epsilonAdditive(cols([-Infinity, -Infinity]), s, cols([1, 0]))).toBe(-Infinity);
    expect(igdPlus(cols([-Infinity, 3]), s, cols([-Infinity, 1], [Infinity, 0]))).toBe(2.5); // (2 + 3) / 2
    expect(epsilonAdditive(cols([-Infinity, 3]), s, cols([-Infinity, 1], [Infinity, 0]))).toBe(3);
  });

  it('IGD+ does not overflow on huge but finite gaps', () => {
    expect(igdPlus(cols([1e200, 1e200]), ['min', 'min'], cols([0, 0]))).toBeCloseTo(Math.SQRT2 * 1e200, -186);
  });
});

describe('igdPlus and epsilonAdditive: properties', () => {
  const twoTables = (opts: { maxD?: number; maxRows?: number; special?: boolean }) =>
    table({ ...opts }).chain(({ columns, senses }) =>
      fc
        .array(
          fc.array(fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constantFrom(NaN, Infinity, -Infinity)), {
            minLength: columns.length,
            maxLength: columns.length,
          }),
          { maxLength: 12 },
        )
        .map((rows) => ({
          columns,
          senses,
          ref: Array.from({ length: columns.length }, (_, k) => Float64Array.from(rows, (r) => r[k])),
        })),
    );

  it('agree with the nested-loop oracle (ties, duplicates, NaN, ±Infinity, mixed senses)', () => {
    fc.assert(
      fc.property(twoTables({ maxD: 5, maxRows: 30 }), ({ columns, senses, ref }) => {
        const o = oracle(columns, senses, ref);
        expect(igdPlus(columns, senses, ref)).toBe(o.igd);
        expect(epsilonAdditive(columns, senses, ref)).toBe(o.eps);
      }),
      { numRuns: 1000 },
    );
  });

  it('agree with the oracle on larger inputs (divide-and-conquer front in 4-D)', () => {
    for (const [n, d, seed] of [
      [400, 2, 1],
      [400, 3, 2],
      [300, 4, 3],
      [200, 5, 4],
    ]) {
      const A = uniformTable(n, d, seed);
      const Z = uniformTable(40, d, seed + 100).map((c) => c.map((v) => v * 0.8));
      const s = Array.from({ length: d }, (_, k): Sense => (k % 2 ? 'max' : 'min'));
      const o = oracle(A, s, Z);
      expect(igdPlus(A, s, Z)).toBe(o.igd);
      expect(epsilonAdditive(A, s, Z)).toBe(o.eps);
    }
  });

  it('a set against itself is 0', () => {
    fc.assert(
      fc.property(table({ maxD: 5, maxRows: 30 }), ({ columns, senses }) => {
        const valid = toRows(columns).some((r) => !hasNaN(r));
        const expected = valid ? 0 : NaN;
        expect(igdPlus(columns, senses, columns)).toBe(expected);
        expect(epsilonAdditive(columns, senses, columns)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('against itself shifted by δ in every objective: ε = δ (either direction), IGD+ = 0 when better', () => {
    fc.assert(
      fc.property(
        table({ maxD: 4, maxRows: 20, special: false }),
        fc.integer({ min: -8, max: 8 }),
        ({ columns, senses }, step) => {
          if (columns[0].length === 0) return;
          const delta = step / 4; // exact in binary, and the integer-heavy values stay exact
          const ints = columns.map((c) => c.map((v) => Math.round(v * 4) / 4));
          const shifted = ints.map((c, k) => c.map((v) => (senses[k] === 'max' ? v - delta : v + delta)));
          expect(epsilonAdditive(shifted, senses, ints)).toBe(delta + 0);
          if (delta <= 0) expect(igdPlus(shifted, senses, ints)).toBe(0);
          else expect(igdPlus(shifted, senses, ints)).toBeLessThanOrEqual(delta * Math.sqrt(ints.length) * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('igdPlus and epsilonAdditive: input errors', () => {
  const A = cols([1, 3], [2, 2]);
  const s: Sense[] = ['min', 'min'];
  for (const f of [igdPlus, epsilonAdditive]) {
    it(`${f.name} rejects a reference front with another number of objectives or bad columns`, () => {
      const wrongD = () => f(A, s, cols([1, 2, 3]));
      expect(wrongD).toThrow(CoreInputError);
      expect(wrongD).toThrow(/senses has 2 entries but referenceFront has 3 objectives/);
      const ragged = () => f(A, s, [new Float64Array(1), new Float64Array(2)]);
      expect(ragged).toThrow(CoreInputError);
      expect(ragged).toThrow(/referenceFront have different lengths/);
      expect(() => f(A, s, [new Float64Array(1), [1] as unknown as Float64Array])).toThrow(
        /referenceFront\[1\] must be a Float64Array/,
      );
      expect(() => f([new Float64Array(1), new Float64Array(2)], s, A)).toThrow(/columns have different lengths/);
      expect(() => f(A, ['min'], A)).toThrow(CoreInputError);
    });
  }
});
