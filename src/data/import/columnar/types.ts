/**
 * What a columnar file is read into: the same raw columns a parsed text file becomes (../rawColumns.ts),
 * with its header and row count, and notes on what was left out or rounded on the way.
 */
import type { RawColumn } from '../rawColumns';
import type { ColumnarFormat } from './format';

export interface ColumnarTable {
  format: ColumnarFormat;
  /** Column names, one per entry of `columns` (columns that could not be read are not listed). */
  header: string[];
  columns: RawColumn[];
  rowCount: number;
  /** Sentences for the import's notes: columns left out, integers rounded. */
  notes?: string[];
}
