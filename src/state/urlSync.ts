/**
 * Keeps the address bar and the view in step. The pure part (`historyStep`) decides how a spec change
 * reaches the history; `startUrlSync` wires a store to a `UrlEnv` (the browser's, or a fake in tests);
 * `useUrlSync` is the React hook the app calls once with the loaded dataset.
 *
 * - On load: the query is resolved against the dataset (notices for what was ignored) and the address
 *   is rewritten in place to the canonical link (replaceState), so the first Back leaves the app.
 * - On a view change: pushState, so Back/Forward step through views. Selecting a row replaces the
 *   current entry instead: clicking through points should not fill the history. A run of changes to
 *   the weights alone (a slider being dragged), or to the reference point alone (its marker being
 *   dragged), makes one entry: the first pushes, the rest replace it.
 * - On popstate: the query is resolved again without writing a new entry. A link for another dataset
 *   asks the app for it (`requestDataset`); the view opens once it is loaded.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/types';
import { defaultSpec } from './defaults';
import { viewStore, type ViewStoreApi } from './store';
import { encodeQuery, parseQuery, resolveSpec } from './url';
import type { ViewSpec } from './viewSpec';

/** The part of the browser URL sync touches. */
export interface UrlEnv {
  /** The current query string, with its leading '?' (or ''). */
  search(): string;
  push(search: string): void;
  replace(search: string): void;
  /** Subscribes to back/forward navigation; returns the unsubscribe function. */
  onPopState(listener: () => void): () => void;
}

/** `embed=1` is not part of the view but must survive every rewrite of the address. */
export function keepEmbed(current: string, next: string): string {
  if (!/[?&]embed=1(&|$)/.test(current) || /[?&]embed=1(&|$)/.test(next)) return next;
  return `${next}${next.includes('?') ? '&' : '?'}embed=1`;
}

export function browserUrlEnv(): UrlEnv {
  const url = (search: string) => `${window.location.pathname}${keepEmbed(window.location.search, search)}${window.location.hash}`;
  return {
    search: () => window.location.search,
    push: (search) => window.history.pushState(null, '', url(search)),
    replace: (search) => window.history.replaceState(window.history.state, '', url(search)),
    onPopState: (listener) => {
      window.addEventListener('popstate', listener);
      return () => window.removeEventListener('popstate', listener);
    },
  };
}

export type HistoryStep = 'push' | 'replace' | 'none';

/** What changed between two specs, as far as the history cares. */
export type ChangeKind = 'selection' | 'weights' | 'reference' | 'other';

export function changeKind(a: ViewSpec, b: ViewSpec): ChangeKind {
  const same = (x: ViewSpec, y: ViewSpec) => JSON.stringify(x) === JSON.stringify(y);
  if (same({ ...a, selected: null }, { ...b, selected: null })) return 'selection';
  if (same({ ...a, weights: {} }, { ...b, weights: {} })) return 'weights';
  if (same({ ...a, referencePoint: null }, { ...b, referencePoint: null })) return 'reference';
  return 'other';
}

/**
 * How the address bar should follow a spec change from `prev` to `next`: nothing when the query is
 * already `nextSearch`; replace for the first canonical write, for selection-only changes, and for a
 * weights-only (or reference-only) change that follows one of the same kind (`lastKind`); push otherwise.
 */
export function historyStep(prev: ViewSpec | null, next: ViewSpec, currentSearch: string, nextSearch: string, lastKind: ChangeKind | null = null): HistoryStep {
  if (currentSearch === nextSearch) return 'none';
  if (prev === null) return 'replace';
  const kind = changeKind(prev, next);
  if (kind === 'selection') return 'replace';
  if ((kind === 'weights' || kind === 'reference') && kind === lastKind) return 'replace';
  return 'push';
}

/** Reads the dataset id a query string asks for, if any. */
export function datasetIdFromSearch(search: string): string | undefined {
  return parseQuery(search).dataset;
}

/**
 * Opens `dataset` in `store` from the URL (or with its default view, when the person switched datasets)
 * and keeps the two in step until the returned function is called.
 */
export function startUrlSync(store: ViewStoreApi, dataset: Dataset, env: UrlEnv = browserUrlEnv()): () => void {
  let fromHistory = false;
  const write = (step: HistoryStep, search: string) => {
    if (step === 'push') env.push(search);
    else if (step === 'replace') env.replace(search);
  };

  const raw = parseQuery(env.search());
  const previous = store.getState().spec;
  if (previous !== null && raw.dataset !== undefined && raw.dataset !== dataset.id) {
    // A view was showing and the person picked another dataset: a new view, a new history entry.
    const spec = defaultSpec(dataset);
    store.getState().load(dataset, spec);
    env.push(encodeQuery(spec, dataset));
  } else {
    const { spec, notices } = resolveSpec(raw, dataset);
    store.getState().load(dataset, spec, notices);
    const search = encodeQuery(spec, dataset);
    write(historyStep(null, spec, env.search(), search), search);
  }

  let lastKind: ChangeKind | null = null;
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.spec === prev.spec || state.spec === null || state.dataset !== dataset) return;
    const search = encodeQuery(state.spec, dataset);
    const before = fromHistory ? null : prev.spec;
    const step = historyStep(before, state.spec, env.search(), search, lastKind);
    lastKind = before === null ? null : changeKind(before, state.spec);
    write(step, search);
  });

  const offPopState = env.onPopState(() => {
    const popped = parseQuery(env.search());
    if (popped.dataset !== undefined && popped.dataset !== dataset.id) {
      store.getState().requestDataset(popped.dataset);
      return;
    }
    const { spec, notices } = resolveSpec(popped, dataset);
    fromHistory = true; // canonicalize the entry we are on, never push over it
    lastKind = null;
    try {
      store.getState().load(dataset, spec, notices);
    } finally {
      fromHistory = false;
    }
  });

  return () => {
    unsubscribe();
    offPopState();
  };
}

/** Syncs the app's view store with the address bar while `dataset` is loaded. */
export function useUrlSync(dataset: Dataset | undefined, store: ViewStoreApi = viewStore): void {
  useEffect(() => {
    if (!dataset) return undefined;
    return startUrlSync(store, dataset);
  }, [dataset, store]);
}

/**
 * The dataset id the app should load: the one asked for in the store (picker, back/forward), else the
 * one in the address bar when the page opened, else `fallback`. When that id cannot be loaded, call
 * `requestDataset(fallback)`: the link's other parameters then yield a notice.
 */
export function useDatasetId(fallback: string, store: ViewStoreApi = viewStore): string {
  const requested = useStore(store, (s) => s.requestedDataset);
  const [fromUrl] = useState(() => (typeof window === 'undefined' ? undefined : datasetIdFromSearch(window.location.search)));
  return requested ?? fromUrl ?? fallback;
}
