/**
 * Paretoscope's multi-objective engine: pure, synchronous functions on columnar Float64Array data.
 * No React, DOM or d3-selection here (a test enforces it).
 */
export type { Sense, Columns } from './types';
export { CoreInputError } from './errors';
export { paretoFront } from './pareto';
export { paretoRanks } from './ranks';
export { boundedHypervolume, HYPERVOLUME_WORK_BUDGET, hypervolume, hypervolumeContributions, type WorkBudget } from './hypervolume';
export { igdPlus, epsilonAdditive } from './indicators';
export { scalarize, DEFAULT_RHO, type ScalarizeMethod, type ScalarizeOptions, type Normalization } from './scalarize';
export { kneePoint } from './knee';
export { costOfPass } from './costOfPass';
export {
  parseExpression,
  columnsOf,
  evaluateExpression,
  quoteColumnName,
  ExpressionError,
  EXPRESSION_FUNCTIONS,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  type Expr,
  type FunctionName,
  type BinaryOperator,
  type ParseOptions,
} from './expr';
export { pseudoWeights, weightRange2d, supportedMask, supportAnalysis, SUPPORT_TOLERANCE, SUPPORT_EXACT_BUDGET } from './decision';
export {
  coverage,
  coverageMatrix,
  groupFronts,
  groupIndicators,
  defaultReference,
  headToHead,
  headToHeadSentence,
  type GroupIndicators,
  type GroupIndicatorTable,
  type HeadToHead,
} from './compare';
export { attainmentSurfaces, runHypervolumes, type AttainmentSurface } from './attainment';
