/**
 * Derived columns: numbers computed from other numeric columns by a formula (core `parseExpression`,
 * no eval). `withDerived(dataset, derived)` is the dataset a view with derived columns is drawn and
 * validated against: the same rows, its own columns, then one NumberColumn per derived column. A
 * derived column with a sense is an objective (role 'objective'), so it can count for dominance, be
 * weighted, sit on an axis and carry constraints like any other.
 */
import { evaluateExpression, ExpressionError, parseExpression, quoteColumnName } from '../core';
import type { Column, Dataset, NumberColumn } from '../data/types';
import type { DerivedColumnSpec } from './decisionTypes';

export interface DerivedResult {
  /** The dataset with the derived columns appended (the very input dataset when there are none). */
  dataset: Dataset;
  /** One sentence per derived column that could not be computed (it is left out). */
  notices: string[];
}

const quote = (key: string): string => `'${key}'`;

/** Augmented dataset -> the dataset it was built from. */
const baseOf = new WeakMap<Dataset, Dataset>();
/** Per base dataset, the last few derived lists and their results (a view switches between a handful). */
const cache = new WeakMap<Dataset, { key: string; result: DerivedResult }[]>();
const CACHE_SIZE = 8;

/** The dataset a derived dataset was built from (the dataset itself when it is not derived). */
export function baseDataset(dataset: Dataset): Dataset {
  return baseOf.get(dataset) ?? dataset;
}

/** Keys of the numeric columns of `dataset`, in order. */
export function numericKeys(dataset: Dataset): string[] {
  return dataset.columns.filter((c) => c.kind === 'number').map((c) => c.spec.key);
}

/**
 * Why `spec` cannot be added after `before` (the derived columns already there) to `dataset`, or null.
 * `error` is the formula's ExpressionError, for a caret under the formula.
 */
export function derivedSpecProblem(
  dataset: Dataset,
  before: readonly DerivedColumnSpec[],
  spec: DerivedColumnSpec,
): { notice: string; error?: ExpressionError } | null {
  if (spec === null || typeof spec !== 'object') return { notice: 'A derived column needs a name and a formula' };
  const { key, formula, sense, label, unit } = spec;
  if (typeof key !== 'string' || key.trim() === '') return { notice: 'A derived column needs a name' };
  const base = baseDataset(dataset);
  if (base.byKey.has(key) || before.some((d) => d.key === key)) return { notice: `There is already a column called ${quote(key)}` };
  if (typeof formula !== 'string') return { notice: `The derived column ${quote(key)} needs a formula` };
  if (sense !== undefined && sense !== 'min' && sense !== 'max') {
    return { notice: `Unknown direction ${quote(String(sense))} for ${quote(key)} (use min or max, or none)` };
  }
  for (const [name, value] of [['label', label], ['unit', unit]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === '')) return { notice: `The ${name} of ${quote(key)} must be non-empty text` };
  }
  try {
    parseExpression(formula, { columns: [...numericKeys(base), ...before.map((d) => d.key)] });
  } catch (e) {
    if (e instanceof ExpressionError) return { notice: `Formula for ${quote(key)}: ${e.message}`, error: e };
    throw e;
  }
  return null;
}

/**
 * Checks a formula against the numeric columns of `dataset` and the derived columns `derived`: `{}` when
 * it parses and every column exists, else the message and where it points (0-based offset, length).
 */
export function formulaCheck(dataset: Dataset, derived: readonly DerivedColumnSpec[], formula: string): { error?: string; position?: number; length?: number } {
  try {
    parseExpression(formula, { columns: [...numericKeys(baseDataset(dataset)), ...derived.map((d) => d.key)] });
    return {};
  } catch (e) {
    if (e instanceof ExpressionError) return { error: e.message, position: e.position, length: e.length };
    return { error: String(e) };
  }
}

function compute(base: Dataset, derived: readonly DerivedColumnSpec[]): DerivedResult {
  const notices: string[] = [];
  const values = new Map<string, Float64Array>();
  for (const c of base.columns) if (c.kind === 'number') values.set(c.spec.key, c.values);
  const added: NumberColumn[] = [];
  const accepted: DerivedColumnSpec[] = [];
  for (const d of derived) {
    const problem = derivedSpecProblem(base, accepted, d);
    if (problem) {
      notices.push(`Derived column ${quote(String(d?.key))} left out: ${problem.notice}`);
      continue;
    }
    const column = evaluateExpression(parseExpression(d.formula), values, base.rowCount);
    values.set(d.key, column);
    accepted.push(d);
    added.push({
      kind: 'number',
      spec: {
        key: d.key,
        label: d.label ?? d.key,
        ...(d.unit !== undefined ? { unit: d.unit } : {}),
        type: 'number',
        role: d.sense ? 'objective' : 'attribute',
        ...(d.sense ? { sense: d.sense } : {}),
        description: `= ${d.formula}`,
      },
      values: column,
    });
  }
  if (added.length === 0) return { dataset: base, notices };
  const columns: Column[] = [...base.columns, ...added];
  const dataset: Dataset = { ...base, columns, byKey: new Map(columns.map((c) => [c.spec.key, c])) };
  baseOf.set(dataset, base);
  return { dataset, notices };
}

/**
 * `dataset` with the `derived` columns appended (a new Dataset; the input is not touched), and a notice
 * for each derived column that could not be added (bad formula, unknown column, duplicate name) — it is
 * skipped, never a crash. Formulas may use the dataset's numeric columns and earlier derived columns.
 *
 * Memoized on the base dataset's identity and the derived specs' content: the same inputs give the very
 * same Dataset object, so everything keyed on a dataset (fronts, caches) is reused. Passing a dataset
 * that is itself derived starts from its base, so the function is idempotent.
 */
export function withDerivedReport(dataset: Dataset, derived: readonly DerivedColumnSpec[]): DerivedResult {
  const base = baseDataset(dataset);
  if (derived.length === 0) return { dataset: base, notices: [] };
  const key = JSON.stringify(derived.map((d) => [d?.key, d?.formula, d?.label, d?.unit, d?.sense]));
  let entries = cache.get(base);
  if (!entries) cache.set(base, (entries = []));
  const hit = entries.find((e) => e.key === key);
  if (hit) return hit.result;
  const result = compute(base, derived);
  entries.unshift({ key, result });
  if (entries.length > CACHE_SIZE) entries.pop();
  return result;
}

/** `withDerivedReport(dataset, derived).dataset`. */
export function withDerived(dataset: Dataset, derived: readonly DerivedColumnSpec[]): Dataset {
  return withDerivedReport(dataset, derived).dataset;
}

// ---- suggestions --------------------------------------------------------------------------------

const words = (c: Column) => `${c.spec.key} ${c.spec.label ?? ''}`.toLowerCase().replace(/[_\-.]+/g, ' ');
const COST_WORDS = /\b(cost|costs|price|prices|spend|spent|dollars?|usd|eur)\b|[$€£]/;
const MONEY_UNIT = /\b(usd|eur|gbp|dollars?|euros?|cents?)\b|[$€£]/i;
const RATE_WORDS = /\b(pass(ed|es)?|success(es|ful)?|solved?|resolved?|win(s|rate)?)\b/;

/** 100 for a rate in percent, 1 for a fraction, null when the column does not look like a rate. */
function rateScale(c: NumberColumn): 100 | 1 | null {
  if (c.spec.unit?.trim() === '%' || /\b(percent|pct)\b|%/.test(words(c))) return 100;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of c.values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi) || lo < 0) return null;
  if (hi <= 1) return 1;
  return hi <= 100 ? 100 : null;
}

/**
 * Derived columns worth offering for `dataset`. Today: cost-of-pass — the expected cost of one success,
 * cost / success rate — for every pair of a cost-like objective (minimized; named cost, price, spend…,
 * or with a money unit) and a success-rate objective (maximized; named pass, success, solve, resolve,
 * win…). A rate in percent (unit '%', or values up to 100) is divided by 100 first, e.g. on
 * aider-polyglot `total_cost / (pass_rate_2 / 100)`. Keys never clash with the dataset's columns.
 */
export function suggestedDerived(dataset: Dataset): DerivedColumnSpec[] {
  const base = baseDataset(dataset);
  const objectives = base.columns.filter((c): c is NumberColumn => c.kind === 'number' && c.spec.role === 'objective');
  const costs = objectives.filter((c) => c.spec.sense !== 'max' && (COST_WORDS.test(words(c)) || MONEY_UNIT.test(c.spec.unit ?? '')));
  const rates = objectives
    .filter((c) => c.spec.sense !== 'min' && !costs.includes(c) && RATE_WORDS.test(words(c)))
    .flatMap((c) => {
      const scale = rateScale(c);
      return scale === null ? [] : [{ c, scale }];
    });
  const pairs = costs.flatMap((cost) => rates.map((rate) => ({ cost, ...rate })));
  const taken = new Set(base.byKey.keys());
  return pairs.map(({ cost, c: rate, scale }) => {
    const stem = pairs.length === 1 ? 'cost_of_pass' : `cost_of_pass_${cost.spec.key}_${rate.spec.key}`.replace(/[^A-Za-z0-9_]+/g, '_');
    let key = stem;
    for (let i = 2; taken.has(key); i++) key = `${stem}_${i}`;
    taken.add(key);
    const r = quoteColumnName(rate.spec.key);
    const formula = `${quoteColumnName(cost.spec.key)} / ${scale === 100 ? `(${r} / 100)` : r}`;
    const label = pairs.length === 1 ? 'Cost of pass' : `Cost of pass (${cost.spec.label || cost.spec.key} / ${rate.spec.label || rate.spec.key})`;
    return { key, formula, label, ...(cost.spec.unit ? { unit: cost.spec.unit } : {}), sense: 'min' as const };
  });
}
