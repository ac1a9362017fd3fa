/**
 * fast-check generators for tables that exercise the edge cases: ties, exact duplicates, NaN,
 * ±Infinity, negative values, integers with many equal coordinates, and 0, 1, 2 rows.
 */
import fc from 'fast-check';
import type { Sense } from '../types';

export interface Table {
  columns: Float64Array[];
  senses: Sense[];
}

export interface TableOptions {
  minD?: number;
  maxD?: number;
  maxRows?: number;
  /** Allow NaN and ±Infinity cells. */
  special?: boolean;
}

const sense = fc.constantFrom<Sense>('min', 'max');

/** A cell value: mostly small integers (many ties), some reals, some negatives, optional NaN/±Inf. */
export function cell(special: boolean): fc.Arbitrary<number> {
  const parts: fc.WeightedArbitrary<number>[] = [
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 6 }) },
    { weight: 3, arbitrary: fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }) },
  ];
  if (special) {
    parts.push({ weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) });
  }
  return fc.oneof(...parts);
}

export function table(opts: TableOptions = {}): fc.Arbitrary<Table> {
  const { minD = 1, maxD = 6, maxRows = 40, special = true } = opts;
  return fc
    .record({ d: fc.integer({ min: minD, max: maxD }), n: fc.integer({ min: 0, max: maxRows }) })
    .chain(({ d, n }) =>
      fc.record({
        senses: fc.array(sense, { minLength: d, maxLength: d }),
        rows: fc.array(fc.array(cell(special), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
        dupes: fc.array(fc.nat(), { maxLength: 6 }),
      }),
    )
    .map(({ senses, rows, dupes }) => {
      // Re-insert copies of existing rows so exact duplicates are common.
      const all = rows.slice();
      if (rows.length) for (const k of dupes) all.push(rows[k % rows.length].slice());
      const d = senses.length;
      const columns = Array.from({ length: d }, (_, k) => Float64Array.from(all, (r) => r[k]));
      return { columns, senses };
    });
}

/** Seeded uniform random table in [0,1)^d (mulberry32), for benchmarks and large-input tests. */
export function uniformTable(n: number, d: number, seed: number): Float64Array[] {
  const rand = mulberry32(seed);
  return Array.from({ length: d }, () => {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = rand();
    return c;
  });
}

/** Seeded points on the positive unit sphere's orthant (a concave front for minimization). */
export function sphereFront(n: number, d: number, seed: number): Float64Array[] {
  const rand = mulberry32(seed);
  const cols = Array.from({ length: d }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    let norm = 0;
    const v = new Array<number>(d);
    for (let k = 0; k < d; k++) {
      // |gaussian| via Box–Muller gives a uniform direction on the orthant.
      const u1 = rand() || 1e-12;
      const u2 = rand();
      v[k] = Math.abs(Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
      norm += v[k] * v[k];
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) cols[k][i] = v[k] / norm;
  }
  return cols;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
