/**
 * React hooks over the view store. Each selects narrowly (one value, or a shallow-compared bundle of
 * stable action functions), so a component re-renders only when what it reads changes.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/types';
import { compareInputsKey, deriveCompare } from './compare';
import type { CompareView } from './compareTypes';
import type { DecisionView, DerivedColumnSpec, PointDecision } from './decisionTypes';
import { deriveView, pointDecision, type DerivedView } from './derive';
import { suggestedDerived, withDerived } from './derived';
import { viewStore, type ViewStoreApi, type ViewStoreState } from './store';

/** Reads one value from the app's view store (or from `store`, in tests). */
export function useViewStore<T>(selector: (s: ViewStoreState) => T, store: ViewStoreApi = viewStore): T {
  return useStore(store, selector);
}

export const useSpec = (store?: ViewStoreApi) => useViewStore((s) => s.spec, store);
/** The loaded dataset as react-query gave it, without the view's derived columns (null until loaded). */
export const useLoadedDataset = (store?: ViewStoreApi) => useViewStore((s) => s.dataset, store);

/**
 * The dataset the current spec belongs to, with the spec's derived columns appended (null until
 * loaded). Same object as long as the dataset and the derived columns do not change.
 */
export function useViewDataset(store?: ViewStoreApi): Dataset | null {
  const dataset = useLoadedDataset(store);
  const derived = useViewStore((s) => s.spec?.derived, store);
  return useMemo(() => (dataset && derived ? withDerived(dataset, derived) : dataset), [dataset, derived]);
}
export const useNotices = (store?: ViewStoreApi) => useViewStore((s) => s.notices, store);
export const useHoveredRow = (store?: ViewStoreApi) => useViewStore((s) => s.hoveredRow, store);
export const useSelectedRow = (store?: ViewStoreApi) => useViewStore((s) => s.spec?.selected ?? null, store);
export const useThemeChoice = (store?: ViewStoreApi) => useViewStore((s) => s.theme, store);

/** The named view actions, bound to the current spec and dataset. */
export function useViewActions(store: ViewStoreApi = viewStore) {
  return useStore(
    store,
    useShallow((s: ViewStoreState) => ({
      requestDataset: s.requestDataset,
      resetView: s.resetView,
      setX: s.setX,
      setY: s.setY,
      swapAxes: s.swapAxes,
      setScale: s.setScale,
      setSense: s.setSense,
      toggleObjective: s.toggleObjective,
      setColor: s.setColor,
      setGroup: s.setGroup,
      toggleGroup: s.toggleGroup,
      showAllGroups: s.showAllGroups,
      setSelected: s.setSelected,
      ...decisionActionsOf(s),
      ...compareActionsOf(s),
    })),
  );
}

const compareActionsOf = (s: ViewStoreState) => ({
  setViewMode: s.setViewMode,
  setCompareGroups: s.setCompareGroups,
  toggleCompareGroup: s.toggleCompareGroup,
  setPair: s.setPair,
  setHvReferenceValue: s.setHvReferenceValue,
  resetHvReference: s.resetHvReference,
  setRunColumn: s.setRunColumn,
  setAxisOrder: s.setAxisOrder,
  setAxisBrush: s.setAxisBrush,
});

/** The comparing actions alone (view mode, compared groups, pair, hypervolume reference, runs, axes). */
export function useCompareActions(store: ViewStoreApi = viewStore) {
  return useStore(store, useShallow(compareActionsOf));
}

const decisionActionsOf = (s: ViewStoreState) => ({
  setWeight: s.setWeight,
  setWeights: s.setWeights,
  setMethod: s.setMethod,
  setReferencePoint: s.setReferencePoint,
  setReferenceValue: s.setReferenceValue,
  addConstraint: s.addConstraint,
  updateConstraint: s.updateConstraint,
  removeConstraint: s.removeConstraint,
  addBrushConstraint: s.addBrushConstraint,
  clearBrushConstraints: s.clearBrushConstraints,
  addDerived: s.addDerived,
  removeDerived: s.removeDerived,
});

/** The deciding actions alone (weights, method, reference point, constraints, derived columns). */
export function useDecisionActions(store: ViewStoreApi = viewStore) {
  return useStore(store, useShallow(decisionActionsOf));
}

export function useNoticeActions(store: ViewStoreApi = viewStore) {
  return useStore(store, useShallow((s: ViewStoreState) => ({ dismissNotice: s.dismissNotice, clearNotices: s.clearNotices })));
}

export function useUiActions(store: ViewStoreApi = viewStore) {
  return useStore(store, useShallow((s: ViewStoreState) => ({ setHoveredRow: s.setHoveredRow, setTheme: s.setTheme })));
}

/** The derived arrays for the current view, or null before a dataset is loaded. */
export function useDerivedView(store?: ViewStoreApi): DerivedView | null {
  const spec = useSpec(store);
  const dataset = useLoadedDataset(store);
  return useMemo(() => (spec && dataset && spec.dataset === dataset.id ? deriveView(dataset, spec) : null), [spec, dataset]);
}

/** Scores, ranking, winner, knee, level set and unsupported points of the current view (null before loading). */
export function useDecisionView(store?: ViewStoreApi): DecisionView | null {
  return useDerivedView(store)?.decision ?? null;
}

/**
 * The comparison of the current view's groups (`deriveCompare`), or null before loading and without a
 * group column. Memoized on its true inputs: the dataset, the view's ranking arrays (front, status,
 * groups, axes) and the spec fields it reads — a new object only when one of those changes, never for
 * hover, selection, scales or weights.
 */
export function useCompareView(store?: ViewStoreApi): CompareView | null {
  const view = useDerivedView(store);
  const dataset = useLoadedDataset(store);
  const spec = useSpec(store);
  const key = spec ? compareInputsKey(spec) : null;
  const { status, frontRows, groupCodes, activeObjectives, x, y } = view ?? {};
  // `spec` and `view` are new objects for weights, selection and scales too: the memo lists only what
  // deriveCompare reads of them (its own cache agrees), so those changes keep the same comparison.
  return useMemo(
    () => (spec && dataset && view ? deriveCompare(dataset, spec, view) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset, key, status, frontRows, groupCodes, activeObjectives, x, y],
  );
}

/** Pseudo-weights, weight range and support of `row` in the current view (null before loading or without a row). */
export function usePointDecision(row: number | null, store?: ViewStoreApi): PointDecision | null {
  const spec = useSpec(store);
  const dataset = useLoadedDataset(store);
  return useMemo(
    () => (row !== null && spec && dataset && spec.dataset === dataset.id ? pointDecision(dataset, spec, row) : null),
    [row, spec, dataset],
  );
}

/** Derived columns worth offering for the loaded dataset (e.g. cost-of-pass), not yet in the view. */
export function useSuggestedDerived(store?: ViewStoreApi): DerivedColumnSpec[] {
  const dataset = useLoadedDataset(store);
  const derived = useViewStore((s) => s.spec?.derived, store);
  return useMemo(() => {
    if (!dataset) return [];
    const have = new Set((derived ?? []).map((d) => d.formula.replace(/\s+/g, '')));
    return suggestedDerived(dataset).filter((d) => !have.has(d.formula.replace(/\s+/g, '')) && !(derived ?? []).some((x) => x.key === d.key));
  }, [dataset, derived]);
}
