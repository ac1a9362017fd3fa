/**
 * The view state: the ViewSpec, its named actions, URL codec and sync, the store and its hooks, and the
 * one derivation charts draw from.
 */
export * from './viewSpec';
export { defaultSpec } from './defaults';
export * from './actions';
export { specProblems, logScaleProblem, nonPositiveCount, objectiveColumns, groupColumn, groupValues, type Axis } from './validate';
export { encodeQuery, parseQuery, resolveSpec, migrate, encodeItem, decodeItem, type RawQuery, type RawObjective, type Resolved } from './url';
export {
  deriveView,
  staircase,
  STATUS_HIDDEN,
  STATUS_FAINT,
  STATUS_DOMINATED,
  STATUS_FRONT,
  type DerivedView,
  type ActiveObjective,
  type MissingNote,
} from './derive';
export { PERSISTENCE, keysPersistedAs, type Persistence } from './persistence';
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
export { useUrlSync, useDatasetId, startUrlSync, historyStep, browserUrlEnv, datasetIdFromSearch, type UrlEnv, type HistoryStep } from './urlSync';
