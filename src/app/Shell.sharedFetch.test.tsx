// @vitest-environment jsdom
/**
 * A share link whose data lives at an address: while it is fetched the page shows progress with a
 * Cancel, never an endless "Loading dataset…"; Cancel or a failure drops the link and opens the default
 * dataset with the reason.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportRecipe } from '../data/import/types';
import { viewStore } from '../state';
import { encodeSharedData } from '../state/share';
import { Shell } from './Shell';
import { useIncomingShare } from './useIncomingShare';

vi.mock('../charts/Scatter', () => import('../features/compare/testing/scatterStub'));

const FILE_URL = 'https://example.org/shared/runs.csv';
const DATA = join(import.meta.dirname, '..', '..', 'data');
const DEFAULT_ID = (JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { id: string }[])[0].id;
const recipe: ImportRecipe = {
  id: 'upload-shared-fetch',
  name: 'runs',
  fileName: 'runs.csv',
  source: { kind: 'url', url: FILE_URL },
  mapping: [
    { key: 'model', label: 'model', role: 'label', type: 'text' },
    { key: 'cost', label: 'cost', role: 'objective', type: 'number', sense: 'min' },
    { key: 'acc', label: 'acc', role: 'objective', type: 'number', sense: 'max' },
  ],
  excludeRows: [],
};
const CSV = 'model,cost,acc\na,1,50\nb,2,70\nc,3,60\n';

/** How the file's address answers in a test; the bundled data always answers. */
let answerFile: (init?: RequestInit) => Promise<Response>;

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === FILE_URL) return answerFile(init);
      const m = /\/data\/(.+)$/.exec(url);
      if (m) return new Response(readFileSync(join(DATA, m[1]), 'utf8'));
      return new Response('not here', { status: 404 });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function openSharedLink() {
  window.history.replaceState(null, '', `/?dataset=${recipe.id}#d=${encodeSharedData({ v: 1, recipe, url: FILE_URL })}`);
  viewStore.setState({ spec: null, dataset: null, notices: [], requestedDataset: null });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  render(
    <QueryClientProvider client={client}>
      <Shell />
    </QueryClientProvider>,
  );
}

/** A request that only ends when aborted, as a server that never answers. */
const neverAnswers = (init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('a share link whose data lives at an address', () => {
  it('shows progress with a Cancel while the server is silent; Cancel drops the link and opens the default dataset', async () => {
    answerFile = neverAnswers;
    openSharedLink();
    const progress = await screen.findByTestId('incoming-progress', {}, { timeout: 15_000 });
    expect(progress.textContent).toContain(`Loading the data this link points to (${FILE_URL})`);
    expect(screen.queryByText('Loading dataset…')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel and open the default dataset' }));
    await waitFor(() => expect(viewStore.getState().spec?.dataset).toBe(DEFAULT_ID), { timeout: 15_000 });
    expect(window.location.hash).toBe('');
    // The address bar now holds the default dataset's view, nothing of the link's.
    expect(window.location.search).not.toContain(recipe.id);
    expect(screen.queryByTestId('incoming-progress')).toBeNull();
    // A Cancel is the person's choice: no error about the link or its dataset follows it.
    expect(viewStore.getState().notices.join('\n')).not.toMatch(/could not be (loaded|opened)/);
  });

  it('opens the default dataset with the reason when the data cannot be fetched', async () => {
    answerFile = async () => new Response('<!doctype html><html><body>Login</body></html>', { headers: { 'content-type': 'text/html' } });
    openSharedLink();
    await waitFor(() => expect(viewStore.getState().spec?.dataset).toBe(DEFAULT_ID), { timeout: 15_000 });
    await waitFor(() =>
      expect(viewStore.getState().notices.join('\n')).toContain(`The data this link points to could not be loaded: ${FILE_URL} returned a web page, not a data file`),
    );
    expect(window.location.hash).toBe('');
  });

  it('keeps and opens the data when it arrives, reporting the bytes received', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    answerFile = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          async start(c) {
            c.enqueue(new TextEncoder().encode(CSV.slice(0, 20)));
            await gate;
            c.enqueue(new TextEncoder().encode(CSV.slice(20)));
            c.close();
          },
        }),
        { headers: { 'content-type': 'text/csv', 'content-length': String(CSV.length) } },
      );
    openSharedLink();
    await waitFor(() => expect(screen.getByTestId('incoming-progress').textContent).toContain(`20 bytes of ${CSV.length} bytes`), { timeout: 15_000 });
    release();
    await waitFor(() => expect(viewStore.getState().spec?.dataset).toBe(recipe.id), { timeout: 15_000 });
  });
});

describe('a dropped bundle whose data lives at an address', () => {
  // The hook Shell uses, on its own: the whole shell with a dataset on screen is slow to render in jsdom.
  it('shows the fetch as progress while the page stays as it is; Cancel stops only the fetch', async () => {
    answerFile = neverAnswers;
    window.history.replaceState(null, '', `/?dataset=${DEFAULT_ID}`);
    const said: string[] = [];
    const client = new QueryClient();
    const { result } = renderHook(() => useIncomingShare((n) => said.push(n)), {
      wrapper: ({ children }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>,
    });
    expect(result.current.incoming).toBe(false);
    const bundled = { ...recipe, id: 'upload-bundle-fetch' }; // its own id: no copy kept by another test
    let keeping!: Promise<unknown>;
    act(() => {
      keeping = result.current.keepBundleData({ v: 1, recipe: bundled, url: FILE_URL });
      keeping.catch(() => undefined);
    });
    await waitFor(() => expect(result.current.fetching).toEqual({ kind: 'bundle', url: FILE_URL, received: 0 }));
    act(() => result.current.cancel());
    await expect(keeping).rejects.toMatchObject({ name: 'AbortError' });
    await waitFor(() => expect(result.current.fetching).toBeNull());
    expect(result.current.givenUp).toBe(false);
    expect(window.location.search).toBe(`?dataset=${DEFAULT_ID}`);
    expect(said).toEqual([]);
  });
});
