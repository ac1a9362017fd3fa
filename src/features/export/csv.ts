/**
 * CSV exports of the current view: the frontier rows, or every row, with the dataset's column keys as
 * headers (so the file reads back in as it is) and two columns added — `pareto_front` (1/0) and
 * `pareto_rank` (non-dominated sorting rank over the ticked objectives among the ranked rows: 1 is
 * the front; 0 for rows left out of the ranking: a missing value in a ticked objective, or a hidden group).
 * Text cells and headers a spreadsheet would run as a formula get a leading `'` (see csvEscape) unless
 * `options.raw`; numbers are never touched.
 */
import Papa from 'papaparse';
import { paretoRanks } from '../../core';
import type { Column, Dataset } from '../../data/types';
import { STATUS_DOMINATED, STATUS_FRONT, type DerivedView } from '../../state';
import { escapeTable, type CsvWriteOptions } from './csvEscape';

export const FRONT_COLUMN = 'pareto_front';
export const RANK_COLUMN = 'pareto_rank';

/** Pareto rank per dataset row over the view's ticked objectives (1 = front, 0 = unranked). */
export function paretoRankColumn(dataset: Dataset, view: Pick<DerivedView, 'status' | 'activeObjectives' | 'ranks'>): Uint32Array {
  if (view.ranks && view.ranks.length === dataset.rowCount) return view.ranks;
  const out = new Uint32Array(dataset.rowCount);
  const eligible: number[] = [];
  for (let i = 0; i < dataset.rowCount; i++) if (view.status[i] === STATUS_DOMINATED || view.status[i] === STATUS_FRONT) eligible.push(i);
  const columns: Float64Array[] = [];
  for (const o of view.activeObjectives) {
    const c = dataset.byKey.get(o.key);
    if (c?.kind !== 'number') continue;
    columns.push(Float64Array.from(eligible, (r) => c.values[r]));
  }
  if (columns.length === 0 || eligible.length === 0) return out;
  const senses = view.activeObjectives.filter((o) => dataset.byKey.get(o.key)?.kind === 'number').map((o) => o.sense);
  const ranks = paretoRanks(columns, senses);
  for (let j = 0; j < eligible.length; j++) out[eligible[j]] = ranks[j];
  return out;
}

/** A header not yet taken: `name`, else `name_2`, `name_3`, … */
function freeName(name: string, taken: Set<string>): string {
  let out = name;
  for (let k = 2; taken.has(out); k++) out = `${name}_${k}`;
  taken.add(out);
  return out;
}

/** A cell as text that reads back to the same value: shortest round-trip numbers, '' for missing. */
function cell(column: Column, row: number): string {
  if (column.kind !== 'number') return column.values[row];
  const v = column.values[row];
  return Number.isNaN(v) ? '' : String(v);
}

function rowsCsv(
  dataset: Dataset,
  view: Pick<DerivedView, 'status' | 'activeObjectives' | 'ranks'>,
  rows: ArrayLike<number>,
  options: CsvWriteOptions,
): string {
  const taken = new Set(dataset.columns.map((c) => c.spec.key));
  const fields = [...dataset.columns.map((c) => c.spec.key), freeName(FRONT_COLUMN, taken), freeName(RANK_COLUMN, taken)];
  const ranks = paretoRankColumn(dataset, view);
  const data: string[][] = [];
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j];
    const line = dataset.columns.map((c) => cell(c, r));
    line.push(view.status[r] === STATUS_FRONT ? '1' : '0', String(ranks[r]));
    data.push(line);
  }
  // Papa quotes what needs quoting; the formula guard is ours (Papa's escapeFormulae would also
  // prefix negative numbers such as -3.2, which must stay numbers).
  return Papa.unparse(escapeTable(fields, data, options), { newline: '\r\n' }) + '\r\n';
}

/** The frontier rows of the view (dataset order) with every column, plus `pareto_front` and `pareto_rank`. */
export function frontCsv(
  dataset: Dataset,
  view: Pick<DerivedView, 'status' | 'activeObjectives' | 'ranks' | 'frontRows'>,
  options: CsvWriteOptions = {},
): string {
  return rowsCsv(dataset, view, view.frontRows, options);
}

/** Every row of the dataset (hidden groups included, ranked 0), plus `pareto_front` and `pareto_rank`. */
export function allRowsCsv(dataset: Dataset, view: Pick<DerivedView, 'status' | 'activeObjectives' | 'ranks'>, options: CsvWriteOptions = {}): string {
  const rows = new Uint32Array(dataset.rowCount);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return rowsCsv(dataset, view, rows, options);
}
