import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataError } from './errors';
import { catalogQuery, dataUrl, datasetQuery, fetchText } from './queries';

const DATA = resolve(__dirname, '..', '..', 'data');

/** Serves data/ the way the built app does, with optional per-URL overrides. */
function serveData(overrides: Record<string, () => Response> = {}) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    if (overrides[url]) return overrides[url]();
    const path = url.replace(/^\/data\//, '');
    const file = join(DATA, path);
    if (!url.startsWith('/data/') || !existsSync(file)) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const type = path.endsWith('.json') ? 'application/json' : 'text/csv';
    return new Response(readFileSync(file), { status: 200, headers: { 'content-type': type } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
});
afterEach(() => {
  vi.unstubAllGlobals();
  client.clear();
});

async function rejection(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('queries', () => {
  it('builds URLs under the base path', () => {
    expect(dataUrl('index.json')).toBe('/data/index.json');
  });

  it('catalogQuery fetches and validates data/index.json, never going stale', async () => {
    serveData();
    const opts = catalogQuery();
    expect(opts.queryKey).toEqual(['catalog']);
    expect(opts.staleTime).toBe(Infinity);
    const catalog = await client.fetchQuery(opts);
    expect(catalog.map((e) => e.id)).toContain('aider-polyglot');
  });

  it('datasetQuery fetches the card, then its files, and builds the dataset under ["dataset", id]', async () => {
    const calls = serveData();
    const opts = datasetQuery('timm-imagenet');
    expect(opts.queryKey).toEqual(['dataset', 'timm-imagenet']);
    expect(opts.staleTime).toBe(Infinity);
    const ds = await client.fetchQuery(opts);
    expect(ds.rowCount).toBe(1556);
    expect(client.getQueryData(['dataset', 'timm-imagenet'])).toBe(ds);
    expect(calls).toEqual([
      '/data/index.json',
      '/data/timm-imagenet/card.json',
      '/data/timm-imagenet/timm-results-imagenet.csv',
      '/data/timm-imagenet/timm-benchmark-infer-amp-nchw-pt291-cu130-5090.csv',
    ]);
    // The catalog is cached: a second dataset does not fetch index.json again.
    await client.fetchQuery(datasetQuery('moocore-tpls'));
    expect(calls.filter((u) => u.endsWith('index.json'))).toHaveLength(1);
  });

  it('names the URL and the HTTP status when a file cannot be fetched, without retrying a 404', async () => {
    const calls = serveData({ '/data/aider-polyglot/aider-polyglot_leaderboard.csv': () => new Response('gone', { status: 404, statusText: 'Not Found' }) });
    const e = await rejection(client.fetchQuery(datasetQuery('aider-polyglot')));
    expect(e.file).toBe('/data/aider-polyglot/aider-polyglot_leaderboard.csv');
    expect(e.status).toBe(404);
    expect(e.message).toBe('/data/aider-polyglot/aider-polyglot_leaderboard.csv: the server answered HTTP 404 Not Found; expected 200 OK');
    expect(calls.filter((u) => u.endsWith('.csv'))).toHaveLength(1);
  });

  it('retries server errors and network failures, then reports them', async () => {
    const calls = serveData({
      '/data/index.json': () => new Response('busy', { status: 503 }),
    });
    const e = await rejection(client.fetchQuery({ ...catalogQuery(), retryDelay: 0 }));
    expect(e.message).toBe('/data/index.json: the server answered HTTP 503; expected 200 OK');
    expect(calls).toHaveLength(3);

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    client.clear();
    const n = await rejection(client.fetchQuery({ ...catalogQuery(), retryDelay: 0 }));
    expect(n.status).toBe(0);
    expect(n.message).toBe('/data/index.json: could not be fetched, no response (Failed to fetch)');
  });

  it('treats an HTML fallback page as a missing file, and bad JSON as an error naming the URL', async () => {
    serveData({
      '/data/dtlz-linear-8d/card.json': () => new Response('{"id": ', { status: 200, headers: { 'content-type': 'application/json' } }),
      '/data/moocore-tpls/moocore-tpls50x20_1_MWT.csv': () =>
        new Response('<!doctype html><html></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }),
    });
    const json = await rejection(client.fetchQuery(datasetQuery('dtlz-linear-8d')));
    expect(json.message).toMatch(/^\/data\/dtlz-linear-8d\/card\.json: is not valid JSON/);
    const html = await rejection(client.fetchQuery(datasetQuery('moocore-tpls')));
    expect(html.message).toMatch(/^\/data\/moocore-tpls\/moocore-tpls50x20_1_MWT\.csv: the server answered with an HTML page/);
  });

  it('rejects an id that is not in the catalog, or a card whose id differs', async () => {
    serveData();
    const e = await rejection(client.fetchQuery(datasetQuery('nope')));
    expect(e.message).toMatch(/^\/data\/index\.json: no dataset with id "nope"; expected one of "timm-imagenet", /);

    const card = JSON.parse(readFileSync(join(DATA, 'moocore-tpls', 'card.json'), 'utf8'));
    serveData({ '/data/moocore-tpls/card.json': () => Response.json({ ...card, id: 'other' }) });
    client.clear();
    const wrong = await rejection(client.fetchQuery(datasetQuery('moocore-tpls')));
    expect(wrong.message).toBe('/data/moocore-tpls/card.json, field id: found "other", expected "moocore-tpls" (the catalog\'s id for this card)');
  });
});

describe('fetchText bounds', () => {
  it('gives up on a server that never answers, with a message naming the file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))),
    );
    await expect(fetchText('/data/index.json', undefined, 20)).rejects.toThrow(/no answer within 0 s/);
    vi.unstubAllGlobals();
  });

  it('passes a caller abort through as an abort, not a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))),
    );
    const caller = new AbortController();
    const pending = fetchText('/data/index.json', caller.signal, 60_000);
    caller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    vi.unstubAllGlobals();
  });
});
