/**
 * First guesses for the mapping step: each column's type (number / category / text), its label and unit
 * from the header, and a role — objectives only where the name says which direction is better.
 */
import { isMissingCell, parseImportNumber } from './numbers';
import { guessSense } from './senses';
import type { ColumnMapping, RawTable } from './types';

/** Rows looked at per column; evenly spaced over the table so a sorted file is sampled fairly. */
const SAMPLE = 10_000;
/** Distinct values counted before a column is plainly not a category. */
const DISTINCT_CAP = SAMPLE;
const MAX_GROUPS = 50;
const LABEL_NAMES = /^(?:model|models|name|names|id|method|system|agent|run|config|configuration|label|title|submission|entry)$/i;

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
  currency: string | null;
  distinct: Set<string>;
}

function stats(table: RawTable, c: number): ColumnStats {
  const n = table.rows.length;
  const step = n > SAMPLE ? n / SAMPLE : 1;
  const s: ColumnStats = { cells: 0, missing: 0, numbers: 0, percent: 0, currency: null, distinct: new Set() };
  for (let f = 0; f < n; f += step) {
    const cell = table.rows[Math.floor(f)][c];
    s.cells++;
    if (isMissingCell(cell)) {
      s.missing++;
      continue;
    }
    const t = cell.trim();
    if (s.distinct.size < DISTINCT_CAP) s.distinct.add(t);
    if (parseImportNumber(t) !== null) {
      s.numbers++;
      if (t.endsWith('%')) s.percent++;
      const cur = /^[+-]?([$€£¥])/.exec(t);
      if (cur) s.currency = cur[1];
    }
  }
  return s;
}

/** Numbers when at most one cell in ten (or a single cell) of the non-missing sample is text. */
function isNumeric(s: ColumnStats): boolean {
  const present = s.cells - s.missing;
  const text = present - s.numbers;
  return s.numbers > 0 && s.numbers > text && text <= Math.max(1, Math.floor(present / 10));
}

/**
 * Guesses a mapping for every column of the table: number columns whose name says which direction is
 * better become objectives with that sense, other number columns attributes; a low-cardinality text
 * column becomes a group, the most distinct text column (or one called model, name, id, …) the label;
 * other text columns are attributes, and an entirely empty column is ignored.
 */
export function inferMapping(table: RawTable): ColumnMapping[] {
  const all = table.header.map((key, c) => ({ key, s: stats(table, c), ...splitUnit(key) }));
  const mapping: ColumnMapping[] = all.map(({ key, s, label, unit }) => {
    if (s.cells === s.missing) return { key, label, ...(unit ? { unit } : {}), role: 'ignore', type: 'text' };
    if (isNumeric(s)) {
      const present = s.cells - s.missing;
      const shownUnit = unit ?? (s.percent > present / 2 ? '%' : (s.currency ?? undefined));
      const sense = guessSense(label, shownUnit);
      const m: ColumnMapping = { key, label, role: sense ? 'objective' : 'attribute', type: 'number' };
      if (shownUnit) m.unit = shownUnit;
      if (sense) m.sense = sense;
      return m;
    }
    return { key, label, ...(unit ? { unit } : {}), role: 'attribute', type: 'text' };
  });

  const text = all.map((col, i) => ({ ...col, i })).filter((col) => mapping[col.i].type === 'text' && mapping[col.i].role !== 'ignore');
  const ratio = (s: ColumnStats) => s.distinct.size / Math.max(1, s.cells - s.missing);
  // The label: a column named like one if its values are mostly distinct, else the most distinct column.
  const named = text.find((col) => LABEL_NAMES.test(col.label) && ratio(col.s) >= 0.5);
  const unique = [...text].sort((a, b) => ratio(b.s) - ratio(a.s))[0];
  const label = named ?? (unique && ratio(unique.s) >= 0.9 ? unique : undefined);
  if (label) mapping[label.i].role = 'label';
  for (const col of text) {
    if (col === label) continue;
    const present = col.s.cells - col.s.missing;
    const distinct = col.s.distinct.size;
    if (distinct >= 2 && distinct <= Math.min(MAX_GROUPS, Math.max(2, present / 2))) {
      mapping[col.i].role = 'group';
      mapping[col.i].type = 'category';
    } else if (distinct === 1) {
      mapping[col.i].type = 'category';
    }
  }
  return mapping;
}
