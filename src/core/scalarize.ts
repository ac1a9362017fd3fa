import { CoreInputError } from './errors';
import { orient, orientPoint } from './orient';
import type { Columns, Sense } from './types';
import { checkVector, checkWeights } from './validate';

/** How `scalarize` turns a row into one number. */
export type ScalarizeMethod = 'weighted-sum' | 'chebyshev' | 'asf';

/** How `scalarize` rescales each objective before weighting. */
export type Normalization = 'range' | 'none';

export interface ScalarizeOptions {
  method: ScalarizeMethod;
  /**
   * In data units (same senses as the columns). Optional for 'chebyshev' (replaces the ideal point),
   * required for 'asf' (the aspiration levels). Ignored by 'weighted-sum'. Must be finite.
   */
  referencePoint?: readonly number[];
  /** Augmentation coefficient for 'chebyshev' and 'asf'; default 1e-6. Finite, not negative. */
  rho?: number;
  normalization: Normalization;
}

/** Default augmentation coefficient of the augmented Chebyshev / ASF scores. */
export const DEFAULT_RHO = 1e-6;

/**
 * One score per row, LOWER is better. All arithmetic is in minimization space ('max' objectives
 * negated), so a smaller score always means a more preferred row.
 *
 * **Normalization.** 'range' maps every objective to [0, 1]: the best finite value of the column
 * (among rows without NaN) becomes 0 and the worst finite value 1, so for a 'max' objective the
 * largest value maps to 0. A column whose finite values are all equal maps them to 0 (it is only
 * shifted, not scaled), and a column with no finite value is left as is. ±Infinity stays ±Infinity.
 * 'none' uses the oriented raw values.
 *
 * **Methods** (f = normalized oriented row, w = weights):
 * - 'weighted-sum': Σ_k w_k f_k.
 * - 'chebyshev' (augmented weighted Chebyshev, Steuer & Choo 1983):
 *   max_k w_k (f_k − z_k) + rho Σ_k w_k (f_k − z_k), where z is the ideal point (best finite value
 *   per objective, i.e. 0 after 'range' normalization; 0 for a column with no finite value) or, when
 *   given, `referencePoint` oriented and normalized exactly like the data.
 * - 'asf' (achievement scalarizing function, Wierzbicki 1980, augmented):
 *   max_k w_k (f_k − r_k) + rho Σ_k w_k (f_k − r_k) with r = `referencePoint`, oriented and normalized
 *   like the data. Unlike the Chebyshev distance to the ideal, terms may be negative: rows that beat
 *   the reference point in every objective score below 0.
 *
 * **Weights multiply** each term (some texts divide by w_k instead): a larger weight makes that
 * objective matter more, for all three methods. An objective with weight 0 is ignored entirely — it
 * adds nothing and takes no part in the max, whatever its value (even ±Infinity). With rho > 0 and all
 * weights positive, every row minimizing 'chebyshev' or 'asf' is Pareto optimal, and so is every row
 * minimizing 'weighted-sum' (in exact arithmetic; rounding can tie rows that differ by less than an ulp).
 *
 * **Special values.** A row with NaN in any objective scores NaN. Infinite values are ordinary values
 * (the ranges come from finite values only), and a score is never NaN for a row without NaN: a term
 * w_k (f_k − z_k) of +Infinity makes the score +Infinity (a row infinitely bad in one objective is
 * never preferred, even if it is infinitely good in another); otherwise a term of −Infinity makes the
 * score −Infinity (for 'chebyshev'/'asf' with rho = 0: only when every weighted term is −Infinity).
 * z and r are always finite. Scores keep Pareto order even under rounding: if row a is at least as
 * good as row b everywhere, score(a) ≤ score(b), so some minimizer is always non-dominated.
 *
 * @throws CoreInputError on a malformed table; weights of the wrong length, NaN, infinite, negative or
 *   all zero; an unknown method or normalization; rho negative, NaN or infinite; a reference point of
 *   the wrong length or with NaN or infinite entries; 'asf' without a reference point.
 */
export function scalarize(
  columns: Columns,
  senses: readonly Sense[],
  weights: readonly number[],
  options: ScalarizeOptions,
): Float64Array {
  const o = orient(columns, senses);
  const { d, n, rows, points } = o;
  checkWeights(weights, d);
  if (options == null || typeof options !== 'object') {
    throw new CoreInputError("options are missing; expected { method, normalization }");
  }
  const { method, normalization } = options;
  if (method !== 'weighted-sum' && method !== 'chebyshev' && method !== 'asf') {
    throw new CoreInputError(
      `method is ${JSON.stringify(method)}; expected 'weighted-sum', 'chebyshev' or 'asf'`,
    );
  }
  if (normalization !== 'range' && normalization !== 'none') {
    throw new CoreInputError(`normalization is ${JSON.stringify(normalization)}; expected 'range' or 'none'`);
  }
  const rho = options.rho === undefined ? DEFAULT_RHO : options.rho;
  if (typeof rho !== 'number' || !Number.isFinite(rho) || rho < 0) {
    throw new CoreInputError(`rho is ${String(rho)}; expected a finite number that is not negative`);
  }
  let ref: Float64Array | null = null;
  if (method === 'asf' && options.referencePoint === undefined) {
    throw new CoreInputError("referencePoint is missing; method 'asf' needs one value per objective");
  }
  if (method !== 'weighted-sum' && options.referencePoint !== undefined) {
    checkVector('referencePoint', options.referencePoint, d, { finite: true });
    ref = orientPoint(options.referencePoint, senses);
  }

  // Per-objective affine map f -> (f - shift) / scale, from the finite values of kept rows.
  const m = rows.length;
  const lo = new Float64Array(d);
  const hi = new Float64Array(d);
  const any = new Uint8Array(d);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < d; k++) {
      const v = points[j * d + k];
      if (!Number.isFinite(v)) continue;
      if (!any[k]) {
        lo[k] = v;
        hi[k] = v;
        any[k] = 1;
      } else if (v < lo[k]) lo[k] = v;
      else if (v > hi[k]) hi[k] = v;
    }
  }
  const shift = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  const half = new Uint8Array(d); // ranges too wide for a double: work with halved values
  if (normalization === 'range') {
    for (let k = 0; k < d; k++) {
      if (!any[k]) continue;
      shift[k] = lo[k];
      if (hi[k] > lo[k]) {
        const span = hi[k] - lo[k];
        if (Number.isFinite(span)) scale[k] = span;
        else {
          half[k] = 1;
          scale[k] = hi[k] / 2 - lo[k] / 2;
        }
      }
    }
  }
  const normalize = (v: number, k: number): number => {
    if (!Number.isFinite(v)) return v;
    const x = half[k] ? (v / 2 - shift[k] / 2) / scale[k] : (v - shift[k]) / scale[k];
    return x + 0;
  };

  // Target point z (normalized space) for chebyshev / asf.
  const z = new Float64Array(d);
  if (ref) {
    for (let k = 0; k < d; k++) z[k] = normalize(ref[k], k);
  } else if (method === 'chebyshev') {
    for (let k = 0; k < d; k++) z[k] = any[k] ? normalize(lo[k], k) : 0;
  }

  const w = Float64Array.from(weights);
  const out = new Float64Array(n).fill(NaN);
  const terms = new Float64Array(d);
  for (let j = 0; j < m; j++) {
    let t = 0; // number of terms
    for (let k = 0; k < d; k++) {
      if (w[k] === 0) continue;
      const f = normalize(points[j * d + k], k);
      if (method === 'weighted-sum') terms[t++] = w[k] * f;
      else terms[t++] = w[k] * (f - z[k]); // z is finite, so never Infinity − Infinity
    }
    out[rows[j]] = method === 'weighted-sum' ? safeSum(terms, t) : augmentedMax(terms, t, rho);
  }
  return out;
}

/**
 * Sum that never yields NaN from finite or same-signed infinite terms: any +Infinity term gives
 * +Infinity, else any −Infinity gives −Infinity; a finite sum that overflows midway is recomputed scaled.
 */
function safeSum(terms: Float64Array, t: number): number {
  let s = 0;
  let pos = false;
  let neg = false;
  for (let i = 0; i < t; i++) {
    const x = terms[i];
    if (x === Infinity) pos = true;
    else if (x === -Infinity) neg = true;
    else s += x;
  }
  if (pos) return Infinity;
  if (neg) return -Infinity;
  if (Number.isFinite(s)) return s + 0;
  // Finite terms overflowed part way (possibly in both directions): 2^-11 is exact and leaves room for 2048 terms.
  let r = 0;
  for (let i = 0; i < t; i++) r += terms[i] * 2 ** -11;
  return r * 2 ** 11 + 0;
}

/** max_i terms_i + rho Σ_i terms_i, with the infinity rules of `safeSum`. */
function augmentedMax(terms: Float64Array, t: number, rho: number): number {
  let mx = -Infinity;
  for (let i = 0; i < t; i++) if (terms[i] > mx) mx = terms[i];
  if (mx === Infinity) return Infinity;
  if (rho === 0) return mx + 0;
  const aug = rho * safeSum(terms, t);
  if (aug === -Infinity) return -Infinity;
  // mx is finite here (it is −Infinity only when every term is, and then aug is −Infinity).
  return mx + aug + 0;
}
