/**
 * RawTable + recipe -> the same Dataset every other source becomes: a card synthesized from the mapping,
 * numbers read with the import's reader, rows the person chose to leave out dropped.
 */
import { DataError, quote } from '../errors';
import type { Column, ColumnSpec, Dataset, DatasetCard, SourceRef } from '../types';
import { NUMBER_EXPECTED, mappingErrors } from './check';
import { cellReader } from './numbers';
import { cellText, type RawColumn } from './rawColumns';
import type { ColumnMapping, ImportRecipe, ImportSource, RawTable } from './types';

type Kept = ColumnMapping & { role: Exclude<ColumnMapping['role'], 'ignore'> };

function keptColumns(recipe: ImportRecipe): Kept[] {
  return recipe.mapping.filter((m): m is Kept => m.role !== 'ignore');
}

/** The rows kept, ascending; null when every row is (the common case: no index array at all). */
function keptRows(table: RawTable, recipe: ImportRecipe): Uint32Array | null {
  const n = table.rowCount;
  const excluded = new Uint8Array(n);
  let out = 0;
  for (const r of recipe.excludeRows) {
    if (r >= 0 && r < n && !excluded[r]) {
      excluded[r] = 1;
      out++;
    }
  }
  if (out === 0) return null;
  const rows = new Uint32Array(n - out);
  let k = 0;
  for (let r = 0; r < n; r++) if (!excluded[r]) rows[k++] = r;
  return rows;
}

type Read = (text: string) => number | null;

/**
 * A number column's values for the kept rows. A number column with no exceptions and no row left out
 * is handed over as it is (no copy); exceptions are read one by one; a text column's labels are read
 * once each, not once a row. Throws on a kept cell that is not a number (checkImport lists them).
 */
function numberValues(column: RawColumn, rows: Uint32Array | null, n: number, read: Read, refuse: (row: number, cell: string) => never): Float64Array {
  const count = rows ? rows.length : n;
  if (column.kind === 'number') {
    const source = column.values;
    if (!rows && !column.text) return source;
    const values = rows ? new Float64Array(count) : source.slice();
    if (rows) for (let i = 0; i < count; i++) values[i] = source[rows[i]];
    if (column.text) {
      // Where each file row landed among the kept ones (-1: left out).
      let at: Int32Array | null = null;
      if (rows) {
        at = new Int32Array(n).fill(-1);
        for (let i = 0; i < count; i++) at[rows[i]] = i;
      }
      for (const [row, text] of column.text) {
        const i = at ? at[row] : row;
        if (i < 0) continue;
        const v = read(text);
        if (v === null) refuse(row, text);
        values[i] = v;
      }
    }
    return values;
  }
  const byCode = new Float64Array(column.labels.length);
  const refused = new Uint8Array(column.labels.length);
  column.labels.forEach((label, code) => {
    const v = read(label);
    if (v === null) refused[code] = 1;
    else byCode[code] = v;
  });
  const codes = column.codes;
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const r = rows ? rows[i] : i;
    const code = codes[r];
    if (refused[code]) refuse(r, column.labels[code]);
    values[i] = byCode[code];
  }
  return values;
}

/** A column's cells as text for the kept rows; a text column's rows share its labels' strings. */
function textValues(column: RawColumn, rows: Uint32Array | null, n: number): string[] {
  const count = rows ? rows.length : n;
  const values = new Array<string>(count);
  if (column.kind === 'text') {
    const { codes, labels } = column;
    for (let i = 0; i < count; i++) values[i] = labels[codes[rows ? rows[i] : i]];
  } else for (let i = 0; i < count; i++) values[i] = cellText(column, rows ? rows[i] : i);
  return values;
}

function sourceNote(source: ImportSource): string {
  if (source.kind === 'url') return `fetched from ${source.url}`;
  return source.kind === 'paste' ? 'pasted' : 'uploaded';
}

function specOf(m: Kept): ColumnSpec {
  const spec: ColumnSpec = { key: m.key, label: m.label.trim() || m.key, type: m.type, role: m.role };
  if (m.unit?.trim()) spec.unit = m.unit.trim();
  if (m.type === 'number' && m.sense) spec.sense = m.sense;
  if (m.type === 'number' && m.uncertaintyOf !== undefined) spec.uncertaintyOf = m.uncertaintyOf;
  if (m.type === 'number' && m.uncertaintyKind !== undefined) spec.uncertaintyKind = m.uncertaintyKind;
  return spec;
}

/**
 * The axes an imported table opens with: a cost (a minimized objective) on x against a quality (a
 * maximized one) on y, as results are usually drawn; with objectives all one way, the first two.
 */
function defaultAxes(objectives: ColumnSpec[], numeric: ColumnSpec[]): { x: string; y: string } {
  const cost = objectives.find((c) => c.sense === 'min');
  const quality = objectives.find((c) => c.sense === 'max');
  if (cost && quality) return { x: cost.key, y: quality.key };
  return { x: numeric[0]?.key ?? '', y: (numeric[1] ?? numeric[0])?.key ?? '' };
}

/**
 * Whether a column's points would crowd into one end of a linear axis where a log axis spreads them:
 * every finite value positive, spanning at least a factor of 20, and three quarters of them in the lowest
 * tenth of the range (a few slow or expensive outliers, as cost and latency columns have).
 */
export function crowdsOnLinearAxis(values: Float64Array): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v <= 0) return false;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    n++;
  }
  if (n < 3 || hi / lo < 20) return false;
  const tenth = lo + (hi - lo) / 10;
  let low = 0;
  for (const v of values) if (Number.isFinite(v) && v <= tenth) low++;
  return low >= 0.75 * n;
}

/** The card an imported table is described by. */
export function importedCard(recipe: ImportRecipe): DatasetCard {
  const columns = keptColumns(recipe).map(specOf);
  const objectives = columns.filter((c) => c.role === 'objective');
  const numeric = [...objectives, ...columns.filter((c) => c.type === 'number' && c.role !== 'objective')];
  const group = columns.find((c) => c.role === 'group');
  const source: SourceRef = { repository: '', path: recipe.fileName, commit: '', licence: 'as provided by you', note: sourceNote(recipe.source) };
  if (recipe.source.kind === 'url') source.url = recipe.source.url;
  const card: DatasetCard = {
    id: recipe.id,
    title: recipe.name,
    description: `Imported from ${recipe.fileName} (${sourceNote(recipe.source)}); the numbers are as the file gives them.`,
    files: [recipe.fileName],
    source: [source],
    columns,
    defaults: defaultAxes(objectives, numeric),
  };
  if (group) card.defaults.group = group.key;
  return card;
}

/**
 * Builds the Dataset of an imported table. Throws DataError when the mapping cannot make one (no
 * objective, a column the table lacks) or when a cell does not fit its column and its row is not
 * excluded (the same cells checkImport lists).
 */
export function buildImported(table: RawTable, recipe: ImportRecipe): Dataset {
  const file = recipe.fileName;
  const problems = mappingErrors(table, recipe.mapping);
  if (problems.length) throw new DataError({ file }, problems.join(' '));
  const rows = keptRows(table, recipe);
  const left = new Set(recipe.excludeRows);
  const ragged = (table.ragged ?? []).find((r) => !left.has(r.row));
  if (ragged) {
    throw new DataError({ file, row: ragged.row + 1 }, `found ${ragged.cells} cells, expected ${table.header.length} (one per header cell); leave the row out or fix the file`);
  }
  const card = importedCard(recipe);
  const n = table.rowCount;
  const columns: Column[] = card.columns.map((spec) => {
    const column = table.columns[table.header.indexOf(spec.key)];
    if (spec.type !== 'number') return { kind: spec.type, spec, values: textValues(column, rows, n) };
    const read = cellReader(recipe.mapping.find((m) => m.key === spec.key) ?? {});
    const refuse = (row: number, cell: string): never => {
      throw new DataError({ file, row: row + 1, column: spec.key }, `found ${quote(cell)}, expected ${NUMBER_EXPECTED}`);
    };
    return { kind: 'number', spec, values: numberValues(column, rows, n, read, refuse) };
  });
  const rowCount = rows ? rows.length : n;
  const dataset: Dataset = { id: recipe.id, card, rowCount, columns, byKey: new Map(columns.map((c) => [c.spec.key, c])) };
  for (const axis of ['x', 'y'] as const) {
    const column = dataset.byKey.get(card.defaults[axis]);
    if (column?.kind === 'number' && crowdsOnLinearAxis(column.values)) card.defaults[axis === 'x' ? 'xScale' : 'yScale'] = 'log';
  }
  const label = card.columns.find((c) => c.role === 'label');
  if (label) dataset.labelKey = label.key;
  return dataset;
}

/**
 * A cell as CSV: quoted when it holds a quote, a comma, a line break or a BOM, starts or ends with a
 * space (as papaparse writes them), and — so delimiter detection cannot mistake the file — when it
 * holds another candidate delimiter or starts with a bracket (it would be taken for JSON).
 */
const NEEDS_QUOTES = /[",\r\n\uFEFF;\t|]|^\s*[[{]|^ | $/;
function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A compact CSV of only the kept columns and rows (cells as the file wrote them, plain numbers in their
 * shortest form) and the recipe that
 * rebuilds the same Dataset from it: `buildImported(parseText(csv, name), recipe)` equals
 * `buildImported(table, original recipe)`. Share links carry small datasets this way.
 */
export function tableToCsv(table: RawTable, recipe: ImportRecipe): { csv: string; recipe: ImportRecipe } {
  const kept = keptColumns(recipe);
  const columns = kept.map((m) => table.columns[table.header.indexOf(m.key)]);
  const rows = keptRows(table, recipe);
  const count = rows ? rows.length : table.rowCount;
  const width = columns.length;
  // Written cell by cell, no row arrays: a plain number never needs quotes.
  const lines = new Array<string>(count + 1);
  lines[0] = kept.map((m) => csvCell(m.key)).join(',');
  for (let i = 0; i < count; i++) {
    const r = rows ? rows[i] : i;
    let line = '';
    for (let c = 0; c < width; c++) {
      const column = columns[c];
      const plain = column.kind === 'number' && !column.text?.has(r);
      const text = cellText(column, r);
      line += (c === 0 ? '' : ',') + (plain ? text : csvCell(text));
    }
    lines[i + 1] = line;
  }
  // A final newline after the last row, so a single-column table's last empty cell stays a row (see
  // parseDelimited).
  const csv = `${lines.join('\n')}\n`;
  return { csv, recipe: { ...recipe, mapping: kept, excludeRows: [] } };
}
