import 'fake-indexeddb/auto';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadImported } from '../data/importedQueries';
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

  it('keeps a Parquet file at the address as its columns, and the upload opens from them', async () => {
    const cost = [3.5, 1.25, 8, 0.5];
    const accuracy = [71.2, 64.8, 80.1, 55.0];
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'cost', data: cost, type: 'DOUBLE' },
        { name: 'accuracy', data: accuracy, type: 'DOUBLE' },
      ],
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bytes, { status: 200, headers: { 'content-type': 'application/vnd.apache.parquet' } })));
    const url = 'https://example.org/linked/runs.parquet';
    const shared: ImportRecipe = {
      ...recipe('upload-parquet-1'),
      fileName: 'runs.parquet',
      source: { kind: 'url', url },
      mapping: [
        { key: 'cost', label: 'cost', role: 'objective', type: 'number', sense: 'min' },
        { key: 'accuracy', label: 'accuracy', role: 'objective', type: 'number', sense: 'max' },
      ],
    };
    const kept = await keepSharedData({ v: 1, recipe: shared, url });
    expect(kept.id).toBe('upload-parquet-1');
    const { dataset } = await loadImported(kept.id);
    expect(dataset.rowCount).toBe(4);
    const values = (key: string) => {
      const column = dataset.byKey.get(key);
      return column?.kind === 'number' ? [...column.values] : null;
    };
    expect(values('cost')).toEqual(cost);
    expect(values('accuracy')).toEqual(accuracy);
  });
});
