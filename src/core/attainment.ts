/**
 * Empirical attainment surfaces for repeated runs of a method on two objectives (López-Ibáñez,
 * Paquete & Stützle 2010, "Exploratory analysis of stochastic local search algorithms in biobjective
 * optimization", in Experimental Methods for the Analysis of Optimization Algorithms, Springer).
 *
 * A run attains a point z when one of its results is at least as good as z in both objectives. The
 * k-th attainment surface separates the points attained by at least k of the runs from the rest:
 * k = 1 is the best the runs reach together, k = runCount what every run reaches, and
 * k = ceil(runCount / 2) the median. All in the data's own units.
 */
import { CoreInputError } from './errors';
import { hypervolume } from './hypervolume';
import { orient } from './orient';
import { sortByKey } from './sort';
import type { Sense } from './types';
import { checkVector } from './validate';

/** One attainment surface: its level k and its staircase vertices. */
export interface AttainmentSurface {
  /** The level as requested: the surface bounds the points attained by at least `level` runs. */
  level: number;
  /**
   * The surface's minimal points in data units, ordered by x ascending: each is attained by at least
   * `level` runs and none is weakly dominated by another. A point is attained by `level` runs iff one of
   * these is at least as good in both objectives. The staircase runs from each vertex to the next
   * through the corner that takes the worse value of each objective from the two.
   */
  points: [number, number][];
}

/**
 * The k-th empirical attainment surfaces of repeated runs, for each k in `levels`.
 *
 * - `runCodes[i]` is the run of row i, 0 .. runCount - 1, or -1 for a row that belongs to no run.
 * - Rows with NaN in x or y are ignored; ±Infinity are ordinary values.
 * - A run with no valid row attains nothing, so levels above the number of runs with rows give an
 *   empty surface.
 *
 * Algorithm: one sweep over the distinct x values (in minimization space). Each run keeps its best y
 * so far; a Fenwick tree over the dense ranks of y counts how many runs have each best y. At a given
 * x the points attained by k runs are those with y at least the k-th smallest best y, t_k(x), which
 * can only fall as x grows; each fall is a vertex (x, t_k(x)).
 * Cost: O(n log n) for the sorts and updates, plus O(log n) per level at each x where a run improves.
 *
 * @param x first objective, one value per row
 * @param y second objective, same length
 * @param senses 'min' or 'max' for x and for y
 * @param runCodes run of each row (Int32Array), -1 for none
 * @param runCount number of runs
 * @param levels whole numbers from 1 to runCount (1 = best, runCount = worst, ceil(runCount / 2) = median)
 * @throws CoreInputError on mismatched lengths, a bad sense, run code, run count or level.
 */
export function attainmentSurfaces(
  x: Float64Array,
  y: Float64Array,
  senses: readonly [Sense, Sense],
  runCodes: Int32Array,
  runCount: number,
  levels: readonly number[],
): AttainmentSurface[] {
  const n = checkXY(x, y, senses);
  checkRuns(runCodes, runCount, n);
  if (!Array.isArray(levels)) throw new CoreInputError('levels must be an array of whole numbers');
  for (let l = 0; l < levels.length; l++) {
    const k = levels[l];
    if (!Number.isInteger(k) || k < 1 || k > runCount) {
      throw new CoreInputError(
        runCount === 0
          ? `levels[${l}] is ${String(k)} but there are no runs`
          : `levels[${l}] is ${String(k)}; expected a whole number from 1 to ${runCount} (the number of runs)`,
      );
    }
  }

  const o = orient([x, y], senses);
  const pts = o.points;
  // Rows in a run, as positions into the oriented table.
  let m = 0;
  const items = new Uint32Array(o.rows.length);
  for (let j = 0; j < o.rows.length; j++) if (runCodes[o.rows[j]] >= 0) items[m++] = j;
  const used = items.subarray(0, m);

  const byY = sortByKey(used, (j) => pts[2 * j + 1]);
  const yRank = new Uint32Array(o.rows.length); // 1-based dense ranks
  const yOfRank = new Float64Array(m + 1);
  let size = 0;
  for (let s = 0; s < m; s++) {
    const y1 = pts[2 * byY[s] + 1];
    if (s === 0 || y1 !== yOfRank[size]) yOfRank[++size] = y1;
    yRank[byY[s]] = size;
  }
  const counts = new Int32Array(size + 1); // Fenwick tree of how many runs have each best y rank
  const add = (r: number, v: number) => {
    for (let i = r; i <= size; i += i & -i) counts[i] += v;
  };
  let top = 1;
  while (top * 2 <= size) top *= 2;
  /** Smallest rank whose prefix count reaches k (1 <= k <= runs with a best). */
  const kth = (k: number) => {
    let pos = 0;
    let left = k;
    for (let step = top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= size && counts[next] < left) {
        pos = next;
        left -= counts[next];
      }
    }
    return pos + 1;
  };

  const best = new Int32Array(runCount); // best y rank per run, 0 = none yet
  let active = 0;
  const L = levels.length;
  const last = new Int32Array(L); // last vertex rank per level, 0 = none yet
  const out: number[][] = Array.from({ length: L }, () => []); // flat x, y pairs, minimization space

  const byX = sortByKey(used, (j) => pts[2 * j]);
  for (let s = 0; s < m; ) {
    const xv = pts[2 * byX[s]];
    let changed = false;
    for (; s < m && pts[2 * byX[s]] === xv; s++) {
      const j = byX[s];
      const r = runCodes[o.rows[j]];
      const yr = yRank[j];
      const b = best[r];
      if (b === 0) {
        active++;
        add(yr, 1);
      } else if (yr < b) {
        add(b, -1);
        add(yr, 1);
      } else continue;
      best[r] = yr;
      changed = true;
    }
    if (!changed) continue;
    for (let l = 0; l < L; l++) {
      const k = levels[l];
      if (active < k) continue;
      const rk = kth(k);
      if (last[l] === 0 || rk < last[l]) {
        out[l].push(xv, yOfRank[rk]);
        last[l] = rk;
      }
    }
  }

  const flipX = senses[0] === 'max';
  const flipY = senses[1] === 'max';
  return levels.map((level, l) => {
    const flat = out[l];
    const count = flat.length / 2;
    const points = new Array<[number, number]>(count);
    for (let t = 0; t < count; t++) {
      // Minimization-space x ascends; in data units that is descending when x is maximized.
      const at = flipX ? count - 1 - t : t;
      points[at] = [(flipX ? -flat[2 * t] : flat[2 * t]) + 0, (flipY ? -flat[2 * t + 1] : flat[2 * t + 1]) + 0];
    }
    return { level, points };
  });
}

/**
 * Each run's hypervolume in data units (core `hypervolume` on that run's rows, so on its front), with
 * one shared reference point. A run without a valid row gets 0. Rows with run code -1 are ignored.
 *
 * @param reference [x, y], finite; e.g. from `defaultReference` over all runs' rows
 * @throws CoreInputError on mismatched lengths, a bad sense, run code, run count or reference.
 */
export function runHypervolumes(
  x: Float64Array,
  y: Float64Array,
  senses: readonly [Sense, Sense],
  runCodes: Int32Array,
  runCount: number,
  reference: readonly number[],
): Float64Array {
  const n = checkXY(x, y, senses);
  checkRuns(runCodes, runCount, n);
  checkVector('reference', reference, 2, { finite: true });
  const sizes = new Uint32Array(runCount);
  for (let i = 0; i < n; i++) if (runCodes[i] >= 0) sizes[runCodes[i]]++;
  const xs = Array.from(sizes, (s) => new Float64Array(s));
  const ys = Array.from(sizes, (s) => new Float64Array(s));
  const fill = new Uint32Array(runCount);
  for (let i = 0; i < n; i++) {
    const r = runCodes[i];
    if (r < 0) continue;
    xs[r][fill[r]] = x[i];
    ys[r][fill[r]++] = y[i];
  }
  const out = new Float64Array(runCount);
  for (let r = 0; r < runCount; r++) out[r] = hypervolume([xs[r], ys[r]], senses, reference);
  return out;
}

function checkXY(x: Float64Array, y: Float64Array, senses: readonly Sense[]): number {
  if (!(x instanceof Float64Array)) throw new CoreInputError('x must be a Float64Array');
  if (!(y instanceof Float64Array)) throw new CoreInputError('y must be a Float64Array');
  if (x.length !== y.length) throw new CoreInputError(`x has ${x.length} rows but y has ${y.length}`);
  if (!Array.isArray(senses) || senses.length !== 2) {
    throw new CoreInputError('senses must hold two entries, one for x and one for y');
  }
  for (let k = 0; k < 2; k++) {
    if (senses[k] !== 'min' && senses[k] !== 'max') {
      throw new CoreInputError(`senses[${k}] is ${JSON.stringify(senses[k])}; expected 'min' or 'max'`);
    }
  }
  return x.length;
}

function checkRuns(runCodes: Int32Array, runCount: number, n: number): void {
  if (!Number.isInteger(runCount) || runCount < 0) {
    throw new CoreInputError(`runCount is ${String(runCount)}; expected a whole number, 0 or more`);
  }
  if (!(runCodes instanceof Int32Array)) throw new CoreInputError('runCodes must be an Int32Array');
  if (runCodes.length !== n) throw new CoreInputError(`runCodes has ${runCodes.length} entries but x has ${n} rows`);
  for (let i = 0; i < n; i++) {
    const r = runCodes[i];
    if (r < -1 || r >= runCount) {
      throw new CoreInputError(
        runCount === 0
          ? `runCodes[${i}] is ${r}; with runCount 0 every code must be -1 (no run)`
          : `runCodes[${i}] is ${r}; expected -1 (no run) or a run from 0 to ${runCount - 1}`,
      );
    }
  }
}
