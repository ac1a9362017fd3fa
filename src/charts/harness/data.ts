/**
 * Seeded synthetic tables for the chart harness, shaped like the real thing: a cost/quality cloud
 * with a front, a concave sphere front inside a cloud, a uniform square, plus the empty and
 * single-point edge cases. The harness plays the feature layer here: it computes fronts, ranks and the
 * staircase with core/, which the chart itself never does.
 */
import { paretoFront, paretoRanks, type Sense } from '../../core';
import { mulberry32, sphereFront, uniformTable } from '../../core/testing/arbitraries';
import { extendPalette } from '../palette';
import type { ScatterColor } from '../types';

export type DatasetKind = 'ml' | 'sphere' | 'cloud' | 'single' | 'empty';
export type ColorMode = ScatterColor['mode'];

export interface HarnessData {
  x: Float64Array;
  y: Float64Array;
  status: Uint8Array;
  ranks: Uint32Array;
  maxRank: number;
  codes: Int32Array;
  groupNames: string[];
  groupColors: string[];
  staircase: [number, number][];
  front: Uint32Array;
  xLabel: string;
  yLabel: string;
  xSense: Sense;
  ySense: Sense;
  names: string[];
}

const GROUPS = ['OpenAI', 'Anthropic', 'Google', 'Meta', 'Mistral', 'DeepSeek', 'Qwen'];

function columns(kind: DatasetKind, n: number, seed: number): { x: Float64Array; y: Float64Array; xSense: Sense; ySense: Sense; xLabel: string; yLabel: string } {
  if (kind === 'empty') return { x: new Float64Array(0), y: new Float64Array(0), xSense: 'min', ySense: 'max', xLabel: 'Total cost (USD)', yLabel: 'Pass rate (%)' };
  if (kind === 'single') return { x: Float64Array.of(3.2), y: Float64Array.of(41.5), xSense: 'min', ySense: 'max', xLabel: 'Total cost (USD)', yLabel: 'Pass rate (%)' };
  const [u, v] = uniformTable(n, 2, seed);
  if (kind === 'cloud') {
    const x = u.map((t) => 5 + 245 * t);
    const y = v.map((t) => 40 + 55 * t);
    return { x, y, xSense: 'min', ySense: 'max', xLabel: 'Latency (ms)', yLabel: 'Top-1 accuracy (%)' };
  }
  if (kind === 'sphere') {
    // A concave front (the unit quarter circle) with most points pushed out behind it.
    const [a, b] = sphereFront(n, 2, seed + 1);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = i % 20 === 0 ? 1 : 1 + 0.9 * u[i] ** 1.5;
      x[i] = 0.02 + a[i] * r;
      y[i] = 0.02 + b[i] * r;
    }
    return { x, y, xSense: 'min', ySense: 'min', xLabel: 'Makespan (h)', yLabel: 'Total tardiness (h)' };
  }
  // Cost spans four decades; quality rises with log-cost, with scatter and a ceiling.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lc = -2 + 4 * u[i];
    x[i] = 10 ** lc;
    const skill = 1 / (1 + Math.exp(-(lc + 0.5) * 1.6));
    y[i] = Math.max(0.5, Math.min(99, 100 * skill * (0.35 + 0.65 * v[i] ** 0.7)));
  }
  return { x, y, xSense: 'min', ySense: 'max', xLabel: 'Total cost (USD)', yLabel: 'Pass rate (%)' };
}

/** Attainment staircase for two objectives, corners included, ends running off to the edges. */
export function staircaseOf(x: Float64Array, y: Float64Array, front: Uint32Array, xSense: Sense, ySense: Sense): [number, number][] {
  const sx = xSense === 'min' ? 1 : -1;
  const sy = ySense === 'min' ? 1 : -1;
  const rows = Array.from(front).sort((a, b) => sx * x[a] - sx * x[b] || sy * y[b] - sy * y[a]);
  const out: [number, number][] = [];
  // In min/min orientation: down from +∞ at the first x, then right/down the steps, then right to +∞.
  let prev: [number, number] | null = null;
  for (const r of rows) {
    const p: [number, number] = [sx * x[r], sy * y[r]];
    if (prev && p[0] === prev[0] && p[1] === prev[1]) continue;
    if (!prev) out.push([p[0], Infinity]);
    else out.push([p[0], prev[1]]);
    out.push(p);
    prev = p;
  }
  if (prev) out.push([Infinity, prev[1]]);
  return out.map(([a, b]) => [a * sx, b * sy]);
}

export interface HarnessTable {
  x: Float64Array;
  y: Float64Array;
  codes: Int32Array;
  /** Rows filtered out before any grouping (drawn faint). */
  filtered: Uint8Array;
  xLabel: string;
  yLabel: string;
  xSense: Sense;
  ySense: Sense;
  names: string[];
}

/** The table itself: coordinates, groups, a few missing values and filtered rows. */
export function makeTable(kind: DatasetKind, n: number, seed: number): HarnessTable {
  const { x, y, xSense, ySense, xLabel, yLabel } = columns(kind, n, seed);
  const m = x.length;
  const rand = mulberry32(seed + 7);
  const codes = new Int32Array(m);
  const filtered = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const g = rand();
    codes[i] = g < 0.03 ? -1 : Math.floor(rand() * GROUPS.length);
    const r = rand();
    if (m > 1 && r < 0.01) y[i] = NaN; // a missing objective value
    filtered[i] = m > 1 && r < 0.05 ? 1 : 0;
  }
  const names = Array.from({ length: m }, (_, i) => `${GROUPS[codes[i]] ?? 'Independent'} run #${i + 1}`);
  return { x, y, codes, filtered, xLabel, yLabel, xSense, ySense, names };
}

/** What the feature layer would derive for a view: status, front, ranks and the staircase. */
export function deriveView(t: HarnessTable, hidden: ReadonlySet<number>): HarnessData {
  const { x, y, codes, xSense, ySense } = t;
  const m = x.length;
  const status = new Uint8Array(m);
  for (let i = 0; i < m; i++) status[i] = hidden.has(codes[i]) ? 0 : t.filtered[i] || Number.isNaN(y[i]) ? 1 : 2;
  // Front and ranks among the rows that count (status 2), mapped back to row indices.
  const rows = Uint32Array.from({ length: m }, (_, i) => i).filter((i) => status[i] === 2);
  const cols = [Float64Array.from(rows, (i) => x[i]), Float64Array.from(rows, (i) => y[i])];
  const front = Uint32Array.from(paretoFront(cols, [xSense, ySense]), (j) => rows[j]);
  for (const r of front) status[r] = 3;
  const ranksLocal = paretoRanks(cols, [xSense, ySense]);
  const ranks = new Uint32Array(m);
  let maxRank = 0;
  rows.forEach((r, j) => {
    ranks[r] = ranksLocal[j];
    maxRank = Math.max(maxRank, ranksLocal[j]);
  });
  return {
    ...t, status, ranks, maxRank, front,
    groupNames: GROUPS, groupColors: extendPalette(GROUPS.length),
    staircase: staircaseOf(x, y, front, xSense, ySense),
  };
}
