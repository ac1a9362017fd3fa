// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRecipe } from '../../data/import';
import { importedDatasetQuery } from '../../data/importedQueries';
import { loadUpload, originalFile, saveUpload } from '../../data/uploads';
import { createViewStore, useUrlSync, type ViewStoreApi } from '../../state';
import { useEditColumns } from './useEditColumns';

const TEXT = 'model,family,cost,acc,params\na,x,1,0.5,10\nb,x,2,0.7,20\nc,y,3,0.9,5\nd,y,4,0.6,50\n';
let n = 0;

function recipeFor(id: string): ImportRecipe {
  return {
    id,
    name: 'runs',
    fileName: 'runs.csv',
    source: { kind: 'paste' },
    mapping: [
      { key: 'model', label: 'Model', role: 'label', type: 'text' },
      { key: 'family', label: 'Family', role: 'group', type: 'category' },
      { key: 'cost', label: 'Cost', role: 'objective', type: 'number', sense: 'min' },
      { key: 'acc', label: 'Accuracy', role: 'objective', type: 'number', sense: 'max' },
      { key: 'params', label: 'Parameters', role: 'attribute', type: 'number' },
    ],
    excludeRows: [],
  };
}

/** The app's wiring in small: the dataset query, URL sync, and Edit columns. */
function App({ id, store }: { id: string; store: ViewStoreApi }) {
  const { data } = useQuery(importedDatasetQuery(id));
  useUrlSync(data, store);
  const { onEditColumns, editColumnsDialog } = useEditColumns({ store });
  return (
    <>
      <button type="button" onClick={() => onEditColumns(id)}>
        Edit columns
      </button>
      {editColumnsDialog}
    </>
  );
}

async function setup() {
  const id = `upload-e${String(++n).padStart(7, '0')}`;
  await saveUpload(recipeFor(id), TEXT, { rows: 4 });
  window.history.replaceState(null, '', `/?dataset=${id}`);
  const store = createViewStore();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <App id={id} store={store} />
    </QueryClientProvider>,
  );
  await waitFor(() => expect(store.getState().spec?.dataset).toBe(id));
  return { id, store, client };
}

const ticked = (store: ViewStoreApi) => store.getState().spec!.objectives.filter((o) => o.active).map((o) => `${o.key}:${o.sense}`);

async function openEditor() {
  const opener = screen.getByRole('button', { name: 'Edit columns' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Edit columns — runs' });
  await within(dialog).findByTestId('mapping-step');
  return { opener, dialog };
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('useEditColumns', () => {
  it('Save updates the stored copy and re-opens the view keeping what fits, with one notice for the rest', async () => {
    const { id, store } = await setup();
    act(() => {
      store.getState().setX('params');
      store.getState().setGroup('family');
      store.getState().setSelected(3);
    });
    const before = store.getState().dataset;
    expect(ticked(store)).toEqual(['cost:min', 'acc:max']);

    const { opener, dialog } = await openEditor();
    fireEvent.change(within(dialog).getByTestId('role-params'), { target: { value: 'objective' } });
    fireEvent.change(within(dialog).getByTestId('role-family'), { target: { value: 'ignore' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' })));

    await waitFor(() => expect(store.getState().dataset).not.toBe(before));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    const { spec, dataset, notices } = store.getState();
    expect(dataset!.id).toBe(id);
    expect(ticked(store)).toEqual(['cost:min', 'acc:max', 'params:min']);
    expect(spec).toMatchObject({ x: 'params', group: null, selected: 3 });
    expect(notices).toEqual(["Columns of 'runs' updated. These no longer fit and went back to the default: the grouping."]);
    expect(window.location.search).toContain('objectives=cost:min,acc:max,params:min');

    const stored = await loadUpload(id);
    expect(stored?.recipe).toMatchObject({ id, name: 'runs', excludeRows: [] });
    expect(stored?.recipe.mapping.find((m) => m.key === 'params')).toMatchObject({ role: 'objective', sense: 'min' });
    // Opened once, the record kept as text now has its columns too; its text stays the original.
    expect(stored?.table?.rowCount).toBe(4);
    expect(await (await originalFile(id))?.blob.text()).toBe(TEXT);
  });

  it('everything fitting re-opens the view without a notice', async () => {
    const { store } = await setup();
    const before = store.getState().dataset;
    const { dialog } = await openEditor();
    fireEvent.change(within(dialog).getByTestId('role-params'), { target: { value: 'objective' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' })));
    await waitFor(() => expect(store.getState().dataset).not.toBe(before));
    expect(store.getState().notices).toEqual([]);
    expect(ticked(store)).toEqual(['cost:min', 'acc:max', 'params:min']);
  });

  it('Cancel leaves the stored copy and the view as they were', async () => {
    const { id, store } = await setup();
    const { spec, dataset } = store.getState();
    const { opener, dialog } = await openEditor();
    fireEvent.change(within(dialog).getByTestId('role-params'), { target: { value: 'objective' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(store.getState().spec).toBe(spec);
    expect(store.getState().dataset).toBe(dataset);
    expect((await loadUpload(id))?.recipe).toEqual(recipeFor(id));
  });
});
