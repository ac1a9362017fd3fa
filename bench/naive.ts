/**
 * The O(n²) baselines that most tools use today, written the obvious way. Benchmarks only.
 */
import type { Sense } from '../src/core';

function dominatesRow(cols: readonly Float64Array[], sign: Float64Array, a: number, b: number): boolean {
  let strict = false;
  for (let k = 0; k < cols.length; k++) {
    const va = sign[k] * cols[k][a];
    const vb = sign[k] * cols[k][b];
    if (va > vb) return false;
    if (va < vb) strict = true;
  }
  return strict;
}

function signs(senses: readonly Sense[]): Float64Array {
  return Float64Array.from(senses, (s) => (s === 'max' ? -1 : 1));
}

/** For each row, scan all rows for a dominator (stops at the first one found). */
export function naiveFront(cols: readonly Float64Array[], senses: readonly Sense[]): Uint32Array {
  const n = cols[0].length;
  const sign = signs(senses);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let dominated = false;
    for (let j = 0; j < n && !dominated; j++) dominated = j !== i && dominatesRow(cols, sign, j, i);
    if (!dominated) out.push(i);
  }
  return Uint32Array.from(out);
}

/** Deb et al.'s fast non-dominated sort (NSGA-II): all pairs compared once, O(M n²). */
export function naiveRanks(cols: readonly Float64Array[], senses: readonly Sense[]): Uint32Array {
  const n = cols[0].length;
  const sign = signs(senses);
  const dominatedBy = new Uint32Array(n);
  const beats: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (dominatesRow(cols, sign, i, j)) {
        beats[i].push(j);
        dominatedBy[j]++;
      } else if (dominatesRow(cols, sign, j, i)) {
        beats[j].push(i);
        dominatedBy[i]++;
      }
    }
  }
  const rank = new Uint32Array(n);
  let current: number[] = [];
  for (let i = 0; i < n; i++) if (dominatedBy[i] === 0) current.push(i);
  for (let r = 1; current.length; r++) {
    const next: number[] = [];
    for (const i of current) {
      rank[i] = r;
      for (const j of beats[i]) if (--dominatedBy[j] === 0) next.push(j);
    }
    current = next;
  }
  return rank;
}

// ---------------------------------------------------------------------------------------------
// Comparing methods: the obvious pairwise checks, for `npm run bench` to measure and to check against.

/** Rows with a number (not NaN) in every objective. */
function validRows(cols: readonly Float64Array[], rows?: ArrayLike<number>): number[] {
  const n = rows ? rows.length : cols[0].length;
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    const i = rows ? rows[t] : t;
    if (cols.every((c) => !Number.isNaN(c[i]))) out.push(i);
  }
  return out;
}

/** Row `i` of `a` is at least as good as row `j` of `b` in every objective. */
function weaklyDominatesAcross(a: readonly Float64Array[], b: readonly Float64Array[], sign: Float64Array, i: number, j: number): boolean {
  for (let k = 0; k < a.length; k++) if (sign[k] * a[k][i] > sign[k] * b[k][j]) return false;
  return true;
}

/** The rows of `rows` that no other row of `rows` strictly dominates, ascending: every pair checked. */
function frontOfRowsNaive(cols: readonly Float64Array[], sign: Float64Array, rows: readonly number[]): number[] {
  const out: number[] = [];
  for (const i of rows) {
    let dominated = false;
    for (let t = 0; t < rows.length && !dominated; t++) dominated = rows[t] !== i && dominatesRow(cols, sign, rows[t], i);
    if (!dominated) out.push(i);
  }
  return out.sort((x, y) => x - y);
}

/**
 * Set coverage C(A, B) the obvious way: each valid row of B against every valid row of A until one
 * weakly dominates it, O(|A|·|B|·d). NaN when B has no valid row.
 */
export function naiveCoverage(a: readonly Float64Array[], b: readonly Float64Array[], senses: readonly Sense[]): number {
  const sign = signs(senses);
  const va = validRows(a);
  const vb = validRows(b);
  if (vb.length === 0) return NaN;
  let covered = 0;
  for (const j of vb) {
    for (const i of va) {
      if (weaklyDominatesAcross(a, b, sign, i, j)) {
        covered++;
        break;
      }
    }
  }
  return covered / vb.length;
}

/** Each group's front by pairwise checks, then every pair of fronts through {@link naiveCoverage}. */
export function naiveCoverageMatrix(columns: readonly Float64Array[], senses: readonly Sense[], codes: Int32Array, groupCount: number): Float64Array {
  const sign = signs(senses);
  const members: number[][] = Array.from({ length: groupCount }, () => []);
  for (const i of validRows(columns)) if (codes[i] >= 0) members[codes[i]].push(i);
  const fronts = members.map((rows) => {
    const f = frontOfRowsNaive(columns, sign, rows);
    return columns.map((c) => Float64Array.from(f, (i) => c[i]));
  });
  const out = new Float64Array(groupCount * groupCount);
  for (let i = 0; i < groupCount; i++) {
    for (let j = 0; j < groupCount; j++) {
      const nb = fronts[j][0]?.length ?? 0;
      out[i * groupCount + j] = nb === 0 ? NaN : i === j ? 1 : naiveCoverage(fronts[i], fronts[j], senses);
    }
  }
  return out;
}

/**
 * Head to head the obvious way: each set's front by pairwise checks, then each of A's front rows
 * against every row of B for a strict dominator (and the other way round), O(|front A|·|B|·d).
 */
export function naiveHeadToHead(
  columns: readonly Float64Array[],
  senses: readonly Sense[],
  aRows: ArrayLike<number>,
  bRows: ArrayLike<number>,
): { aFront: Uint32Array; bFront: Uint32Array; aDominatedByB: Uint32Array; bDominatedByA: Uint32Array } {
  const sign = signs(senses);
  const a = validRows(columns, [...new Set(Array.from(aRows))]);
  const b = validRows(columns, [...new Set(Array.from(bRows))]);
  const fa = frontOfRowsNaive(columns, sign, a);
  const fb = frontOfRowsNaive(columns, sign, b);
  const beaten = (front: number[], by: number[]) => Uint32Array.from(front.filter((i) => by.some((j) => dominatesRow(columns, sign, j, i))));
  return { aFront: Uint32Array.from(fa), bFront: Uint32Array.from(fb), aDominatedByB: beaten(fa, b), bDominatedByA: beaten(fb, a) };
}

/**
 * Attainment surfaces by brute force: every corner (x, y) with x and y taken from the rows' values is a
 * candidate; count the runs that attain it by scanning every row, O(N³) for N rows. The k-th surface's
 * vertices are the attained corners whose left and lower neighbours on that grid are not attained.
 */
export function naiveAttainment(
  x: Float64Array,
  y: Float64Array,
  senses: readonly [Sense, Sense],
  runCodes: Int32Array,
  runCount: number,
  levels: readonly number[],
): { level: number; points: [number, number][] }[] {
  const sx = senses[0] === 'max' ? -1 : 1;
  const sy = senses[1] === 'max' ? -1 : 1;
  const rows = validRows([x, y]).filter((i) => runCodes[i] >= 0);
  const px = Float64Array.from(rows, (i) => sx * x[i]);
  const py = Float64Array.from(rows, (i) => sy * y[i]);
  const run = Int32Array.from(rows, (i) => runCodes[i]);
  const xs = [...new Set(px)].sort((p, q) => p - q);
  const ys = [...new Set(py)].sort((p, q) => p - q);
  const X = xs.length;
  const Y = ys.length;
  const count = new Uint16Array(X * Y);
  const stamp = new Int32Array(runCount).fill(-1);
  for (let a = 0; a < X; a++) {
    for (let b = 0; b < Y; b++) {
      const c = a * Y + b;
      let runs = 0;
      for (let t = 0; t < rows.length; t++) {
        if (px[t] <= xs[a] && py[t] <= ys[b] && stamp[run[t]] !== c) {
          stamp[run[t]] = c;
          runs++;
        }
      }
      count[c] = runs;
    }
  }
  return levels.map((level) => {
    const points: [number, number][] = [];
    for (let a = 0; a < X; a++) {
      for (let b = 0; b < Y; b++) {
        const attained = (aa: number, bb: number) => aa >= 0 && bb >= 0 && count[aa * Y + bb] >= level;
        if (attained(a, b) && !attained(a - 1, b) && !attained(a, b - 1)) points.push([sx * xs[a] + 0, sy * ys[b] + 0]);
      }
    }
    if (sx < 0) points.reverse(); // ascending in data units
    return { level, points };
  });
}
