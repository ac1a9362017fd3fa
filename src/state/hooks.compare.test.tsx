// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { defaultSpec } from './defaults';
import { useCompareActions, useCompareView, useViewActions } from './hooks';
import { createViewStore } from './store';
import { bundledDataset } from './testing/bundled';

const memory = (): StateStorage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

function setup() {
  const store = createViewStore({ storage: memory() });
  const ds = bundledDataset('moocore-tpls');
  store.getState().load(ds, defaultSpec(ds));
  return { store, ds };
}

describe('useCompareView', () => {
  it('keeps the same comparison for hover, selection, scales and weights', () => {
    const { store } = setup();
    const { result } = renderHook(() => useCompareView(store));
    const first = result.current;
    expect(first?.compared).toHaveLength(6);
    act(() => store.getState().setHoveredRow(3));
    act(() => void store.getState().setSelected(10));
    act(() => void store.getState().setScale('x', 'log'));
    act(() => void store.getState().setWeight('Makespan', 4));
    act(() => void store.getState().setMethod('chebyshev'));
    expect(result.current).toBe(first);
  });

  it('follows what it reads: compared groups, pair, reference, runs, hidden groups, constraints', () => {
    const { store } = setup();
    const { result } = renderHook(() => ({ compare: useCompareView(store), actions: useCompareActions(store) }));
    let last = result.current.compare;
    const changed = () => {
      const now = result.current.compare;
      expect(now).not.toBe(last);
      last = now;
      return now;
    };
    act(() => void result.current.actions.setCompareGroups(['1to2', 'anytime']));
    expect(changed()?.compared.map((g) => last?.names[g])).toEqual(['1to2', 'anytime']);
    act(() => void result.current.actions.toggleCompareGroup('double'));
    expect(changed()?.compared).toHaveLength(3);
    act(() => void result.current.actions.setPair(['double', '1to2']));
    expect(changed()?.pair?.sentence).toMatch(/^1to2 .*double/);
    act(() => void result.current.actions.setHvReferenceValue('Makespan', 4600));
    expect(changed()?.referenceEdited).toEqual([true, false]);
    act(() => void result.current.actions.resetHvReference());
    expect(changed()?.referenceEdited).toEqual([false, false]);
    act(() => void result.current.actions.setRunColumn(null));
    expect(changed()?.runs).toBeNull();
    act(() => void store.getState().toggleGroup('anytime'));
    expect(changed()?.compared).toHaveLength(2);
    act(() => void store.getState().addConstraint({ column: 'Makespan', op: '<=', value: 4300 }));
    changed();
    act(() => void result.current.actions.setAxisBrush('WeightedTardiness', [1e4, 3e4]));
    changed();
  });

  it('is null without a group column or before loading', () => {
    const empty = createViewStore({ storage: memory() });
    expect(renderHook(() => useCompareView(empty)).result.current).toBeNull();
    const { store } = setup();
    const { result } = renderHook(() => useCompareView(store));
    expect(result.current).not.toBeNull();
    act(() => void store.getState().setGroup(null));
    expect(result.current).toBeNull();
  });

  it('useViewActions carries the comparing actions', () => {
    const { store } = setup();
    const { result } = renderHook(() => useViewActions(store));
    const names = ['setViewMode', 'setCompareGroups', 'toggleCompareGroup', 'setPair', 'setHvReferenceValue', 'resetHvReference', 'setRunColumn', 'setAxisOrder', 'setAxisBrush'] as const;
    for (const name of names) expect(typeof result.current[name]).toBe('function');
    expect(result.current.setViewMode('pie' as never)).toBe("Unknown view 'pie' (use scatter, overlay, multiples, parallel)");
    act(() => void result.current.setViewMode('overlay'));
    expect(store.getState().spec?.view).toBe('overlay');
    expect(store.getState().notices).toContain("Unknown view 'pie' (use scatter, overlay, multiples, parallel)");
  });
});
