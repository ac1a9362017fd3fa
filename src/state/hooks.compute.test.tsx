// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { deriveCompare } from './compare';
import { COMPUTE_IN_WORKER_FROM } from './computeClient';
import { defaultSpec } from './defaults';
import { deriveView, pointDecision } from './derive';
import { configureCompute, useCompareView, useComputeStatus, useDerivedView, usePointDecision } from './hooks';
import { createViewStore } from './store';
import { inProcessClient, syntheticRuns } from './testing/computeWorker';

const memory = (): StateStorage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

const ds = syntheticRuns(2000, 7);

/** Values as plain JSON: the in-process worker's clones are typed arrays of another realm under jsdom. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Uint8Array) : x)));

function setup() {
  const store = createViewStore({ storage: memory() });
  store.getState().load(ds, defaultSpec(ds));
  const { client, workers } = inProcessClient();
  configureCompute({ client, from: 1000 });
  const hook = renderHook(() => {
    const selected = store.getState().spec?.selected ?? null;
    return { view: useDerivedView(store), compare: useCompareView(store), status: useComputeStatus(store), point: usePointDecision(selected, store) };
  });
  return { store, client, workers, hook };
}

afterEach(() => configureCompute({ client: null, from: COMPUTE_IN_WORKER_FROM }));

describe('hooks over the compute worker', () => {
  it('derive a large table off the page: the same view, comparison and point decision, the previous view kept meanwhile', async () => {
    const { store, hook } = setup();
    expect(hook.result.current.status.offPage).toBe(true);
    expect(hook.result.current.view).toBeNull(); // the first view is on its way
    await waitFor(() => expect(hook.result.current.view).not.toBeNull(), { timeout: 20_000 });
    await waitFor(() => expect(hook.result.current.compare).not.toBeNull(), { timeout: 20_000 });
    const spec0 = store.getState().spec!;
    expect(plain(hook.result.current.view!.frontRows)).toEqual(plain(deriveView(ds, spec0).frontRows));
    expect(plain(hook.result.current.compare)).toEqual(plain(deriveCompare(ds, spec0, deriveView(ds, spec0))));

    const before = hook.result.current.view;
    act(() => void store.getState().setSense('latency', 'max'));
    expect(hook.result.current.view).toBe(before); // still the previous one, not a blank
    const spec1 = store.getState().spec!;
    const expected = deriveView(ds, spec1);
    await waitFor(() => expect(plain(hook.result.current.view!.frontRows)).toEqual(plain(expected.frontRows)), { timeout: 20_000 });
    expect(plain(hook.result.current.view!.status)).toEqual(plain(expected.status));

    const row = expected.frontRows[0];
    act(() => void store.getState().setSelected(row));
    hook.rerender();
    await waitFor(() => expect(hook.result.current.point).not.toBeNull(), { timeout: 20_000 });
    expect(hook.result.current.point).toEqual(pointDecision(ds, store.getState().spec!, row));
  });

  it('a failing worker leaves a notice and the view is derived on the page', async () => {
    const { store, workers, hook } = setup();
    await waitFor(() => expect(hook.result.current.view).not.toBeNull(), { timeout: 20_000 });
    act(() => workers[0].onerror?.({ message: 'worker script failed to load', preventDefault() {} } as ErrorEvent));
    expect(store.getState().notices.some((n) => /could not be computed in the background \(worker script failed to load\)/.test(n))).toBe(true);
    expect(hook.result.current.status.offPage).toBe(false);
    act(() => void store.getState().setSense('cost', 'max'));
    expect(hook.result.current.view!.frontRows).toEqual(deriveView(ds, store.getState().spec!).frontRows);
  });

  it('small tables stay on the page', () => {
    const store = createViewStore({ storage: memory() });
    store.getState().load(ds, defaultSpec(ds));
    const { result } = renderHook(() => ({ view: useDerivedView(store), status: useComputeStatus(store) }));
    expect(result.current.status.offPage).toBe(false);
    expect(result.current.view).toBe(deriveView(ds, store.getState().spec!));
  });
});
