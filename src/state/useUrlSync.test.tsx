// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { useSpec, useViewActions } from './hooks';
import { createViewStore } from './store';
import { zooDataset } from './testing/fakeDataset';
import { useDatasetId, useUrlSync } from './urlSync';

const memory = (): StateStorage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useUrlSync in a browser', () => {
  it('reads the address bar, writes view changes with pushState and follows Back', async () => {
    window.history.replaceState(null, '', '/app?dataset=zoo&y=params#chart');
    const store = createViewStore({ storage: memory() });
    const zoo = zooDataset();
    const { result } = renderHook(
      () => {
        useUrlSync(zoo, store);
        return { id: useDatasetId('fallback', store), spec: useSpec(store), actions: useViewActions(store) };
      },
    );
    expect(result.current.id).toBe('zoo');
    expect(result.current.spec?.y).toBe('params');
    expect(window.location.pathname).toBe('/app');
    expect(window.location.hash).toBe('#chart');
    expect(window.location.search).toContain('&y=params&');

    const length = window.history.length;
    act(() => void result.current.actions.setY('top1'));
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toContain('&y=top1&');

    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(result.current.spec?.y).toBe('params');
  });
});
