/**
 * The comparison table as CSV: one row per compared group with exact numbers (shortest round-trip
 * text; empty for undefined figures, "Infinity" for infinite ones), and the reference point the
 * hypervolumes were measured with repeated on every row, so the file stands on its own. Group names
 * (and headers) a spreadsheet would run as a formula get a leading `'` unless `options.raw`.
 */
import Papa from 'papaparse';
import type { CompareView } from '../../state/compareTypes';
import { escapeTable, type CsvWriteOptions } from '../export/csvEscape';
import { sanitizeFileName } from '../export/fileName';

export const GROUP_CSV_COLUMNS = [
  'group',
  'rows',
  'front_size',
  'global_front_rows',
  'global_front_share',
  'hypervolume',
  'hypervolume_over_global',
  'igd_plus',
  'epsilon_additive',
] as const;

const exact = (v: number) => (Number.isNaN(v) ? '' : String(v));

export function groupCsv(compare: CompareView, options: CsvWriteOptions = {}): string {
  const fields: string[] = [...GROUP_CSV_COLUMNS, ...compare.objectives.map((o) => `hv_reference_${o.key}`)];
  const reference = compare.objectives.map((_, i) => exact(compare.reference[i]));
  const data = compare.compared.map((g) => {
    const x = compare.groups[g];
    return [
      compare.names[g],
      String(x.rows),
      String(x.frontSize),
      String(x.globalFrontCount),
      exact(x.globalShare),
      exact(x.hypervolume),
      exact(x.hvRatio),
      exact(x.igdPlus),
      exact(x.epsilon),
      ...reference,
    ];
  });
  return Papa.unparse(escapeTable(fields, data, options), { newline: '\r\n' }) + '\r\n';
}

/** "<dataset>-groups.csv". */
export function groupCsvFileName(datasetId: string): string {
  return `${sanitizeFileName(datasetId, 'data')}-groups.csv`;
}
