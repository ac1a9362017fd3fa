/**
 * The words of a column name, as the guesses read them. Headers come in every style: `avg_length`,
 * `lengthControlledWinrate`, `Total Cost ($)`, `top1acc`, `LCWinRate`, `pass@1`. They are split at case
 * changes, underscores, spaces and punctuation, and a run of letters that is not itself a known word is
 * cut into known words when it can be cut completely (`winrate` → win rate, `lcwinrate` → length
 * controlled win rate, `top1acc` → top1 accuracy). Abbreviations are spelled out (acc, lat, tok, len,
 * avg, err, std, params…), so every rule below can be written once, with whole words.
 */

/** Abbreviation → the word(s) the rules use. */
const SPELLED: Readonly<Record<string, readonly string[]>> = {
  acc: ['accuracy'],
  accs: ['accuracy'],
  lat: ['latency'],
  tok: ['tokens'],
  toks: ['tokens'],
  token: ['tokens'],
  len: ['length'],
  avg: ['average'],
  mean: ['average'],
  err: ['error'],
  errs: ['error'],
  errors: ['error'],
  std: ['sd'],
  stdev: ['sd'],
  stddev: ['sd'],
  stderr: ['se'],
  sem: ['se'],
  param: ['params'],
  parameters: ['params'],
  parameter: ['params'],
  mparams: ['params'],
  nparams: ['number', 'params'],
  num: ['number'],
  nb: ['number'],
  lc: ['length', 'controlled'],
  perf: ['performance'],
  mem: ['memory'],
  thru: ['throughput'],
  tput: ['throughput'],
  secs: ['seconds'],
  sec: ['seconds'],
  second: ['seconds'],
  msec: ['ms'],
  winrate: ['win', 'rate'],
  passrate: ['pass', 'rate'],
  img: ['image'],
  imgs: ['images'],
  pct: ['percent'],
  corr: ['correlation'],
  elapsed: ['time'],
  wallclock: ['time'],
  ex: ['examples'],
};

/**
 * Words a glued run of letters may be cut into. Short words are left out on purpose (no `se`, `sd`,
 * `n`): cutting "base" into "ba se" or "indent" into "in dent" would invent meaning.
 */
const GLUE = new Set([
  'accuracy', 'acc', 'average', 'avg', 'mean', 'median', 'overall', 'total', 'win', 'wins', 'rate', 'pass', 'fail',
  'top1', 'top5', 'score', 'length', 'controlled', 'lc', 'cost', 'price', 'time', 'latency', 'lat', 'tokens', 'token',
  'tok', 'len', 'param', 'params', 'count', 'num', 'size', 'memory', 'mem', 'throughput', 'speed', 'error', 'err',
  'loss', 'std', 'stderr', 'per', 'sec', 'second', 'seconds', 'sample', 'samples', 'image', 'images', 'img', 'step',
  'steps', 'call', 'calls', 'request', 'requests', 'query', 'queries', 'rank', 'elo', 'rating', 'reward', 'success',
  'exact', 'match', 'resolved', 'solve', 'solved', 'train', 'val', 'valid', 'test', 'eval', 'infer', 'batch', 'flops',
  'gflops', 'macs', 'gmacs', 'run', 'runtime', 'duration', 'energy', 'power', 'model', 'name', 'number', 'step',
  'recall', 'precision', 'bleu', 'rouge', 'auc', 'map', 'ndcg', 'f1', 'output', 'input', 'prompt', 'completion',
  'words', 'chars', 'turns', 'max', 'min', 'best', 'final', 'percent', 'pct',
]);

/** Words that are words, never cut even when they could be ("pass" is not "pa ss"). */
const WHOLE = new Set([...GLUE, ...Object.keys(SPELLED), 'se', 'sd', 'ci', 'id', 'rtfx', 'rtf', 'wer', 'cer', 'mse', 'mae', 'rmse']);

/** The cheapest complete cut of `token` into GLUE words (and digit runs), or null. Fewest pieces wins. */
function cut(token: string): string[] | null {
  const n = token.length;
  if (n > 40) return null;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const piece = token.slice(start, end);
      if (!GLUE.has(piece) && !/^\d+$/.test(piece)) continue;
      const candidate = [...before, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const found = best[n];
  return found && found.length > 1 ? found : null;
}

/** Lower-case words of a header: split, cut where glued, abbreviations spelled out. Symbols $ % € £ ± # kept. */
export function nameWords(text: string): string[] {
  // A chunk that is a known word as a whole is not split at its case changes ("RTFx", "mAP", "WinRate").
  const spaced = text
    .replace(/@/g, ' at ')
    .replace(/[A-Za-z0-9µ]+/g, (chunk) =>
      WHOLE.has(chunk.toLowerCase()) ? chunk.toLowerCase() : chunk.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2'),
    );
  const raw = spaced.toLowerCase().match(/[a-z0-9µ]+|[$%€£±#]/g) ?? [];
  const out: string[] = [];
  for (const token of raw) {
    const pieces = WHOLE.has(token) || /^\d/.test(token) ? [token] : (cut(token) ?? [token]);
    for (const p of pieces) out.push(...(SPELLED[p] ?? [p]));
  }
  return out;
}

/** Whether `words` contains the phrase (consecutive words). */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  const parts = phrase.split(' ');
  outer: for (let i = 0; i + parts.length <= words.length; i++) {
    for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) continue outer;
    return true;
  }
  return false;
}
