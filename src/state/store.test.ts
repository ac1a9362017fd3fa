import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { defaultSpec } from './defaults';
import { keysPersistedAs, PERSISTENCE } from './persistence';
import { createViewStore, LOCAL_STORAGE_KEY } from './store';
import { aiderLikeDataset, zooDataset } from './testing/fakeDataset';
import { specProblems } from './validate';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function loaded() {
  const store = createViewStore({ storage: memoryStorage() });
  const zoo = zooDataset();
  store.getState().load(zoo, defaultSpec(zoo), ['hello']);
  return { store, zoo };
}

describe('view store', () => {
  it('does nothing before a dataset is loaded', () => {
    const store = createViewStore({ storage: memoryStorage() });
    expect(store.getState().setX('top1')).toBeUndefined();
    expect(store.getState().spec).toBeNull();
  });

  it('load sets the view, its notices and the requested dataset, and clears hover', () => {
    const store = createViewStore({ storage: memoryStorage() });
    store.getState().setHoveredRow(4);
    const zoo = zooDataset();
    store.getState().load(zoo, defaultSpec(zoo), ['a', 'a', 'b']);
    expect(store.getState()).toMatchObject({ spec: defaultSpec(zoo), dataset: zoo, notices: ['a', 'b'], requestedDataset: 'zoo', hoveredRow: null });
  });

  it('runs the named actions on the current spec', () => {
    const { store, zoo } = loaded();
    const s = store.getState();
    s.setX('top1');
    s.setY('');
    s.setScale('y', 'log');
    s.swapAxes();
    s.setSense('params', 'max');
    s.toggleObjective('top1');
    s.setGroup('family');
    s.toggleGroup('B');
    s.setColor('group');
    s.setSelected(3);
    expect(store.getState().spec).toMatchObject({
      x: '',
      y: 'top1',
      xScale: 'log',
      yScale: 'linear',
      color: 'group',
      hiddenGroups: ['B'],
      selected: 3,
    });
    expect(store.getState().spec?.objectives.slice(0, 2)).toEqual([
      { key: 'top1', sense: 'max', active: false },
      { key: 'params', sense: 'max', active: true },
    ]);
    s.showAllGroups();
    expect(store.getState().spec?.hiddenGroups).toEqual([]);
    s.resetView();
    expect(store.getState().spec).toEqual(defaultSpec(zoo));
  });

  it('keeps the spec object when an action refuses, and adds its notice once', () => {
    const { store } = loaded();
    store.getState().setX('total_cost');
    const before = store.getState().spec;
    const notice = store.getState().setScale('x', 'log');
    expect(notice).toBe('Log scale needs positive values: total_cost has 4 values ≤ 0');
    store.getState().setScale('x', 'log');
    expect(store.getState().spec).toBe(before);
    expect(store.getState().notices).toEqual(['hello', notice]);
  });

  it('dismisses notices by index and clears them', () => {
    const { store } = loaded();
    store.getState().addNotices(['two', 'three']);
    store.getState().dismissNotice(1);
    expect(store.getState().notices).toEqual(['hello', 'three']);
    store.getState().clearNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('requestDataset records the wish without touching the view', () => {
    const { store } = loaded();
    const spec = store.getState().spec;
    store.getState().requestDataset('other');
    expect(store.getState().requestedDataset).toBe('other');
    expect(store.getState().spec).toBe(spec);
  });
});

describe('persistence table', () => {
  it('marks every data key of the store, and nothing else', () => {
    const state = createViewStore({ storage: memoryStorage() }).getState();
    const dataKeys = Object.keys(state).filter((k) => typeof state[k as keyof typeof state] !== 'function');
    expect(Object.keys(PERSISTENCE).sort()).toEqual(dataKeys.sort());
    expect(PERSISTENCE).toMatchObject({ spec: 'url', theme: 'local', hoveredRow: 'ephemeral' });
    expect(keysPersistedAs('local')).toEqual(['theme']);
  });

  it('writes only the local keys to storage and reads them back', () => {
    const storage = memoryStorage();
    const store = createViewStore({ storage });
    const zoo = zooDataset();
    store.getState().load(zoo, defaultSpec(zoo));
    store.getState().setTheme('dark');
    store.getState().setHoveredRow(2);
    const saved = JSON.parse(storage.data.get(LOCAL_STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> };
    expect(Object.keys(saved.state)).toEqual(['theme']);
    expect(createViewStore({ storage }).getState().theme).toBe('dark');
  });

  it('ignores stored keys that are not local and stored values that make no sense', () => {
    const stored = (state: object) => memoryStorage({ [LOCAL_STORAGE_KEY]: JSON.stringify({ state, version: 1 }) });
    const store = createViewStore({ storage: stored({ theme: 'purple', spec: { x: 'evil' }, hoveredRow: 3 }) });
    expect(store.getState()).toMatchObject({ theme: 'system', spec: null, hoveredRow: null });
    expect(createViewStore({ storage: stored({ theme: 'light' }) }).getState().theme).toBe('light');
  });
});

describe('deciding in the store', () => {
  it('runs the deciding actions on the current spec and reports refusals', () => {
    const store = createViewStore({ storage: memoryStorage() });
    const ds = aiderLikeDataset();
    store.getState().load(ds, defaultSpec(ds));
    const s = store.getState();
    expect(s.setWeight('total_cost', 2)).toBeUndefined();
    s.setWeights({ pass_rate_2: 3, total_cost: 2 });
    s.setMethod('chebyshev');
    s.setReferencePoint({ pass_rate_2: 70 });
    s.setReferenceValue('total_cost', 5);
    s.addConstraint({ column: 'seconds_per_case', op: '<=', value: 40 });
    s.addConstraint({ column: 'total_cost', op: '>=', value: 1 });
    s.updateConstraint(1, { column: 'total_cost', op: '>=', value: 2 });
    s.removeConstraint(0);
    s.addBrushConstraint([0, 50], [10, 90]);
    s.clearBrushConstraints();
    s.addDerived({ key: 'cop', formula: 'total_cost / (pass_rate_2 / 100)', sense: 'min' });
    s.addDerived({ key: 'tmp', formula: '1' });
    s.removeDerived('tmp');
    expect(store.getState().spec).toMatchObject({
      weights: { pass_rate_2: 3, total_cost: 2 },
      method: 'chebyshev',
      referencePoint: { pass_rate_2: 70, total_cost: 5 },
      constraints: [{ column: 'total_cost', op: '>=', value: 2, source: 'chip' }],
      derived: [{ key: 'cop', formula: 'total_cost / (pass_rate_2 / 100)', sense: 'min' }],
    });
    const notice = s.addDerived({ key: 'bad', formula: 'totl_cost' });
    expect(notice).toBe("Formula for 'bad': Unknown column 'totl_cost' at position 0 (did you mean 'total_cost'?)");
    expect(store.getState().notices).toContain(notice);
    expect(s.setWeight('nope', 1)).toBe("Unknown objective 'nope'");
    expect(specProblems(store.getState().spec!, ds)).toEqual([]);
  });
});
