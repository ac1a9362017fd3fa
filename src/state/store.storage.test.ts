import { describe, expect, it, vi } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createViewStore, guardedStorage, LOCAL_STORAGE_KEY } from './store';

/** What a browser throws when the origin's localStorage is full. */
function quotaError(): Error {
  const e = new Error("Failed to execute 'setItem' on 'Storage': Setting the value of 'paretoscope:prefs' exceeded the quota.");
  e.name = 'QuotaExceededError';
  return e;
}

/** A storage that reads `stored` but refuses every write, as a full localStorage does. */
function fullStorage(stored: Record<string, string> = {}) {
  const setItem = vi.fn(() => {
    throw quotaError();
  });
  const storage: StateStorage = { getItem: (k) => stored[k] ?? null, setItem, removeItem: () => undefined };
  return { storage, setItem };
}

/** A storage where every call throws, as when the browser denies access (SecurityError). */
function deniedStorage(): StateStorage {
  const deny = () => {
    const e = new Error('The operation is insecure.');
    e.name = 'SecurityError';
    throw e;
  };
  return { getItem: deny, setItem: deny, removeItem: deny };
}

describe('persisted preferences when storage fails', () => {
  it('a full quota does not stop start-up or a change, and the session keeps the change', () => {
    const { storage, setItem } = fullStorage();
    const store = createViewStore({ storage });
    expect(store.getState().theme).toBe('system');
    expect(() => store.getState().setTheme('dark')).not.toThrow();
    expect(setItem).toHaveBeenCalled(); // the write was tried and refused, not skipped
    expect(store.getState().theme).toBe('dark');
  });

  it('still reads what was stored before the quota filled up', () => {
    const { storage } = fullStorage({ [LOCAL_STORAGE_KEY]: JSON.stringify({ state: { theme: 'light' }, version: 1 }) });
    expect(createViewStore({ storage }).getState().theme).toBe('light');
  });

  it('a storage that throws SecurityError on every call starts with the defaults', () => {
    const store = createViewStore({ storage: deniedStorage() });
    expect(store.getState().theme).toBe('system');
    expect(() => store.getState().setTheme('light')).not.toThrow();
    expect(store.getState().theme).toBe('light');
  });

  it('a broken stored entry starts with the defaults', () => {
    const { storage } = fullStorage({ [LOCAL_STORAGE_KEY]: '{not json' });
    const store = createViewStore({ storage });
    expect(store.getState().theme).toBe('system');
  });
});

describe('guardedStorage', () => {
  it('passes reads and writes through while the storage works', () => {
    const data = new Map<string, string>([['a', '1']]);
    const inner: StateStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    const g = guardedStorage(inner);
    expect(g.getItem('a')).toBe('1');
    g.setItem('b', '2');
    expect(data.get('b')).toBe('2');
    g.removeItem('a');
    expect(data.has('a')).toBe(false);
    expect(g.getItem('a')).toBeNull();
  });

  it('keeps a refused write in memory for this session and never throws', () => {
    const { storage } = fullStorage({ k: 'old' });
    const g = guardedStorage(storage);
    expect(g.getItem('k')).toBe('old');
    expect(() => g.setItem('k', 'new')).not.toThrow();
    expect(g.getItem('k')).toBe('new');
    const denied = guardedStorage(deniedStorage());
    expect(denied.getItem('k')).toBeNull();
    expect(() => denied.setItem('k', 'v')).not.toThrow();
    expect(denied.getItem('k')).toBe('v');
    expect(() => denied.removeItem('k')).not.toThrow();
    expect(denied.getItem('k')).toBeNull();
  });
});
