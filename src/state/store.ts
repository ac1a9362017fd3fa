/**
 * The view store (zustand, slices pattern). It holds the ViewSpec and what surrounds it in the UI; every
 * change to the spec goes through the pure named actions in actions.ts, validated against the dataset
 * the spec was loaded for. Which keys persist where is declared in persistence.ts.
 */
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { Sense } from '../core';
import type { Dataset } from '../data/types';
import * as actions from './actions';
import { defaultSpec } from './defaults';
import { readableNotice } from './noticeText';
import { keysPersistedAs } from './persistence';
import type { ViewMode } from './compareTypes';
import type { Constraint, DecisionMethod, DerivedColumnSpec } from './decisionTypes';
import type { Axis } from './validate';
import type { ColorMode, ScaleType, ViewSpec } from './viewSpec';

export type Theme = 'light' | 'dark' | 'system';
const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark' || v === 'system';

/**
 * View actions return the action's notice (also added to `notices`), or undefined, so a control can
 * show the reason for a refusal next to itself as well. They do nothing before a dataset is loaded.
 */
export interface ViewSlice {
  spec: ViewSpec | null;
  dataset: Dataset | null;
  requestedDataset: string | null;
  /**
   * Show `spec` for `dataset` (replacing the current view) and add the load's notices to the queue; used
   * by URL sync. Notices already in the queue stay: a warning raised while the dataset was loading
   * (not saved in this browser, a file refused) is not wiped by the load it preceded.
   */
  load: (dataset: Dataset, spec: ViewSpec, notices?: string[]) => void;
  /** Ask for another dataset; the app loads it and URL sync opens it with its default view. */
  requestDataset: (id: string) => void;
  resetView: () => string | undefined;
  setX: (key: string) => string | undefined;
  setY: (key: string) => string | undefined;
  swapAxes: () => string | undefined;
  setScale: (axis: Axis, type: ScaleType) => string | undefined;
  setSense: (key: string, sense: Sense) => string | undefined;
  toggleObjective: (key: string) => string | undefined;
  setColor: (color: ColorMode) => string | undefined;
  setGroup: (key: string | null) => string | undefined;
  toggleGroup: (value: string) => string | undefined;
  showAllGroups: () => string | undefined;
  setSelected: (row: number | null) => string | undefined;
  // Deciding (decisionActions.ts).
  setWeight: (key: string, weight: number) => string | undefined;
  setWeights: (weights: Record<string, number>) => string | undefined;
  setMethod: (method: DecisionMethod) => string | undefined;
  setReferencePoint: (point: Record<string, number> | null) => string | undefined;
  setReferenceValue: (key: string, value: number | null) => string | undefined;
  addConstraint: (constraint: Constraint) => string | undefined;
  updateConstraint: (index: number, constraint: Constraint) => string | undefined;
  removeConstraint: (index: number) => string | undefined;
  addBrushConstraint: (xRange: readonly [number, number], yRange: readonly [number, number]) => string | undefined;
  clearBrushConstraints: () => string | undefined;
  addDerived: (derived: DerivedColumnSpec) => string | undefined;
  removeDerived: (key: string) => string | undefined;
  // Comparing (compareActions.ts).
  setViewMode: (mode: ViewMode) => string | undefined;
  setCompareGroups: (values: readonly string[] | null) => string | undefined;
  toggleCompareGroup: (value: string) => string | undefined;
  setPair: (pair: readonly [string, string] | null) => string | undefined;
  setHvReferenceValue: (key: string, value: number | null) => string | undefined;
  resetHvReference: () => string | undefined;
  setRunColumn: (key: string | null) => string | undefined;
  setAxisOrder: (keys: readonly string[] | null) => string | undefined;
  setAxisBrush: (column: string, range: readonly [number, number] | null) => string | undefined;
}

export interface NoticeSlice {
  notices: string[];
  addNotices: (notices: string[]) => void;
  dismissNotice: (index: number) => void;
  clearNotices: () => void;
}

export interface UiSlice {
  hoveredRow: number | null;
  setHoveredRow: (row: number | null) => void;
}

export interface PrefsSlice {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export type ViewStoreState = ViewSlice & NoticeSlice & UiSlice & PrefsSlice;
export type ViewStoreApi = StoreApi<ViewStoreState>;

/** Keys of store state that hold data (not functions); each one has a line in the persistence table. */
export type StoreDataKey = {
  [K in keyof ViewStoreState]: ViewStoreState[K] extends (...args: never[]) => unknown ? never : K;
}[keyof ViewStoreState];

type Slice<T> = StateCreator<ViewStoreState, [['zustand/persist', unknown]], [], T>;

const createViewSlice: Slice<ViewSlice> = (set, get) => {
  /** Runs a named action on the current spec and reports its notice. */
  const run = <A extends unknown[]>(action: actions.ViewAction<A>, ...args: A): string | undefined => {
    const { spec, dataset } = get();
    if (!spec || !dataset) return undefined;
    const result = action(spec, dataset, ...args);
    if (result.spec !== spec) set({ spec: result.spec });
    if (result.notice !== undefined) get().addNotices([result.notice]);
    return result.notice;
  };
  return {
    spec: null,
    dataset: null,
    requestedDataset: null,
    load: (dataset, spec, notices = []) =>
      set((s) => ({ dataset, spec, notices: queued(s.notices, notices), requestedDataset: dataset.id, hoveredRow: null })),
    requestDataset: (id) => set({ requestedDataset: id }),
    resetView: () => run((_spec, dataset) => ({ spec: defaultSpec(dataset) })),
    setX: (key) => run(actions.setX, key),
    setY: (key) => run(actions.setY, key),
    swapAxes: () => run(actions.swapAxes),
    setScale: (axis, type) => run(actions.setScale, axis, type),
    setSense: (key, sense) => run(actions.setSense, key, sense),
    toggleObjective: (key) => run(actions.toggleObjective, key),
    setColor: (color) => run(actions.setColor, color),
    setGroup: (key) => run(actions.setGroup, key),
    toggleGroup: (value) => run(actions.toggleGroup, value),
    showAllGroups: () => run(actions.showAllGroups),
    setSelected: (row) => run(actions.setSelected, row),
    setWeight: (key, weight) => run(actions.setWeight, key, weight),
    setWeights: (weights) => run(actions.setWeights, weights),
    setMethod: (method) => run(actions.setMethod, method),
    setReferencePoint: (point) => run(actions.setReferencePoint, point),
    setReferenceValue: (key, value) => run(actions.setReferenceValue, key, value),
    addConstraint: (constraint) => run(actions.addConstraint, constraint),
    updateConstraint: (index, constraint) => run(actions.updateConstraint, index, constraint),
    removeConstraint: (index) => run(actions.removeConstraint, index),
    addBrushConstraint: (xRange, yRange) => run(actions.addBrushConstraint, xRange, yRange),
    clearBrushConstraints: () => run(actions.clearBrushConstraints),
    addDerived: (derived) => run(actions.addDerived, derived),
    removeDerived: (key) => run(actions.removeDerived, key),
    setViewMode: (mode) => run(actions.setViewMode, mode),
    setCompareGroups: (values) => run(actions.setCompareGroups, values),
    toggleCompareGroup: (value) => run(actions.toggleCompareGroup, value),
    setPair: (pair) => run(actions.setPair, pair),
    setHvReferenceValue: (key, value) => run(actions.setHvReferenceValue, key, value),
    resetHvReference: () => run(actions.resetHvReference),
    setRunColumn: (key) => run(actions.setRunColumn, key),
    setAxisOrder: (keys) => run(actions.setAxisOrder, keys),
    setAxisBrush: (column, range) => run(actions.setAxisBrush, column, range),
  };
};

/**
 * The one notice queue: `more` appended to `queue`, each made readable (long quoted values clipped, no
 * notice past a bounded length), and a notice already queued not repeated (clicking "log" twice says it
 * once). One pass over both lists, so thousands of notices cost thousands of steps. `queue` itself is
 * returned when nothing is new, so subscribers do not re-render.
 */
function queued(queue: string[], more: readonly string[]): string[] {
  if (more.length === 0) return queue;
  const seen = new Set(queue);
  const added: string[] = [];
  for (const notice of more) {
    const text = readableNotice(notice);
    if (seen.has(text)) continue;
    seen.add(text);
    added.push(text);
  }
  return added.length === 0 ? queue : [...queue, ...added];
}

const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  addNotices: (more) => set((s) => {
    const notices = queued(s.notices, more);
    return notices === s.notices ? s : { notices };
  }),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  clearNotices: () => set({ notices: [] }),
});

const createUiSlice: Slice<UiSlice> = (set) => ({
  hoveredRow: null,
  setHoveredRow: (row) => set((s) => (s.hoveredRow === row ? s : { hoveredRow: row })),
});

const createPrefsSlice: Slice<PrefsSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
});

function memoryStorage(): StateStorage {
  const memory = new Map<string, string>();
  return {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
}

/** localStorage when there is one (browsers), else a per-store memory (tests, server rendering). */
function defaultStorage(): StateStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    /* access denied (privacy mode): fall through */
  }
  return memoryStorage();
}

/**
 * `storage` with every call behind a try/catch: a full quota (QuotaExceededError, filled by anything
 * else on the origin), a SecurityError or a broken entry must never stop start-up or a click. A write
 * that fails is kept in memory instead, so this session still remembers it; a read that fails reads
 * that memory (nothing, at first), so the app starts with its defaults.
 */
export function guardedStorage(storage: StateStorage): StateStorage {
  const fallback = memoryStorage();
  return {
    getItem: (k) => {
      // What this session wrote is newest (the real storage may have refused it).
      const own = fallback.getItem(k) as string | null;
      if (own !== null) return own;
      try {
        const v = storage.getItem(k);
        return typeof v === 'string' ? v : null;
      } catch {
        return null;
      }
    },
    setItem: (k, v) => {
      fallback.setItem(k, v);
      try {
        storage.setItem(k, v);
      } catch {
        /* quota full or storage refused: the memory copy above serves this session */
      }
    },
    removeItem: (k) => {
      fallback.removeItem(k);
      try {
        storage.removeItem(k);
      } catch {
        /* nothing to undo: the memory copy is gone either way */
      }
    },
  };
}

export const LOCAL_STORAGE_KEY = 'paretoscope:prefs';

/** A fresh store; the app uses the shared `viewStore`, tests make their own. */
export function createViewStore(options: { storage?: StateStorage } = {}): ViewStoreApi {
  const localKeys = keysPersistedAs('local');
  return createStore<ViewStoreState>()(
    persist(
      (...a) => ({ ...createViewSlice(...a), ...createNoticeSlice(...a), ...createUiSlice(...a), ...createPrefsSlice(...a) }),
      {
        name: LOCAL_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => guardedStorage(options.storage ?? defaultStorage())),
        partialize: (s) => Object.fromEntries(localKeys.map((k) => [k, s[k]])) as Partial<ViewStoreState>,
        // Only take keys the table marks 'local', whatever an old or tampered entry holds.
        merge: (persisted, current) => {
          const picked = Object.fromEntries(
            localKeys.flatMap((k) => (persisted && typeof persisted === 'object' && k in persisted ? [[k, (persisted as Record<string, unknown>)[k]]] : [])),
          );
          if (!isTheme(picked.theme)) delete picked.theme;
          return { ...current, ...picked };
        },
      },
    ),
  );
}

/** The app's store. */
export const viewStore: ViewStoreApi = createViewStore();
