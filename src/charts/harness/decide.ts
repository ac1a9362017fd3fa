/**
 * Deciding, as the feature layer would derive it, for the chart harness only: scores with core
 * `scalarize` (range normalization over the ranked rows), the winner, the level set through it, the
 * knee, and the front points no weighted sum can pick (off the lower convex hull). The chart itself
 * never computes any of this.
 */
import { kneePoint, scalarize, type Sense } from '../../core';
import type { DecisionMethod, LevelSet } from '../../state/decisionTypes';
import type { HarnessData } from './data';

export interface HarnessDecision {
  best: number | null;
  knee: number | null;
  levelSet: LevelSet | null;
  unsupported: Uint8Array;
}

const orient = (s: Sense) => (s === 'min' ? 1 : -1);

export function decide(d: HarnessData, method: DecisionMethod, wx: number, ref: { x: number; y: number }): HarnessDecision {
  const n = d.x.length;
  const unsupported = new Uint8Array(n);
  const rows = Array.from({ length: n }, (_, i) => i).filter((i) => d.status[i] >= 2);
  if (rows.length === 0) return { best: null, knee: null, levelSet: null, unsupported };
  const cols = [Float64Array.from(rows, (i) => d.x[i]), Float64Array.from(rows, (i) => d.y[i])];
  const senses: Sense[] = [d.xSense, d.ySense];
  const w = [wx, 1 - wx];
  const weights = w.every((v) => v === 0) ? [1, 1] : w;
  const scores = scalarize(cols, senses, weights, {
    method,
    normalization: 'range',
    ...(method === 'asf' ? { referencePoint: [ref.x, ref.y] } : {}),
  });
  let bj = -1;
  for (let j = 0; j < rows.length; j++) if (!Number.isNaN(scores[j]) && (bj < 0 || scores[j] < scores[bj])) bj = j;
  const best = bj < 0 ? null : rows[bj];

  // Oriented (min) range per axis, as scalarize normalizes.
  const so = senses.map(orient);
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  for (let j = 0; j < rows.length; j++)
    for (let k = 0; k < 2; k++) {
      const v = so[k] * cols[k][j];
      if (Number.isFinite(v)) {
        lo[k] = Math.min(lo[k], v);
        hi[k] = Math.max(hi[k], v);
      }
    }
  const span = [hi[0] - lo[0] || 1, hi[1] - lo[1] || 1];
  const norm = (k: number, v: number) => (so[k] * v - lo[k]) / span[k];
  const denorm = (k: number, t: number) => so[k] * (lo[k] + t * span[k]);

  let levelSet: LevelSet | null = null;
  if (best !== null) {
    const bx = d.x[best];
    const by = d.y[best];
    if (method === 'weighted-sum') {
      const a = (weights[0] * so[0]) / span[0];
      const b = (weights[1] * so[1]) / span[1];
      levelSet = { kind: 'line', a, b, c: a * bx + b * by };
    } else if (weights[0] > 0 && weights[1] > 0) {
      const z = method === 'asf' ? [norm(0, ref.x), norm(1, ref.y)] : [0, 0];
      const s = Math.max(weights[0] * (norm(0, bx) - z[0]), weights[1] * (norm(1, by) - z[1]));
      levelSet = {
        kind: 'corner',
        x: denorm(0, z[0] + s / weights[0]),
        y: denorm(1, z[1] + s / weights[1]),
        // The level set max_k w_k (f_k − z_k) = s runs from the corner toward the BETTER side of each
        // axis (the box toward the ideal holds the rows that would score better: none).
        xToward: -so[0] as 1 | -1,
        yToward: -so[1] as 1 | -1,
      };
    }
  }

  const k = kneePoint(cols, senses);
  const knee = k < 0 ? null : rows[k];

  // Lower convex hull of the front in normalized min space: front points above it are unsupported
  // (collinear points stay: a weighted sum ties them).
  const front = Array.from(d.front)
    .map((r) => ({ r, u: norm(0, d.x[r]), v: norm(1, d.y[r]) }))
    .filter((p) => Number.isFinite(p.u) && Number.isFinite(p.v))
    .sort((p, q) => p.u - q.u || p.v - q.v);
  const hull: typeof front = [];
  for (const p of front) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2];
      const b = hull[hull.length - 1];
      if ((b.u - a.u) * (p.v - a.v) - (b.v - a.v) * (p.u - a.u) < -1e-12) hull.pop();
      else break;
    }
    hull.push(p);
  }
  const onHull = new Set(hull.map((p) => p.r));
  for (const p of front) if (!onHull.has(p.r)) unsupported[p.r] = 1;
  return { best, knee, levelSet, unsupported };
}
