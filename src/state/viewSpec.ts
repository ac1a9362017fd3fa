/**
 * The ViewSpec: the single shareable description of what Paretoscope shows. Plain, versioned,
 * JSON-serializable. The store holds it, the URL encodes it, charts derive from it; `migrate()` (links)
 * and `migrateSpec()` (stored JSON) keep old views opening.
 *
 * Version 2 adds deciding (decisionTypes.ts): weights, the scalarizing method, a reference point,
 * constraints and derived columns. Version 3 adds comparing methods (compareTypes.ts): the view mode,
 * the compared groups, the head-to-head pair, the hypervolume reference, the run column and the
 * parallel-coordinates axis order.
 */
import type { Sense } from '../core';
import { COMPARE_DEFAULTS, type CompareSpec } from './compareTypes';
import type { DecisionSpec } from './decisionTypes';

export const VIEWSPEC_VERSION = 3;

export type ScaleType = 'linear' | 'log';
export type ColorMode = 'front' | 'rank' | 'group';

export interface ObjectiveChoice {
  key: string;
  sense: Sense;
  /** Ticked: counts for dominance. */
  active: boolean;
}

export interface ViewSpec extends DecisionSpec, CompareSpec {
  version: typeof VIEWSPEC_VERSION;
  /** Dataset id: a bundled catalog id, or an upload's id ('upload-…', its data travels in a share link's fragment). */
  dataset: string;
  /** Axis column keys; a derived column's key is allowed once it is in `derived`. */
  x: string;
  y: string;
  xScale: ScaleType;
  yScale: ScaleType;
  /**
   * Every numeric column of the dataset, in card order, with its sense and whether it is ticked (any
   * numeric column can be an objective; the card's objectives are the ones ticked when a view opens);
   * then every derived column that has a sense, in `derived` order.
   */
  objectives: ObjectiveChoice[];
  color: ColorMode;
  /** Category column used for grouping (legend, colour by group), or null. */
  group: string | null;
  /** Group values hidden by the user (they leave the chart and the front). */
  hiddenGroups: string[];
  /** Selected row index in the dataset, or null. */
  selected: number | null;
}

/** A version-1 spec (before deciding), as stored by older builds. */
export type ViewSpecV1 = Omit<ViewSpec, keyof DecisionSpec | keyof CompareSpec | 'version'> & { version: 1 };
/** A version-2 spec (deciding, before comparing), as stored by older builds. */
export type ViewSpecV2 = Omit<ViewSpec, keyof CompareSpec | 'version'> & { version: 2 };

/** What a version-1 (or unversioned) view decides: equal weights, weighted sum, nothing else. */
export const DECISION_DEFAULTS: Readonly<DecisionSpec> = Object.freeze({
  weights: {},
  method: 'weighted-sum',
  referencePoint: null,
  constraints: [],
  derived: [],
});

/**
 * Brings a stored spec object (e.g. exported view settings) up to the current version: a version-1 or
 * unversioned spec gains the deciding defaults (weights {} = all 1, weighted sum, no reference point,
 * no constraints, no derived columns); a version-1 or version-2 spec gains the comparing defaults
 * (`COMPARE_DEFAULTS`: the scatter, automatic groups and pair, the default hypervolume reference, no
 * run column, objective order for parallel coordinates). Unlike a link, a stored object is migrated
 * without its dataset, so no run column is guessed here. Shape only — validate the result against its
 * dataset (`specProblems`) or, better, rebuild it through the URL codec.
 */
export function migrateSpec(
  spec: ViewSpecV1 | ViewSpecV2 | ViewSpec | (Omit<ViewSpecV1, 'version'> & { version?: undefined }),
): ViewSpec {
  if (spec.version === VIEWSPEC_VERSION) return spec;
  const decision: DecisionSpec =
    spec.version === 2
      ? { weights: spec.weights, method: spec.method, referencePoint: spec.referencePoint, constraints: spec.constraints, derived: spec.derived }
      : { ...DECISION_DEFAULTS, weights: {}, constraints: [], derived: [] };
  return { ...spec, ...decision, ...COMPARE_DEFAULTS, version: VIEWSPEC_VERSION };
}
