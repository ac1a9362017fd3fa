import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { setReferenceValue, setSelected, setWeight, setX } from './actions';
import { defaultSpec } from './defaults';
import { createViewStore } from './store';
import { fakeDataset, zooDataset } from './testing/fakeDataset';
import { encodeQuery } from './url';
import { changeKind, historyStep, startUrlSync, type UrlEnv } from './urlSync';

const memory = (): StateStorage => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

/** A history of query strings with back/forward, like the browser's for one page. */
function fakeHistory(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const go = (delta: number) => {
    index += delta;
    listeners.forEach((l) => l());
  };
  const env: UrlEnv & { entries: string[]; index: () => number; back: () => void; forward: () => void } = {
    entries,
    index: () => index,
    search: () => entries[index],
    push: (s) => {
      entries.splice(index + 1, entries.length, s);
      index = entries.length - 1;
    },
    replace: (s) => {
      entries[index] = s;
    },
    onPopState: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    back: () => go(-1),
    forward: () => go(1),
  };
  return env;
}

const other = fakeDataset({
  id: 'other',
  columns: [
    { key: 'acc', role: 'objective', sense: 'max', values: [1, 2] },
    { key: 'cost', role: 'objective', sense: 'min', values: [2, 1] },
  ],
});

describe('historyStep', () => {
  const zoo = zooDataset();
  const a = defaultSpec(zoo);
  const b = setX(a, zoo, 'top1').spec;
  it('pushes view changes, replaces the first write and selection-only changes, skips no-ops', () => {
    expect(historyStep(a, b, '?old', '?new')).toBe('push');
    expect(historyStep(null, b, '?old', '?new')).toBe('replace');
    expect(historyStep(a, setSelected(a, zoo, 2).spec, '?old', '?new')).toBe('replace');
    expect(historyStep(a, b, '?same', '?same')).toBe('none');
  });
});

describe('startUrlSync', () => {
  it('resolves the opening link, keeps its notices and canonicalizes it in place', () => {
    const zoo = zooDataset();
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('?x=top1&zz=1');
    startUrlSync(store, zoo, env);
    const spec = setX(defaultSpec(zoo), zoo, 'top1').spec;
    expect(store.getState().spec).toEqual(spec);
    expect(store.getState().notices).toEqual(["Unknown parameter 'zz' ignored"]);
    expect(env.entries).toEqual([encodeQuery(spec, zoo)]);
  });

  it('pushes a history entry per view change, replaces for selection, and back/forward restore views', () => {
    const zoo = zooDataset();
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('');
    startUrlSync(store, zoo, env);
    const first = store.getState().spec;
    store.getState().setX('top1');
    const second = store.getState().spec;
    store.getState().setSelected(5);
    store.getState().setSelected(6);
    expect(env.entries).toHaveLength(2);
    expect(env.search()).toContain('&sel=6&');
    const third = store.getState().spec;

    env.back();
    expect(store.getState().spec).toEqual(first);
    expect(env.entries).toHaveLength(2); // popstate never writes a new entry
    env.forward();
    expect(store.getState().spec).toEqual(third);
    expect(second?.selected).toBeNull();
  });

  it('stops following the store once stopped', () => {
    const zoo = zooDataset();
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('');
    const stop = startUrlSync(store, zoo, env);
    stop();
    store.getState().setX('top1');
    expect(env.entries).toHaveLength(1);
  });

  it('opens another dataset with its default view as a new entry, and Back asks for the old dataset', () => {
    const zoo = zooDataset();
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('?dataset=zoo&x=top1');
    const stopZoo = startUrlSync(store, zoo, env);
    store.getState().requestDataset('other');
    stopZoo(); // the app swaps datasets: the hook's effect restarts with the new one
    const stopOther = startUrlSync(store, other, env);
    expect(store.getState().spec).toEqual(defaultSpec(other));
    expect(env.entries).toHaveLength(2);

    env.back();
    expect(store.getState().requestedDataset).toBe('zoo');
    stopOther();
    startUrlSync(store, zoo, env);
    expect(store.getState().spec?.x).toBe('top1');
    expect(env.entries).toHaveLength(2);
  });

  it('explains a link for a dataset the app could not open', () => {
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('?dataset=gone&x=acc');
    startUrlSync(store, other, env);
    expect(store.getState().spec).toEqual(defaultSpec(other));
    expect(store.getState().notices).toEqual(["This link is for dataset 'gone' — showing 'other' with its default view instead"]);
    expect(env.entries).toEqual([encodeQuery(defaultSpec(other), other)]);
  });
});

describe('deciding in the address bar', () => {
  it('a slider drag (weights only) is one history entry; so is a reference-point drag', () => {
    const zoo = zooDataset();
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('');
    startUrlSync(store, zoo, env);
    for (const w of [0.2, 0.4, 0.6, 0.8]) store.getState().setWeight('params', w);
    expect(env.entries).toHaveLength(2);
    expect(env.search()).toContain('&weights=params:0.8&');
    for (const v of [10, 20, 30]) store.getState().setReferenceValue('params', v);
    expect(env.entries).toHaveLength(3);
    expect(env.search()).toContain('&ref=params:30&');
    store.getState().setWeight('params', 2); // a new run of weight changes after another change: a new entry
    store.getState().setMethod('asf');
    store.getState().setWeight('top1', 3);
    expect(env.entries).toHaveLength(6);
    env.back();
    expect(store.getState().spec?.method).toBe('asf');
    expect(store.getState().spec?.weights).toEqual({ params: 2 });
    store.getState().setWeight('top1', 4); // after Back, a weight change starts its own entry
    expect(env.entries).toHaveLength(6);
    expect(env.index()).toBe(5);
  });

  it('historyStep coalesces only runs of the same kind', () => {
    const zoo = zooDataset();
    const a = defaultSpec(zoo);
    const w = setWeight(a, zoo, 'params', 2).spec;
    const r = setReferenceValue(a, zoo, 'params', 3).spec;
    expect(changeKind(a, w)).toBe('weights');
    expect(changeKind(a, r)).toBe('reference');
    expect(changeKind(a, setX(a, zoo, 'top1').spec)).toBe('other');
    expect(historyStep(a, w, '?a', '?b')).toBe('push');
    expect(historyStep(a, w, '?a', '?b', 'weights')).toBe('replace');
    expect(historyStep(a, w, '?a', '?b', 'reference')).toBe('push');
    expect(historyStep(a, r, '?a', '?b', 'reference')).toBe('replace');
  });

  it('a link with derived columns and filters opens them', () => {
    const zoo = zooDataset();
    const store = createViewStore({ storage: memory() });
    const env = fakeHistory('?derive=ppm:top1/params:max&x=ppm&filter=ppm:ge:5&weights=ppm:2&objectives=top1:max,ppm:max');
    startUrlSync(store, zoo, env);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().spec).toMatchObject({ x: 'ppm', derived: [{ key: 'ppm', formula: 'top1/params', sense: 'max' }], weights: { ppm: 2 } });
    expect(env.search()).toBe(encodeQuery(store.getState().spec!, zoo));
  });
});
