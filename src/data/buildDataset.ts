/**
 * Card + file texts -> Dataset. Pure: no fetching, no globals, so the app, uploads, the tests and the
 * e2e oracle all build the same table the same way.
 */
import { DataError, quote } from './errors';
import { deriveColumn } from './derive';
import { leftJoin } from './join';
import { parseNumberColumn } from './numbers';
import { columnIndex, parseCsv, type CsvTable } from './parse';
import type { Column, ColumnSpec, Dataset, DatasetCard } from './types';

/** Where a column's cells come from before typing: the file and data row of each cell, for messages. */
interface Cells {
  values: string[];
  file: string;
  /** 1-based data row of each cell in `file` (0 where the cell has no source row, e.g. no join match). */
  rows?: number[];
}

const MAX_LISTED = 10;

/**
 * Builds the dataset a card describes from its files (`files` maps each path of `card.files` to its
 * text). Throws DataError for a missing file, a malformed CSV, a column the card names but the file
 * lacks, a failed join or a cell that does not fit its column's type.
 */
export function buildDataset(card: DatasetCard, files: Record<string, string>): Dataset {
  const table = (path: string): CsvTable => {
    const text = files[path];
    if (text === undefined) throw new DataError({ file: path }, `the card ${quote(card.id)} lists this file, but it was not provided`);
    return parseCsv(text, path);
  };
  const main = table(card.files[0]);
  const warnings: string[] = [];
  const sources = new Map<string, Cells>();

  const joinedKeys = new Set(card.join?.columns ?? []);
  const derivedKeys = new Set(card.derived?.map((d) => d.key) ?? []);

  for (const spec of card.columns) {
    if (joinedKeys.has(spec.key) || derivedKeys.has(spec.key)) continue;
    const c = columnIndex(main, spec.key);
    if (c < 0) throw missingColumn(main, spec.key, card.id);
    sources.set(spec.key, { values: main.rows.map((r) => r[c]), file: main.file });
  }

  if (card.join) {
    const right = table(card.files[1]);
    const { match, unmatched } = leftJoin(main, right, card.join.keys);
    if (unmatched.length > 0) {
      const listed = unmatched.slice(0, MAX_LISTED).map((r) => r + 1).join(', ');
      const more = unmatched.length > MAX_LISTED ? ` and ${unmatched.length - MAX_LISTED} more` : '';
      const detail = `${unmatched.length} of ${main.rows.length} rows have no match in ${right.file} (rows ${listed}${more})`;
      if (card.join.onUnmatched === 'error') throw new DataError({ file: main.file }, `${detail}; the card expects every row to match`);
      warnings.push(`${main.file}: ${detail}; their joined columns are missing.`);
    }
    for (const key of card.join.columns) {
      if (columnIndex(main, key) >= 0) {
        throw new DataError(
          { file: right.file, column: key },
          `this column is in both ${main.file} and ${right.file}; expected a joined column to exist only in the joined file`,
        );
      }
      const c = columnIndex(right, key);
      if (c < 0) throw missingColumn(right, key, card.id);
      sources.set(key, {
        values: Array.from(match, (r) => (r < 0 ? '' : right.rows[r][c])),
        file: right.file,
        rows: Array.from(match, (r) => r + 1),
      });
    }
  }

  for (const d of card.derived ?? []) {
    const from = sources.get(d.from);
    // The card check guarantees `from` is a card column; it can only be absent if derived before itself.
    if (!from) throw new DataError({ file: main.file, column: d.from }, `derived column ${quote(d.key)} is computed from a column that is itself derived later; order the rules`);
    sources.set(d.key, { values: deriveColumn(d.rule, from.values, d.separators), file: main.file });
  }

  const columns: Column[] = card.columns.map((spec) => typed(spec, sources.get(spec.key)!));
  const dataset: Dataset = {
    id: card.id,
    card,
    rowCount: main.rows.length,
    columns,
    byKey: new Map(columns.map((c) => [c.spec.key, c])),
  };
  const label = card.columns.find((c) => c.role === 'label');
  if (label) dataset.labelKey = label.key;
  if (warnings.length) dataset.warnings = warnings;
  return dataset;
}

function typed(spec: ColumnSpec, cells: Cells): Column {
  if (spec.type === 'number') {
    const opts = { file: cells.file, column: spec.key, ...(spec.missing ? { missing: spec.missing } : {}), ...(cells.rows ? { rows: cells.rows } : {}) };
    return { kind: 'number', spec, values: parseNumberColumn(cells.values, opts) };
  }
  const missing = spec.missing;
  const values = missing?.length ? cells.values.map((v) => (missing.includes(v.trim()) ? '' : v)) : cells.values;
  return { kind: spec.type, spec, values };
}

function missingColumn(table: CsvTable, key: string, id: string): DataError {
  return new DataError(
    { file: table.file, column: key },
    `the card ${quote(id)} names this column, but the header has only ${table.header.map((h) => quote(h)).join(', ')}`,
  );
}
