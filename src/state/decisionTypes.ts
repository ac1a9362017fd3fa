/**
 * Contracts for deciding (issue "Decide"): what the ViewSpec gains (weights, method, reference point,
 * constraints, derived columns) and what the derived view adds for the panels and the chart.
 * The state layer implements these; features and charts code against them.
 */
import type { Sense } from '../core';

export type DecisionMethod = 'weighted-sum' | 'chebyshev' | 'asf';

/** A threshold on one column; rows that fail are drawn faint and leave the front, the ranking and every figure. */
export interface Constraint {
  column: string;
  op: '<=' | '>=' | 'between';
  value: number;
  /** Upper bound for 'between' (value is the lower bound). */
  value2?: number;
  /** Where it came from: a chip the person typed, or a rectangle brushed on the chart. */
  source?: 'chip' | 'brush';
}

/** A column computed from others by a formula (safe expression language, no eval). */
export interface DerivedColumnSpec {
  /** New column key, unique among the dataset's columns. */
  key: string;
  formula: string;
  label?: string;
  unit?: string;
  /** When set, the column is offered as an objective with this sense. */
  sense?: Sense;
}

/** Fields the ViewSpec gains (version 2). */
export interface DecisionSpec {
  /** Weight per objective key (active objectives; a missing key weighs 1). Non-negative, not all zero. */
  weights: Record<string, number>;
  method: DecisionMethod;
  /** Reference point for 'asf' (and optionally 'chebyshev'), in data units, per active objective key. */
  referencePoint: Record<string, number> | null;
  constraints: Constraint[];
  derived: DerivedColumnSpec[];
}

/** The scalarizing function's level set through the winner, in data coordinates of the x/y axes. */
export type LevelSet =
  /** Weighted sum: the line a·x + b·y = c (the chart samples it across the visible domain, so log axes curve it). */
  | { kind: 'line'; a: number; b: number; c: number }
  /**
   * Chebyshev / reference point: the corner at (x, y) with two rays — the horizontal one runs along x
   * toward `xToward`, the vertical one along y toward `yToward` (+1 = growing values). The level set
   * max_k w_k (f̃_k − z̃_k) = s bounds the box of better-scoring points, so the rays run from the corner
   * toward the BETTER side of each axis, and the winner sits on one of them. (The first version of this
   * comment said "worse side"; the geometry, the state and the chart all follow this one.)
   */
  | { kind: 'corner'; x: number; y: number; xToward: 1 | -1; yToward: 1 | -1 };

/** What deriveView adds for deciding. */
export interface DecisionView {
  /** Scalarized score per row, lower is better; NaN for rows that are not ranked (missing, filtered, hidden). */
  scores: Float64Array;
  /** The best rows, best first (at most 10). */
  ranking: { row: number; score: number }[];
  /** The winner's row, or null when nothing is ranked. */
  best: number | null;
  /** The knee of the current front (core `kneePoint`), or null. */
  knee: number | null;
  /** Rows failing a constraint (drawn faint, out of front and ranking). */
  filteredCount: number;
  /** Level set through the winner when both axes are active objectives; null otherwise. */
  levelSet: LevelSet | null;
  /** Per row: 1 for front rows that no weighted sum can pick (not on the convex hull of the front). */
  unsupported: Uint8Array;
  /** Range used to normalize each active objective (min and max over the ranked rows), shown in the panel. */
  ranges: { key: string; min: number; max: number }[];
  /**
   * False when the front was too large (or had infinite values) to decide which points are unsupported:
   * `unsupported` is then all 0. Added after the first contract; absent means true.
   */
  unsupportedExact?: boolean;
  /** Front rows marked in `unsupported`. Added after the first contract. */
  unsupportedCount?: number;
}

/**
 * The reverse question for one row (e.g. the selection): which weights it stands for. Computed on
 * demand (`pointDecision`), over the rows that are ranked in the current view.
 */
export interface PointDecision {
  row: number;
  /** On the current front (over the ticked objectives, among ranked rows). */
  onFront: boolean;
  /**
   * Deb's pseudo-weights (core `pseudoWeights`), aligned with the view's `activeObjectives`; null when
   * the row is not on the front.
   */
  pseudoWeights: number[] | null;
  /**
   * With exactly two ticked objectives: the share w₁ / (w₁ + w₂) of the FIRST ticked objective's weight
   * over which this row wins the range-normalized weighted sum (core `weightRange2d`); null when no
   * weight makes it win. Undefined with another number of objectives.
   */
  weightRange?: { min: number; max: number } | null;
  /** Some weighted sum picks it (false for unsupported front points and rows off the front). */
  supported: boolean;
}
