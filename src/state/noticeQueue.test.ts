import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { defaultSpec } from './defaults';
import { createViewStore } from './store';
import { aiderLikeDataset, zooDataset } from './testing/fakeDataset';

function memoryStorage(): StateStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const UNSAVED = 'Not saved in this browser: storage is full — this dataset lasts until the tab is closed';

describe('the notice queue', () => {
  it('keeps a warning raised before a dataset load through that load and the next ones', () => {
    const store = createViewStore({ storage: memoryStorage() });
    store.getState().addNotices([UNSAVED]);
    const zoo = zooDataset();
    store.getState().load(zoo, defaultSpec(zoo), ['Unknown parameter \'foo\' ignored']);
    const aider = aiderLikeDataset();
    store.getState().load(aider, defaultSpec(aider));
    expect(store.getState().notices).toEqual([UNSAVED, "Unknown parameter 'foo' ignored"]);
    expect(store.getState().dataset).toBe(aider);
  });

  it('stays until dismissed', () => {
    const store = createViewStore({ storage: memoryStorage() });
    store.getState().addNotices([UNSAVED, 'other']);
    store.getState().dismissNotice(1);
    const zoo = zooDataset();
    store.getState().load(zoo, defaultSpec(zoo), []);
    expect(store.getState().notices).toEqual([UNSAVED]);
    store.getState().dismissNotice(0);
    expect(store.getState().notices).toEqual([]);
  });

  it('does not repeat a notice already queued, from a load or an action', () => {
    const store = createViewStore({ storage: memoryStorage() });
    const zoo = zooDataset();
    store.getState().load(zoo, defaultSpec(zoo), ['a', 'a', 'b']);
    store.getState().load(zoo, defaultSpec(zoo), ['b', 'c']);
    store.getState().addNotices(['a', 'c', 'd']);
    expect(store.getState().notices).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the same array when nothing new is added, so nothing re-renders', () => {
    const store = createViewStore({ storage: memoryStorage() });
    store.getState().addNotices(['a']);
    const before = store.getState().notices;
    store.getState().addNotices(['a']);
    store.getState().addNotices([]);
    expect(store.getState().notices).toBe(before);
  });

  it('makes long notices readable: quoted values clipped, the whole bounded', () => {
    const store = createViewStore({ storage: memoryStorage() });
    store.getState().addNotices([`The dataset '${'d'.repeat(100_000)}' could not be opened`, 'e'.repeat(1_000_000)]);
    const [quoted, long] = store.getState().notices;
    expect(quoted).toBe(`The dataset '${'d'.repeat(80)}… (100,000 characters)' could not be opened`);
    expect(long.length).toBeLessThan(2100);
    expect(long).toMatch(/… \(1,000,000 characters\)$/);
  });

  it('takes 50,000 notices in one pass (each once)', () => {
    const store = createViewStore({ storage: memoryStorage() });
    const many = Array.from({ length: 50_000 }, (_, i) => `notice ${i % 25_000}`);
    store.getState().addNotices(many);
    store.getState().addNotices(many);
    expect(store.getState().notices).toHaveLength(25_000);
    expect(store.getState().notices[24_999]).toBe('notice 24999');
  });
});
