/**
 * React hooks over the view store. Each selects narrowly (one value, or a shallow-compared bundle of
 * stable action functions), so a component re-renders only when what it reads changes.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { deriveView, type DerivedView } from './derive';
import { viewStore, type ViewStoreApi, type ViewStoreState } from './store';

/** Reads one value from the app's view store (or from `store`, in tests). */
export function useViewStore<T>(selector: (s: ViewStoreState) => T, store: ViewStoreApi = viewStore): T {
  return useStore(store, selector);
}

export const useSpec = (store?: ViewStoreApi) => useViewStore((s) => s.spec, store);
/** The dataset the current spec belongs to (null until loaded). */
export const useViewDataset = (store?: ViewStoreApi) => useViewStore((s) => s.dataset, store);
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
    })),
  );
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
  const dataset = useViewDataset(store);
  return useMemo(() => (spec && dataset && spec.dataset === dataset.id ? deriveView(dataset, spec) : null), [spec, dataset]);
}
