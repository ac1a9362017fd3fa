/**
 * How single headers are read, beyond the corpus: headers of other well-known result tables (Open LLM
 * Leaderboard, MTEB, scikit-learn's cv_results_, Ray Tune, price-and-speed leaderboards), each with the
 * kind and direction a maintainer of that table would give it.
 */
import { describe, expect, it } from 'vitest';
import { readColumn, type ColumnFacts, type ColumnKind } from './columnKind';
import { splitUnit } from './infer';
import { nameWords } from './words';

const plain: ColumnFacts = { percent: false, integer: false, optimizerTable: false, optunaTable: false };
const read = (header: string, facts: Partial<ColumnFacts> = {}) => {
  const { label, unit } = splitUnit(header);
  return readColumn(label, unit, { ...plain, ...facts });
};

describe('nameWords', () => {
  it.each([
    ['length_controlled_winrate', ['length', 'controlled', 'win', 'rate']],
    ['lcWinRate', ['length', 'controlled', 'win', 'rate']],
    ['LCWinRate', ['length', 'controlled', 'win', 'rate']],
    ['lcwinrate', ['length', 'controlled', 'win', 'rate']],
    ['top1acc', ['top1', 'accuracy']],
    ['passrate', ['pass', 'rate']],
    ['avg_len', ['average', 'length']],
    ['RTFx', ['rtfx']],
    ['pass@1', ['pass', 'at', '1']],
    ['infer_samples_per_sec', ['infer', 'samples', 'per', 'seconds']],
    ['base', ['base']],
    ['winogrande', ['winogrande']],
    ['# parsed', ['#', 'parsed']],
  ])('%j -> %j', (name, words) => expect(nameWords(name)).toEqual(words));
});

describe('readColumn', () => {
  it.each<[string, ColumnKind, 'min' | 'max' | undefined, Partial<ColumnFacts>?]>([
    // Open LLM Leaderboard
    ['Average ⬆️', 'quality', 'max'],
    ['#Params (B)', 'size', 'min'],
    ['CO₂ cost (kg)', 'energy', 'min'],
    ['Hub ❤️', 'unknown', undefined],
    // MTEB
    ['Model Size (Million Parameters)', 'size', 'min'],
    ['Memory Usage (GB, fp32)', 'size', 'min'],
    ['Max Tokens', 'setting', 'max'],
    ['Average (56 datasets)', 'quality', 'max'],
    // scikit-learn cv_results_
    ['mean_fit_time', 'time', 'min'],
    ['mean_score_time', 'time', 'min'],
    ['mean_test_score', 'quality', 'max'],
    ['rank_test_score', 'rank', 'min'],
    ['param_C', 'setting', undefined],
    ['param_count', 'size', 'min'],
    // Ray Tune
    ['training_iteration', 'id', undefined],
    ['time_total_s', 'time', 'min'],
    ['config/lr', 'setting', undefined],
    // price and speed leaderboards
    ['Intelligence Index', 'quality', 'max'],
    ['Price (Blended USD/1M Tokens)', 'money', 'min'],
    ['Output Speed (tokens/s)', 'efficiency', 'max'],
    ['context_length', 'setting', 'max'],
    ['model_id', 'id', undefined],
    // percent cells are rates, whatever the name
    ['Memory KV', 'quality', 'max', { percent: true }],
    ['Multi Turn Miss Func', 'quality', 'max', { percent: true }],
    ['error rate', 'quality', 'min', { percent: true }],
  ])('%j is %s (%s)', (header, kind, sense, facts) => {
    const r = read(header, facts);
    expect(r.kind).toBe(kind);
    expect(r.sense).toBe(sense);
  });

  it('reads uncertainty with what is left of the name, to pair it', () => {
    expect(read('lc_standard_error').uncertainty).toEqual({ kind: 'se', rest: ['length', 'controlled'] });
    expect(read('Latency Standard Deviation (s)').uncertainty).toEqual({ kind: 'sd', rest: ['latency'] });
    expect(read('rating_q975').uncertainty).toEqual({ kind: 'ci_high', rest: ['rating'] });
    expect(read('ci_low').uncertainty).toEqual({ kind: 'ci_low', rest: [] });
    expect(read('std_test_score').uncertainty).toEqual({ kind: 'sd', rest: ['test', 'score'] });
  });

  it('reads f1 as an objective only in an optimizer table, and Optuna columns by their prefix', () => {
    expect(read('f1')).toMatchObject({ kind: 'quality', sense: 'max' });
    expect(read('f1', { optimizerTable: true })).toMatchObject({ kind: 'optimizer', sense: 'min' });
    expect(read('values_1', { optunaTable: true })).toMatchObject({ kind: 'optimizer', sense: 'min' });
    expect(read('params_lr', { optunaTable: true }).kind).toBe('setting');
    expect(read('set', { integer: true }).kind).toBe('run');
  });
});
