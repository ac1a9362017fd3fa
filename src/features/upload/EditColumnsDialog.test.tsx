// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ColumnMapping, ImportRecipe } from '../../data/import';
import { EditColumnsDialog } from './EditColumnsDialog';
import type { ColumnsEdit, StoredUpload } from './useEditColumnsFlow';

// 'params' reads like nothing in particular: the guess would leave it an attribute, and so did the import.
// 'latency (ms)' would be guessed an objective; the import made it an attribute, and that must stay.
const TEXT = 'model,cost,latency (ms),params\na,1,30,10\nb,2,20,20\nc,3,10,oops\nd,4,40,50\n';
const MAPPING: ColumnMapping[] = [
  { key: 'model', label: 'model', role: 'label', type: 'text' },
  { key: 'cost', label: 'cost', role: 'objective', type: 'number', sense: 'min' },
  { key: 'latency (ms)', label: 'latency', unit: 'ms', role: 'attribute', type: 'number' },
  { key: 'params', label: 'params', role: 'ignore', type: 'text' },
];
const RECIPE: ImportRecipe = { id: 'upload-00c0ffee', name: 'runs', fileName: 'runs.csv', source: { kind: 'file' }, mapping: MAPPING, excludeRows: [] };

afterEach(cleanup);

function setup({ recipe = RECIPE, text = TEXT, save = async () => undefined as string | undefined } = {}) {
  const load = vi.fn(async (id: string): Promise<StoredUpload | undefined> => (id === recipe.id ? { recipe, originalText: text } : undefined));
  const onSave = vi.fn<(edit: ColumnsEdit) => Promise<string | undefined>>(save);
  const onClose = vi.fn();
  render(<EditColumnsDialog id={recipe.id} name="runs" load={load} onSave={onSave} onClose={onClose} />);
  return { load, onSave, onClose };
}

const role = (key: string) => screen.getByTestId<HTMLSelectElement>(`role-${key}`);

describe('EditColumnsDialog', () => {
  it('opens the mapping step on the stored copy with its recipe (not fresh guesses), titled with the name', async () => {
    const { load } = setup();
    const dialog = screen.getByRole('dialog', { name: 'Edit columns — runs' });
    const mapping = await within(dialog).findByTestId('mapping-step');
    expect(load).toHaveBeenCalledWith('upload-00c0ffee');
    expect(role('latency (ms)').value).toBe('attribute');
    expect(role('params').value).toBe('ignore');
    expect(within(mapping).getByTestId('import-preview').textContent).toContain('oops');
    expect(within(mapping).getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(within(mapping).queryByRole('button', { name: 'Choose other data' })).toBeNull();
    expect(mapping.textContent).toContain('the original file stays as it was');
  });

  it('Save hands over the new mapping under the same id and name', async () => {
    const { onSave } = setup();
    await screen.findByTestId('mapping-step');
    fireEvent.change(role('latency (ms)'), { target: { value: 'objective' } });
    expect(screen.getByTestId('sense-latency (ms)').dataset.sense).toBe('min');
    fireEvent.click(screen.getByTestId('sense-latency (ms)'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(onSave).toHaveBeenCalledTimes(1);
    const { before, recipe, table } = onSave.mock.calls[0][0];
    expect(before).toEqual(RECIPE);
    expect(recipe).toMatchObject({ id: RECIPE.id, name: 'runs', fileName: 'runs.csv', source: { kind: 'file' }, excludeRows: [] });
    expect(recipe.mapping.find((m) => m.key === 'latency (ms)')).toMatchObject({ role: 'objective', sense: 'max', type: 'number', unit: 'ms' });
    expect(table.rowCount).toBe(4);
  });

  it('checks problems as the import does, and saves without the rows that do not fit', async () => {
    const { onSave } = setup();
    await screen.findByTestId('mapping-step');
    fireEvent.change(role('params'), { target: { value: 'objective' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('runs.csv, row 3');
    expect(problems.textContent).toContain('found "oops"');
    await act(async () => fireEvent.click(within(problems).getByRole('button', { name: 'Save without this row' })));
    expect(onSave.mock.calls[0][0].recipe.excludeRows).toEqual([2]);
  });

  it('rows already left out at import that still do not fit stay out without asking again', async () => {
    const objective = MAPPING.map((m) => (m.key === 'params' ? { ...m, role: 'objective' as const, type: 'number' as const, sense: 'min' as const } : m));
    const { onSave } = setup({ recipe: { ...RECIPE, mapping: objective, excludeRows: [2] } });
    const mapping = await screen.findByTestId('mapping-step');
    expect(mapping.textContent).toContain('1 row was left out at import');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(onSave.mock.calls[0][0].recipe.excludeRows).toEqual([2]);
  });

  it('a failed save says why, keeps every edit, and can be tried again', async () => {
    let answer: string | undefined = "the browser's storage for this site is full";
    const { onSave } = setup({ save: async () => answer });
    await screen.findByTestId('mapping-step');
    fireEvent.change(role('latency (ms)'), { target: { value: 'objective' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(screen.getByRole('alert').textContent).toBe("Not saved: the browser's storage for this site is full. The dataset is unchanged.");
    expect(role('latency (ms)').value).toBe('objective');
    answer = undefined;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('shows that it is saving, and Cancel and Escape close without saving', async () => {
    let resolve: (v: string | undefined) => void = () => {};
    const { onSave, onClose } = setup({ save: () => new Promise((r) => (resolve = r)) });
    await screen.findByTestId('mapping-step');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const busy = screen.getByTestId<HTMLButtonElement>('mapping-submit');
    expect(busy.disabled).toBe(true);
    expect(busy.textContent).toBe('Saving…');
    await act(async () => resolve('nope'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('says so when the upload is no longer kept', async () => {
    const onClose = vi.fn();
    render(<EditColumnsDialog id="upload-gone" load={async () => undefined} onSave={async () => undefined} onClose={onClose} />);
    expect((await screen.findByRole('alert')).textContent).toContain('no longer kept in this browser');
    expect(screen.getByRole('dialog', { name: 'Edit columns' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Close' })[1]);
    expect(onClose).toHaveBeenCalled();
  });

  it('gives focus back to the button that opened it', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Edit columns
          </button>
          {open && <EditColumnsDialog id={RECIPE.id} load={async () => ({ recipe: RECIPE, originalText: TEXT })} onSave={async () => undefined} onClose={() => setOpen(false)} />}
        </>
      );
    }
    render(
      <StrictMode>
        <Opener />
      </StrictMode>,
    );
    const opener = screen.getByRole('button', { name: 'Edit columns' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Edit columns — runs' });
    await within(dialog).findByTestId('mapping-step');
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });
});
