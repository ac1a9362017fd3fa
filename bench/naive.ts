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
