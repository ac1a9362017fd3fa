/**
 * An attainment surface as a polyline for the scatter's `layers`: the surface's minimal points joined
 * step by step, each step turning at the corner that takes the worse value of each objective from its two
 * points, with rays at both ends running to ±Infinity on the dominated side (as the global staircase does).
 */
import type { Sense } from '../../core';

const worse = (a: number, b: number, sense: Sense) => (sense === 'min' ? Math.max(a, b) : Math.min(a, b));

/**
 * @param points the surface's minimal points (core `AttainmentSurface.points`), in data units
 * @param senses the senses of the x and y objectives
 * @returns vertices in data units; [] for no points
 */
export function surfaceLine(points: readonly (readonly [number, number])[], senses: readonly [Sense, Sense]): [number, number][] {
  const [xSense, ySense] = senses;
  const sorted = points
    .filter(([x, y]) => !Number.isNaN(x) && !Number.isNaN(y))
    .map(([x, y]) => [x, y] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pts: [number, number][] = [];
  for (const p of sorted) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length === 0) return [];
  const xDominated = xSense === 'min' ? Infinity : -Infinity;
  const yDominated = ySense === 'min' ? Infinity : -Infinity;
  const first = pts[0];
  const last = pts[pts.length - 1];
  const out: [number, number][] = [];
  // Ordered by x ascending: the first point is the best in x when x is minimized, the worst otherwise.
  // The ray from the best-in-x end runs toward worse y; the one from the worst-in-x end toward worse x.
  out.push(xSense === 'min' ? [first[0], yDominated] : [xDominated, first[1]]);
  pts.forEach((p, i) => {
    if (i > 0) {
      const q = pts[i - 1];
      out.push([worse(q[0], p[0], xSense), worse(q[1], p[1], ySense)]);
    }
    out.push(p);
  });
  out.push(xSense === 'min' ? [xDominated, last[1]] : [last[0], yDominated]);
  return out;
}
