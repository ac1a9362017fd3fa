import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexOrder, sortByKey } from './sort';
import { uniqueLex } from './unique';
import { orient } from './orient';

const special = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(Infinity, -Infinity, 0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE),
);

function reference(keys: number[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
}

describe('sortByKey', () => {
  it('is a stable ascending sort on both the comparator and the radix path', () => {
    for (const size of [5, 3000]) {
      fc.assert(
        fc.property(fc.array(special, { minLength: size, maxLength: size }), (raw) => {
          const keys = raw.map((v) => v + 0); // callers fold -0 into +0
          const idx = Uint32Array.from(keys, (_, i) => i);
          expect(Array.from(sortByKey(idx, (i) => keys[i]))).toEqual(reference(keys));
        }),
        { numRuns: size > 1000 ? 40 : 300, seed: 3 },
      );
    }
  });

  it('sorts a subset of indices without touching the input', () => {
    const keys = [5, 1, 4, 1, 3];
    const idx = Uint32Array.from([4, 2, 0]);
    expect(Array.from(sortByKey(idx, (i) => keys[i]))).toEqual([4, 2, 0]);
    expect(Array.from(idx)).toEqual([4, 2, 0]);
  });
});

describe('lexOrder and uniqueLex', () => {
  it('order lexicographically and group exact duplicates with their input rows', () => {
    for (const size of [30, 2500]) {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 4 }).chain((d) =>
            fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), {
              minLength: size,
              maxLength: size,
            }),
          ),
          (rows) => {
            const d = rows[0].length;
            const points = Float64Array.from(rows.flat());
            const dims = Array.from({ length: d }, (_, k) => k);
            const order = Array.from(lexOrder(points, d, rows.length, dims));
            const expected = rows
              .map((_, i) => i)
              .sort((a, b) => {
                for (let k = 0; k < d; k++) if (rows[a][k] !== rows[b][k]) return rows[a][k] - rows[b][k];
                return a - b;
              });
            expect(order).toEqual(expected);
            const cols = dims.map((k) => Float64Array.from(rows, (r) => r[k]));
            const u = uniqueLex(orient(cols, dims.map(() => 'min')));
            const distinct = new Set(rows.map((r) => r.join()));
            expect(u.m).toBe(distinct.size);
            for (let q = 0; q < u.m; q++) {
              const key = Array.from(u.points.subarray(q * d, q * d + d)).join();
              const members = Array.from(u.rows.subarray(u.start[q], u.start[q + 1]));
              expect(members).toEqual(rows.map((r, i) => (r.join() === key ? i : -1)).filter((i) => i >= 0));
            }
          },
        ),
        { numRuns: size > 1000 ? 20 : 200, seed: 5 },
      );
    }
  });
});
