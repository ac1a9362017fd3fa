/**
 * Contracts of the import pipeline: a person's file (CSV, TSV, other delimiters, JSON, JSON Lines)
 * becomes a RawTable, a mapping says what each column is, a check lists what does not fit, and the
 * table + mapping build the same `Dataset` every other source becomes.
 */
import type { Sense } from '../../core';
import type { UncertaintyKind } from './columnKind';
import type { Magnitude } from './numbers';
import type { RawColumn } from './rawColumns';

export type ImportFormat = 'csv' | 'tsv' | 'delimited' | 'json' | 'jsonl' | 'parquet' | 'arrow';

/**
 * A parsed file before typing, held by column (see rawColumns.ts): plain numbers as doubles, other cells
 * word for word. `cellText(columns[c], row)` gives any cell as text ('' where empty).
 */
export interface RawTable {
  /** File name as the person gave it (or "pasted text", or the URL's last path segment). */
  name: string;
  format: ImportFormat;
  /** Detected delimiter for delimited text. */
  delimiter?: string;
  /** Column headers, unique and non-empty after normalization (an empty header cell becomes "column 3"). */
  header: string[];
  /** Data rows (the header not counted). */
  rowCount: number;
  /** One column per header cell, each rowCount long (short rows padded with '', see `ragged`). */
  columns: RawColumn[];
  /**
   * Rows whose cell count differed from the header's, in row order: padded with '' when short, cut when
   * they had extra non-empty cells. Absent or empty when every row fit. checkImport lists them as problems.
   */
  ragged?: RaggedRow[];
  /**
   * How the file was read when not as plain UTF-8 text — decompressed, decoded from UTF-16 or Latin-1,
   * decimal commas read — each a sentence the mapping step shows.
   */
  readNotes?: string[];
  /** Columns whose cells were written with decimal commas ("0,81") and were rewritten with points. */
  decimalComma?: string[];
}

/** A row of the file that did not have one cell per header cell. */
export interface RaggedRow {
  /** 0-based data row. */
  row: number;
  /** How many cells the file's row had. */
  cells: number;
}

export type ImportRole = 'objective' | 'group' | 'label' | 'attribute' | 'ignore';

/** What the person (or the inference) says a column is. */
export interface ColumnMapping {
  /** Header in the RawTable. */
  key: string;
  label: string;
  unit?: string;
  role: ImportRole;
  type: 'number' | 'category' | 'text';
  /** The better direction: set for objectives, and for other numeric columns when the name says it. */
  sense?: Sense;
  /** Why the import guessed this role, in a few words (absent once a person changed the column). */
  reason?: string;
  /** An uncertainty column: the column whose uncertainty it holds (the import pairs them). */
  uncertaintyOf?: string;
  /** What kind of uncertainty: standard error, standard deviation, variance or interval bounds. */
  uncertaintyKind?: UncertaintyKind;
  /**
   * A number column whose cells carry magnitude suffixes ("7B", "350M"): its values are read in units
   * of this suffix (350M is 0.35 when it is 'B').
   */
  magnitude?: Magnitude;
}

/** One cell that does not fit its column. Rows are 1-based data rows (the header is not counted). */
export interface ImportProblem {
  file: string;
  row: number;
  column: string;
  found: string;
  expected: string;
  /** Full sentence: file, row, column, what was found, what was expected. */
  message: string;
}

export interface ImportCheck {
  /** The first 20 problems, in row order. */
  problems: ImportProblem[];
  /** How many problems in all. */
  total: number;
  /** 0-based indices of every row with at least one problem. */
  badRows: number[];
  /**
   * Problems that leaving rows out cannot fix — a limit exceeded, a mapping without an objective, an
   * objective without a direction — each a full sentence. The import cannot go on while any is present.
   */
  errors?: string[];
}

/** Where the data came from, so a share link can point at a URL instead of carrying the data. */
export type ImportSource = { kind: 'file' } | { kind: 'paste' } | { kind: 'url'; url: string };

/** Everything needed to rebuild an imported dataset: stored in IndexedDB, carried by share links. */
export interface ImportRecipe {
  /** Stable id, prefixed 'upload-'. */
  id: string;
  /** Display name (editable). */
  name: string;
  fileName: string;
  source: ImportSource;
  mapping: ColumnMapping[];
  /** 0-based RawTable rows left out on import (rows with problems the person chose to exclude). */
  excludeRows: number[];
}
