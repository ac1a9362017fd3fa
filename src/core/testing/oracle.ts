/**
 * Brute-force reference implementations, O(n²) or worse, written for obviousness rather than speed.
 * Tests compare the real algorithms against these. Not exported from the core's public API.
 */
import type { Sense } from '../types';

export type Row = number[];

/** Rows of the table (NaN kept), one array per row. */
export function toRows(columns: readonly Float64Array[]): Row[] {
  const n = columns.length ? columns[0].length : 0;
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i]));
}

export function hasNaN(r: Row): boolean {
  return r.some((v) => Number.isNaN(v));
}

/** a dominates b: at least as good everywhere, strictly better somewhere; NaN rows never take part. */
export function dominates(a: Row, b: Row, senses: readonly Sense[]): boolean {
  if (hasNaN(a) || hasNaN(b)) return false;
  let strict = false;
  for (let k = 0; k < senses.length; k++) {
    const better = senses[k] === 'min' ? a[k] < b[k] : a[k] > b[k];
    const worse = senses[k] === 'min' ? a[k] > b[k] : a[k] < b[k];
    if (worse) return false;
    if (better) strict = true;
  }
  return strict;
}

export function bruteFront(columns: readonly Float64Array[], senses: readonly Sense[]): number[] {
  const rows = toRows(columns);
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (hasNaN(r)) return;
    if (!rows.some((q) => dominates(q, r, senses))) out.push(i);
  });
  return out;
}

/** Repeated peeling: rank 1 = front, rank 2 = front of the rest, ...; 0 for NaN rows. */
export function bruteRanks(columns: readonly Float64Array[], senses: readonly Sense[]): number[] {
  const rows = toRows(columns);
  const rank: number[] = rows.map((r) => (hasNaN(r) ? 0 : -1));
  let level = 0;
  while (rank.includes(-1)) {
    level++;
    const left = rows.map((_, i) => i).filter((i) => rank[i] === -1);
    const now = left.filter((i) => !left.some((j) => dominates(rows[j], rows[i], senses)));
    for (const i of now) rank[i] = level;
  }
  return rank;
}

/**
 * Exact hypervolume by a grid over the distinct coordinates: the space between the points and the
 * reference is cut into cells, and a cell counts if some point dominates its lower corner.
 * Exponential in d; keep n·d small. Works in minimization space.
 */
export function bruteHypervolume(
  columns: readonly Float64Array[],
  senses: readonly Sense[],
  reference: readonly number[],
): number {
  const d = senses.length;
  const flip = (k: number, v: number) => (senses[k] === 'max' ? -v : v);
  const ref = reference.map((v, k) => flip(k, v));
  const pts = toRows(columns)
    .filter((r) => !hasNaN(r))
    .map((r) => r.map((v, k) => flip(k, v)))
    .filter((p) => p.every((v, k) => v < ref[k]));
  if (pts.length === 0) return 0;
  if (pts.some((p) => p.some((v) => v === -Infinity))) return Infinity;
  const cuts = Array.from({ length: d }, (_, k) =>
    [...new Set([...pts.map((p) => p[k]), ref[k]])].sort((a, b) => a - b),
  );
  let total = 0;
  const idx = new Array<number>(d).fill(0);
  const walk = (k: number) => {
    if (k === d) {
      const corner = idx.map((i, kk) => cuts[kk][i]);
      if (pts.some((p) => p.every((v, kk) => v <= corner[kk]))) {
        let vol = 1;
        for (let kk = 0; kk < d; kk++) vol *= cuts[kk][idx[kk] + 1] - cuts[kk][idx[kk]];
        total += vol;
      }
      return;
    }
    for (let i = 0; i + 1 < cuts[k].length; i++) {
      idx[k] = i;
      walk(k + 1);
    }
  };
  walk(0);
  return total;
}
