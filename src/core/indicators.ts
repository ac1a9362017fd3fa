import { orient } from './orient';
import { paretoFront } from './pareto';
import type { Columns, Sense } from './types';

/**
 * IGD+ (inverted generational distance plus; Ishibuchi, Masuda, Tanigaki & Nojima 2015, "Modified
 * distance calculation in generational distance and inverted generational distance", EMO 2015):
 * how far, on average, the rows fall short of a reference front. Smaller is better; 0 means every
 * reference point is weakly dominated by some row.
 *
 *   IGD+(A, Z) = (1 / |Z|) Σ_{z ∈ Z} min_{a ∈ A} sqrt(Σ_k max(a_k − z_k, 0)²)
 *
 * in minimization space ('max' objectives negated) and in data units (no normalization). The
 * reference front uses the same `senses` as the columns; every reference row counts, duplicates
 * included. Weakly Pareto compliant: adding a row never makes it worse.
 *
 * - Rows or reference rows with NaN in any objective are ignored.
 * - Empty reference front (after dropping NaN rows): NaN — there is nothing to measure against.
 * - No valid row but a non-empty reference front: Infinity.
 * - ±Infinity are ordinary values; a_k − z_k is taken as 0 when both are the same infinity, so the
 *   result is never NaN otherwise (it may be Infinity).
 *
 * Only non-dominated rows can attain the inner minimum, so the rows are first reduced to their
 * Pareto front; the rest costs O(|front| · |Z| · d).
 *
 * @throws CoreInputError on a malformed table or reference front (what = 'referenceFront'), including a
 *   reference front with a different number of objectives.
 */
export function igdPlus(columns: Columns, senses: readonly Sense[], referenceFront: Columns): number {
  const { a, z, d, na, nz } = prepare(columns, senses, referenceFront);
  if (nz === 0) return NaN;
  if (na === 0) return Infinity;
  let total = 0;
  for (let r = 0; r < nz; r++) {
    const zo = r * d;
    let best = Infinity;
    let bestSq = Infinity;
    for (let q = 0; q < na && best > 0; q++) {
      const ao = q * d;
      let s = 0;
      let pruned = false;
      for (let k = 0; k < d; k++) {
        const t = diff(a[ao + k], z[zo + k]);
        if (t > 0) {
          s += t * t;
          if (s > bestSq) {
            pruned = true;
            break;
          }
        }
      }
      if (pruned) continue;
      const dist = Number.isFinite(s) ? Math.sqrt(s) : scaledNorm(a, ao, z, zo, d);
      if (dist < best) {
        best = dist;
        bestSq = dist * dist;
      }
    }
    total += best;
  }
  return total / nz;
}

/**
 * Additive ε indicator (Zitzler, Thiele, Laumanns, Fonseca & da Fonseca 2003, "Performance assessment
 * of multiobjective optimizers: an analysis and review", IEEE TEC 7(2)): the smallest ε such that every
 * reference point z is weakly dominated by some row a moved ε towards better in every objective
 * (a_k − ε ≤ z_k for all k):
 *
 *   ε+(A, Z) = max_{z ∈ Z} min_{a ∈ A} max_k (a_k − z_k)
 *
 * in minimization space and data units. Smaller is better; 0 when the rows weakly dominate the
 * reference front and each reference point is matched exactly in some objective (e.g. A = Z);
 * negative when the rows strictly beat every reference point by a margin.
 *
 * - Rows or reference rows with NaN in any objective are ignored.
 * - Empty reference front (after dropping NaN rows): NaN — there is nothing to measure against.
 * - No valid row but a non-empty reference front: Infinity.
 * - ±Infinity are ordinary values; a_k − z_k is 0 when both are the same infinity, so the result is
 *   never NaN otherwise (it may be ±Infinity).
 *
 * Only non-dominated rows can attain the inner minimum, so the rows are first reduced to their
 * Pareto front; the rest costs O(|front| · |Z| · d).
 *
 * @throws CoreInputError on a malformed table or reference front (what = 'referenceFront'), including a
 *   reference front with a different number of objectives.
 */
export function epsilonAdditive(columns: Columns, senses: readonly Sense[], referenceFront: Columns): number {
  const { a, z, d, na, nz } = prepare(columns, senses, referenceFront);
  if (nz === 0) return NaN;
  if (na === 0) return Infinity;
  let eps = -Infinity;
  for (let r = 0; r < nz; r++) {
    const zo = r * d;
    let best = Infinity;
    for (let q = 0; q < na; q++) {
      const ao = q * d;
      let worst = -Infinity;
      for (let k = 0; k < d; k++) {
        const t = diff(a[ao + k], z[zo + k]);
        if (t > worst) {
          worst = t;
          if (worst >= best) break; // this row cannot lower the minimum
        }
      }
      if (worst < best) best = worst;
    }
    if (best > eps) eps = best;
  }
  return eps + 0;
}

interface Prepared {
  d: number;
  /** Non-dominated rows, oriented, row-major. */
  a: Float64Array;
  na: number;
  /** Valid reference rows, oriented, row-major. */
  z: Float64Array;
  nz: number;
}

function prepare(columns: Columns, senses: readonly Sense[], referenceFront: Columns): Prepared {
  const front = paretoFront(columns, senses); // validates the table
  const ref = orient(referenceFront, senses, 'referenceFront');
  const d = columns.length;
  const na = front.length;
  const a = new Float64Array(na * d);
  for (let k = 0; k < d; k++) {
    const col = columns[k];
    const neg = senses[k] === 'max';
    for (let q = 0; q < na; q++) a[q * d + k] = neg ? -col[front[q]] : col[front[q]];
  }
  return { d, a, na, z: ref.points, nz: ref.rows.length };
}

/** a − z, with 0 when both are the same infinity (the row matches the reference there). */
function diff(a: number, z: number): number {
  return a === z ? 0 : a - z;
}

/** sqrt(Σ_k max(a_k − z_k, 0)²) without overflow in the squares. */
function scaledNorm(a: Float64Array, ao: number, z: Float64Array, zo: number, d: number): number {
  let mx = 0;
  for (let k = 0; k < d; k++) mx = Math.max(mx, diff(a[ao + k], z[zo + k]));
  if (mx === Infinity || mx === 0) return mx;
  let s = 0;
  for (let k = 0; k < d; k++) {
    const t = diff(a[ao + k], z[zo + k]);
    if (t > 0) s += (t / mx) * (t / mx);
  }
  return mx * Math.sqrt(s);
}
