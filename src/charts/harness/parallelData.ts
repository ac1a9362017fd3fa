/**
 * Seeded synthetic model-zoo table for the parallel-coordinates scenario (made up, shaped like a
 * benchmark of image classifiers): eight objectives that trade off against model size, several of
 * them spanning orders of magnitude, a few missing values and groups by family. The harness plays the
 * feature layer: brushes become constraints (rows outside come back faint) and the front is computed
 * with core/ over the rows that remain.
 */
import { paretoFront, paretoRanks, type Sense } from '../../core';
import { mulberry32 } from '../../core/testing/arbitraries';
import { extendPalette } from '../palette';
import type { ParallelAxis } from '../parallel/types';

export const FAMILIES = ['ResNet', 'ViT', 'ConvNeXt', 'EfficientNet', 'MobileNet', 'Swin', 'RegNet'];

export interface ObjectiveColumn {
  key: string;
  label: string;
  sense: Sense;
  scale: 'linear' | 'log';
  values: Float64Array;
}

export interface ZooTable {
  columns: ObjectiveColumn[];
  codes: Int32Array;
  names: string[];
}

export function makeZoo(n: number, seed: number): ZooTable {
  const rand = mulberry32(seed);
  const cols = Array.from({ length: 8 }, () => new Float64Array(n));
  const codes = new Int32Array(n);
  const names: string[] = [];
  const noise = () => (rand() + rand() + rand() - 1.5) / 1.5;
  for (let i = 0; i < n; i++) {
    const g = Math.floor(rand() * FAMILIES.length);
    codes[i] = rand() < 0.03 ? -1 : g;
    const lp = 0.3 + 3.2 * rand(); // log10 of parameters in millions: 2M … 3B
    const skill = 1 / (1 + Math.exp(-(lp - 1.4) * 1.8));
    const acc = 58 + 32 * skill + 3 * noise() + (g === 2 ? 1.5 : 0);
    const lat = 10 ** (lp * 0.85 - 0.6 + 0.25 * noise() - (g === 4 ? 0.3 : 0));
    cols[0][i] = 10 ** lp;
    cols[1][i] = Math.min(91, acc);
    cols[2][i] = lat;
    cols[3][i] = (1000 / lat) * 10 ** (0.15 * noise());
    cols[4][i] = 0.05 + 10 ** (lp * 0.9 - 1.6 + 0.1 * noise());
    cols[5][i] = 10 ** (lp * 0.95 - 0.2 + 0.2 * noise());
    cols[6][i] = Math.max(20, 95 - 40 * skill + 6 * noise());
    cols[7][i] = Math.max(0.3, 6 - 3 * skill + 1.5 * noise());
    for (let k = 2; k < 8; k++) if (rand() < 0.012) cols[k][i] = NaN;
    names.push(`${FAMILIES[codes[i]] ?? 'Other'}-${Math.round(10 ** lp)}M #${i + 1}`);
  }
  const meta: [string, string, Sense, 'linear' | 'log'][] = [
    ['params', 'Parameters (M)', 'min', 'log'],
    ['top1', 'Top-1 accuracy (%)', 'max', 'linear'],
    ['latency', 'Latency, batch 1 (ms)', 'min', 'log'],
    ['throughput', 'Throughput (img/s)', 'max', 'log'],
    ['memory', 'Peak memory (GB)', 'min', 'linear'],
    ['energy', 'Energy per inference on the reference accelerator (mJ)', 'min', 'log'],
    ['mce', 'Mean corruption error (%)', 'min', 'linear'],
    ['ece', 'ECE (%)', 'min', 'linear'],
  ];
  const columns = meta.map(([key, label, sense, scale], k) => ({ key, label, sense, scale, values: cols[k] }));
  return { columns, codes, names };
}

export interface ZooView {
  axes: ParallelAxis[];
  status: Uint8Array;
  ranks: Uint32Array;
  maxRank: number;
  frontCount: number;
  groupColors: string[];
}

/** Status per row (faint when a value is missing or a brush excludes it), front and ranks over the rest. */
export function deriveZoo(t: ZooTable, order: string[], brushes: Record<string, [number, number]>, logScales: boolean): ZooView {
  const byKey = new Map(t.columns.map((c) => [c.key, c]));
  const shown = order.map((k) => byKey.get(k)!).filter(Boolean);
  const n = t.codes.length;
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (const c of shown) {
      const v = c.values[i];
      const b = brushes[c.key];
      if (Number.isNaN(v) || (b && (v < b[0] || v > b[1]))) ok = false;
    }
    status[i] = ok ? 2 : 1;
  }
  const rows = Uint32Array.from({ length: n }, (_, i) => i).filter((i) => status[i] === 2);
  const cols = shown.map((c) => Float64Array.from(rows, (i) => c.values[i]));
  const senses = shown.map((c) => c.sense);
  const ranks = new Uint32Array(n);
  let maxRank = 0;
  let frontCount = 0;
  if (rows.length > 0 && cols.length > 0) {
    for (const j of paretoFront(cols, senses)) {
      status[rows[j]] = 3;
      frontCount++;
    }
    if (rows.length <= 5000) {
      paretoRanks(cols, senses).forEach((r, j) => {
        ranks[rows[j]] = r;
        maxRank = Math.max(maxRank, r);
      });
    }
  }
  const axes = shown.map((c) => ({ key: c.key, label: c.label, sense: c.sense, values: c.values, scale: logScales ? c.scale : 'linear' }));
  return { axes, status, ranks, maxRank, frontCount, groupColors: extendPalette(FAMILIES.length) };
}
