/**
 * Hit testing with a quadtree over the drawable points in normalized coordinates ([0, 1] across the
 * unzoomed window on each axis). It does not depend on the chart's size or zoom, so it is built once
 * per data change; a query converts its pixel radius to each axis' units.
 */
import { quadtree, type Quadtree } from 'd3';

export interface HitIndex {
  tree: Quadtree<number>;
  /** Normalized coordinates per row (NaN where not drawable). */
  u: Float64Array;
  v: Float64Array;
}

/**
 * @param ax axis-space x per row (value or log10 value, NaN = not drawable); likewise `ay`
 * @param xWindow the unzoomed axis-space window [lo, hi]; likewise `yWindow`
 */
export function buildHitIndex(
  ax: Float64Array,
  ay: Float64Array,
  status: Uint8Array,
  xWindow: readonly [number, number],
  yWindow: readonly [number, number],
): HitIndex {
  const n = ax.length;
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  const rows: number[] = [];
  const sx = 1 / (xWindow[1] - xWindow[0] || 1);
  const sy = 1 / (yWindow[1] - yWindow[0] || 1);
  for (let i = 0; i < n; i++) {
    u[i] = (ax[i] - xWindow[0]) * sx;
    v[i] = (ay[i] - yWindow[0]) * sy;
    if (status[i] !== 0 && u[i] === u[i] && v[i] === v[i]) rows.push(i);
  }
  const tree = quadtree<number>()
    .x((i) => u[i])
    .y((i) => v[i])
    .addAll(rows);
  return { tree, u, v };
}

/**
 * Pixels of preference per status when points overlap: a front point wins over a dominated one a few
 * pixels nearer, and a faint one only wins when nothing else is close.
 */
const PREFERENCE = [0, -2, 0, 3];

/**
 * The row nearest to the query point within `radius` pixels, or -1.
 * @param qu,qv query point in normalized coordinates
 * @param pxPerU,pxPerV pixels per normalized unit on each axis (plot size × zoom)
 */
export function findNearest(
  index: HitIndex,
  status: Uint8Array,
  qu: number,
  qv: number,
  pxPerU: number,
  pxPerV: number,
  radius: number,
): number {
  const { tree, u, v } = index;
  const ru = radius / pxPerU;
  const rv = radius / pxPerV;
  const r2 = radius * radius;
  let best = -1;
  let bestScore = Infinity;
  tree.visit((node, x0, y0, x1, y1) => {
    if (x0 > qu + ru || x1 < qu - ru || y0 > qv + rv || y1 < qv - rv) return true;
    if (!node.length) {
      for (let leaf: typeof node | undefined = node; leaf; leaf = (leaf as { next?: typeof node }).next) {
        const i = (leaf as { data: number }).data;
        const dx = (u[i] - qu) * pxPerU;
        const dy = (v[i] - qv) * pxPerV;
        const d2 = dx * dx + dy * dy;
        if (d2 > r2) continue;
        const score = Math.sqrt(d2) - PREFERENCE[status[i]];
        if (score < bestScore || (score === bestScore && i < best)) {
          best = i;
          bestScore = score;
        }
      }
    }
    return false;
  });
  return best;
}
