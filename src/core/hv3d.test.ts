import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Hv3Workspace, RankSet, hv3d, sortIdx } from './hv3d';
import { mulberry32 } from './testing/arbitraries';
import { bruteHypervolume } from './testing/oracle';

describe('sortIdx', () => {
  it('sorts by key then tie, like a comparator sort, for short and long runs with many ties', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer(),
        (n, spread, seed) => {
          const rand = mulberry32(seed);
          const key = Float64Array.from({ length: n }, () => Math.floor(rand() * spread) - spread / 2);
          const tie = Float64Array.from({ length: n }, () => Math.floor(rand() * 4));
          const idx = Uint32Array.from({ length: n }, (_, i) => i);
          sortIdx(idx, 0, n, key, tie);
          expect(Array.from(idx).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
          for (let i = 1; i < n; i++) {
            const a = idx[i - 1];
            const b = idx[i];
            expect(key[a] < key[b] || (key[a] === key[b] && tie[a] <= tie[b])).toBe(true);
          }
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it('sorts only the requested range', () => {
    const key = Float64Array.from([5, 4, 3, 2, 1, 0]);
    const idx = Uint32Array.from([0, 1, 2, 3, 4, 5]);
    sortIdx(idx, 1, 5, key, key);
    expect(Array.from(idx)).toEqual([0, 4, 3, 2, 1, 5]);
  });
});

describe('RankSet', () => {
  it('answers insert, remove, predecessor and successor like a plain boolean array', () => {
    for (const capacity of [1, 5, 31, 32, 33, 1000, 1024, 1025, 32768, 40000, (1 << 20) + 3]) {
      const rand = mulberry32(capacity);
      const set = new RankSet(capacity);
      const has = new Set<number>();
      const pick = () => {
        // Bias towards word and level boundaries.
        const r = rand();
        if (r < 0.3) {
          const b = [0, 31, 32, 33, 1023, 1024, 1025, 32767, 32768, capacity - 1][Math.floor(rand() * 10)];
          return Math.min(capacity - 1, b);
        }
        return Math.floor(rand() * capacity);
      };
      const pred = (r: number) => {
        let best = -1;
        for (const i of has) if (i < r && i > best) best = i;
        return best;
      };
      const succ = (r: number) => {
        let best = -1;
        for (const i of has) if (i > r && (best < 0 || i < best)) best = i;
        return best;
      };
      for (let op = 0; op < 3000; op++) {
        const r = pick();
        const what = rand();
        if (what < 0.35) {
          set.insert(r);
          has.add(r);
        } else if (what < 0.6) {
          if (has.has(r)) {
            set.remove(r);
            has.delete(r);
          }
        } else if (what < 0.8) {
          expect(set.pred(r)).toBe(pred(r));
        } else {
          expect(set.succ(r)).toBe(succ(r));
        }
      }
      // Clearing empties it.
      set.clear(capacity);
      expect(set.succ(0)).toBe(-1);
      expect(set.pred(capacity - 1)).toBe(-1);
      if (capacity > 1) {
        set.insert(0);
        expect(set.succ(0)).toBe(-1);
        expect(set.pred(capacity - 1)).toBe(0);
      }
    }
  });
});

describe('hv3d', () => {
  it('matches the grid oracle on small integer grids (many ties, duplicates, dominated points)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
          maxLength: 60,
        }),
        (rows) => {
          const n = rows.length;
          const pts = Float64Array.from(rows.flat());
          const ws = new Hv3Workspace(n);
          const cols = [0, 1, 2].map((k) => Float64Array.from(rows, (r) => r[k]));
          const expected = bruteHypervolume(cols, ['min', 'min', 'min'], [5, 5, 5]);
          expect(hv3d(pts, n, 5, 5, 5, ws)).toBe(expected); // integers: exact
          // The workspace is reusable.
          expect(hv3d(pts, n, 5, 5, 5, ws)).toBe(expected);
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });
});
