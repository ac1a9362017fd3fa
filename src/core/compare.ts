/**
 * Comparing methods side by side: set coverage, each group's own front and its indicators against
 * the front of all groups together, and which front points one method's front dominates in another's.
 * Everything in the data's own units; 'max' objectives are negated internally.
 */
import { CoreInputError } from './errors';
import { boundedHypervolume, HYPERVOLUME_WORK_BUDGET, hypervolume } from './hypervolume';
import { epsilonAdditive, igdPlus } from './indicators';
import { orient, type Oriented } from './orient';
import { frontMaskUnique, paretoFront } from './pareto';
import { sortByKey } from './sort';
import type { Columns, Sense } from './types';
import { rowsOf, uniqueLex } from './unique';
import { checkTable, checkVector } from './validate';

// ---------------------------------------------------------------------------------------------
// Coverage

/**
 * Set coverage C(A, B) (Zitzler & Thiele 1998, "Multiobjective optimization using evolutionary
 * algorithms — a comparative case study", PPSN V): the fraction of B's rows that are weakly dominated
 * by at least one row of A, i.e. some row of A is at least as good in every objective.
 *
 *   C(A, B) = |{ b ∈ B : ∃ a ∈ A, a ≼ b }| / |B|
 *
 * C(A, B) = 1 means A covers all of B; C(A, B) = 0 means no row of B is matched or beaten by A. The
 * measure is not symmetric, so compare both C(A, B) and C(B, A). Every row of B counts, duplicates
 * included, so pass fronts when you want fronts compared (as {@link coverageMatrix} does).
 *
 * - Rows with NaN in any objective are ignored on both sides; ±Infinity are ordinary values.
 * - C(A, A) = 1 whenever A has a valid row (every row weakly dominates itself).
 * - B has no valid row: NaN (there is nothing to cover, as for an empty reference front in `igdPlus`).
 * - A has no valid row and B has one: 0.
 *
 * Cost, n = |A|, m = |B|: 1 objective O(n + m); 2 objectives O((n + m) log(n + m)) (sort and sweep);
 * 3 objectives O((n + m) log(n + m)) (sweep with a Fenwick tree); 4 or more, A is first reduced to
 * its distinct front, then a Kung–Luccio–Preparata style divide and conquer on the leading objectives
 * down to the 3-objective sweep, O((n + m) log^(d-2)(n + m)).
 *
 * @param a rows that cover, one Float64Array per objective
 * @param b rows to be covered, with the same objectives in the same order
 * @param senses 'min' or 'max' for each objective
 * @throws CoreInputError when a table is malformed or `a` and `b` have different numbers of objectives.
 */
export function coverage(a: Columns, b: Columns, senses: readonly Sense[]): number {
  const oa = orient(a, senses, 'a');
  if (isArrayLike(b) && b.length !== a.length) {
    throw new CoreInputError(`a has ${a.length} objectives but b has ${b.length}; both must have the same objectives`);
  }
  const ob = orient(b, senses, 'b');
  const nb = ob.rows.length;
  if (nb === 0) return NaN;
  const mask = coveredMask(coverers(oa, false), ob.points, nb);
  let c = 0;
  for (let j = 0; j < nb; j++) c += mask[j];
  return c / nb;
}

/**
 * The coverage of every pair of groups' fronts, row-major: entry `[i * groupCount + j]` is
 * C(front_i, front_j) (see {@link coverage}), where front_i is the Pareto front of the rows of group i
 * (`paretoFront` on those rows, duplicates kept). Read row i as "how much of the others group i covers".
 *
 * - The diagonal is 1 for a group with a front and NaN for a group without one.
 * - Column j is NaN when group j has no front (nothing to cover); row i is 0 off the diagonal when
 *   group i has no front and group j has one.
 * - Rows with code -1 belong to no group and are ignored; rows with NaN in any objective are ignored.
 *
 * Cost: one front per group, then groupCount² coverage computations on fronts.
 *
 * @param groupCodes the group of each row: 0 .. groupCount - 1, or -1 for none
 * @throws CoreInputError on a malformed table or group codes (wrong type or length, out of range).
 */
export function coverageMatrix(
  columns: Columns,
  senses: readonly Sense[],
  groupCodes: Int32Array,
  groupCount: number,
): Float64Array {
  const n = checkTable(columns, senses);
  const members = groupMembers(groupCodes, groupCount, n);
  const fronts = members.map((rows) => frontOfRows(columns, senses, rows));
  const oriented = fronts.map((rows) => orient(subColumns(columns, rows), senses));
  const cover = oriented.map((o) => coverers(o, true));
  const g = groupCount;
  const out = new Float64Array(g * g);
  for (let i = 0; i < g; i++) {
    for (let j = 0; j < g; j++) {
      const nb = oriented[j].rows.length;
      if (nb === 0) out[i * g + j] = NaN;
      else if (i === j) out[i * g + j] = 1;
      else {
        const mask = coveredMask(cover[i], oriented[j].points, nb);
        let c = 0;
        for (let t = 0; t < nb; t++) c += mask[t];
        out[i * g + j] = c / nb;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Per-group fronts and indicators

/**
 * Each group's own Pareto front: for group g, the rows of g that no other row of g dominates (exact
 * duplicates all kept), as input row indices, ascending. Rows with code -1 belong to no group; rows
 * with NaN in any objective are never in a front. A group with no valid row gets an empty array.
 *
 * Cost: one `paretoFront` per group on that group's rows.
 *
 * @param groupCodes the group of each row: 0 .. groupCount - 1, or -1 for none
 * @throws CoreInputError on a malformed table or group codes.
 */
export function groupFronts(
  columns: Columns,
  senses: readonly Sense[],
  groupCodes: Int32Array,
  groupCount: number,
): Uint32Array[] {
  const n = checkTable(columns, senses);
  return groupMembers(groupCodes, groupCount, n).map((rows) => frontOfRows(columns, senses, rows));
}

/**
 * What {@link groupIndicators} returns: one entry per group, plus the global front it measured against
 * and that front's hypervolume (so a caller need not compute the costliest figure twice).
 */
export type GroupIndicatorTable = GroupIndicators[] & {
  /** Hypervolume of the global front with the shared reference. */
  readonly globalHypervolume: number;
  /** Rows of the global front (the front of every grouped row), ascending. */
  readonly globalFront: Uint32Array;
  /**
   * True when `withinBudget` was asked and the exact hypervolumes would have taken more work than the
   * interactive budget (core `HYPERVOLUME_WORK_BUDGET`, for the whole table): every hypervolume
   * and ratio is then NaN.
   */
  readonly hypervolumeSkipped: boolean;
};

/** One group's figures in {@link groupIndicators}. */
export interface GroupIndicators {
  /** Rows carrying this group's code (rows with NaN included). */
  rows: number;
  /** Rows in the group's own front (exact duplicates each count). */
  frontSize: number;
  /**
   * Share of the global front's rows that belong to this group, 0..1; the global front is the front of
   * all grouped rows together. Shares add up to 1 over the groups; NaN when the global front is empty.
   */
  globalShare: number;
  /** Hypervolume of the group's rows (= of its front) with the shared reference, in data units. */
  hypervolume: number;
  /** `hypervolume` / hypervolume of the global front, 0..1; NaN when that is 0 or infinite. */
  hvRatio: number;
  /** IGD+ of the group's front to the global front (0 = the group alone reaches the global front). */
  igdPlus: number;
  /** Additive ε of the group's front to the global front (0 = the group alone reaches it). */
  epsilon: number;
}

/**
 * Per-group quality figures, all measured against the global front (the Pareto front of every grouped
 * row together, i.e. the best that all methods achieve jointly):
 * group size, own front size, share of the global front, hypervolume and its ratio to the global
 * front's, and IGD+ and additive ε (core `igdPlus` / `epsilonAdditive`) of the group's front with the
 * global front as the reference front.
 *
 * - Rows with code -1 belong to no group and take no part, not even in the global front.
 * - Rows with NaN in any objective are ignored.
 * - A group without a valid row: frontSize 0, globalShare 0 (NaN if the global front is empty),
 *   hypervolume 0, igdPlus and epsilon Infinity (NaN if the global front is empty too).
 *
 * Cost: one front per group; IGD+ and ε cost O(|group front| · |global front| · d) each.
 *
 * @param reference one finite number per objective, shared by every group's hypervolume; see
 *   {@link defaultReference} for a sensible choice
 * @param options `measured`: the groups whose hypervolume, IGD+ and ε are wanted (others get NaN, and
 *   cost nothing: with many groups these are most of the work); all groups when left out.
 *   `withinBudget`: skip the hypervolumes (NaN, `hypervolumeSkipped` true) when computing
 *   them exactly would take more than the interactive budget (see `boundedHypervolume`).
 * @throws CoreInputError on a malformed table, group codes or reference point.
 */
export function groupIndicators(
  columns: Columns,
  senses: readonly Sense[],
  groupCodes: Int32Array,
  groupCount: number,
  reference: readonly number[],
  options: { withinBudget?: boolean; measured?: ArrayLike<number> } = {},
): GroupIndicatorTable {
  const n = checkTable(columns, senses);
  checkVector('reference', reference, columns.length, { finite: true });
  const members = groupMembers(groupCodes, groupCount, n);
  const fronts = members.map((rows) => frontOfRows(columns, senses, rows));
  // The front of the union of the groups' fronts is the front of all grouped rows (whatever dominates
  // a grouped row is matched or beaten by a front point of its own group), and much cheaper.
  let total = 0;
  for (const f of fronts) total += f.length;
  const union = new Uint32Array(total);
  for (let i = 0, at = 0; i < fronts.length; i++) {
    union.set(fronts[i], at);
    at += fronts[i].length;
  }
  union.sort();
  const globalRows = frontOfRows(columns, senses, union);
  const globalCols = subColumns(columns, globalRows);
  // Within budget: every hypervolume of the table shares one work budget, and one that would overrun it
  // leaves them all out (a table with some groups measured and others not would mislead).
  const budget = options.withinBudget === true ? { remaining: HYPERVOLUME_WORK_BUDGET } : undefined;
  const measure = (cols: Columns): number | null => (budget ? boundedHypervolume(cols, senses, reference, budget) : hypervolume(cols, senses, reference));
  const wanted = new Uint8Array(groupCount);
  if (options.measured === undefined) wanted.fill(1);
  else {
    for (let t = 0; t < options.measured.length; t++) {
      const g = options.measured[t];
      if (!Number.isInteger(g) || g < 0 || g >= groupCount) {
        throw new CoreInputError(`options.measured[${t}] is ${String(g)}; expected a group code from 0 to ${groupCount - 1}`);
      }
      wanted[g] = 1;
    }
  }
  const groupCols = fronts.map((f) => subColumns(columns, f));
  let globalHv: number | null = measure(globalCols);
  const groupHvs: (number | null)[] = new Array(groupCount).fill(NaN);
  for (let g = 0; g < groupCount && globalHv !== null; g++) {
    if (!wanted[g]) continue;
    const hv = measure(groupCols[g]);
    if (hv === null) globalHv = null;
    groupHvs[g] = hv;
  }
  const skip = globalHv === null;
  if (globalHv === null) globalHv = NaN;
  const inGlobal = new Uint32Array(groupCount);
  for (let t = 0; t < globalRows.length; t++) inGlobal[groupCodes[globalRows[t]]]++;
  const groups = members.map((rows, g) => {
    const frontCols = groupCols[g];
    const hv = skip ? NaN : (groupHvs[g] as number);
    return {
      rows: rows.length,
      frontSize: fronts[g].length,
      globalShare: globalRows.length === 0 ? NaN : inGlobal[g] / globalRows.length,
      hypervolume: hv,
      hvRatio: globalHv === 0 || !Number.isFinite(globalHv) ? NaN : hv / globalHv,
      igdPlus: wanted[g] ? igdPlus(frontCols, senses, globalCols) : NaN,
      epsilon: wanted[g] ? epsilonAdditive(frontCols, senses, globalCols) : NaN,
    };
  });
  return Object.assign(groups, { globalHypervolume: globalHv, globalFront: globalRows, hypervolumeSkipped: skip });
}


/**
 * A reference point for hypervolumes that every shown row beats: for each objective, the worst value
 * over the rows (the largest for 'min', the smallest for 'max') pushed further out by 10% of the
 * objective's range over those rows. When that range is 0 (a constant objective) the push is 10% of
 * |value|, or 1 when the value is 0 (likewise whenever a push is too small to move the value in
 * floating point). Because every row is then strictly better than the reference, the worst rows
 * still add their share of the hypervolume.
 *
 * - `rows` are the shown rows (any order, repeats harmless); all rows when omitted.
 * - Rows with NaN in any objective are ignored. ±Infinity values are skipped per objective so that the
 *   reference stays finite (an infinitely bad row cannot be bounded, and adds no hypervolume anyway).
 *
 * @throws CoreInputError on a malformed table, a row index out of range, or when an objective has no
 *   finite value among the usable rows (e.g. no rows are shown).
 */
export function defaultReference(columns: Columns, senses: readonly Sense[], rows?: Uint32Array): number[] {
  const n = checkTable(columns, senses);
  if (rows !== undefined) checkRows('rows', rows, n);
  const d = columns.length;
  const count = rows ? rows.length : n;
  const usable = new Uint8Array(n).fill(1);
  for (let k = 0; k < d; k++) {
    const col = columns[k];
    for (let i = 0; i < n; i++) if (Number.isNaN(col[i])) usable[i] = 0;
  }
  let valid = 0;
  for (let t = 0; t < count; t++) valid += usable[rows ? rows[t] : t];
  const ref = new Array<number>(d);
  for (let k = 0; k < d; k++) {
    const col = columns[k];
    let lo = Infinity;
    let hi = -Infinity;
    let seen = false;
    for (let t = 0; t < count; t++) {
      const i = rows ? rows[t] : t;
      const v = col[i];
      if (!usable[i] || !Number.isFinite(v)) continue;
      seen = true;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!seen) {
      throw new CoreInputError(
        valid === 0
          ? `defaultReference needs at least one row without NaN; none of the ${count} shown rows has one`
          : `defaultReference: objective ${k} has no finite value among the ${valid} shown rows without NaN`,
      );
    }
    const worst = senses[k] === 'min' ? hi : lo;
    const out = (push: number) => (senses[k] === 'min' ? worst + push : worst - push) + 0;
    // A push lost to rounding (a range tiny next to the values, or a subnormal value) would leave the
    // worst row on the reference, adding nothing; fall back to the constant-objective rule, then to 1.
    let r = out(0.1 * (hi - lo));
    if (r === worst) r = out(0.1 * Math.abs(worst));
    if (r === worst) r = out(1);
    ref[k] = r;
  }
  return ref;
}

// ---------------------------------------------------------------------------------------------
// Head to head

/** Result of {@link headToHead}: input row indices, ascending. */
export interface HeadToHead {
  /** A's front rows that some row of B strictly dominates. */
  aDominatedByB: Uint32Array;
  /** B's front rows that some row of A strictly dominates. */
  bDominatedByA: Uint32Array;
  /** A's own front (the rows of `aRows` no other row of `aRows` dominates). */
  aFront: Uint32Array;
  /** B's own front. */
  bFront: Uint32Array;
}

/**
 * Head to head between two sets of rows (e.g. two methods): which of A's front points are strictly
 * dominated by some point of B, and which of B's front points by some point of A. Strict Pareto
 * dominance: at least as good everywhere and strictly better somewhere, so a point that both sets
 * reach exactly counts for neither. Being dominated by some row of B is the same as being dominated by
 * some point of B's front, so the fronts are all that is compared.
 *
 * - `aRows` and `bRows` are input row indices, in any order; repeats are ignored. They may overlap.
 * - Rows with NaN in any objective are ignored.
 *
 * Cost: a front of each set, then one weak-coverage pass each way (as {@link coverage}) and a binary
 * search per covered point to set exact ties apart.
 *
 * @throws CoreInputError on a malformed table or a row index out of range.
 */
export function headToHead(
  columns: Columns,
  senses: readonly Sense[],
  aRows: Uint32Array,
  bRows: Uint32Array,
): HeadToHead {
  const n = checkTable(columns, senses);
  checkRows('aRows', aRows, n);
  checkRows('bRows', bRows, n);
  const o = orient(columns, senses);
  const fa = distinctFront(subsetOriented(o, aRows));
  const fb = distinctFront(subsetOriented(o, bRows));
  return {
    aDominatedByB: strictlyDominatedRows(fa, fb),
    bDominatedByA: strictlyDominatedRows(fb, fa),
    aFront: fa.allRows,
    bFront: fb.allRows,
  };
}

/**
 * One sentence for a head-to-head result, e.g.
 * "B dominates 7 of A's 9 front points; A dominates none of B's".
 * Front sizes are passed in because a result only lists the dominated points (take them from
 * `result.aFront.length`, or from the group fronts already at hand).
 *
 * @throws CoreInputError when a size is not a whole number or is smaller than the dominated count.
 */
export function headToHeadSentence(
  nameA: string,
  nameB: string,
  result: Pick<HeadToHead, 'aDominatedByB' | 'bDominatedByA'>,
  aFrontSize: number,
  bFrontSize: number,
): string {
  const ka = result.aDominatedByB.length;
  const kb = result.bDominatedByA.length;
  checkSize('aFrontSize', aFrontSize, ka, 'aDominatedByB');
  checkSize('bFrontSize', bFrontSize, kb, 'bDominatedByA');
  if (aFrontSize === 0 && bFrontSize === 0) return `Neither ${nameA} nor ${nameB} has a front point to compare`;
  if (aFrontSize === 0) return `${nameA} has no front points to compare with ${nameB}'s ${points(bFrontSize)}`;
  if (bFrontSize === 0) return `${nameB} has no front points to compare with ${nameA}'s ${points(aFrontSize)}`;
  return `${longClause(nameB, nameA, ka, aFrontSize)}; ${shortClause(nameA, nameB, kb, bFrontSize)}`;
}

function points(n: number): string {
  return n === 1 ? '1 front point' : `${n} front points`;
}

/** "X dominates k of Y's n front points", with words for none, all and one. */
function longClause(x: string, y: string, k: number, n: number): string {
  if (n === 1) return k === 1 ? `${x} dominates ${y}'s only front point` : `${x} does not dominate ${y}'s only front point`;
  if (k === 0) return `${x} dominates none of ${y}'s ${n} front points`;
  if (k === n) return `${x} dominates all ${n} of ${y}'s front points`;
  return `${x} dominates ${k} of ${y}'s ${n} front points`;
}

/** The second clause leans on the first: "Y dominates none of X's". */
function shortClause(x: string, y: string, k: number, n: number): string {
  if (n === 1) return k === 1 ? `${x} dominates ${y}'s only one` : `${x} does not dominate ${y}'s only one`;
  if (k === 0) return `${x} dominates none of ${y}'s`;
  if (k === n) return `${x} dominates all ${n} of ${y}'s`;
  return `${x} dominates ${k} of ${y}'s ${n}`;
}

function checkSize(name: string, size: number, dominated: number, listName: string): void {
  if (!Number.isInteger(size) || size < 0) {
    throw new CoreInputError(`${name} is ${String(size)}; expected a whole number of front points`);
  }
  if (size < dominated) {
    throw new CoreInputError(`${name} is ${size} but result.${listName} lists ${dominated} dominated points`);
  }
}

// ---------------------------------------------------------------------------------------------
// Internals: groups and row subsets

/** Input rows of each group, ascending. */
function groupMembers(codes: Int32Array, groupCount: number, n: number): Uint32Array[] {
  if (!Number.isInteger(groupCount) || groupCount < 0) {
    throw new CoreInputError(`groupCount is ${String(groupCount)}; expected a whole number, 0 or more`);
  }
  if (!(codes instanceof Int32Array)) throw new CoreInputError('groupCodes must be an Int32Array');
  if (codes.length !== n) {
    throw new CoreInputError(`groupCodes has ${codes.length} entries but the columns have ${n} rows`);
  }
  const sizes = new Uint32Array(groupCount);
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c === -1) continue;
    if (c < -1 || c >= groupCount) {
      throw new CoreInputError(
        groupCount === 0
          ? `groupCodes[${i}] is ${c}; with groupCount 0 every code must be -1 (no group)`
          : `groupCodes[${i}] is ${c}; expected -1 (no group) or a group from 0 to ${groupCount - 1}`,
      );
    }
    sizes[c]++;
  }
  const out = Array.from(sizes, (s) => new Uint32Array(s));
  const fill = new Uint32Array(groupCount);
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c >= 0) out[c][fill[c]++] = i;
  }
  return out;
}

function checkRows(name: string, rows: Uint32Array, n: number): void {
  if (!(rows instanceof Uint32Array)) throw new CoreInputError(`${name} must be a Uint32Array of row indices`);
  for (let t = 0; t < rows.length; t++) {
    if (rows[t] >= n) {
      throw new CoreInputError(
        n === 0
          ? `${name}[${t}] is ${rows[t]} but the columns have no rows`
          : `${name}[${t}] is ${rows[t]}; expected a row index from 0 to ${n - 1}`,
      );
    }
  }
}

/** The chosen rows of every column, in the order of `rows`. */
function subColumns(columns: Columns, rows: Uint32Array): Float64Array[] {
  return columns.map((col) => {
    const out = new Float64Array(rows.length);
    for (let t = 0; t < rows.length; t++) out[t] = col[rows[t]];
    return out;
  });
}

/** `paretoFront` of the given (ascending) rows, as input row indices, ascending. */
function frontOfRows(columns: Columns, senses: readonly Sense[], rows: Uint32Array): Uint32Array {
  const local = paretoFront(subColumns(columns, rows), senses);
  const out = new Uint32Array(local.length);
  for (let t = 0; t < local.length; t++) out[t] = rows[local[t]];
  return out;
}

/** The rows among `rows` that survive orientation (no NaN), ascending and without repeats. */
function subsetOriented(o: Oriented, rows: Uint32Array): Oriented {
  const { d, n } = o;
  const pos = new Int32Array(n).fill(-1);
  for (let j = 0; j < o.rows.length; j++) pos[o.rows[j]] = j;
  const want = new Uint8Array(n);
  let m = 0;
  for (let t = 0; t < rows.length; t++) {
    const i = rows[t];
    if (pos[i] >= 0 && !want[i]) {
      want[i] = 1;
      m++;
    }
  }
  const sub = new Uint32Array(m);
  const points = new Float64Array(m * d);
  for (let i = 0, j = 0; i < n; i++) {
    if (!want[i]) continue;
    sub[j] = i;
    points.set(o.points.subarray(pos[i] * d, pos[i] * d + d), j * d);
    j++;
  }
  return { d, n, rows: sub, points };
}

interface DistinctFront {
  d: number;
  /** Distinct front points, lexicographically ascending, row-major, minimization space. */
  points: Float64Array;
  count: number;
  /** Input rows of distinct front point q: `rows[start[q] .. start[q + 1])`. */
  start: Uint32Array;
  rows: Uint32Array;
  /** Every input row on the front, ascending. */
  allRows: Uint32Array;
}

function distinctFront(o: Oriented): DistinctFront {
  const u = uniqueLex(o);
  const keep = frontMaskUnique(u);
  const { d } = u;
  let count = 0;
  for (let q = 0; q < u.m; q++) count += keep[q];
  const points = new Float64Array(count * d);
  const start = new Uint32Array(count + 1);
  const allRows = rowsOf(u, keep);
  const rows = new Uint32Array(allRows.length);
  for (let q = 0, c = 0, r = 0; q < u.m; q++) {
    if (!keep[q]) continue;
    points.set(u.points.subarray(q * d, q * d + d), c * d);
    start[c] = r;
    for (let t = u.start[q]; t < u.start[q + 1]; t++) rows[r++] = u.rows[t];
    c++;
    start[c] = r;
  }
  return { d, points, count, start, rows, allRows };
}

/**
 * Rows of `x`'s front strictly dominated by a point of `y`'s front. A covered point is strictly
 * dominated unless it equals a point of y's front: no other point of a front can weakly dominate a
 * point of that front, so an exact match means no strict dominator exists.
 */
function strictlyDominatedRows(x: DistinctFront, y: DistinctFront): Uint32Array {
  const { d } = x;
  const covered = coveredMaskPoints(y.points, y.count, x.points, x.count, d);
  const out: number[] = [];
  for (let q = 0; q < x.count; q++) {
    if (!covered[q] || containsLex(y.points, y.count, d, x.points, q * d)) continue;
    for (let t = x.start[q]; t < x.start[q + 1]; t++) out.push(x.rows[t]);
  }
  return Uint32Array.from(out).sort();
}

/** Whether the lexicographically sorted row-major `pts` holds the point at `q[qo .. qo + d)`. */
function containsLex(pts: Float64Array, count: number, d: number, q: Float64Array, qo: number): boolean {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let c = 0;
    for (let k = 0; k < d && c === 0; k++) {
      const a = pts[mid * d + k];
      const b = q[qo + k];
      c = a < b ? -1 : a > b ? 1 : 0;
    }
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Internals: weak coverage, all objectives minimized

/** The points that cover for A: all of them, or from 4 objectives on only A's distinct front. */
interface Coverers {
  d: number;
  points: Float64Array;
  count: number;
}

function coverers(oa: Oriented, isFront: boolean): Coverers {
  // Only A's front can matter, and the divide and conquer pays for every A point at every level
  // (the sweeps for 2 and 3 objectives are cheaper than the reduction).
  if (oa.d >= 4 && !isFront) return distinctFront(oa);
  return { d: oa.d, points: oa.points, count: oa.rows.length };
}

/** For each of B's `nb` points (row-major `bPts`), whether some point of A weakly dominates it. */
function coveredMask(a: Coverers, bPts: Float64Array, nb: number): Uint8Array {
  return coveredMaskPoints(a.points, a.count, bPts, nb, a.d);
}

/**
 * For each point of B, whether some point of A is <= it in every objective. Row-major, minimization
 * space, no NaN.
 */
function coveredMaskPoints(aPts: Float64Array, na: number, bPts: Float64Array, nb: number, d: number): Uint8Array {
  const mask = new Uint8Array(nb);
  if (na === 0 || nb === 0) return mask;
  if (d === 1) {
    let best = Infinity;
    for (let j = 0; j < na; j++) if (aPts[j] < best) best = aPts[j];
    // best <= b also holds when both are +Infinity, so no "seen" flag is needed here
    for (let j = 0; j < nb; j++) if (best <= bPts[j]) mask[j] = 1;
    return mask;
  }
  const aIdx = iota(na);
  const bIdx = iota(nb);
  if (d === 2) sweep2(aPts, aIdx, bPts, bIdx, d, 0, mask);
  else if (d === 3) sweep3(aPts, aIdx, bPts, bIdx, d, 0, mask);
  else new Splitter(aPts, bPts, d, mask).cover(aIdx, bIdx, 0);
  return mask;
}

function iota(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let j = 0; j < n; j++) out[j] = j;
  return out;
}

/**
 * Objectives k and k + 1 only: sort A ∪ B by objective k (A first among equals, so an A point with
 * the same value is seen before the B point) and keep the running minimum of objective k + 1 over A.
 */
function sweep2(
  aPts: Float64Array,
  aIdx: Uint32Array,
  bPts: Float64Array,
  bIdx: Uint32Array,
  d: number,
  k: number,
  mask: Uint8Array,
): void {
  const na = aIdx.length;
  const items = iota(na + bIdx.length);
  const order = sortByKey(items, (t) => (t < na ? aPts[aIdx[t] * d + k] : bPts[bIdx[t - na] * d + k]));
  let best = Infinity;
  let seen = false; // +Infinity is a legitimate value, so "no A point yet" needs its own flag
  for (let s = 0; s < order.length; s++) {
    const t = order[s];
    if (t < na) {
      const v = aPts[aIdx[t] * d + k + 1];
      if (!seen || v < best) best = v;
      seen = true;
    } else if (seen && best <= bPts[bIdx[t - na] * d + k + 1]) {
      mask[bIdx[t - na]] = 1;
    }
  }
}

/**
 * Objectives k, k + 1 and k + 2 only: sweep A ∪ B by objective k (A first among equals); a Fenwick tree
 * over the dense ranks of objective k + 1 holds the smallest objective k + 2 of the A points seen so
 * far, so a B point is covered iff the prefix minimum up to its rank is <= its own value.
 */
function sweep3(
  aPts: Float64Array,
  aIdx: Uint32Array,
  bPts: Float64Array,
  bIdx: Uint32Array,
  d: number,
  k: number,
  mask: Uint8Array,
): void {
  const na = aIdx.length;
  const total = na + bIdx.length;
  const at = (t: number, kk: number) => (t < na ? aPts[aIdx[t] * d + kk] : bPts[bIdx[t - na] * d + kk]);
  const items = iota(total);
  const byY = sortByKey(items, (t) => at(t, k + 1));
  const yRank = new Uint32Array(total);
  let r = 0;
  for (let s = 0; s < total; s++) {
    if (s === 0 || at(byY[s], k + 1) !== at(byY[s - 1], k + 1)) r++;
    yRank[byY[s]] = r;
  }
  const size = r;
  const tree = new Float64Array(size + 1);
  const filled = new Uint8Array(size + 1); // +Infinity is a legitimate value, so no sentinel
  const byX = sortByKey(items, (t) => at(t, k));
  for (let s = 0; s < total; s++) {
    const t = byX[s];
    const z = at(t, k + 2);
    if (t < na) {
      for (let i = yRank[t]; i <= size; i += i & -i) {
        if (!filled[i] || z < tree[i]) {
          tree[i] = z;
          filled[i] = 1;
        }
      }
    } else {
      for (let i = yRank[t]; i > 0; i -= i & -i) {
        if (filled[i] && tree[i] <= z) {
          mask[bIdx[t - na]] = 1;
          break;
        }
      }
    }
  }
}

/**
 * Four or more objectives, after Kung, Luccio & Preparata (1975): `cover(A, B, k)` marks the B points
 * weakly dominated by some A point in objectives k..d-1, given that every A point is already <= every
 * B point in the objectives below k. Split A ∪ B at the median of objective k: low A against low B and
 * high A against high B stay at k; low A against high B is settled in k and moves on to k + 1; high A
 * can never cover low B. The last three objectives go to the Fenwick sweep.
 */
class Splitter {
  constructor(
    private readonly a: Float64Array,
    private readonly b: Float64Array,
    private readonly d: number,
    private readonly mask: Uint8Array,
  ) {}

  cover(aIdx: Uint32Array, bIdxIn: Uint32Array, k: number): void {
    const { a, b, d, mask } = this;
    const bIdx = bIdxIn.filter((q) => mask[q] === 0); // already covered: nothing left to learn
    if (aIdx.length === 0 || bIdx.length === 0) return;
    // Few pairs, or few A points against many B points: the direct test is cheapest.
    if (aIdx.length * bIdx.length <= 256 || aIdx.length <= 8) {
      for (let j = 0; j < bIdx.length; j++) {
        const q = bIdx[j] * d;
        for (let i = 0; i < aIdx.length; i++) {
          const p = aIdx[i] * d;
          let ok = true;
          for (let kk = k; kk < d && ok; kk++) ok = a[p + kk] <= b[q + kk];
          if (ok) {
            mask[bIdx[j]] = 1;
            break;
          }
        }
      }
      return;
    }
    if (k === d - 3) {
      sweep3(a, aIdx, b, bIdx, d, k, mask);
      return;
    }
    let lo = Infinity;
    let hi = -Infinity;
    const vals = new Float64Array(aIdx.length + bIdx.length);
    for (let j = 0; j < aIdx.length; j++) vals[j] = a[aIdx[j] * d + k];
    for (let j = 0; j < bIdx.length; j++) vals[aIdx.length + j] = b[bIdx[j] * d + k];
    for (let j = 0; j < vals.length; j++) {
      if (vals[j] < lo) lo = vals[j];
      if (vals[j] > hi) hi = vals[j];
    }
    if (lo === hi) {
      this.cover(aIdx, bIdx, k + 1);
      return;
    }
    vals.sort();
    const pivot = vals[vals.length >>> 1];
    // Low = v < pivot, or v <= pivot when the pivot is the minimum, so both sides are non-empty and
    // every low value is <= every high value.
    const inclusive = pivot === lo;
    const lowA = (q: number) => (inclusive ? a[q * d + k] <= pivot : a[q * d + k] < pivot);
    const lowB = (q: number) => (inclusive ? b[q * d + k] <= pivot : b[q * d + k] < pivot);
    const aLow = aIdx.filter(lowA);
    const aHigh = aIdx.filter((q) => !lowA(q));
    const bLow = bIdx.filter(lowB);
    const bHigh = bIdx.filter((q) => !lowB(q));
    this.cover(aLow, bLow, k);
    this.cover(aHigh, bHigh, k);
    this.cover(aLow, bHigh, k + 1);
  }
}

function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  return x != null && typeof (x as ArrayLike<unknown>).length === 'number';
}
