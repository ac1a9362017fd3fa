import { CoreInputError } from './errors';
import type { Columns, Sense } from './types';

/**
 * Checks that `columns` and `senses` describe one table and returns its row count.
 * @throws CoreInputError when a column is not a Float64Array, lengths differ, or a sense is unknown.
 */
export function checkTable(columns: Columns, senses: readonly Sense[], what = 'columns'): number {
  if (!Array.isArray(columns) && !isArrayLike(columns)) {
    throw new CoreInputError(`${what} must be an array of Float64Array columns`);
  }
  if (columns.length === 0) {
    throw new CoreInputError(`${what} must hold at least one objective column`);
  }
  if (!isArrayLike(senses) || senses.length !== columns.length) {
    throw new CoreInputError(
      `senses has ${isArrayLike(senses) ? senses.length : 'no'} entries but ${what} has ${columns.length} objectives`,
    );
  }
  let n = -1;
  for (let k = 0; k < columns.length; k++) {
    const col = columns[k];
    if (!(col instanceof Float64Array)) {
      throw new CoreInputError(`${what}[${k}] must be a Float64Array`);
    }
    if (n === -1) n = col.length;
    else if (col.length !== n) {
      throw new CoreInputError(
        `${what} have different lengths: ${what}[0] has ${n} rows but ${what}[${k}] has ${col.length}`,
      );
    }
    const s = senses[k];
    if (s !== 'min' && s !== 'max') {
      throw new CoreInputError(`senses[${k}] is ${JSON.stringify(s)}; expected 'min' or 'max'`);
    }
  }
  return n;
}

/**
 * Checks a per-objective vector (weights, reference point, ...) for length and NaN.
 * @throws CoreInputError naming `name` and the offending position.
 */
export function checkVector(
  name: string,
  v: readonly number[] | undefined,
  d: number,
  opts: { finite?: boolean } = {},
): readonly number[] {
  if (!isArrayLike(v)) throw new CoreInputError(`${name} is missing; expected ${d} numbers`);
  if (v.length !== d) {
    throw new CoreInputError(`${name} has ${v.length} entries but there are ${d} objectives`);
  }
  for (let k = 0; k < d; k++) {
    const x = v[k];
    if (typeof x !== 'number' || Number.isNaN(x)) {
      throw new CoreInputError(`${name}[${k}] is ${String(x)}; expected a number`);
    }
    if (opts.finite && !Number.isFinite(x)) {
      throw new CoreInputError(`${name}[${k}] is ${x}; expected a finite number`);
    }
  }
  return v;
}

/**
 * Checks weights: right length, finite, none negative, not all zero.
 * @throws CoreInputError saying which weight is wrong.
 */
export function checkWeights(weights: readonly number[], d: number): readonly number[] {
  checkVector('weights', weights, d, { finite: true });
  let sum = 0;
  for (let k = 0; k < d; k++) {
    if (weights[k] < 0) throw new CoreInputError(`weights[${k}] is ${weights[k]}; weights must not be negative`);
    sum += weights[k];
  }
  if (sum === 0) throw new CoreInputError('weights are all zero; at least one weight must be positive');
  return weights;
}

function isArrayLike(x: unknown): x is ArrayLike<unknown> {
  return x != null && typeof (x as ArrayLike<unknown>).length === 'number';
}
