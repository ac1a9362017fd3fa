/**
 * The ViewSpec: the single shareable description of what Paretoscope shows. Plain, versioned,
 * JSON-serializable. The store holds it, the URL encodes it, charts derive from it. Later versions add
 * weights, filters, derived columns and uploaded data; `migrate()` keeps old links opening.
 */
import type { Sense } from '../core';

export const VIEWSPEC_VERSION = 1;

export type ScaleType = 'linear' | 'log';
export type ColorMode = 'front' | 'rank' | 'group';

export interface ObjectiveChoice {
  key: string;
  sense: Sense;
  /** Ticked: counts for dominance. */
  active: boolean;
}

export interface ViewSpec {
  version: typeof VIEWSPEC_VERSION;
  /** Dataset id: a bundled catalog id, or an upload's id ('upload-…', its data travels in a share link's fragment). */
  dataset: string;
  x: string;
  y: string;
  xScale: ScaleType;
  yScale: ScaleType;
  /** Every objective column of the dataset, in card order, with its sense and whether it is ticked. */
  objectives: ObjectiveChoice[];
  color: ColorMode;
  /** Category column used for grouping (legend, colour by group), or null. */
  group: string | null;
  /** Group values hidden by the user (they leave the chart and the front). */
  hiddenGroups: string[];
  /** Selected row index in the dataset, or null. */
  selected: number | null;
}
