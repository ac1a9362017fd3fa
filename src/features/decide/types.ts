import type { Sense } from '../../core';

/** An active objective as the deciding panels show it. */
export interface DecisionObjective {
  key: string;
  label: string;
  unit?: string;
  sense: Sense;
}

/** A numeric column a constraint or a formula can use; min/max (when known) hint at sensible values. */
export interface DecisionColumn {
  key: string;
  label: string;
  unit?: string;
  min?: number;
  max?: number;
}

/** What `validate` says about a formula: nothing when it parses, else the message and where. */
export interface FormulaCheck {
  error?: string;
  /** 0-based offset into the formula. */
  position?: number;
  /** Length of the offending text (at least one caret is drawn). */
  length?: number;
}
