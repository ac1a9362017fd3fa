/**
 * Hit testing with a uniform-count grid over the points in normalized coordinates ([0, 1] across the
 * unzoomed window on each axis). It does not depend on the chart's size, zoom or the rows' status,
 * so it is built once per data/axis change; a query converts its pixel radius to each axis' units,
 * scans the cells it overlaps and skips rows that are not drawn.
 *
 * Why a grid and not a quadtree: at a million rows d3.quadtree took over a second to build (an object
 * per point) where this takes a few tens of milliseconds: two counting passes over typed arrays. The
 * grid's column and row edges follow the marginal distribution of the points (quantiles of a fine
 * histogram), so a cloud packed into a corner of a four-decade axis still spreads over many cells.
 */

export interface HitIndex {
  /** Axis-space coordinates per row (NaN = not drawable), as given. */
  ax: Float64Array;
  ay: Float64Array;
  /** u = (ax − ux) · us, v = (ay − vy) · vs. */
  ux: number;
  us: number;
  vy: number;
  vs: number;
  /** Fine bins across [0, 1] per axis, and the grid column (row) each bin belongs to (monotone). */
  bins: number;
  colOfBin: Uint32Array;
  rowOfBin: Uint32Array;
  rows: number;
  /** Rows of cell c (= col · rows + row) are items[start[c] .. start[c + 1]), in increasing row order. */
  start: Uint32Array;
  items: Uint32Array;
}

/** Fine histogram bins per axis: the grid's edges are placed at their boundaries. */
const BINS = 4096;
/** Aim for about this many points per cell. */
const PER_CELL = 8;
const MAX_SIDE = 1024;

function binOf(u: number, bins: number): number {
  const b = Math.floor(u * bins);
  return b < 0 ? 0 : b >= bins ? bins - 1 : b;
}

/** Bins to grid lines so that each of `side` lines gets about the same number of points. */
function edges(hist: Uint32Array, total: number, side: number): Uint32Array {
  const out = new Uint32Array(hist.length);
  let before = 0;
  for (let b = 0; b < hist.length; b++) {
    out[b] = Math.min(side - 1, Math.floor((before * side) / Math.max(total, 1)));
    before += hist[b];
  }
  return out;
}

/**
 * @param ax axis-space x per row (value or log10 value, NaN = not drawable); likewise `ay`
 * @param xWindow the unzoomed axis-space window [lo, hi]; likewise `yWindow`
 */
export function buildHitIndex(
  ax: Float64Array,
  ay: Float64Array,
  xWindow: readonly [number, number],
  yWindow: readonly [number, number],
): HitIndex {
  const steps = hitIndexSteps(ax, ay, xWindow, yWindow, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows handled between two pauses of `hitIndexSteps` when the caller gives no step. */
export const HIT_INDEX_STEP = 65_536;

/**
 * The same index as `buildHitIndex`, built in steps: the generator pauses (yields) after every `step`
 * rows of each pass, so a caller can spread a million rows over several short tasks (the chart builds
 * it on idle callbacks) and still finish it at once when a hover needs it now (drain the rest). The
 * result does not depend on `step`.
 */
export function* hitIndexSteps(
  ax: Float64Array,
  ay: Float64Array,
  xWindow: readonly [number, number],
  yWindow: readonly [number, number],
  step: number = HIT_INDEX_STEP,
): Generator<void, HitIndex, void> {
  const n = Math.min(ax.length, ay.length);
  const us = 1 / (xWindow[1] - xWindow[0] || 1);
  const vs = 1 / (yWindow[1] - yWindow[0] || 1);
  const ux = xWindow[0];
  const vy = yWindow[0];
  // Pass 1: fine bins per row (-1 where not drawable) and the two marginal histograms.
  const ub = new Int32Array(n);
  const vb = new Uint16Array(n);
  const hu = new Uint32Array(BINS);
  const hv = new Uint32Array(BINS);
  let count = 0;
  for (let from = 0; from < n; from += step) {
    const to = Math.min(n, from + step);
    for (let i = from; i < to; i++) {
      const u = (ax[i] - ux) * us;
      const v = (ay[i] - vy) * vs;
      if (u !== u || v !== v) {
        ub[i] = -1;
        continue;
      }
      const bu = binOf(u, BINS);
      const bv = binOf(v, BINS);
      ub[i] = bu;
      vb[i] = bv;
      hu[bu]++;
      hv[bv]++;
      count++;
    }
    if (to < n) yield;
  }
  const side = Math.max(1, Math.min(MAX_SIDE, Math.ceil(Math.sqrt(count / PER_CELL))));
  const colOfBin = edges(hu, count, side);
  const rowOfBin = edges(hv, count, side);
  // Pass 2: counting sort of rows into cells (rows stay in increasing order within a cell).
  const cells = side * side;
  const start = new Uint32Array(cells + 1);
  for (let from = 0; from < n; from += step) {
    const to = Math.min(n, from + step);
    for (let i = from; i < to; i++) {
      const bu = ub[i];
      if (bu < 0) continue;
      const c = colOfBin[bu] * side + rowOfBin[vb[i]];
      ub[i] = c;
      start[c + 1]++;
    }
    if (to < n) yield;
  }
  for (let c = 0; c < cells; c++) start[c + 1] += start[c];
  const items = new Uint32Array(count);
  const fill = start.slice(0, cells);
  for (let from = 0; from < n; from += step) {
    const to = Math.min(n, from + step);
    for (let i = from; i < to; i++) {
      const c = ub[i];
      if (c >= 0) items[fill[c]++] = i;
    }
    if (to < n) yield;
  }
  return { ax, ay, ux, us, vy, vs, bins: BINS, colOfBin, rowOfBin, rows: side, start, items };
}

/**
 * Pixels of preference per status when points overlap: a front point wins over a dominated one a few
 * pixels nearer, and a faint one only wins when nothing else is close. Status 0 is never found.
 */
const PREFERENCE = [0, -2, 0, 3];

/**
 * The row nearest to the query point within `radius` pixels, or -1; among rows of equal score
 * (distance minus PREFERENCE) the lowest row index.
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
  const { ax, ay, ux, us, vy, vs, bins, colOfBin, rowOfBin, rows, start, items } = index;
  if (items.length === 0 || !(radius >= 0) || qu !== qu || qv !== qv) return -1;
  const ru = radius / pxPerU;
  const rv = radius / pxPerV;
  const r2 = radius * radius;
  const c0 = colOfBin[binOf(qu - ru, bins)];
  const c1 = colOfBin[binOf(qu + ru, bins)];
  const w0 = rowOfBin[binOf(qv - rv, bins)];
  const w1 = rowOfBin[binOf(qv + rv, bins)];
  let best = -1;
  let bestScore = Infinity;
  for (let c = c0; c <= c1; c++) {
    for (let k = start[c * rows + w0], end = start[c * rows + w1 + 1]; k < end; k++) {
      const i = items[k];
      const st = status[i];
      if (!st || st > 3) continue;
      const dx = ((ax[i] - ux) * us - qu) * pxPerU;
      const dy = ((ay[i] - vy) * vs - qv) * pxPerV;
      const d2 = dx * dx + dy * dy;
      if (d2 > r2) continue;
      const score = Math.sqrt(d2) - PREFERENCE[st];
      if (score < bestScore || (score === bestScore && i < best)) {
        best = i;
        bestScore = score;
      }
    }
  }
  return best;
}
