import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportRecipe } from '../data/import/types';
import { keepSharedData } from './incoming';

const URL_ = 'https://example.org/linked/runs.csv';
const recipe = (id: string): ImportRecipe => ({
  id,
  name: 'runs',
  fileName: 'runs.csv',
  source: { kind: 'url', url: URL_ },
  mapping: [{ key: 'cost', label: 'cost', role: 'objective', type: 'number', sense: 'min' }],
  excludeRows: [],
});

afterEach(() => vi.unstubAllGlobals());

/** A server that never answers: the request only ends when aborted. */
function silentFetch() {
  const fn = vi.fn(
    (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
  );
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('keepSharedData with data at an address', () => {
  it('ends a silent server with the timeout message instead of waiting forever', async () => {
    silentFetch();
    await expect(keepSharedData({ v: 1, recipe: recipe('upload-silent-1'), url: URL_ }, { timeoutMs: 30 })).rejects.toThrow(
      `No answer from ${URL_} within 30 ms: the server may be down or very slow.`,
    );
  });

  it('stops on Cancel', async () => {
    silentFetch();
    const controller = new AbortController();
    const keeping = keepSharedData({ v: 1, recipe: recipe('upload-silent-2'), url: URL_ }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(keeping).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a javascript: address in a link without fetching', async () => {
    const fetch = silentFetch();
    await expect(keepSharedData({ v: 1, recipe: recipe('upload-js'), url: 'javascript:alert(1)' })).rejects.toThrow('javascript:alert(1) was not fetched');
    expect(fetch).not.toHaveBeenCalled();
  });
});
