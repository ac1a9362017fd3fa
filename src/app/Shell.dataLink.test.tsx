// @vitest-environment jsdom
/**
 * The app opened with `?data=<url>&<view>`: the whole shell, with fetch answering from the bundled
 * catalog and a small file at a public address. The view is resolved against the imported file, never
 * against the default dataset, so nothing is said about the default dataset.
 */
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadUpload } from '../data/uploads';
import { viewStore } from '../state';
import { Shell } from './Shell';

vi.mock('../charts/Scatter', () => import('../features/compare/testing/scatterStub'));

const FILE_URL = 'https://example.org/results/beams.csv';
// Beam designs: nothing in "deflection" or "mass" says which way is better, so neither is guessed an objective.
const CSV = `design,material,width,depth,mass,deflection,cost_usd
B1,steel,80,200,750,0.20,820
B2,steel,120,300,1700,0.04,1870
B3,timber,150,350,160,0.90,140
B4,aluminium,100,250,400,0.30,1050
B5,timber,200,400,240,0.35,215
`;
const DATA = join(import.meta.dirname, '..', '..', 'data');
const DEFAULT_ID = (JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { id: string }[])[0].id;

let fetched: string[];

beforeEach(() => {
  fetched = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      fetched.push(url);
      if (url === FILE_URL) return new Response(CSV, { headers: { 'content-type': 'text/csv' } });
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

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  viewStore.setState({ spec: null, dataset: null, notices: [], requestedDataset: null });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  render(
    <QueryClientProvider client={client}>
      <Shell />
    </QueryClientProvider>,
  );
}

async function shownUpload(): Promise<string> {
  await waitFor(() => expect(viewStore.getState().spec?.dataset).toMatch(/^upload-/), { timeout: 5000 });
  return viewStore.getState().spec!.dataset;
}

const ticked = () =>
  viewStore
    .getState()
    .spec!.objectives.filter((o) => o.active)
    .map((o) => `${o.key}:${o.sense}`)
    .sort();
const defaultFetched = () => fetched.filter((u) => u.includes(`/data/${DEFAULT_ID}/`));

describe('?data=<url> with a view', () => {
  it('opens the link’s view on the imported file, without the mapping dialog or a word about the default dataset', async () => {
    open(`?data=${FILE_URL}&x=cost_usd&y=deflection&objectives=cost_usd:min,deflection:min`);
    const id = await shownUpload();
    const { spec, notices } = viewStore.getState();
    expect([spec!.x, spec!.y]).toEqual(['cost_usd', 'deflection']);
    expect(ticked()).toEqual(['cost_usd:min', 'deflection:min']);
    expect((await loadUpload(id))!.recipe.mapping.find((m) => m.key === 'deflection')?.role).toBe('attribute');
    expect(notices).toEqual([]);
    expect(screen.queryByTestId('notices')).toBeNull();
    expect(screen.queryByTestId('mapping-step')).toBeNull();
    // The default dataset was never even loaded.
    expect(defaultFetched()).toEqual([]);
    // The address bar names the kept copy and the view; data= is gone.
    const search = new URLSearchParams(window.location.search);
    expect(search.get('dataset')).toBe(id);
    expect(search.has('data')).toBe(false);
    // The guesses are there to review.
    const review = await screen.findByTestId('review-columns-notice');
    expect(review.textContent).toContain('Opened beams.csv from example.org with the view this link describes.');
    fireEvent.click(within(review).getByRole('button', { name: 'Review columns' }));
    expect(await screen.findByRole('dialog', { name: /Edit columns/ })).toBeTruthy();
    expect(screen.queryByTestId('review-columns-notice')).toBeNull();
  });

  it('applies map= over the guesses before the view', async () => {
    open(`?data=${FILE_URL}&x=cost_usd&y=deflection&objectives=cost_usd:min,deflection:min&map=width:ignore,mass:objective:max,material:label,nope:group`);
    const id = await shownUpload();
    const stored = await loadUpload(id);
    const role = (key: string) => stored!.recipe.mapping.find((m) => m.key === key);
    expect(role('width')?.role).toBe('ignore');
    expect(role('mass')).toMatchObject({ role: 'objective', sense: 'max' });
    expect(role('material')?.role).toBe('label');
    expect(role('design')?.role).not.toBe('label');
    // Only the choice that does not fit the file is said, and nothing about the default dataset.
    await waitFor(() => expect(viewStore.getState().notices).toEqual(["The link's map= names the column 'nope', which this file does not have — ignored"]));
    expect(defaultFetched()).toEqual([]);
  });

  it('without objectives=: the mapping dialog opens, and its Import applies the link’s axes', async () => {
    open(`?data=${FILE_URL}&x=deflection&y=mass`);
    const mapping = await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
    expect(defaultFetched()).toEqual([]);
    expect(screen.queryByTestId('notices')).toBeNull();
    await act(async () => fireEvent.click(within(mapping).getByRole('button', { name: /^Import/ })));
    await shownUpload();
    const { spec, notices } = viewStore.getState();
    expect([spec!.x, spec!.y]).toEqual(['deflection', 'mass']);
    expect(notices).toEqual([]);
    expect(screen.queryByTestId('review-columns-notice')).toBeNull();
  });

  it('closing the dialog of a link whose file cannot be fetched opens the default dataset without the link’s view', async () => {
    open(`?data=https://example.org/gone.csv&x=cost_usd&y=deflection&objectives=cost_usd:min`);
    const dialog = await screen.findByTestId('import-dialog');
    await waitFor(() => expect(dialog.textContent).toContain('https://example.org/gone.csv'));
    expect(dialog.textContent).toContain('404');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(viewStore.getState().spec?.dataset).toBe(DEFAULT_ID), { timeout: 5000 });
    expect(viewStore.getState().notices).toEqual([]);
    expect(window.location.search).not.toContain('data=');
  });
});
