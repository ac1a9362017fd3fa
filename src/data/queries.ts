/**
 * react-query factories for the bundled catalog and datasets. Files are fetched from `<base>/data/...`
 * (the build ships data/ there byte for byte; in dev the project root is served). A dataset is cached
 * under ['dataset', id] and never goes stale: bundled files do not change while the app runs.
 */
import { queryOptions } from '@tanstack/react-query';
import { buildDataset } from './buildDataset';
import { parseCard, parseCatalog } from './card';
import { DataError } from './errors';
import type { CatalogEntry, Dataset } from './types';

const INDEX = 'index.json';

/** URL of a file under data/, honouring the app's base path. */
export function dataUrl(path: string): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return `${base.endsWith('/') ? base : `${base}/`}data/${path}`;
}

/** How long a bundled file may take to start answering before the load is given up (then retried). */
export const BUNDLED_FETCH_TIMEOUT_MS = 30_000;

/**
 * Fetches a file's text; any failure becomes a DataError naming the URL (and the HTTP status). A server
 * that does not answer within `timeoutMs` ends the fetch with a DataError too, so the app never waits
 * forever on "Loading dataset…".
 */
export async function fetchText(url: string, signal?: AbortSignal, timeoutMs = BUNDLED_FETCH_TIMEOUT_MS): Promise<string> {
  let response: Response;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    response = await fetch(url, { signal: timeout.signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    if (timeout.signal.aborted) throw new DataError({ file: url, status: 0 }, `could not be fetched: no answer within ${Math.round(timeoutMs / 1000)} s`);
    throw new DataError({ file: url, status: 0 }, `could not be fetched, no response (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (!response.ok) {
    const text = response.statusText ? ` ${response.statusText}` : '';
    throw new DataError({ file: url, status: response.status }, `the server answered HTTP ${response.status}${text}; expected 200 OK`);
  }
  // A dev server or an SPA host answers a missing file with the app's index.html and 200 OK.
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html') && !/\.html?$/.test(url)) {
    throw new DataError({ file: url, status: 404 }, 'the server answered with an HTML page instead of the file; the file is probably missing');
  }
  return response.text();
}

/** Fetches and parses JSON; malformed JSON becomes a DataError naming the URL. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const text = await fetchText(url, signal);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new DataError({ file: url }, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

// A missing file or a bad card will not fix itself; no answer or a server error might.
function retry(failures: number, error: Error): boolean {
  const transient = error instanceof DataError && error.status !== undefined && (error.status === 0 || error.status >= 500);
  return transient && failures < 2;
}

export const catalogKey = ['catalog'] as const;
export const datasetKey = (id: string) => ['dataset', id] as const;

/** The bundled catalog, data/index.json. */
export function catalogQuery() {
  return queryOptions<CatalogEntry[], Error, CatalogEntry[], typeof catalogKey>({
    queryKey: catalogKey,
    queryFn: async ({ signal }) => {
      const url = dataUrl(INDEX);
      return parseCatalog(await fetchJson(url, signal), url);
    },
    staleTime: Infinity,
    retry,
  });
}

/** A bundled dataset: its catalog entry, then its card, then its files, then buildDataset. */
export function datasetQuery(id: string) {
  return queryOptions<Dataset, Error, Dataset, ReturnType<typeof datasetKey>>({
    queryKey: datasetKey(id),
    queryFn: async ({ client, signal }) => {
      const catalog = await client.ensureQueryData(catalogQuery());
      const entry = catalog.find((e) => e.id === id);
      if (!entry) {
        throw new DataError({ file: dataUrl(INDEX) }, `no dataset with id ${JSON.stringify(id)}; expected one of ${catalog.map((e) => JSON.stringify(e.id)).join(', ')}`);
      }
      const cardUrl = dataUrl(entry.card);
      const card = parseCard(await fetchJson(cardUrl, signal), cardUrl);
      if (card.id !== id) {
        throw new DataError({ file: cardUrl, path: 'id' }, `found ${JSON.stringify(card.id)}, expected ${JSON.stringify(id)} (the catalog's id for this card)`);
      }
      const texts = await Promise.all(card.files.map((f) => fetchText(dataUrl(f), signal)));
      return buildDataset(card, Object.fromEntries(card.files.map((f, i) => [f, texts[i]])));
    },
    staleTime: Infinity,
    // A Dataset holds typed arrays and Maps; comparing it deeply on refetch buys nothing.
    structuralSharing: false,
    retry,
  });
}
