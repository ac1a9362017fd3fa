/** Panels for deciding: weights and method, ranking, constraints, derived columns, reverse reading. */
export { WeightsPanel, type WeightsPanelProps } from './WeightsPanel';
export { RankingTable, type RankingTableProps } from './RankingTable';
export { ConstraintsPanel, type ConstraintsPanelProps } from './ConstraintsPanel';
export { DerivedColumnsPanel, type DerivedColumnsPanelProps } from './DerivedColumnsPanel';
export { ReversePanel, type ReversePanelProps } from './ReversePanel';
export { constraintText, formatScore, methodLabel, rowLabel, METHODS } from './text';
export type { DecisionColumn, DecisionObjective, FormulaCheck } from './types';
