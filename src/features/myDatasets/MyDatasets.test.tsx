// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createStore, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportRecipe } from '../../data/import/types';
import { createUploadStore, type UploadStore } from '../../data/uploads';
import { MyDatasets, type MyDatasetsProps } from './MyDatasets';
import { UNDO_MS } from './UndoToast';

let dbCount = 0;
const freshStore = () => createStore(`my-datasets-test-${++dbCount}`, 'uploads');

const recipe = (id: string, name: string): ImportRecipe => ({
  id: `upload-${id}`,
  name,
  fileName: `${name}.csv`,
  source: { kind: 'file' },
  mapping: [{ key: 'cost', label: 'Cost', role: 'objective', type: 'number', sense: 'min' }],
  excludeRows: [],
});
const RUNS = 'model,cost\na,1\nb,2\n';

async function setup(props: Partial<MyDatasetsProps> = {}, store: UploadStore = createUploadStore({ store: freshStore() })) {
  await store.save(recipe('a', 'runs'), RUNS, { rows: 1234, createdAt: Date.UTC(2026, 2, 3) });
  await store.save(recipe('b', 'sweep'), 'x\n1\n', { createdAt: Date.UTC(2026, 2, 1) });
  const onOpen = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MyDatasets onOpen={onOpen} store={store} {...props} />
    </QueryClientProvider>,
  );
  await screen.findByText('runs');
  return { store, onOpen };
}

const item = (id: string) => document.querySelector<HTMLElement>(`[data-upload-id="upload-${id}"]`);
const names = () => [...screen.getByTestId('my-datasets').querySelectorAll('[data-upload-id]')].map((li) => li.querySelector('button')?.textContent);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('MyDatasets', () => {
  it('lists uploads, newest first, with rows, size and date; opens one', async () => {
    const { onOpen } = await setup({ activeId: 'upload-b' });
    expect(names()).toEqual(['runs', 'sweep']);
    expect(item('a')!.textContent).toContain('1,234 rows · 19 bytes · 3 Mar 2026');
    expect(within(item('b')!).getByRole('button', { name: 'sweep' }).getAttribute('aria-current')).toBe('true');
    fireEvent.click(within(item('a')!).getByRole('button', { name: 'runs' }));
    expect(onOpen).toHaveBeenCalledWith('upload-a');
  });

  it('says so when a dataset deleted in another tab is renamed here, instead of dropping the name silently', async () => {
    const onRenamed = vi.fn();
    const { store } = await setup({ onRenamed });
    await store.remove('upload-a'); // another tab deletes it; this list has not refreshed yet
    fireEvent.click(screen.getByRole('button', { name: 'Rename runs' }));
    const input = screen.getByRole('textbox', { name: 'New name for runs' });
    fireEvent.change(input, { target: { value: 'best runs' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/'runs' could not be renamed: it is no longer kept in this browser/)).toBeTruthy();
    expect(onRenamed).not.toHaveBeenCalled();
  });

  it('renames inline: Enter saves, Escape cancels, a blank name changes nothing', async () => {
    const onRenamed = vi.fn();
    const { store } = await setup({ onRenamed });
    const renameButton = screen.getByRole('button', { name: 'Rename runs' });
    fireEvent.click(renameButton);
    let input = screen.getByRole('textbox', { name: 'New name for runs' }) as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('runs');

    fireEvent.change(input, { target: { value: 'nothing' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(names()).toEqual(['runs', 'sweep']);
    expect(document.activeElement).toBe(renameButton);

    fireEvent.click(renameButton);
    input = screen.getByRole('textbox', { name: 'New name for runs' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(names()).toEqual(['runs', 'sweep']);

    fireEvent.click(screen.getByRole('button', { name: 'Rename runs' }));
    input = screen.getByRole('textbox', { name: 'New name for runs' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '  best runs ' } });
    await act(async () => fireEvent.keyDown(input, { key: 'Enter' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(names()).toEqual(['best runs', 'sweep']);
    await waitFor(() => expect(onRenamed).toHaveBeenCalledWith('upload-a', 'best runs'));
    expect((await store.load('upload-a'))?.recipe.name).toBe('best runs');
  });

  it('deletes with an Undo that brings the upload back as it was', async () => {
    const onDeleted = vi.fn();
    const onRestored = vi.fn();
    const { store } = await setup({ onDeleted, onRestored });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete runs' })));
    await waitFor(() => expect(item('a')).toBeNull());
    expect(await store.load('upload-a')).toBeUndefined();
    expect(onDeleted).toHaveBeenCalledWith('upload-a');
    const toast = await screen.findByTestId('undo-toast');
    expect(toast.textContent).toMatch(/^Deleted 'runs' —Undo/);

    await act(async () => fireEvent.click(within(toast).getByRole('button', { name: 'Undo' })));
    await waitFor(() => expect(names()).toEqual(['runs', 'sweep']));
    expect(screen.queryByTestId('undo-toast')).toBeNull();
    expect(onRestored).toHaveBeenCalledWith('upload-a');
    expect(await store.load('upload-a')).toEqual({ recipe: recipe('a', 'runs'), originalText: RUNS });
    expect((await store.list())[0]).toMatchObject({ id: 'upload-a', rows: 1234, createdAt: Date.UTC(2026, 2, 3) });
  });

  it('the Undo goes away after a few seconds, and the deletion stays', async () => {
    const { store } = await setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete sweep' })));
    await screen.findByTestId('undo-toast');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Hovering holds the clock.
    fireEvent.mouseEnter(screen.getByTestId('undo-toast'));
    act(() => vi.advanceTimersByTime(UNDO_MS * 2));
    expect(screen.queryByTestId('undo-toast')).not.toBeNull();
    fireEvent.mouseLeave(screen.getByTestId('undo-toast'));
    act(() => vi.advanceTimersByTime(UNDO_MS - 1));
    expect(screen.queryByTestId('undo-toast')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByTestId('undo-toast')).toBeNull();
    vi.useRealTimers();
    expect((await store.list()).map((u) => u.id)).toEqual(['upload-a']);
  });

  it('downloads the original file under its own name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:original';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download the original file runs.csv' })));
    await waitFor(() => expect(clicked).toEqual(['runs.csv']));
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0].text()).toBe(RUNS);
  });

  it('offers Edit columns for each upload when the app can edit them', async () => {
    const onEditColumns = vi.fn();
    await setup({ onEditColumns });
    fireEvent.click(within(item('b')!).getByRole('button', { name: 'Edit columns of sweep' }));
    expect(onEditColumns).toHaveBeenCalledWith('upload-b', 'sweep');
    cleanup();
    await setup();
    expect(screen.queryByRole('button', { name: /^Edit columns/ })).toBeNull();
  });

  it('marks uploads the browser could not keep', async () => {
    const full: UseStore = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    await setup({}, createUploadStore({ store: full }));
    expect(item('a')!.textContent).toContain('only in this tab, gone on reload');
  });

  it('says what the panel is for when it is empty', async () => {
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <MyDatasets onOpen={() => {}} store={createUploadStore({ store: freshStore() })} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText(/Files you add are kept here, in this browser only/)).toBeTruthy();
  });
});
