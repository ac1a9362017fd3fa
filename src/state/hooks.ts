/**
 * React hooks over the view store. Each selects narrowly (one value, or a shallow-compared bundle of
 * stable action functions), so a component re-renders only when what it reads changes.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/types';
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
    })),
  );
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
