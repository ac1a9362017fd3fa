import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import { scalarize, type ScalarizeOptions } from './scalarize';
import { table, type Table } from './testing/arbitraries';
import { bruteFront, dominates, hasNaN, toRows } from './testing/oracle';
import type { Sense } from './types';

/** Columns from rows. */
function cols(...rows: number[][]): Float64Array[] {
  const d = rows.length ? rows[0].length : 0;
  return Array.from({ length: d }, (_, k) => Float64Array.from(rows, (r) => r[k]));
}

function close(actual: Float64Array, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    if (Number.isNaN(e) || !Number.isFinite(e)) expect(actual[i]).toBe(e);
    else expect(actual[i]).toBeCloseTo(e, 12);
  });
}

// f1 is minimized, f2 maximized. In minimization space: f1 = 1, 3, 5 and -f2 = -10, -30, -20.
// Range-normalized: row0 (0, 1), row1 (0.5, 0), row2 (1, 0.5); row3 has NaN.
const T = cols([1, 10], [3, 30], [5, 20], [NaN, 5]);
const S: Sense[] = ['min', 'max'];

describe('scalarize: hand-computed values', () => {
  it('weighted sum, range normalization (max column: largest value maps to 0)', () => {
    close(scalarize(T, S, [1, 2], { method: 'weighted-sum', normalization: 'range' }), [2, 0.5, 2, NaN]);
    close(scalarize(T, S, [2, 1], { method: 'weighted-sum', normalization: 'range' }), [1, 1, 2.5, NaN]);
  });

  it('weighted sum, no normalization (max column negated)', () => {
    close(scalarize(T, S, [1, 2], { method: 'weighted-sum', normalization: 'none' }), [-19, -57, -35, NaN]);
  });

  it('augmented Chebyshev to the ideal point, range normalization', () => {
    close(scalarize(T, S, [1, 2], { method: 'chebyshev', normalization: 'range', rho: 0 }), [2, 0.5, 1, NaN]);
    // default rho = 1e-6
    close(scalarize(T, S, [1, 2], { method: 'chebyshev', normalization: 'range' }), [
      2 + 1e-6 * 2,
      0.5 + 1e-6 * 0.5,
      1 + 1e-6 * 2,
      NaN,
    ]);
  });

  it('augmented Chebyshev to the ideal point, no normalization', () => {
    // ideal z* = (1, -30); terms row0 (0, 20), row1 (2, 0), row2 (4, 10)
    close(scalarize(T, S, [1, 1], { method: 'chebyshev', normalization: 'none', rho: 0.1 }), [22, 2.2, 11.4, NaN]);
  });

  it('Chebyshev to a given reference point (data units, normalized like the data)', () => {
    // reference (0, 40) -> oriented (0, -40) -> normalized (-0.25, -0.5)
    const o: ScalarizeOptions = { method: 'chebyshev', normalization: 'range', rho: 0, referencePoint: [0, 40] };
    close(scalarize(T, S, [1, 1], o), [1.5, 0.75, 1.25, NaN]);
    // raw terms row0 (1, 30), row1 (3, 10), row2 (5, 20)
    close(scalarize(T, S, [1, 1], { ...o, normalization: 'none' }), [30, 10, 20, NaN]);
  });

  it('ASF with range normalization: rows beating the reference score below 0', () => {
    // reference (4, 25) -> normalized (0.75, 0.25)
    const o: ScalarizeOptions = { method: 'asf', normalization: 'range', rho: 0.01, referencePoint: [4, 25] };
    close(scalarize(T, S, [1, 1], o), [0.75, -0.255, 0.255, NaN]);
  });

  it('ASF multiplies by the weights', () => {
    // reference (2, 25) -> oriented (2, -25); raw terms row0 (-1, 15), row1 (1, -5), row2 (3, 5)
    const o: ScalarizeOptions = { method: 'asf', normalization: 'none', rho: 0, referencePoint: [2, 25] };
    close(scalarize(T, S, [1, 0.5], o), [7.5, 1, 3, NaN]);
    close(scalarize(T, S, [4, 0.5], o), [7.5, 4, 12, NaN]);
  });

  it('a constant column maps to 0 under range normalization, for min and max', () => {
    const c = cols([0, 7], [1, 7], [2, 7]);
    for (const s of [['min', 'min'], ['min', 'max']] as Sense[][]) {
      close(scalarize(c, s, [1, 5], { method: 'weighted-sum', normalization: 'range' }), [0, 0.5, 1]);
      close(scalarize(c, s, [1, 5], { method: 'chebyshev', normalization: 'range', rho: 0 }), [0, 0.5, 1]);
    }
  });

  it('a weight of 0 ignores its objective entirely, even in the ASF max and with infinities', () => {
    const c = cols([1, Infinity], [2, -Infinity], [3, 0]);
    const s: Sense[] = ['min', 'min'];
    close(scalarize(c, s, [1, 0], { method: 'weighted-sum', normalization: 'none' }), [1, 2, 3]);
    const o: ScalarizeOptions = { method: 'asf', normalization: 'none', rho: 0, referencePoint: [10, 10] };
    close(scalarize(c, s, [1, 0], o), [-9, -8, -7]);
  });

  it('ranges come from finite values; infinities give infinite scores, never NaN', () => {
    const c = cols([0, 1], [2, 1], [Infinity, 1], [-Infinity, 1], [4, 1], [Infinity, -Infinity]);
    const s: Sense[] = ['min', 'min'];
    close(scalarize(c, s, [1, 1], { method: 'weighted-sum', normalization: 'range' }), [
      0,
      0.5,
      Infinity,
      -Infinity,
      1,
      Infinity, // +Infinity wins over -Infinity: infinitely bad somewhere is never preferred
    ]);
    close(scalarize(c, s, [1, 1], { method: 'chebyshev', normalization: 'range', rho: 0 }), [
      0,
      0.5,
      Infinity,
      0,
      1,
      Infinity,
    ]);
    close(scalarize(c, s, [1, 1], { method: 'chebyshev', normalization: 'range' }), [
      0,
      0.5 + 0.5e-6,
      Infinity,
      -Infinity,
      1 + 1e-6,
      Infinity,
    ]);
    // 'max': +Infinity is the best possible value
    close(scalarize(cols([1], [Infinity], [3]), ['max'], [1], { method: 'weighted-sum', normalization: 'range' }), [
      1,
      -Infinity,
      0,
    ]);
    // a column without any finite value is left as is
    close(
      scalarize(cols([Infinity, 0], [-Infinity, 1]), s, [1, 1], { method: 'weighted-sum', normalization: 'range' }),
      [Infinity, -Infinity],
    );
    // both at the same infinity: f - z = 0
    close(
      scalarize(cols([-Infinity, 0], [0, 1]), s, [1, 1], { method: 'chebyshev', normalization: 'none', rho: 0, referencePoint: [5, 5] }),
      [-5, -4],
    );
  });

  it('ranges ignore rows with NaN in another objective', () => {
    const c = cols([0, 0], [100, NaN], [10, 1]);
    close(scalarize(c, ['min', 'min'], [1, 0], { method: 'weighted-sum', normalization: 'range' }), [0, NaN, 1]);
  });

  it('ranges wider than the largest double still normalize to [0, 1]', () => {
    const c = cols([-1e308], [0], [1e308]);
    close(scalarize(c, ['min'], [1], { method: 'weighted-sum', normalization: 'range' }), [0, 0.5, 1]);
  });

  it('finite terms that overflow part way do not make NaN', () => {
    const c = cols([1e308, 1e308, -1e308, -1e308]);
    const r = scalarize(c, ['min', 'min', 'min', 'min'], [1, 1, 1, 1], { method: 'weighted-sum', normalization: 'none' });
    expect(r[0]).toBe(0);
  });

  it('a table without rows gives an empty result', () => {
    expect(scalarize([new Float64Array(0)], ['min'], [1], { method: 'weighted-sum', normalization: 'none' }).length).toBe(0);
    expect(scalarize([new Float64Array(0)], ['min'], [1], { method: 'asf', normalization: 'range', referencePoint: [0] }).length).toBe(0);
  });
});

/** Integer-valued tables (no rounding ties), mixed senses, 1-4 objectives. */
const intTable: fc.Arbitrary<Table> = fc
  .record({ d: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 25 }) })
  .chain(({ d, n }) =>
    fc.record({
      senses: fc.array(fc.constantFrom<Sense>('min', 'max'), { minLength: d, maxLength: d }),
      rows: fc.array(fc.array(fc.integer({ min: -3, max: 6 }), { minLength: d, maxLength: d }), {
        minLength: n,
        maxLength: n,
      }),
    }),
  )
  .map(({ senses, rows }) => ({ senses, columns: cols(...rows) }));

const posWeights = (d: number) =>
  fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: d, maxLength: d });

const withWeights = (t: fc.Arbitrary<Table>) =>
  t.chain((tb) => fc.tuple(fc.constant(tb), posWeights(tb.columns.length)));

function argmins(s: Float64Array): number[] {
  let best = Infinity;
  s.forEach((v) => {
    if (v < best) best = v;
  });
  const out: number[] = [];
  s.forEach((v, i) => {
    if (v === best) out.push(i);
  });
  return out;
}

/** Options of every method; ASF and the reference-point Chebyshev use a reference from the table's range. */
function allOptions(ref: number[], rho?: number): ScalarizeOptions[] {
  const out: ScalarizeOptions[] = [];
  for (const normalization of ['range', 'none'] as const) {
    out.push({ method: 'weighted-sum', normalization });
    out.push({ method: 'chebyshev', normalization, rho });
    out.push({ method: 'chebyshev', normalization, rho, referencePoint: ref });
    out.push({ method: 'asf', normalization, rho, referencePoint: ref });
  }
  return out;
}

describe('scalarize: properties', () => {
  it('with positive weights (and rho > 0) every minimizer is non-dominated (integer tables)', () => {
    fc.assert(
      fc.property(
        withWeights(intTable),
        fc.array(fc.integer({ min: -4, max: 7 }), { minLength: 4, maxLength: 4 }),
        fc.oneof(fc.constant(undefined), fc.double({ min: 1e-4, max: 1, noNaN: true })),
        ([{ columns, senses }, w], refAll, rho) => {
          const front = new Set(bruteFront(columns, senses));
          const ref = refAll.slice(0, columns.length);
          for (const o of allOptions(ref, rho)) {
            for (const i of argmins(scalarize(columns, senses, w, o))) expect(front.has(i)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps Pareto order on any table: a dominating row never scores worse; some minimizer is non-dominated', () => {
    fc.assert(
      fc.property(
        table({ maxD: 4, maxRows: 20 }).chain((tb) =>
          fc.tuple(
            fc.constant(tb),
            fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 10, noNaN: true })), {
              minLength: tb.columns.length,
              maxLength: tb.columns.length,
            }),
            fc.array(fc.integer({ min: -5, max: 8 }), { minLength: tb.columns.length, maxLength: tb.columns.length }),
          ),
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([{ columns, senses }, w0, ref], rho) => {
          const w = w0.every((x) => x === 0) ? w0.map(() => 1) : w0;
          const rows = toRows(columns);
          const allPositive = w.every((x) => x > 0);
          const front = new Set(bruteFront(columns, senses));
          for (const o of allOptions(ref, rho)) {
            const s = scalarize(columns, senses, w, o);
            rows.forEach((r, i) => expect(Number.isNaN(s[i])).toBe(hasNaN(r)));
            rows.forEach((a, i) =>
              rows.forEach((b, j) => {
                if (dominates(a, b, senses)) expect(s[i]).toBeLessThanOrEqual(s[j]);
              }),
            );
            const mins = argmins(s);
            if (allPositive && mins.length) expect(mins.some((i) => front.has(i))).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('scaling all weights by a power of two scales every score exactly', () => {
    fc.assert(
      fc.property(
        withWeights(table({ maxD: 4, maxRows: 20 })),
        fc.constantFrom(2, 4, 8, 1024),
        ([{ columns: raw, senses }, w], c) => {
          // subnormal values lose bits when multiplied by a weight, so scaling would not be exact
          const columns = raw.map((col) => col.map((v) => (Math.abs(v) < 1e-300 ? 0 : v)));
          const ref = columns.map(() => 1);
          for (const o of allOptions(ref)) {
            const a = scalarize(columns, senses, w, o);
            const b = scalarize(columns, senses, w.map((x) => x * c), o);
            a.forEach((v, i) => expect(b[i]).toBe(v * c));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scaling all weights by any positive constant keeps the ranking', () => {
    fc.assert(
      fc.property(withWeights(intTable), fc.double({ min: 0.01, max: 100, noNaN: true }), ([{ columns, senses }, w], c) => {
        const ref = columns.map(() => 2);
        for (const o of allOptions(ref, 0.01)) {
          const a = scalarize(columns, senses, w, o);
          const b = scalarize(columns, senses, w.map((x) => x * c), o);
          for (let i = 0; i < a.length; i++) {
            for (let j = 0; j < a.length; j++) {
              // exact ties may break either way by rounding; real gaps must keep their order
              if (a[i] < a[j] - 1e-9 * (1 + Math.abs(a[j]))) expect(b[i]).toBeLessThan(b[j]);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a 'max' objective is the same as its negated column under 'min'", () => {
    fc.assert(
      fc.property(
        withWeights(table({ maxD: 4, maxRows: 20 })),
        fc.array(fc.integer({ min: -5, max: 8 }), { minLength: 4, maxLength: 4 }),
        ([{ columns, senses }, w], refAll) => {
          const ref = refAll.slice(0, columns.length);
          const negCols = columns.map((c, k) => (senses[k] === 'max' ? c.map((v) => -v) : c));
          const negRef = ref.map((v, k) => (senses[k] === 'max' ? -v : v));
          const mins = senses.map((): Sense => 'min');
          const a = allOptions(ref);
          const b = allOptions(negRef);
          a.forEach((o, t) => {
            const x = scalarize(columns, senses, w, o);
            const y = scalarize(negCols, mins, w, b[t]);
            x.forEach((v, i) => expect(v + 0).toBe(y[i] + 0));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scalarize: input errors', () => {
  const ok: ScalarizeOptions = { method: 'weighted-sum', normalization: 'range' };
  const cases: [string, () => unknown, RegExp][] = [
    ['weights of the wrong length', () => scalarize(T, S, [1], ok), /weights has 1 entries but there are 2 objectives/],
    ['a negative weight', () => scalarize(T, S, [1, -1], ok), /weights\[1\] is -1; weights must not be negative/],
    ['a NaN weight', () => scalarize(T, S, [NaN, 1], ok), /weights\[0\] is NaN/],
    ['an infinite weight', () => scalarize(T, S, [Infinity, 1], ok), /weights\[0\] is Infinity; expected a finite number/],
    ['all-zero weights', () => scalarize(T, S, [0, 0], ok), /weights are all zero/],
    ['missing weights', () => scalarize(T, S, undefined as unknown as number[], ok), /weights is missing/],
    [
      'an unknown method',
      () => scalarize(T, S, [1, 1], { method: 'tchebycheff' as 'chebyshev', normalization: 'range' }),
      /method is "tchebycheff"; expected 'weighted-sum', 'chebyshev' or 'asf'/,
    ],
    [
      'an unknown normalization',
      () => scalarize(T, S, [1, 1], { method: 'asf', normalization: 'zscore' as 'none', referencePoint: [0, 0] }),
      /normalization is "zscore"; expected 'range' or 'none'/,
    ],
    ['missing options', () => scalarize(T, S, [1, 1], undefined as unknown as ScalarizeOptions), /options are missing/],
    ['a negative rho', () => scalarize(T, S, [1, 1], { method: 'chebyshev', normalization: 'range', rho: -0.1 }), /rho is -0.1/],
    ['a NaN rho', () => scalarize(T, S, [1, 1], { method: 'asf', normalization: 'range', rho: NaN, referencePoint: [0, 0] }), /rho is NaN/],
    ['an infinite rho', () => scalarize(T, S, [1, 1], { method: 'chebyshev', normalization: 'none', rho: Infinity }), /rho is Infinity/],
    ['ASF without a reference point', () => scalarize(T, S, [1, 1], { method: 'asf', normalization: 'range' }), /referencePoint is missing; method 'asf'/],
    [
      'a reference point of the wrong length',
      () => scalarize(T, S, [1, 1], { method: 'asf', normalization: 'range', referencePoint: [0, 0, 0] }),
      /referencePoint has 3 entries but there are 2 objectives/,
    ],
    [
      'a reference point with NaN',
      () => scalarize(T, S, [1, 1], { method: 'chebyshev', normalization: 'range', referencePoint: [0, NaN] }),
      /referencePoint\[1\] is NaN/,
    ],
    [
      'an infinite reference point',
      () => scalarize(T, S, [1, 1], { method: 'asf', normalization: 'none', referencePoint: [-Infinity, 0] }),
      /referencePoint\[0\] is -Infinity; expected a finite number/,
    ],
    [
      'columns of different lengths',
      () => scalarize([new Float64Array(2), new Float64Array(3)], S, [1, 1], ok),
      /columns\[0\] has 2 rows but columns\[1\] has 3/,
    ],
    ['a table without objectives', () => scalarize([], [], [], ok), /columns must hold at least one objective column/],
    ['senses of the wrong length', () => scalarize(T, ['min'], [1, 1], ok), /senses has 1 entries but columns has 2 objectives/],
  ];
  for (const [name, call, message] of cases) {
    it(`rejects ${name}`, () => {
      expect(call).toThrow(CoreInputError);
      expect(call).toThrow(message);
    });
  }
});
