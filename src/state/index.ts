/**
 * The view state: the ViewSpec, its named actions, URL codec and sync, the store and its hooks, and the
 * one derivation charts draw from.
 */
export * from './viewSpec';
export type { Constraint, DecisionMethod, DecisionSpec, DecisionView, DerivedColumnSpec, LevelSet, PointDecision } from './decisionTypes';
export {
  VIEW_MODES,
  AUTO_GROUP_COUNT,
  COMPARE_DEFAULTS,
  type ViewMode,
  type CompareSpec,
  type CompareGroup,
  type ComparePair,
  type CompareRun,
  type RunsView,
  type CompareView,
} from './compareTypes';
export { deriveCompare, autoCompareGroups, compareInputsKey, groupLabel, NOTHING_RANKED } from './compare';
export { defaultSpec, guessRunColumn } from './defaults';
export * from './actions';
export { DECISION_METHODS, isDecisionMethod } from './decisionActions';
export { withDerived, withDerivedReport, baseDataset, suggestedDerived, formulaCheck, numericKeys, type DerivedResult } from './derived';
export { compileConstraints, constraintMask, constraintProblem, normalizeConstraint } from './constraints';
export {
  specProblems,
  logScaleProblem,
  nonPositiveCount,
  objectiveColumns,
  groupColumn,
  groupValues,
  runColumnProblem,
  isViewMode,
  type Axis,
} from './validate';
export {
  encodeQuery,
  parseQuery,
  resolveSpec,
  migrate,
  encodeItem,
  decodeItem,
  encodeFormula,
  decodeFormula,
  type RawQuery,
  type RawObjective,
  type RawPair,
  type RawFilter,
  type RawDerived,
  type Resolved,
} from './url';
export { parseNumber } from './resolve';
export {
  deriveView,
  pointDecision,
  staircase,
  STATUS_HIDDEN,
  STATUS_FAINT,
  STATUS_DOMINATED,
  STATUS_FRONT,
  type DerivedView,
  type ActiveObjective,
  type MissingNote,
} from './derive';
export { PERSISTENCE, SPEC_PERSISTENCE, keysPersistedAs, type Persistence } from './persistence';
export {
  createViewStore,
  viewStore,
  LOCAL_STORAGE_KEY,
  type Theme,
  type ViewStoreApi,
  type ViewStoreState,
  type ViewSlice,
  type NoticeSlice,
  type UiSlice,
  type PrefsSlice,
  type StoreDataKey,
} from './store';
export * from './hooks';
export {
  useUrlSync,
  useDatasetId,
  startUrlSync,
  historyStep,
  changeKind,
  browserUrlEnv,
  datasetIdFromSearch,
  type UrlEnv,
  type HistoryStep,
  type ChangeKind,
} from './urlSync';
