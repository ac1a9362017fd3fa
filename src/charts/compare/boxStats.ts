/** Five-number summary for box plots and their tables (quantiles by linear interpolation, R's type 7). */
import { quantileSorted } from 'd3';

export interface BoxStats {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Over the finite values; NaN everywhere (n = 0) when there are none. */
export function boxStats(values: ArrayLike<number>): BoxStats {
  const v = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, min: NaN, q1: NaN, median: NaN, q3: NaN, max: NaN };
  return {
    n: v.length,
    min: v[0],
    q1: quantileSorted(v, 0.25)!,
    median: quantileSorted(v, 0.5)!,
    q3: quantileSorted(v, 0.75)!,
    max: v[v.length - 1],
  };
}
