/**
 * First guesses for a table nobody prepared: each column's type (number / category / text), its label
 * and unit from the header, and its role. The goal is a meaningful first chart: one quality against
 * one cost (a third objective only where the table plainly has a money cost and a time cost), every
 * other numeric column available but unticked, the uncertainty columns paired with what they measure,
 * a label column and, where one reads naturally, a group column. An optimizer's output (f1, f2, …;
 * Optuna's value / values_k) ticks all its objectives, minimized. Every guess can be changed in the
 * mapping step, in the Objectives panel and in a link. The rules are tested on a corpus of real public
 * tables (src/data/import/corpus).
 */
import { COST_PRIORITY, OPTIMIZER_NAME, readColumn, RESOURCE_PRIORITY, TICKABLE, type ColumnKind, type ColumnReading } from './columnKind';
import { isMissingCell, magnitudeOf, parseImportNumber, type Magnitude } from './numbers';
import { cellText } from './rawColumns';
import type { ColumnMapping, RawTable } from './types';
import { nameWords } from './words';

/** Rows looked at per column; evenly spaced over the table so a sorted file is sampled fairly. */
const SAMPLE = 10_000;
/** Distinct values counted before a column is plainly not a category. */
const DISTINCT_CAP = SAMPLE;
const MAX_GROUPS = 50;
/** A column missing in more than this share of the rows is never ticked: it would drop them from the front. */
export const MAX_MISSING_SHARE = 0.2;
const LABEL_WORDS = new Set(['model', 'models', 'name', 'names', 'method', 'system', 'agent', 'config', 'configuration', 'label', 'title', 'submission', 'entry', 'checkpoint']);
const GROUP_WORDS = new Set([
  'provider', 'organization', 'organisation', 'org', 'company', 'vendor', 'developer', 'creator', 'lab', 'team', 'family',
  'type', 'architecture', 'arch', 'method', 'algorithm', 'algo', 'framework', 'library', 'format', 'category', 'license',
  'licence', 'mode', 'backend', 'hardware', 'gpu', 'device', 'precision', 'dtype', 'optimizer', 'solver', 'strategy',
  'source', 'quantization', 'group', 'class', 'kind', 'variant', 'series', 'estimator', 'classifier', 'regressor',
  'sampler', 'policy', 'backbone', 'encoder',
]);

/** "latency (ms)" -> latency, ms; "Price [$/1000 examples]" -> Price, $/1000 examples; "cost" -> cost. */
export function splitUnit(header: string): { label: string; unit?: string } {
  const m = /^(.*?)\s*(?:\(([^()]*)\)|\[([^[\]]*)\])\s*$/.exec(header);
  if (!m) return { label: header };
  const label = m[1].trim();
  const unit = (m[2] ?? m[3]).trim();
  if (label === '' || unit === '') return { label: header };
  return { label, unit };
}

interface ColumnStats {
  cells: number;
  missing: number;
  numbers: number;
  percent: number;
  integers: number;
  currency: string | null;
  /** Cells written with a magnitude suffix ("7B", "350M"), by suffix. */
  magnitudes: Map<Magnitude, number>;
  distinct: Set<string>;
}

function stats(table: RawTable, c: number): ColumnStats {
  const n = table.rowCount;
  const column = table.columns[c];
  const step = n > SAMPLE ? n / SAMPLE : 1;
  const s: ColumnStats = { cells: 0, missing: 0, numbers: 0, percent: 0, integers: 0, currency: null, magnitudes: new Map(), distinct: new Set() };
  for (let f = 0; f < n; f += step) {
    const cell = cellText(column, Math.floor(f));
    s.cells++;
    if (isMissingCell(cell)) {
      s.missing++;
      continue;
    }
    const t = cell.trim();
    if (s.distinct.size < DISTINCT_CAP) s.distinct.add(t);
    const value = parseImportNumber(t);
    if (value !== null) {
      s.numbers++;
      if (Number.isInteger(value)) s.integers++;
      if (t.endsWith('%')) s.percent++;
      const cur = /^[+-]?([$€£¥])/.exec(t);
      if (cur) s.currency = cur[1];
    } else {
      const magnitude = magnitudeOf(t);
      if (magnitude) s.magnitudes.set(magnitude, (s.magnitudes.get(magnitude) ?? 0) + 1);
    }
  }
  return s;
}

/**
 * The suffix a column of counts written for people ("7B", "6.7B", "350M") is read in: the most common
 * one, when suffixed cells and plain numbers together make the column numeric and most cells carry one.
 */
function magnitudeColumn(s: ColumnStats): Magnitude | null {
  let suffixed = 0;
  let best: Magnitude | null = null;
  for (const [m, n] of s.magnitudes) {
    suffixed += n;
    if (best === null || n > (s.magnitudes.get(best) ?? 0)) best = m;
  }
  const present = s.cells - s.missing;
  if (best === null || suffixed < present / 2) return null;
  return isNumeric({ ...s, numbers: s.numbers + suffixed }) ? best : null;
}

/** Numbers when at most one cell in ten (or a single cell) of the non-missing sample is text. */
function isNumeric(s: ColumnStats): boolean {
  const present = s.cells - s.missing;
  const text = present - s.numbers;
  return s.numbers > 0 && s.numbers > text && text <= Math.max(1, Math.floor(present / 10));
}

interface Column {
  i: number;
  key: string;
  label: string;
  unit?: string;
  s: ColumnStats;
  missingShare: number;
  reading?: ColumnReading;
}

/** What the import guessed, with the notes a person should read before trusting it. */
export interface InferredImport {
  mapping: ColumnMapping[];
  /** Sentences for the mapping step, e.g. that Optuna's CSV carries no directions. */
  notes: string[];
}

/** The guessed mapping of every column of `table` (see `inferImport`). */
export function inferMapping(table: RawTable): ColumnMapping[] {
  return inferImport(table).mapping;
}

/**
 * Guesses a mapping for every column of the table and says why for each. Pure: the same table always
 * gets the same guess.
 */
export function inferImport(table: RawTable): InferredImport {
  const notes: string[] = [...(table.readNotes ?? [])];
  const cols: Column[] = table.header.map((key, i) => {
    const s = stats(table, i);
    return { i, key, ...splitUnit(key), s, missingShare: s.cells === 0 ? 0 : s.missing / s.cells };
  });
  const magnitude = new Map(cols.map((c) => [c, magnitudeColumn(c.s)]));
  const numeric = cols.filter((c) => c.s.cells > c.s.missing && (isNumeric(c.s) || magnitude.get(c)));
  const lower = new Set(table.header.map((h) => h.trim().toLowerCase()));
  const optunaTable = lower.has('number') && (lower.has('state') || lower.has('datetime_start')) && table.header.some((h) => /^values?(?:_.+)?$/i.test(h.trim()));
  const optimizerTable = numeric.filter((c) => OPTIMIZER_NAME.test(c.key.trim())).length >= 2;
  const wandbTable = ['name', 'state', 'created', 'runtime'].every((h) => lower.has(h)) && (lower.has('sweep') || lower.has('tags'));

  const mapping: ColumnMapping[] = cols.map((c) => {
    const unitPart = c.unit ? { unit: c.unit } : {};
    if (c.s.cells === c.s.missing) return { key: c.key, label: c.label, ...unitPart, role: 'ignore', type: 'text', reason: 'empty in every row' };
    if (!numeric.includes(c)) return { key: c.key, label: c.label, ...unitPart, role: 'attribute', type: 'text' };
    const present = c.s.cells - c.s.missing;
    const suffix = magnitude.get(c) ?? undefined;
    const shownUnit = c.unit ?? suffix ?? (c.s.percent > present / 2 ? '%' : (c.s.currency ?? undefined));
    c.reading = readColumn(c.label, shownUnit, {
      percent: c.s.percent > present / 2,
      integer: c.s.integers === c.s.numbers,
      optimizerTable,
      optunaTable,
      wandbTable,
    });
    const m: ColumnMapping = { key: c.key, label: c.label, role: 'attribute', type: 'number', reason: c.reading.why };
    if (suffix) {
      m.magnitude = suffix;
      m.reason = `${c.reading.why}; written like "7${suffix}", read in units of ${suffix}`;
    }
    if (shownUnit) m.unit = shownUnit;
    if (c.reading.sense) m.sense = c.reading.sense;
    return m;
  });

  finalRounds(numeric);
  const picked = pickObjectives(numeric);
  for (const c of picked) mapping[c.i].role = 'objective';
  const undirected = picked.filter((c) => mapping[c.i].sense === undefined);
  if (undirected.length > 0) {
    const names = undirected.map((c) => `'${c.label || c.key}'`).join(' and ');
    notes.push(`No column name says which direction is better, so ${names} ${undirected.length === 1 ? 'is' : 'are'} ticked without one: choose min or max.`);
  }
  for (const c of numeric) {
    const m = mapping[c.i];
    const why = m.reason ?? c.reading?.why ?? 'number';
    if (m.role === 'objective') m.reason = m.sense ? `${why} — ticked` : 'no hint in its name — ticked, choose min or max';
    else if (c.reading && TICKABLE.has(c.reading.kind)) m.reason = `${why} — ${whyNotTicked(c)}`;
  }
  pairUncertainty(numeric, mapping);
  if (optunaTable) notes.push("Optuna's CSV does not say whether the study minimized or maximized: its objectives are read as minimized. Flip them in the Objectives panel if your study maximized.");
  else if (optimizerTable) notes.push('f1, f2, … are read as objectives to minimize, as optimizers write them. Flip any you maximized.');

  labelAndGroup(cols, mapping, optunaTable);
  return { mapping, notes };
}

function whyNotTicked(c: Column): string {
  if (c.missingShare > MAX_MISSING_SHARE) return `not ticked: missing in ${Math.round(c.missingShare * 100)}% of the rows`;
  if (c.s.distinct.size < 2) return 'not ticked: the same in every row';
  return 'available, not ticked';
}

/** Columns that may be ticked: a quality, cost or objective, present in most rows, not constant. */
function eligible(c: Column): boolean {
  const r = c.reading;
  return r !== undefined && TICKABLE.has(r.kind) && r.sense !== undefined && c.missingShare <= MAX_MISSING_SHARE && c.s.distinct.size >= 2;
}

/** Best first: higher headline, then (for qualities) higher-is-better over an error form, then leftmost. */
function byHeadline(a: Column, b: Column): number {
  const ra = a.reading as ColumnReading;
  const rb = b.reading as ColumnReading;
  return rb.headline - ra.headline || (rb.sense === 'max' ? 1 : 0) - (ra.sense === 'max' ? 1 : 0) || a.i - b.i;
}

/**
 * pass_rate_1, pass_rate_2: results after each round (attempt, stage) of the same measure; the last
 * round is the result. A number after '@' (pass@1, pass@10) is not a round but a setting, so not these.
 */
function finalRounds(numeric: Column[]): void {
  const series = new Map<string, Column[]>();
  for (const c of numeric) {
    const m = /^(.*[A-Za-z])[\s_-]+(\d+)$/.exec(c.key.trim());
    if (!m || !c.reading || !TICKABLE.has(c.reading.kind) || c.reading.kind === 'optimizer') continue;
    const list = series.get(m[1]) ?? [];
    list.push(c);
    series.set(m[1], list);
  }
  for (const list of series.values()) {
    if (list.length < 2) continue;
    const round = (c: Column) => Number(/(\d+)$/.exec(c.key.trim())?.[1]);
    const last = list.reduce((a, b) => (round(b) > round(a) ? b : a));
    (last.reading as ColumnReading).headline += 1;
  }
}

/** Fewer words is the more general measure: model size before image-tower size, total before a part. */
const wordCount = (c: Column) => nameWords(c.label).length;

function byPriority(priority: Readonly<Partial<Record<ColumnKind, number>>>) {
  return (a: Column, b: Column): number => {
    const pa = priority[(a.reading as ColumnReading).kind] ?? 0;
    const pb = priority[(b.reading as ColumnReading).kind] ?? 0;
    return pb - pa || (b.reading as ColumnReading).headline - (a.reading as ColumnReading).headline || wordCount(a) - wordCount(b) || a.i - b.i;
  };
}

/**
 * The columns ticked when the table opens. An optimizer's output: all its objectives. Otherwise the
 * headline quality and the main cost (money before time before a rate of work before length before size
 * before compute before energy), plus the best time column when the cost is money — cost and latency are
 * both costs a reader weighs. Without a quality, a rate of work (throughput) plays its part against what
 * it costs (money, energy, size, compute, length — not time, another measure of speed).
 * Without any of these, the two leftmost numeric columns that are not bookkeeping, with no direction: the
 * person chooses it rather than the import inventing one.
 */
function pickObjectives(numeric: Column[]): Column[] {
  const ok = numeric.filter(eligible);
  const of = (kind: ColumnKind) => ok.filter((c) => c.reading?.kind === kind);
  const optimizer = of('optimizer');
  if (optimizer.length > 0) return optimizer;

  let quality = [...of('quality')].sort(byHeadline)[0];
  const costs = ok.filter((c) => COST_PRIORITY[c.reading?.kind as ColumnKind] !== undefined);
  let cost: Column | undefined;
  if (quality) cost = [...costs].sort(byPriority(COST_PRIORITY))[0];
  else {
    quality = [...of('efficiency')].sort(byHeadline)[0];
    if (quality) cost = costs.filter((c) => RESOURCE_PRIORITY[c.reading?.kind as ColumnKind] !== undefined).sort(byPriority(RESOURCE_PRIORITY))[0];
    else {
      // Two costs: the first resource, and one of another kind (parameters against FLOPs), else the next.
      const two = [...costs].sort(byPriority(COST_PRIORITY));
      quality = two[0];
      cost = two.find((c) => c !== quality && c.reading?.kind !== quality?.reading?.kind) ?? two[1];
    }
  }
  const picked = [quality, cost].filter((c): c is Column => c !== undefined);
  if (cost?.reading?.kind === 'money') {
    const time = of('time').sort(byHeadline)[0];
    if (time) picked.push(time);
  }
  if (picked.length > 0) return picked;
  const BOOKKEEPING: ReadonlySet<ColumnKind> = new Set(['id', 'date', 'rank', 'run', 'count', 'uncertainty']);
  const plain = numeric.filter((c) => !BOOKKEEPING.has(c.reading?.kind as ColumnKind) && c.s.distinct.size >= 2);
  return (plain.length > 0 ? plain : numeric).slice(0, 2);
}

/**
 * Pairs each uncertainty column with the column it measures: the one whose name holds every word left
 * once the uncertainty words are taken out ("lc_standard_error" → length_controlled_winrate, "Latency
 * Standard Deviation" → Latency Mean), preferring the headline, then the nearest column before it. A
 * bare "standard_error", or one whose words match no column, belongs to the measure just before it
 * when only uncertainty columns stand between them.
 */
function pairUncertainty(numeric: Column[], mapping: ColumnMapping[]): void {
  const values = numeric.filter((c) => c.reading?.kind !== 'uncertainty');
  for (const u of numeric) {
    const info = u.reading?.uncertainty;
    if (!info) continue;
    let of: Column | undefined;
    if (info.rest.length > 0) {
      const candidates = values.filter((c) => {
        const words = new Set(nameWords(c.label));
        return info.rest.every((w) => words.has(w));
      });
      of = candidates.sort((a, b) => (b.reading?.headline ?? 0) - (a.reading?.headline ?? 0) || distance(a, u) - distance(b, u))[0];
    }
    if (!of) {
      // No name to match (or none that matches): the measure just before it, past other uncertainty
      // columns — "score, rating_q025, rating_q975", "win_rate, standard_error".
      const before = numeric.filter((c) => c.i < u.i && c.reading?.kind !== 'uncertainty').pop();
      const between = numeric.filter((c) => before && c.i > before.i && c.i < u.i);
      const adjacent = before && between.every((c) => c.reading?.kind === 'uncertainty') && before.i >= u.i - 1 - between.length;
      of = adjacent && TICKABLE.has(before.reading?.kind as ColumnKind) ? before : undefined;
    }
    const m = mapping[u.i];
    m.uncertaintyKind = info.kind;
    if (of) {
      m.uncertaintyOf = of.key;
      m.reason = `${u.reading?.why} of ${of.label || of.key} — kept for error bars, not ticked`;
    } else m.reason = `${u.reading?.why} — not ticked`;
  }
}

/** Columns before `u` come first, nearest first; then those after it. */
const distance = (c: Column, u: Column) => (c.i < u.i ? u.i - c.i : 1000 + c.i - u.i);

/**
 * The label: a text column named like one (model, name, method…) whose values are mostly distinct, else
 * the most distinct text column. The group: among text columns with 2 to 50 values (at most one per two
 * rows), one named like a grouping (provider, family, algorithm, edit format…), else the leftmost. Other
 * such columns become categories, available for grouping. A run column (run, seed, trial…), a yes/no
 * flag, durations written as clock times and a column empty in most rows are never the group chosen for
 * you.
 */
function labelAndGroup(cols: Column[], mapping: ColumnMapping[], optunaTable: boolean): void {
  // In an Optuna export the text columns are trial settings (params_*) and bookkeeping: none names a
  // trial, and a setting like params_estimator is the natural grouping.
  const text = cols.filter((c) => mapping[c.i].type === 'text' && mapping[c.i].role !== 'ignore');
  const nameable = optunaTable ? [] : text;
  const ratio = (s: ColumnStats) => s.distinct.size / Math.max(1, s.cells - s.missing);
  const words = (c: Column) => nameWords(c.label);
  const isLabelName = (c: Column) => words(c).some((w) => LABEL_WORDS.has(w)) || /^(?:id|column 1)$/i.test(c.key.trim());
  // Addresses and dates are distinct in every row too, but name nothing.
  const first = (c: Column) => [...c.s.distinct][0] ?? '';
  const namesNothing = (c: Column) => /^https?:/i.test(first(c)) || /^\d{4}-\d{2}-\d{2}/.test(first(c)) || /^\d+ days /.test(first(c));
  // A column called model or name labels the rows even when a model repeats (one row per provider).
  const named = nameable.find((c) => isLabelName(c) && ratio(c.s) >= 0.25 && !namesNothing(c));
  const unique = nameable.filter((c) => !namesNothing(c)).sort((a, b) => ratio(b.s) - ratio(a.s) || a.i - b.i)[0];
  const label = named ?? (unique && ratio(unique.s) >= 0.9 ? unique : undefined);
  if (label) {
    mapping[label.i].role = 'label';
    mapping[label.i].reason = 'names the rows';
  }
  const runName = /^(?:run|seed|trial|rep|repeat|repetition|replicate|set)s?$/i;
  const groups: Column[] = [];
  for (const c of text) {
    if (c === label) continue;
    const present = c.s.cells - c.s.missing;
    const distinct = c.s.distinct.size;
    if (distinct >= 2 && distinct <= Math.min(MAX_GROUPS, Math.max(2, present / 2))) {
      mapping[c.i].type = 'category';
      const flag = [...c.s.distinct].every((v) => /^(?:true|false|yes|no|y|n|0|1)$/i.test(v));
      const clock = [...c.s.distinct].every((v) => /^\d+:\d{2}(?::\d{2})?(?:\.\d+)?$/.test(v));
      const bookkeeping = optunaTable && !/^params_/i.test(c.key);
      const sparse = c.s.missing > c.s.cells / 2;
      if (!runName.test(c.key.trim()) && !flag && !clock && !bookkeeping && !sparse) groups.push(c);
    } else if (distinct === 1) mapping[c.i].type = 'category';
  }
  const group = groups.find((c) => words(c).some((w) => GROUP_WORDS.has(w))) ?? groups[0];
  if (group) {
    mapping[group.i].role = 'group';
    mapping[group.i].reason = `groups the rows (${group.s.distinct.size} values)`;
  }
}
