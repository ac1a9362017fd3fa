/**
 * React hooks over the view store. Each selects narrowly (one value, or a shallow-compared bundle of
 * stable action functions), so a component re-renders only when what it reads changes.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/types';
import { compareInputsKey, deriveCompare } from './compare';
import { COMPUTE_IN_WORKER_FROM, ComputeClient, type ComputeSnapshot, type WorkerLike } from './computeClient';
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

// ---- derivation: on the page for small tables, in the compute workers for large ones ------------

let compute: { client: ComputeClient | null; from: number } = { client: null, from: COMPUTE_IN_WORKER_FROM };

/**
 * Which client derives large tables, and from how many rows (tests hand in an in-process client; the
 * app makes its workers on first use). `client: null` goes back to the app's own.
 */
export function configureCompute(options: { client?: ComputeClient | null; from?: number }): void {
  if (options.client !== undefined && compute.client !== options.client) compute.client?.dispose();
  compute = { client: options.client === undefined ? compute.client : options.client, from: options.from ?? compute.from };
}

function appClient(): ComputeClient {
  compute.client ??= new ComputeClient(
    (role) => new Worker(new URL('../workers/compute.worker.ts', import.meta.url), { type: 'module', name: `paretoscope-compute-${role}` }) as unknown as WorkerLike,
  );
  return compute.client;
}

const IDLE: ComputeSnapshot = { view: null, compare: null, computing: false, failed: null };
const noSubscription = () => () => {};
const idle = () => IDLE;

/**
 * The compute client and its latest snapshot when `dataset` is derived off the page (large enough, a
 * browser with workers, and the workers not given up), else null. A worker that fails adds its reason to
 * the notices once, and the view goes on being derived on the page.
 */
function useOffPage(dataset: Dataset | null, store: ViewStoreApi = viewStore): { client: ComputeClient; snapshot: ComputeSnapshot } | null {
  const wanted = dataset !== null && dataset.rowCount >= compute.from && (compute.client !== null || typeof Worker !== 'undefined');
  const client = wanted ? appClient() : null;
  const snapshot = useSyncExternalStore(client?.subscribe ?? noSubscription, client?.getSnapshot ?? idle, idle);
  useEffect(
    () =>
      client?.onFailure((message) =>
        store.getState().addNotices([`The view could not be computed in the background (${message}); it is computed on the page instead, which may be slow`]),
      ),
    [client, store],
  );
  return client && snapshot.failed === null ? { client, snapshot } : null;
}

/**
 * Whether the loaded table is derived off the page (`offPage`), and whether its view or comparison has
 * been computing for longer than a frame or two (`computing`: the chart shows a quiet "Computing…").
 * Both false for tables derived on the page.
 */
export function useComputeStatus(store?: ViewStoreApi): { offPage: boolean; computing: boolean } {
  const dataset = useLoadedDataset(store);
  const off = useOffPage(dataset, store);
  return { offPage: off !== null, computing: off?.snapshot.computing ?? false };
}

/**
 * The derived arrays for the current view, or null before a dataset is loaded. Large tables are derived
 * in a worker: this is then the newest result that arrived for the loaded dataset (the previous view
 * stays while the next one is computed; null until the first arrives).
 */
export function useDerivedView(store?: ViewStoreApi): DerivedView | null {
  const spec = useSpec(store);
  const dataset = useLoadedDataset(store);
  const off = useOffPage(dataset, store);
  const client = off?.client ?? null;
  const ready = spec !== null && dataset !== null && spec.dataset === dataset.id;
  useEffect(() => {
    if (client && ready) client.requestView(dataset, spec);
  }, [client, ready, dataset, spec]);
  const sync = useMemo(() => (!client && ready ? deriveView(dataset, spec) : null), [client, ready, spec, dataset]);
  if (!off) return sync;
  const result = off.snapshot.view;
  return result && result.dataset === dataset ? result.value : null;
}

/** Scores, ranking, winner, knee, level set and unsupported points of the current view (null before loading). */
export function useDecisionView(store?: ViewStoreApi): DecisionView | null {
  return useDerivedView(store)?.decision ?? null;
}

/**
 * The comparison of the current view's groups (`deriveCompare`), or null before loading and without a
 * group column. Memoized on its true inputs: the dataset, the view's ranking arrays (front, status,
 * groups, axes) and the spec fields it reads — a new object only when one of those changes, never for
 * hover, selection, scales or weights. Large tables are compared in a worker of their own (the newest
 * comparison that arrived for the loaded dataset; the previous one stays while the next is computed).
 */
export function useCompareView(store?: ViewStoreApi): CompareView | null {
  const view = useDerivedView(store);
  const dataset = useLoadedDataset(store);
  const spec = useSpec(store);
  const off = useOffPage(dataset, store);
  const client = off?.client ?? null;
  const key = spec ? compareInputsKey(spec) : null;
  const wanted = spec !== null && dataset !== null && spec.dataset === dataset.id && spec.group !== null;
  useEffect(() => {
    if (client && wanted) client.requestCompare(dataset, spec);
  }, [client, wanted, dataset, spec]);
  const { status, frontRows, groupCodes, activeObjectives, x, y } = view ?? {};
  // `spec` and `view` are new objects for weights, selection and scales too: the memo lists only what
  // deriveCompare reads of them (its own cache agrees), so those changes keep the same comparison.
  const sync = useMemo(
    () => (!client && spec && dataset && view ? deriveCompare(dataset, spec, view) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, dataset, key, status, frontRows, groupCodes, activeObjectives, x, y],
  );
  if (!off) return sync;
  const result = off.snapshot.compare;
  return wanted && result && result.dataset === dataset && result.spec.group === spec.group ? result.value : null;
}

/** Pseudo-weights, weight range and support of `row` in the current view (null before loading or without a row). */
export function usePointDecision(row: number | null, store?: ViewStoreApi): PointDecision | null {
  const spec = useSpec(store);
  const dataset = useLoadedDataset(store);
  const off = useOffPage(dataset, store);
  const sync = useMemo(
    () => (!off && row !== null && spec && dataset && spec.dataset === dataset.id ? pointDecision(dataset, spec, row) : null),
    [off === null, row, spec, dataset], // eslint-disable-line react-hooks/exhaustive-deps
  );
  if (!off) return sync;
  // The worker answers the selected row's decision with each view.
  const point = off.snapshot.view?.dataset === dataset ? off.snapshot.view.point : null;
  return point && point.row === row ? point : null;
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
