import { CoreInputError } from './errors';

/**
 * Expected cost of one success, per row: `cost[i] / successRate[i]` — the cost of one attempt times
 * the expected number of attempts (1 / rate) until the first success (Erol et al. 2025, "Cost-of-Pass:
 * An Economic Framework for Evaluating Language Models").
 *
 * - A rate of 0 gives Infinity: no finite budget buys a success. This includes a cost of 0 (0 / 0):
 *   a free attempt that never succeeds is still never worth choosing, and Infinity keeps such a row
 *   at the bad end of a 'min' objective instead of dropping it as missing.
 * - NaN in either input gives NaN (a missing value, not an error).
 * - A cost of +Infinity gives +Infinity. -0 is treated as 0.
 *
 * @throws CoreInputError when an input is not a Float64Array, the lengths differ, or a value is out of
 *   range: a cost below 0 or a rate outside [0, 1] (including ±Infinity). The message names the FIRST
 *   offending row (scanning rows in order, cost before rate within a row) and its value, e.g.
 *   "successRate[3] is 47.5; expected a rate in [0, 1] — divide percentages by 100".
 */
export function costOfPass(cost: Float64Array, successRate: Float64Array): Float64Array {
  if (!(cost instanceof Float64Array)) throw new CoreInputError('cost must be a Float64Array');
  if (!(successRate instanceof Float64Array)) throw new CoreInputError('successRate must be a Float64Array');
  const n = cost.length;
  if (successRate.length !== n) {
    throw new CoreInputError(`cost has ${n} rows but successRate has ${successRate.length}`);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cost[i];
    const r = successRate[i];
    if (c < 0) throw new CoreInputError(`cost[${i}] is ${c}; expected a cost that is not negative`);
    if (r < 0 || r > 1) {
      const hint = r > 1 && r <= 100 ? ' — divide percentages by 100' : '';
      throw new CoreInputError(`successRate[${i}] is ${r}; expected a rate in [0, 1]${hint}`);
    }
    if (Number.isNaN(c) || Number.isNaN(r)) out[i] = NaN;
    else if (r === 0) out[i] = Infinity;
    else out[i] = c / r + 0;
  }
  return out;
}
