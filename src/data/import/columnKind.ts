/**
 * What a numeric column is, read from its name, its unit and a little of its values: a quality (higher
 * or lower is better), a cost of some kind, an optimizer's objective, an uncertainty, or bookkeeping
 * (counts, ranks, ids, dates, run numbers, settings). Only qualities, costs and optimizer objectives are
 * ever ticked by default; the others stay available with the direction their name suggests.
 */
import type { Sense } from '../../core';
import { hasPhrase, nameWords } from './words';

export type ColumnKind =
  | 'quality'
  | 'money'
  | 'time'
  | 'efficiency'
  | 'tokens'
  | 'size'
  | 'compute'
  | 'energy'
  | 'optimizer'
  | 'uncertainty'
  | 'count'
  | 'rank'
  | 'id'
  | 'date'
  | 'run'
  | 'setting'
  | 'unknown';

/** The kinds that may be ticked when a table opens. */
export const TICKABLE: ReadonlySet<ColumnKind> = new Set(['quality', 'money', 'time', 'efficiency', 'tokens', 'size', 'compute', 'energy', 'optimizer']);
/** Costs (and efficiencies, the inverse of a cost) in the order a default chart weighs a quality against. */
export const COST_PRIORITY: Readonly<Partial<Record<ColumnKind, number>>> = { money: 50, time: 40, efficiency: 35, tokens: 30, size: 20, compute: 15, energy: 10 };
/**
 * The resources a rate of work (throughput) is weighed against when a table has no quality: what the
 * speed costs, not another measure of speed (time is left out).
 */
export const RESOURCE_PRIORITY: Readonly<Partial<Record<ColumnKind, number>>> = { money: 50, energy: 40, size: 30, compute: 20, tokens: 10 };

export type UncertaintyKind = 'se' | 'sd' | 'variance' | 'ci' | 'ci_low' | 'ci_high';

export interface ColumnReading {
  kind: ColumnKind;
  /** The better direction, when the name says it. */
  sense?: Sense;
  /** Higher is the likelier headline among columns of the same kind (overall beats per-category). */
  headline: number;
  /** For uncertainty columns: what kind, and the words left once the uncertainty words are taken out. */
  uncertainty?: { kind: UncertaintyKind; rest: string[] };
  /** A few words saying why, for the mapping step. */
  why: string;
}

/** What the reader knows about the column beyond its name. */
export interface ColumnFacts {
  /** Most present values were written with a '%' (or the unit is '%'). */
  percent: boolean;
  /** Every present value is a whole number. */
  integer: boolean;
  /** The whole table follows an optimizer's naming: f1, f2…, obj1…, Optuna's value / values_k. */
  optimizerTable: boolean;
  /** The table is an Optuna `trials_dataframe()` export (number, state, value(s), params_*). */
  optunaTable: boolean;
  /** The table is a Weights & Biases runs export (Name, State, Notes, User, Tags, Created, Runtime, …). */
  wandbTable?: boolean;
}

const set = (...w: string[]) => new Set(w);
const ERROR = set('error', 'loss', 'regret', 'mse', 'mae', 'rmse', 'wer', 'cer', 'perplexity', 'ppl', 'nll', 'bpb', 'bpc', 'fid', 'failures', 'fail', 'failed', 'violations', 'mistakes');
const MONEY = set('cost', 'costs', 'price', 'prices', 'pricing', 'usd', 'dollar', 'dollars', 'eur', 'spend', 'fee', 'fees', '$', '€', '£');
const QUALITY = set(
  'accuracy', 'score', 'scores', 'pass', 'passed', 'win', 'wins', 'f1', 'auc', 'auroc', 'precision', 'recall', 'bleu', 'rouge',
  'top1', 'top5', 'map', 'ndcg', 'mrr', 'reward', 'return', 'success', 'correct', 'elo', 'rating', 'resolved', 'solved', 'solve',
  'iou', 'miou', 'dice', 'psnr', 'ssim', 'kappa', 'spearman', 'pearson', 'correlation', 'r2', 'agreement', 'hypervolume',
  'fitness', 'em', 'quality', 'performance', 'helpfulness', 'mmlu', 'gsm8k', 'humaneval', 'mbpp', 'hellaswag', 'truthfulqa',
  'winogrande', 'gpqa', 'bbh', 'ifeval', 'musr', 'arc', 'math', 'drop', 'squad', 'glue', 'superglue', 'coco', 'ap', 'ap50', 'ap75',
);
const TIME = set('latency', 'time', 'runtime', 'duration', 'seconds', 'ms', 'ttft', 'tpot', 'itl', 'delay', 'wait', 'rtf', 'makespan', 'tardiness', 'walltime', 'hours', 'minutes');
const TOKENS = set('length', 'tokens', 'characters', 'chars', 'words', 'calls', 'steps', 'turns', 'queries', 'requests', 'evaluations', 'evals', 'nfe', 'lines');
const SIZE = set('params', 'size', 'memory', 'vram', 'ram', 'disk', 'storage', 'footprint', 'bytes', 'mb', 'gb');
const COMPUTE = set('flops', 'gflops', 'tflops', 'mflops', 'macs', 'gmacs', 'mmacs', 'macts', 'activations', 'ops', 'gops');
const ENERGY = set('energy', 'power', 'watts', 'joules', 'kwh', 'wh', 'co2', 'carbon', 'emissions', 'co2eq');
const EMISSIONS = set('co2', 'co', 'carbon', 'emissions', 'co2eq', 'kgco2', 'kgco2eq');
const CAPACITY = set('max', 'maximum', 'context', 'window', 'limit', 'capacity');
const NAMING = set('model', 'name', 'trial', 'row', 'sample', 'item', 'example', 'task', 'instance', 'problem', 'experiment', 'job');
const EFFICIENCY = set('throughput', 'speedup', 'fps', 'qps', 'tps', 'rps', 'rtfx', 'speed');
/** Words that make a "size" an input setting, not a cost: img_size, batch_size, crop size. */
const SETTING_SIZE = set('image', 'img', 'input', 'batch', 'crop', 'patch', 'window', 'resolution', 'sequence', 'context', 'seq', 'beam', 'hidden', 'embed', 'vocab', 'kernel', 'step', 'population', 'pop', 'sample');
const SETTING = set('lr', 'learning', 'temperature', 'dropout', 'momentum', 'decay', 'warmup', 'bits', 'width', 'depth', 'layers', 'heads', 'dim', 'workers', 'threads', 'interpolation', 'crop', 'pct', 'alpha', 'beta', 'gamma', 'lambda', 'epsilon', 'eps', 'coef', 'clip', 'ratio', 'factor', 'shots', 'shot', 'k');
const ID = set('id', 'idx', 'index', 'uuid', 'key', 'hash', 'commit', 'version');
const DATE = set('date', 'datetime', 'timestamp', 'stamp', 'created', 'updated', 'year', 'month', 'day', 'week', 'started', 'finished', 'modified');
const BOOKKEEPING = set('step', 'epoch', 'epochs', 'iteration', 'iterations', 'iter', 'generation', 'gen', 'fold', 'split', 'training', 'train', 'global');
const RUN = set('run', 'runs', 'seed', 'seeds', 'set', 'trial', 'trials', 'rep', 'reps', 'repeat', 'repetition', 'replicate', 'replication');
const RANK = set('rank', 'ranking', 'position', 'place', 'standing');
const HEADLINE = set('overall', 'average', 'median', 'total', 'aggregate', 'all', 'global', 'final', 'combined', 'composite', 'summary', 'headline');
const ADJUSTED = set('controlled', 'adjusted', 'normalized', 'normalised', 'debiased', 'calibrated', 'corrected');
const COUNTED_COST = new Map<string, ColumnKind>([
  ['tokens', 'tokens'], ['calls', 'tokens'], ['steps', 'tokens'], ['turns', 'tokens'], ['queries', 'tokens'], ['requests', 'tokens'],
  ['evaluations', 'tokens'], ['evals', 'tokens'], ['characters', 'tokens'], ['words', 'tokens'],
  ['params', 'size'], ['flops', 'compute'], ['macs', 'compute'], ['gmacs', 'compute'], ['bytes', 'size'],
]);
/** Optimizer objective names: f1, f2_, obj1, objective_2, F3, y1, values_0. */
export const OPTIMIZER_NAME = /^(?:f|obj|objective|o|y|values?)[\s_-]?\d+$/i;

const some = (words: readonly string[], vocab: ReadonlySet<string>) => words.some((w) => vocab.has(w));

/** An uncertainty reading of the words, or null: standard error/deviation, variance, CI bounds, ±. */
function uncertaintyOf(words: readonly string[], header: string): { kind: UncertaintyKind; rest: string[] } | null {
  const drop = new Set<string>();
  let kind: UncertaintyKind | null = null;
  const take = (k: UncertaintyKind, ...w: string[]) => {
    kind ??= k;
    w.forEach((x) => drop.add(x));
  };
  if (hasPhrase(words, 'standard error')) take('se', 'standard', 'error');
  if (hasPhrase(words, 'standard deviation')) take('sd', 'standard', 'deviation');
  if (words.includes('se')) take('se', 'se');
  if (words.includes('sd')) take('sd', 'sd');
  if (words.includes('variance') || words.includes('var')) take('variance', 'variance', 'var');
  const ci = words.includes('ci') || words.includes('conf') || words.includes('confidence') || words.includes('interval');
  const low = words.find((w) => ['low', 'lower', 'lo', 'lb', 'min'].includes(w));
  const high = words.find((w) => ['high', 'upper', 'hi', 'ub', 'max'].includes(w));
  const quantile = words.find((w) => /^q0*(?:025|2\.5|05|5)$/.test(w) || /^q0*(?:975|95)$/.test(w));
  if (ci) take(low ? 'ci_low' : high ? 'ci_high' : 'ci', 'ci', 'conf', 'confidence', 'interval', 'lower', 'upper', 'low', 'high', 'lo', 'hi', 'lb', 'ub', 'min', 'max', '95', '90', '99');
  if (quantile) take(/^q0*(?:975|95)$/.test(quantile) ? 'ci_high' : 'ci_low', quantile);
  if (words.includes('±') || /\+\/-|±/.test(header)) take('ci', '±', 'pm');
  if (kind === null) return null;
  return { kind, rest: words.filter((w) => !drop.has(w)) };
}

/**
 * Reads one numeric column. `header` is the column's label (unit split off), `unit` its unit if any.
 * The order of the checks is the rule book: an optimizer name, an uncertainty, bookkeeping, a count, a
 * percentage, an error, emissions, money, a rate of work, a capacity, what the last word measures (time,
 * length, compute, size), a quality, time, length, size, energy, a setting.
 */
export function readColumn(header: string, unit: string | undefined, facts: ColumnFacts): ColumnReading {
  const words = nameWords(header);
  const unitWords = unit ? nameWords(unit) : [];
  const all = [...words, ...unitWords];
  const headline = headlineScore(words);
  const arrow = /[⬆↑▲]/.test(header) ? 'max' : /[⬇↓▼]/.test(header) ? 'min' : undefined;

  if (facts.optunaTable) {
    if (/^values?(?:_.+)?$/i.test(header.trim())) return { kind: 'optimizer', sense: 'min', headline, why: 'Optuna objective (its CSV has no direction: minimized, flip it if your study maximized)' };
    if (/^params_/i.test(header)) return { kind: 'setting', headline, why: 'Optuna parameter' };
    if (/^(?:user|system)_attrs_/i.test(header)) return { kind: 'unknown', sense: guessWordsSense(words, unitWords, facts), headline, why: 'Optuna attribute' };
    if (header.trim().toLowerCase() === 'number') return { kind: 'id', headline, why: 'trial number' };
  }
  if (facts.wandbTable && (/^runtime$/i.test(header.trim()) || header.startsWith('_'))) {
    return { kind: 'id', sense: 'min', headline, why: 'W&B run bookkeeping (how long the run took, its step)' };
  }
  if (facts.optimizerTable && OPTIMIZER_NAME.test(header.trim())) return { kind: 'optimizer', sense: 'min', headline, why: "optimizer's objective (minimized by convention)" };

  const u = uncertaintyOf(words, header);
  if (u) return { kind: 'uncertainty', sense: 'min', headline, uncertainty: u, why: `uncertainty (${UNCERTAINTY_NAMES[u.kind]})` };

  if (words.length > 0 && words.every((w) => RUN.has(w) || /^\d+$/.test(w)) && facts.integer) return { kind: 'run', headline, why: 'numbers repeated runs' };
  if (some(words, RANK) || header.trim() === '#') return { kind: 'rank', sense: 'min', headline, why: 'a rank (1 is best)' };
  if (some(words, DATE)) return { kind: 'date', headline, why: 'a date' };
  // model_id, run_id, index: an identifier; "Intelligence Index" is a score.
  if (words.length > 0 && words.every((w) => ID.has(w) || RUN.has(w) || NAMING.has(w) || /^\d+$/.test(w)) && some(words, ID)) return { kind: 'id', headline, why: 'an identifier' };
  // param_C, params.lr (scikit-learn, Ray Tune): a hyperparameter — but param_count is a size.
  if (/^(?:params?|config|hparams?|hp)[_./:]/i.test(header.trim()) && !/^params?[_./:](?:count|size|num|number|m|b)$/i.test(header.trim())) {
    return { kind: 'setting', headline, why: 'a hyperparameter' };
  }
  if (words.length > 0 && words.every((w) => BOOKKEEPING.has(w) || RUN.has(w) || /^\d+$/.test(w))) return { kind: 'id', headline, why: 'bookkeeping (step, epoch, fold…)' };

  const count = countOf(words);
  if (count) {
    const counted = words.map((w) => COUNTED_COST.get(w)).find((k) => k !== undefined);
    if (counted) return { kind: counted, sense: 'min', headline, why: `${KIND_NAMES[counted]} (a count of them)` };
    return { kind: 'count', sense: arrow ?? guessWordsSense(words, unitWords, facts), headline, why: 'a count' };
  }

  if (facts.percent || unit?.trim() === '%') {
    const sense = arrow ?? (some(all, ERROR) ? 'min' : 'max');
    return { kind: 'quality', sense, headline, why: sense === 'min' ? 'a rate of errors (percent)' : 'a rate (percent): higher is better' };
  }
  if (some(all, ERROR)) return { kind: 'quality', sense: 'min', headline, why: 'an error or loss: lower is better' };
  // "CO₂ cost (kg)" is emissions, not money.
  if (some(all, EMISSIONS)) return { kind: 'energy', sense: 'min', headline, why: 'energy or emissions' };
  if (some(all, MONEY)) return { kind: 'money', sense: 'min', headline, why: 'money' };
  if (isRate(all, header, unit)) return { kind: 'efficiency', sense: 'max', headline, why: 'a rate of work: higher is better' };
  // "Max Tokens", "context_length", "Context Window": how much a model can take, not what it spends.
  if ((some(words, TOKENS) || words.includes('window')) && some(words, CAPACITY)) return { kind: 'setting', sense: 'max', headline, why: 'a capacity (context, maximum)' };
  // A duration in seconds is a time, whatever it is the time of ("First Answer Token (s)").
  if (unit && TIME_UNITS.has(unit.trim().toLowerCase())) return { kind: 'time', sense: 'min', headline, why: 'time' };
  // The last word is what the column measures: "mean_score_time" is a time, "win_rate" a rate.
  const head = [...words].reverse().find((w) => /^[a-z]/.test(w));
  if (head && TIME.has(head)) return { kind: 'time', sense: 'min', headline, why: 'time' };
  if (head && TOKENS.has(head)) return { kind: 'tokens', sense: 'min', headline, why: 'length (tokens, steps, calls)' };
  if (head && COMPUTE.has(head)) return { kind: 'compute', sense: 'min', headline, why: 'compute (FLOPs, MACs)' };
  if (head && SIZE.has(head) && !(head === 'size' && some(words, SETTING_SIZE))) return { kind: 'size', sense: 'min', headline, why: 'size (parameters, memory)' };
  if (some(all, QUALITY) || (words.includes('index') && words.length > 1) || (words.length > 0 && words.every((w) => HEADLINE.has(w) || /^\d+$/.test(w)) && words.some((w) => HEADLINE.has(w))) || arrow === 'max') {
    return { kind: 'quality', sense: arrow ?? 'max', headline, why: 'a quality: higher is better' };
  }
  if (arrow === 'min') return { kind: 'quality', sense: 'min', headline, why: 'lower is better (↓)' };
  if (words.includes('ratio') || words.includes('fraction')) return { kind: 'setting', headline, why: 'a ratio' };
  if (some(all, TIME) || (unit && TIME_UNITS.has(unit.trim().toLowerCase()))) return { kind: 'time', sense: 'min', headline, why: 'time' };
  if (some(words, TOKENS)) return { kind: 'tokens', sense: 'min', headline, why: 'length (tokens, steps, calls)' };
  if (words.includes('size') && some(words, SETTING_SIZE)) return { kind: 'setting', headline, why: 'an input setting' };
  if (some(all, COMPUTE)) return { kind: 'compute', sense: 'min', headline, why: 'compute (FLOPs, MACs)' };
  if (some(all, SIZE) || (unit && SIZE_UNITS.has(unit.trim().toLowerCase()))) return { kind: 'size', sense: 'min', headline, why: 'size (parameters, memory)' };
  if (some(all, ENERGY)) return { kind: 'energy', sense: 'min', headline, why: 'energy' };
  if (some(words, SETTING)) return { kind: 'setting', headline, why: 'a setting' };
  return { kind: 'unknown', headline, why: 'no hint in its name' };
}

const UNCERTAINTY_NAMES: Record<UncertaintyKind, string> = {
  se: 'standard error',
  sd: 'standard deviation',
  variance: 'variance',
  ci: 'confidence interval',
  ci_low: 'lower bound of an interval',
  ci_high: 'upper bound of an interval',
};

export const KIND_NAMES: Record<ColumnKind, string> = {
  quality: 'quality',
  money: 'money',
  time: 'time',
  efficiency: 'rate of work',
  tokens: 'length',
  size: 'size',
  compute: 'compute',
  energy: 'energy',
  optimizer: 'objective',
  uncertainty: 'uncertainty',
  count: 'count',
  rank: 'rank',
  id: 'identifier',
  date: 'date',
  run: 'run number',
  setting: 'setting',
  unknown: 'number',
};

const TIME_UNITS = new Set(['ms', 's', 'sec', 'secs', 'seconds', 'min', 'minutes', 'h', 'hours', 'us', 'µs', 'ns']);
const SIZE_UNITS = new Set(['kb', 'mb', 'gb', 'tb', 'b', 'm', 'params']);

/** n_wins, num_tokens, param_count, # parsed, number of calls: a count (of what, the other words say). */
function countOf(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const first = words[0];
  const last = words[words.length - 1];
  return first === 'n' || first === 'number' || first === 'count' || first === '#' || last === 'count' || last === 'counts' || hasPhrase(words, 'number of');
}

/** samples/s, tokens per second, img_per_sec, it/s, RTFx, throughput. */
function isRate(all: readonly string[], header: string, unit: string | undefined): boolean {
  if (some(all, EFFICIENCY)) return true;
  const text = `${header} ${unit ?? ''}`.toLowerCase();
  if (/\/\s*(?:s|sec|second|ms|min|minute|h|hr|hour)\b/.test(text)) return true;
  return all.some((w, i) => w === 'per' && ['seconds', 's', 'ms', 'min', 'minute', 'hour', 'h', 'hr'].includes(all[i + 1]));
}

function headlineScore(words: readonly string[]): number {
  let score = 0;
  if (some(words, HEADLINE)) score += 4;
  if (some(words, ADJUSTED)) score += 3;
  // A raw or base version loses to its refined one (EvalPlus: pass@1_base vs pass@1_plus).
  if (words.includes('discrete') || words.includes('raw') || words.includes('base') || words.includes('baseline')) score -= 1;
  if (words.includes('train') || words.includes('training')) score -= 2;
  if (words.includes('val') || words.includes('validation') || words.includes('test') || words.includes('eval')) score += 1;
  if (words.includes('top5')) score -= 1;
  if (words.some((w) => /^p\d{2,3}$/.test(w) || w === 'percentile' || /^\d+th$/.test(w) || w === 'max' || w === 'min' || w === 'worst')) score -= 2;
  if (words.includes('median')) score += 1;
  if (words.includes('blended')) score += 2;
  return score;
}

/** The direction a name alone suggests, for columns that are not ticked (counts, attributes). */
function guessWordsSense(words: readonly string[], unitWords: readonly string[], facts: ColumnFacts): Sense | undefined {
  const all = [...words, ...unitWords];
  if (some(all, ERROR) || some(all, MONEY)) return 'min';
  if (facts.percent || some(words, QUALITY) || some(all, EFFICIENCY)) return 'max';
  if (some(all, TIME) || some(words, TOKENS) || some(all, SIZE) || some(all, COMPUTE) || some(all, ENERGY)) return 'min';
  return undefined;
}
