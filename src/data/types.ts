/**
 * The one in-memory shape every table takes in Paretoscope — bundled datasets, uploads, URL data and
 * share-link payloads alike — plus the dataset card that describes a bundled file.
 */
import type { Sense } from '../core';

export type ColumnType = 'number' | 'category' | 'text';
export type ColumnRole = 'objective' | 'group' | 'label' | 'attribute';
/** How a join key of the main table is rewritten before matching (see join.ts). */
export type JoinKeyTransform = 'strip-after-first-dot';
/** Named rules for derived category columns (see derive.ts). */
export type DerivedRule = 'prefix-before-separator' | 'model-family';
/** Axis scale a card may suggest for its default axes. */
export type AxisScale = 'linear' | 'log';

/** A column as the card describes it. `key` is the header in the data file (or the derived name). */
export interface ColumnSpec {
  key: string;
  /** Human label for axes and tables, e.g. "Top-1 accuracy". */
  label: string;
  /** Unit shown next to the label, e.g. "%", "USD", "images/s". */
  unit?: string;
  type: ColumnType;
  role: ColumnRole;
  /** Better direction, for objectives (and optionally other numeric columns). */
  sense?: Sense;
  /** For an uncertainty column: the key of the column whose uncertainty it holds (kept for error bars). */
  uncertaintyOf?: string;
  /** What kind of uncertainty it is. */
  uncertaintyKind?: 'se' | 'sd' | 'variance' | 'ci' | 'ci_low' | 'ci_high';
  /** Cell values that mean "missing", beyond the empty cell (e.g. ["0", "0.0000"] for an unknown cost). */
  missing?: string[];
  description?: string;
}

export interface SourceRef {
  repository: string;
  path: string;
  commit: string;
  licence: string;
  url?: string;
  citation?: string;
  /** What was done to the file, e.g. "byte-for-byte copy". */
  note?: string;
}

/** How a bundled dataset is assembled from its files. */
export interface DatasetCard {
  id: string;
  title: string;
  description: string;
  /** Data file(s) relative to data/; the first is the main table. */
  files: string[];
  source: SourceRef[];
  /**
   * Optional left join of files[1] onto files[0]. Each key pair matches a main-table column (after an
   * optional transform) to a column of the joined file. Joined columns keep their own headers.
   */
  join?: {
    keys: { left: string; right: string; leftTransform?: JoinKeyTransform }[];
    /** Columns of the joined file to bring in (others are dropped). */
    columns: string[];
    /**
     * What to do with main-table rows that find no match: 'keep' them with missing joined cells (a plain
     * left join, the default; the Dataset lists them in `warnings`), or 'error' when every row must match.
     */
    onUnmatched?: 'keep' | 'error';
  };
  /** Columns computed from others, by a named rule (never numbers). */
  derived?: {
    key: string;
    from: string;
    rule: DerivedRule;
    /** For 'prefix-before-separator': every character of this string is a separator, e.g. "_.". */
    separators?: string;
  }[];
  columns: ColumnSpec[];
  defaults: {
    x: string;
    y: string;
    group?: string;
    color?: 'front' | 'rank' | 'group';
    /** Suggested scales for the default axes (linear when absent). */
    xScale?: AxisScale;
    yScale?: AxisScale;
  };
}

export interface NumberColumn {
  kind: 'number';
  spec: ColumnSpec;
  /** NaN where the cell was empty or a missing marker. */
  values: Float64Array;
}

export interface CategoryColumn {
  kind: 'category' | 'text';
  spec: ColumnSpec;
  /** Raw cell text, '' where missing. */
  values: string[];
}

export type Column = NumberColumn | CategoryColumn;

/** A loaded, validated, columnar table. */
export interface Dataset {
  id: string;
  card: DatasetCard;
  rowCount: number;
  /** Columns in card order (derived and joined columns included). */
  columns: Column[];
  /** Column by key. */
  byKey: ReadonlyMap<string, Column>;
  /**
   * Key of the label column (falls back to row numbers when absent). It can be '' — a file whose first
   * header cell is empty, like a pandas index — so test it with `!== undefined`, not for truthiness.
   */
  labelKey?: string;
  /** Things a person should know about how the table was assembled, e.g. main rows without a join match. */
  warnings?: string[];
}

/** Entry of data/index.json. */
export interface CatalogEntry {
  id: string;
  title: string;
  card: string;
}
