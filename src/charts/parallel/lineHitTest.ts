/**
 * Which line is under the pointer. Only the segment between the two axes either side of the pointer
 * is evaluated: one interpolation per row, so 100,000 rows cost well under a millisecond. Distance is
 * vertical, at the pointer's x; within half a pixel the stronger status wins (front over dominated
 * over faint), so the emphasized lines are the ones that answer.
 */

export interface LineGeometry {
  /** Pixel x of each axis, left to right. */
  xs: readonly number[];
  /** Pixel y per axis per row; NaN where the row has no value there or is not drawn. */
  cols: readonly Float32Array[];
  status: Uint8Array;
}

/** Pixels within which the pointer finds a line. */
export const LINE_HIT_RADIUS = 5;
const TIE = 0.5;

/** Index of the segment (axis j to j+1) under pixel x and the fraction along it; null off the axes. */
export function segmentAt(xs: readonly number[], px: number): { j: number; t: number } | null {
  const m = xs.length;
  if (m < 2 || !(px >= xs[0] - 0.5) || !(px <= xs[m - 1] + 0.5)) return null;
  let j = 0;
  while (j < m - 2 && px > xs[j + 1]) j++;
  const span = xs[j + 1] - xs[j];
  const t = span > 0 ? Math.max(0, Math.min(1, (px - xs[j]) / span)) : 0;
  return { j, t };
}

/** Pixel y of a row's line at pixel x (NaN where its line is broken or off the axes). */
export function lineYAt(g: LineGeometry, row: number, px: number): number {
  const seg = segmentAt(g.xs, px);
  if (!seg) return NaN;
  const a = g.cols[seg.j][row];
  const b = g.cols[seg.j + 1][row];
  return a + (b - a) * seg.t;
}

/** The nearest drawn row's line within `radius` pixels of (px, py), or -1. */
export function hitLine(g: LineGeometry, px: number, py: number, radius = LINE_HIT_RADIUS): number {
  const seg = segmentAt(g.xs, px);
  if (!seg) return -1;
  const a = g.cols[seg.j];
  const b = g.cols[seg.j + 1];
  const { t } = seg;
  const { status } = g;
  const n = Math.min(a.length, b.length, status.length);
  let best = -1;
  let bestD = radius + TIE;
  let bestS = 0;
  for (let i = 0; i < n; i++) {
    const s = status[i];
    if (s === 0) continue;
    const ya = a[i];
    const yb = b[i];
    // NaN fails the comparison below: a broken segment is never hit.
    const d = Math.abs(ya + (yb - ya) * t - py);
    if (!(d <= radius)) continue;
    if (d < bestD - TIE || (d <= bestD + TIE && (s > bestS || (s === bestS && d < bestD)))) {
      best = i;
      bestD = d;
      bestS = s;
    }
  }
  return best;
}
