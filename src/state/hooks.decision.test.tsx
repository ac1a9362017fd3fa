// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { defaultSpec } from './defaults';
import { useDecisionActions, useDecisionView, usePointDecision, useSuggestedDerived, useViewActions, useViewDataset } from './hooks';
import { createViewStore } from './store';
import { aiderLikeDataset } from './testing/fakeDataset';

const memory = (): StateStorage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

function setup() {
  const store = createViewStore({ storage: memory() });
  const ds = aiderLikeDataset();
  store.getState().load(ds, defaultSpec(ds));
  return { store, ds };
}

describe('deciding hooks', () => {
  it('useViewDataset includes the derived columns and stays the same object while they do', () => {
    const { store, ds } = setup();
    const { result } = renderHook(() => useViewDataset(store));
    expect(result.current).toBe(ds);
    act(() => void store.getState().addDerived({ key: 'cop', formula: 'total_cost / (pass_rate_2 / 100)', sense: 'min' }));
    const withCop = result.current;
    expect(withCop?.byKey.get('cop')?.spec.role).toBe('objective');
    act(() => void store.getState().setWeight('total_cost', 2));
    expect(result.current).toBe(withCop);
    act(() => void store.getState().removeDerived('cop'));
    expect(result.current).toBe(ds);
  });

  it('useDecisionView follows the weights; usePointDecision reads the selection', () => {
    const { store } = setup();
    const { result } = renderHook(() => ({ view: useDecisionView(store), point: usePointDecision(1, store), actions: useDecisionActions(store) }));
    const before = result.current.view;
    expect(before?.ranking.length).toBeGreaterThan(0);
    act(() => void result.current.actions.setWeight('pass_rate_2', 0));
    expect(result.current.view).not.toBe(before);
    expect(result.current.view?.best).toBe(4); // pass rate ignored: 1 USD and 5 s per case
    expect(result.current.point?.onFront).toBe(true);
    expect(result.current.point?.pseudoWeights).toHaveLength(3);
  });

  it('useSuggestedDerived offers cost-of-pass until it is added; useViewActions carries the deciding actions', () => {
    const { store } = setup();
    const { result } = renderHook(() => ({ suggested: useSuggestedDerived(store), actions: useViewActions(store) }));
    expect(result.current.suggested.map((d) => d.key)).toEqual(['cost_of_pass']);
    act(() => void result.current.actions.addDerived(result.current.suggested[0]));
    expect(result.current.suggested).toEqual([]);
    expect(typeof result.current.actions.addBrushConstraint).toBe('function');
  });
});
