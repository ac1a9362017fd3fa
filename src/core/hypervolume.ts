/**
 * Hypervolume (the S-metric): the volume of objective space that a set of results dominates, bounded
 * by a reference point, and each result's exclusive share of it.
 *
 * Algorithms, all exact: 1 objective, a minimum; 2, a sort and a staircase sweep, O(n log n);
 * 3, a sweep along the third objective over an ordered (x, y) staircase, O(n log n) (hv3d.ts);
 * 4 or more, WFG with limit sets, descending to the 3-objective sweep (wfg.ts). Contributions use
 * the staircase neighbours in 2-D (hv2d.ts) and vol(box(p)) − HV(limit set of p) from 3 objectives on.
 * Every sum adds non-negative terms (products of coordinate differences); a subtraction only ever
 * removes a region from a box that contains it (mostly the point's own box).
 */
import type { Columns, Sense } from './types';
import { orient, orientPoint, type Oriented } from './orient';
import { checkVector } from './validate';
import { uniqueLex } from './unique';
import { hv2d, hv2dContributions } from './hv2d';
import { Hv3Workspace, hv3d, hv3dContributions } from './hv3d';
import { Hv4Workspace, hv4d } from './hv4d';
import { distinctFront, frontDependents, WfgBudgetExceeded, wfgContributions, wfgHypervolume, type WorkBudget } from './wfg';

export type { WorkBudget } from './wfg';

interface Counted {
  o: Oriented;
  /** The reference in minimization space. */
  ref: Float64Array;
  /** Positions (into `o.rows` / `o.points`) of the rows strictly better than the reference everywhere. */
  items: Uint32Array;
  /** Some counted row has an infinitely good value. */
  infinite: boolean;
}

function prepare(columns: Columns, senses: readonly Sense[], reference: readonly number[]): Counted {
  const o = orient(columns, senses);
  checkVector('reference', reference, o.d, { finite: true });
  const ref = orientPoint(reference, senses);
  const { d, points } = o;
  const count = o.rows.length;
  const items = new Uint32Array(count);
  let c = 0;
  let infinite = false;
  for (let j = 0; j < count; j++) {
    const off = j * d;
    let inside = true;
    for (let k = 0; k < d; k++) {
      if (!(points[off + k] < ref[k])) {
        inside = false;
        break;
      }
    }
    if (!inside) continue;
    items[c++] = j;
    for (let k = 0; k < d; k++) if (points[off + k] === -Infinity) infinite = true;
  }
  return { o, ref, items: items.subarray(0, c), infinite };
}

/** The counted rows as their own oriented table (row-major, same `d`): the table itself when every row counts. */
function countedTable(p: Counted): Oriented {
  const { o, items } = p;
  const d = o.d;
  const m = items.length;
  if (m === o.rows.length) return o;
  const points = new Float64Array(m * d);
  const rows = new Uint32Array(m);
  for (let t = 0; t < m; t++) {
    const j = items[t];
    rows[t] = o.rows[j];
    for (let k = 0; k < d; k++) points[t * d + k] = o.points[j * d + k];
  }
  return { d, n: o.n, rows, points };
}

/**
 * Exact hypervolume of the rows, in the data's own units: the volume of the region that some row
 * dominates and that is bounded by `reference` (for a 'min' objective the reference is an upper
 * bound, for 'max' a lower bound).
 *
 * - Rows with NaN in any objective are ignored.
 * - Rows that are not strictly better than the reference in every objective contribute nothing.
 * - If a counted row is infinitely good in some objective (-Infinity for 'min', +Infinity for 'max')
 *   the result is Infinity.
 * - No counted rows: 0.
 *
 * Cost: O(n log n) for 1–3 objectives; WFG for 4 or more (exponential in the worst case, fast on
 * typical fronts of a few thousand points).
 *
 * @param columns one Float64Array per objective, all of the same length
 * @param senses 'min' or 'max' for each objective
 * @param reference one finite number per objective
 * @throws CoreInputError when the table is malformed, or `reference` has the wrong length, NaN or ±Infinity.
 */
export function hypervolume(columns: Columns, senses: readonly Sense[], reference: readonly number[]): number {
  return hypervolumeOf(columns, senses, reference);
}

/**
 * Work {@link boundedHypervolume} allows by default: at most about a second of WFG on a laptop. Work
 * is counted as points × objectives handled over all of WFG's recursion levels, so the limit follows
 * the shape of the front, not only its size: 600 points in 8 objectives take about half a second on
 * the bundled DTLZ fronts (within the budget) but twenty seconds on a random simplex front (given up
 * after about one).
 */
export const HYPERVOLUME_WORK_BUDGET = 2e7;

/**
 * {@link hypervolume}, or null when computing it exactly would need more work than `budget.remaining`
 * (default {@link HYPERVOLUME_WORK_BUDGET}). Pass one budget object to several calls to bound them
 * together; each call takes its work off it. One to three objectives are always computed (O(n log n));
 * four or more give up early instead of freezing the caller.
 *
 * @throws CoreInputError as {@link hypervolume}.
 */
export function boundedHypervolume(
  columns: Columns,
  senses: readonly Sense[],
  reference: readonly number[],
  budget: WorkBudget = { remaining: HYPERVOLUME_WORK_BUDGET },
): number | null {
  try {
    return hypervolumeOf(columns, senses, reference, budget);
  } catch (e) {
    if (e instanceof WfgBudgetExceeded) return null;
    throw e;
  }
}

function hypervolumeOf(columns: Columns, senses: readonly Sense[], reference: readonly number[], budget?: WorkBudget): number {
  const p = prepare(columns, senses, reference);
  const { o, ref, items } = p;
  const d = o.d;
  const m = items.length;
  if (m === 0) return 0;
  if (p.infinite) return Infinity;
  if (d === 1) {
    let best = ref[0];
    for (let t = 0; t < m; t++) if (o.points[items[t]] < best) best = o.points[items[t]];
    return ref[0] - best;
  }
  if (d === 2) return hv2d(o.points, items, ref[0], ref[1]);
  if (d === 3) {
    const t = countedTable(p);
    return hv3d(t.points, m, ref[0], ref[1], ref[2], new Hv3Workspace(m));
  }
  if (d === 4) {
    // HV4D+ drops dominated and repeated points itself; its cost is O(m²) at worst.
    if (budget && (budget.remaining -= (m * m) / 16) < 0) throw new WfgBudgetExceeded();
    return hv4d(countedTable(p).points, m, ref, new Hv4Workspace(m));
  }
  // WFG works best on a non-dominated set of distinct points.
  const u = uniqueLex(countedTable(p));
  const onFront = distinctFront(u);
  let f = 0;
  for (let a = 0; a < u.m; a++) f += onFront[a];
  const front = new Float64Array(f * d);
  for (let a = 0, at = 0; a < u.m; a++) {
    if (!onFront[a]) continue;
    front.set(u.points.subarray(a * d, a * d + d), at);
    at += d;
  }
  return wfgHypervolume(front, f, d, ref, budget);
}

/**
 * Each row's exclusive hypervolume contribution: the volume that this row dominates and no other row
 * does (in the data's units, bounded by `reference` as in {@link hypervolume}). Removing a row with
 * contribution c lowers the hypervolume by c.
 *
 * The result has one entry per input row. It is 0 for rows with NaN, rows not strictly better than the
 * reference in every objective, dominated rows, and exact duplicates (identical rows cover the same
 * space, so neither covers anything alone). A non-dominated distinct row that is infinitely good in
 * some objective gets Infinity.
 *
 * Cost: O(n log n) for 1–2 objectives. For 3, three Fenwick-tree sweeps find each front point's
 * neighbourhood and a small 3-D sweep measures it (close to O(n log n) on dense fronts). For 4 or
 * more, one WFG run per front point on its pruned limit set. Finding the points that only one front
 * point dominates costs O(dominated × front) for 3 or more objectives.
 *
 * @throws CoreInputError as {@link hypervolume}.
 */
export function hypervolumeContributions(
  columns: Columns,
  senses: readonly Sense[],
  reference: readonly number[],
): Float64Array {
  const p = prepare(columns, senses, reference);
  const { o, ref } = p;
  const d = o.d;
  const out = new Float64Array(o.n);
  if (p.items.length === 0) return out;
  const u = uniqueLex(countedTable(p));
  const m = u.m;
  const shared = new Uint8Array(m);
  for (let a = 0; a < m; a++) shared[a] = u.start[a + 1] - u.start[a] > 1 ? 1 : 0;
  const contrib = new Float64Array(m);
  if (d === 1) {
    // Lex order: the first distinct point is the best; the next one (or the reference) bounds it.
    if (!shared[0]) contrib[0] = (m > 1 ? u.points[1] : ref[0]) - u.points[0];
  } else if (d === 2) {
    hv2dContributions(u.points, m, ref[0], ref[1], shared, contrib);
  } else {
    const fd = frontDependents(u.points, m, d, distinctFront(u));
    if (d === 3) hv3dContributions(u.points, m, ref, fd.front, fd.depStart, fd.deps, shared, contrib);
    else wfgContributions(u.points, m, d, ref, fd, shared, contrib);
  }
  for (let a = 0; a < m; a++) {
    const c = contrib[a];
    if (c === 0) continue;
    for (let t = u.start[a]; t < u.start[a + 1]; t++) out[u.rows[t]] = c;
  }
  return out;
}
