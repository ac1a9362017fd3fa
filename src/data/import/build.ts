/**
 * RawTable + recipe -> the same Dataset every other source becomes: a card synthesized from the mapping,
 * numbers read with the import's reader, rows the person chose to leave out dropped.
 */
import Papa from 'papaparse';
import { DataError, quote } from '../errors';
import type { Column, ColumnSpec, Dataset, DatasetCard, SourceRef } from '../types';
import { NUMBER_EXPECTED, mappingErrors } from './check';
import { cellReader } from './numbers';
import type { ColumnMapping, ImportRecipe, ImportSource, RawTable } from './types';

type Kept = ColumnMapping & { role: Exclude<ColumnMapping['role'], 'ignore'> };

function keptColumns(recipe: ImportRecipe): Kept[] {
  return recipe.mapping.filter((m): m is Kept => m.role !== 'ignore');
}

function keptRows(table: RawTable, recipe: ImportRecipe): number[] {
  const excluded = new Set(recipe.excludeRows);
  const rows: number[] = [];
  for (let r = 0; r < table.rows.length; r++) if (!excluded.has(r)) rows.push(r);
  return rows;
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
  const ragged = (table.ragged ?? []).find((r) => !recipe.excludeRows.includes(r.row));
  if (ragged) {
    throw new DataError({ file, row: ragged.row + 1 }, `found ${ragged.cells} cells, expected ${table.header.length} (one per header cell); leave the row out or fix the file`);
  }
  const card = importedCard(recipe);
  const columns: Column[] = card.columns.map((spec) => {
    const c = table.header.indexOf(spec.key);
    if (spec.type !== 'number') return { kind: spec.type, spec, values: rows.map((r) => table.rows[r][c]) };
    const values = new Float64Array(rows.length);
    const read = cellReader(recipe.mapping.find((m) => m.key === spec.key) ?? {});
    for (let i = 0; i < rows.length; i++) {
      const cell = table.rows[rows[i]][c];
      const n = read(cell);
      if (n === null) throw new DataError({ file, row: rows[i] + 1, column: spec.key }, `found ${quote(cell)}, expected ${NUMBER_EXPECTED}`);
      values[i] = n;
    }
    return { kind: 'number', spec, values };
  });
  const dataset: Dataset = { id: recipe.id, card, rowCount: rows.length, columns, byKey: new Map(columns.map((c) => [c.spec.key, c])) };
  for (const axis of ['x', 'y'] as const) {
    const column = dataset.byKey.get(card.defaults[axis]);
    if (column?.kind === 'number' && crowdsOnLinearAxis(column.values)) card.defaults[axis === 'x' ? 'xScale' : 'yScale'] = 'log';
  }
  const label = card.columns.find((c) => c.role === 'label');
  if (label) dataset.labelKey = label.key;
  return dataset;
}

/**
 * A compact CSV of only the kept columns and rows (cells as the file wrote them) and the recipe that
 * rebuilds the same Dataset from it: `buildImported(parseText(csv, name), recipe)` equals
 * `buildImported(table, original recipe)`. Share links carry small datasets this way.
 */
export function tableToCsv(table: RawTable, recipe: ImportRecipe): { csv: string; recipe: ImportRecipe } {
  const kept = keptColumns(recipe);
  const index = kept.map((m) => table.header.indexOf(m.key));
  const data = keptRows(table, recipe).map((r) => index.map((c) => table.rows[r][c]));
  // Cells holding another candidate delimiter are quoted so detection cannot mistake it for the comma,
  // and a leading bracket so the text is not taken for JSON.
  const quotes = (cell: unknown) => typeof cell === 'string' && /[;\t|]|^\s*[[{]/.test(cell);
  const body = Papa.unparse({ fields: kept.map((m) => m.key), data }, { newline: '\n', quotes });
  // A final newline after the last row, so a single-column table's last empty cell stays a row (see
  // parseDelimited); papaparse already ends a header-only file with one.
  const csv = data.length === 0 ? body : `${body}\n`;
  return { csv, recipe: { ...recipe, mapping: kept, excludeRows: [] } };
}
