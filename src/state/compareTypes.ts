/**
 * Contracts for comparing methods (issue "Compare"): what the ViewSpec gains (version 3) and what the
 * derived comparison view holds for the panels and charts. The state layer implements these; features
 * and charts code against them.
 */
import type { AttainmentSurface, GroupIndicators } from '../core';
import type { ActiveObjective } from './derive';

/** What the chart panel shows. */
export type ViewMode = 'scatter' | 'overlay' | 'multiples' | 'parallel';
export const VIEW_MODES: readonly ViewMode[] = ['scatter', 'overlay', 'multiples', 'parallel'];

/** How many groups are compared when the person has not picked any: the top ones by share of the global front. */
export const AUTO_GROUP_COUNT = 6;

/** Fields the ViewSpec gains (version 3). */
export interface CompareSpec {
  /**
   * 'scatter' the plain chart; 'overlay' each compared group's own front over the faint global front;
   * 'multiples' one panel per compared group; 'parallel' parallel coordinates of the ticked objectives.
   * 'overlay' and 'multiples' need a group column (without one the app shows the scatter).
   */
  view: ViewMode;
  /**
   * Group values compared (overlay fronts, panels, table rows, coverage), in the person's order; null =
   * automatic: the AUTO_GROUP_COUNT groups with the largest share of the global front (ties: more front
   * rows, then name). Hidden groups are never compared.
   */
  compareGroups: string[] | null;
  /** Head-to-head [A, B] as group values; null = the first two compared groups. */
  pair: [string, string] | null;
  /**
   * Reference point for every hypervolume, in data units, per ticked objective key; null = the default
   * (core `defaultReference` over the ranked rows). A ticked objective missing here uses its default.
   */
  hvReference: Record<string, number> | null;
  /** Column (category or number) that tells repeated runs apart, e.g. a seed; null = no runs. */
  runColumn: string | null;
  /**
   * Parallel-coordinates axis order as column keys; null = the ticked objectives in objective order.
   * Ticked objectives not listed follow in objective order; listed keys that are not ticked are skipped.
   */
  axisOrder: string[] | null;
}

export const COMPARE_DEFAULTS: Readonly<CompareSpec> = Object.freeze({
  view: 'scatter',
  compareGroups: null,
  pair: null,
  hvReference: null,
  runColumn: null,
  axisOrder: null,
});

/**
 * One group's figures in the comparison. Sizes and shares are there for every group; hypervolume, its
 * ratio, IGD+ and ε only for the compared groups (NaN for the others: they are not measured).
 */
export interface CompareGroup extends GroupIndicators {
  /** Index into `CompareView.names` (= DerivedView.groupNames, so palettes line up). */
  index: number;
  name: string;
  /** The group's own front among the ranked rows (dataset row indices, ascending). */
  frontRows: Uint32Array;
  /** Rows of this group that are on the global front. */
  globalFrontCount: number;
  /**
   * A compared group's front as a staircase in data units (like DerivedView.staircase) when exactly two
   * objectives are ticked and they are the x and y axes; null otherwise and for groups not compared.
   */
  staircase: [number, number][] | null;
}

/** Head-to-head between two groups (core `headToHead` on their ranked rows). */
export interface ComparePair {
  a: number;
  b: number;
  aFront: Uint32Array;
  bFront: Uint32Array;
  /** A's front rows that some row of B strictly dominates. */
  aDominatedByB: Uint32Array;
  bDominatedByA: Uint32Array;
  /** e.g. "adaptFocus dominates 7 of 1to2's 9 front points; 1to2 dominates none of adaptFocus's". */
  sentence: string;
}

/** One run of one group. */
export interface CompareRun {
  /** Index into `RunsView.runNames`. */
  run: number;
  rows: number;
  /** The run's own front size over the ticked objectives (= `frontRows.length`). */
  frontSize: number;
  /**
   * The run's own front: its ranked rows that no other ranked row of the same run (and group) dominates
   * over the ticked objectives, as dataset row indices, ascending. Empty when the run has no ranked row.
   */
  frontRows: Uint32Array;
  /** Hypervolume of the run's ranked rows with the shared reference point. */
  hypervolume: number;
}

export interface RunsView {
  column: string;
  /** Distinct run values (as text, natural order). */
  runNames: string[];
  /** One entry per compared group, in `compared` order. */
  groups: {
    group: number;
    runs: CompareRun[];
    /**
     * With exactly two ticked objectives: the best (level 1), median (ceil(n/2)) and worst (n) attainment
     * surfaces of the group's n runs, in the x/y axes' units when those are the two ticked objectives
     * (otherwise the ticked objectives in order); null otherwise or when the group has no run.
     */
    surfaces: AttainmentSurface[] | null;
  }[];
  /** The two objectives the surfaces are drawn in ([x key, y key]), or null when there are none. */
  surfaceAxes: [string, string] | null;
}

/** Everything the comparison panels show, derived from the dataset, the spec and the DerivedView. */
export interface CompareView {
  /** The group column. */
  column: string;
  /** = DerivedView.groupNames. */
  names: string[];
  /** Indices into `names` of the compared groups, in display order (hidden groups left out). */
  compared: number[];
  /** True when `compared` is automatic (spec.compareGroups is null). */
  auto: boolean;
  /** Every group that is not hidden, by share of the global front, best first (for the picker). */
  byShare: number[];
  /** The ticked objectives, in order; `reference` aligns with them. */
  objectives: ActiveObjective[];
  /** The hypervolume reference point in use (per objective). */
  reference: number[];
  /** The default reference point (what `reference` is when nothing was edited). */
  defaultReference: number[];
  /** Per objective: whether `reference` differs from the default because the person set it. */
  referenceEdited: boolean[];
  globalFrontSize: number;
  globalHypervolume: number;
  /**
   * True when the global front was too large for exact hypervolumes in this many objectives at
   * interactive speed (core `boundedHypervolume`): every hypervolume is then NaN.
   */
  hypervolumeSkipped: boolean;
  /** Figures for every group, aligned with `names` (hidden groups: rows counted, everything else 0/NaN). */
  groups: CompareGroup[];
  /** Coverage of the compared groups' fronts, row-major over `compared`: [i * k + j] = C(compared[i], compared[j]). */
  coverage: Float64Array;
  /** The head-to-head pair, or null with fewer than two groups. */
  pair: ComparePair | null;
  /** Repeated runs, when a run column is set and usable; null otherwise. */
  runs: RunsView | null;
  /** Why nothing can be compared (e.g. "No rows are ranked"), or null. */
  problem: string | null;
}
