/**
 * Which direction is better, guessed from a column's name and unit. Matching is on words, not
 * substrings: "time" and "runtime" are durations, "timestamp" is not; "top1_err" is an error rate even
 * though "top1" alone would be an accuracy. Without a hint there is no guess.
 */
import type { Sense } from '../../core';

/** Words that make a column a bookkeeping field, never an objective. */
const NOT_OBJECTIVE = new Set(['id', 'idx', 'index', 'seed', 'step', 'steps', 'epoch', 'epochs', 'iteration', 'iter', 'timestamp', 'stamp', 'date', 'datetime', 'year', 'month', 'day', 'version', 'created', 'updated']);
/** Less is better, and beats any "more is better" word: "accuracy_loss", "top1_err". */
const ERROR = new Set(['error', 'errors', 'err', 'loss', 'regret', 'mse', 'mae', 'rmse', 'wer', 'cer', 'perplexity', 'ppl', 'failures', 'fail', 'failed']);
const MONEY = new Set(['cost', 'costs', 'price', 'prices', 'usd', 'dollar', 'dollars', 'eur', 'spend', '$', '€', '£']);
const MORE = new Set(['accuracy', 'acc', 'score', 'pass', 'passed', 'win', 'wins', 'f1', 'auc', 'throughput', 'precision', 'recall', 'bleu', 'rouge', 'top1', 'top5', 'map', 'ndcg', 'reward', 'agreement', 'speedup', 'qps', 'fps', 'tps', 'rps', 'success', 'correct', 'hypervolume', 'hv', 'elo']);
const LESS = new Set(['latency', 'time', 'runtime', 'duration', 'seconds', 'second', 'sec', 'secs', 'ms', 'params', 'param', 'parameters', 'size', 'memory', 'mem', 'energy', 'gmacs', 'macs', 'flops', 'gflops', 'makespan', 'tardiness', 'delay', 'wait', 'carbon', 'co2', 'emissions', 'watts', 'power', 'vram']);
/** Units that alone say "less is better". */
const LESS_UNITS = new Set(['ms', 's', 'sec', 'secs', 'seconds', 'min', 'minutes', 'h', 'hours', 'us', 'µs', 'ns', 'kb', 'mb', 'gb', 'tb', 'kwh', 'wh', 'j', 'kj', 'w', 'usd', '$', '€', '£', 'eur']);
// "samples/s", "tokens per second", "img/sec", "samples_per_sec": a rate of work, more is better.
const RATE = /\/\s*(?:s|sec|second|ms|min|minute|h|hr|hour)\b/;
const PER_TIME = new Set(['s', 'sec', 'second', 'ms', 'min', 'minute', 'h', 'hr', 'hour']);

/** Lower-case words of a name: camelCase and snake_case split, "$", "%", "€" and "£" kept as words. */
export function words(text: string): string[] {
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced.toLowerCase().match(/[a-z0-9µ]+|[$%€£]/g) ?? [];
}

/** The better direction a column's name (and unit) suggests, or undefined without a hint. */
export function guessSense(label: string, unit?: string): Sense | undefined {
  const name = words(label);
  const all = unit ? [...name, ...words(unit)] : name;
  if (all.some((w) => NOT_OBJECTIVE.has(w))) return undefined;
  if (all.some((w) => ERROR.has(w))) return 'min';
  if (all.some((w) => MONEY.has(w))) return 'min';
  const text = `${label} ${unit ?? ''}`.toLowerCase();
  if (RATE.test(text) || all.some((w, i) => w === 'per' && PER_TIME.has(all[i + 1]))) return 'max';
  if (name.some((w) => MORE.has(w))) return 'max';
  if (name.some((w) => LESS.has(w))) return 'min';
  if (unit && LESS_UNITS.has(unit.trim().toLowerCase())) return 'min';
  return undefined;
}
