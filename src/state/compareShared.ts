/** Small helpers shared by the comparison derivation and its repeated-runs part. */

const collator = new Intl.Collator('en', { numeric: true });
/** Natural order ("run 2" before "run 10"), ties broken by code units so the order is total. */
export const natural = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
export const EMPTY_ROWS = new Uint32Array(0);

/** The chosen rows of every column, in the order of `rows`. */
export function sub(columns: readonly Float64Array[], rows: ArrayLike<number>): Float64Array[] {
  return columns.map((col) => Float64Array.from(rows, (r) => col[r]));
}
