// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from './ImportDialog';
import { ParseProgress } from './ParseProgress';
import { useFileDrop } from './useFileDrop';
import type { ImportResult } from './useImportFlow';

const MESSY = '\uFEFFmodel,accuracy (%),cost ($),,latency (ms)\r\n"gpt, big",81.5,"1,200.50",x,120\r\nsmall,70.1,300,y,40\r\nbroken,oops,10,z,30\r\n"quoted ""name""",75,500,w,80\r\ntiny,55,5,v,10\r\nmid,72,150,u,60\r\n';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup(props: Partial<Parameters<typeof ImportDialog>[0]> = {}) {
  const onImport = vi.fn<(r: ImportResult) => void>();
  const onClose = vi.fn();
  render(<ImportDialog onImport={onImport} onClose={onClose} {...props} />);
  return { onImport, onClose };
}

async function paste(text: string) {
  fireEvent.change(screen.getByTestId('paste-input'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Use pasted text' }));
}

describe('ImportDialog', () => {
  it('keeps every mapping edit through a validation error and back, then imports without the bad row', async () => {
    const { onImport } = setup();
    expect(screen.getByRole('dialog')).toHaveProperty('ariaModal', 'true');
    await paste(MESSY);
    const mapping = await screen.findByTestId('mapping-step');
    // The guesses are pre-filled.
    expect(within(mapping).getByTestId<HTMLSelectElement>('role-accuracy (%)').value).toBe('objective');
    expect(within(mapping).getByTestId('sense-accuracy (%)').dataset.sense).toBe('max');
    expect(within(mapping).getByTestId<HTMLInputElement>('unit-latency (ms)').value).toBe('ms');
    expect(within(mapping).getByTestId<HTMLSelectElement>('role-model').value).toBe('label');

    // Edits: a label, a unit, a direction, a role.
    fireEvent.change(within(mapping).getByTestId('label-cost ($)'), { target: { value: 'Dollar cost' } });
    fireEvent.change(within(mapping).getByTestId('unit-latency (ms)'), { target: { value: 's' } });
    fireEvent.click(within(mapping).getByTestId('sense-accuracy (%)'));
    fireEvent.change(within(mapping).getByTestId('role-column 4'), { target: { value: 'ignore' } });

    fireEvent.click(within(mapping).getByRole('button', { name: /^import/i }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('pasted text, row 3');
    expect(problems.textContent).toContain('column "accuracy (%)": found "oops"');
    expect(screen.queryByTestId('mapping-step')).toBeNull();

    fireEvent.click(within(problems).getByRole('button', { name: 'Back to mapping' }));
    const again = await screen.findByTestId('mapping-step');
    expect(within(again).getByTestId<HTMLInputElement>('label-cost ($)').value).toBe('Dollar cost');
    expect(within(again).getByTestId<HTMLInputElement>('unit-latency (ms)').value).toBe('s');
    expect(within(again).getByTestId('sense-accuracy (%)').dataset.sense).toBe('min');
    expect(within(again).getByTestId<HTMLSelectElement>('role-column 4').value).toBe('ignore');

    fireEvent.click(within(again).getByRole('button', { name: /^import/i }));
    fireEvent.click(await screen.findByTestId('import-excluding'));
    expect(onImport).toHaveBeenCalledTimes(1);
    const { recipe, table, original } = onImport.mock.calls[0][0];
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (original as Blob).arrayBuffer())).toBe(MESSY.replace(/\r\n/g, '\n')); // a textarea's value has \n line ends
    expect(table.rowCount).toBe(6);
    expect(recipe).toMatchObject({ name: 'pasted text', fileName: 'pasted text', source: { kind: 'paste' }, excludeRows: [2] });
    expect(recipe.id).toMatch(/^upload-[0-9a-f]{8}$/);
    const byKey = Object.fromEntries(recipe.mapping.map((m) => [m.key, m]));
    expect(byKey['cost ($)']).toMatchObject({ label: 'Dollar cost', role: 'objective', sense: 'min' });
    expect(byKey['latency (ms)'].unit).toBe('s');
    expect(byKey['accuracy (%)'].sense).toBe('min');
    expect(byKey['column 4'].role).toBe('ignore');
  });

  it('gives an objective chosen by hand a direction, asks for one the name does not give, and keeps one label', async () => {
    setup({ initial: { text: 'algorithm,Makespan2,WT,cost\nA,1,2,5\nB,2,1,6\nA,3,0,7\n', name: 'm.csv' } });
    const mapping = await screen.findByTestId('mapping-step');
    // Only 'cost' says which way is better; the two hintless columns are not ticked beside it.
    expect(within(mapping).queryByTestId('sense-WT')).toBeNull();
    fireEvent.change(within(mapping).getByTestId('role-WT'), { target: { value: 'objective' } });
    expect(within(mapping).getByTestId('sense-WT').dataset.sense).toBe('min');
    expect(within(mapping).getByTestId('reason-cost').textContent).toBe('numbers · money — ticked');
    fireEvent.change(within(mapping).getByTestId('role-algorithm'), { target: { value: 'label' } });
    fireEvent.change(within(mapping).getByTestId('role-Makespan2'), { target: { value: 'label' } });
    expect(within(mapping).getByTestId<HTMLSelectElement>('role-algorithm').value).toBe('attribute');
  });

  it('starts from `initial` under StrictMode (whose simulated unmount cancels the first load)', async () => {
    const onImport = vi.fn();
    render(
      <StrictMode>
        <ImportDialog onImport={onImport} onClose={() => {}} initial={{ text: 'name,cost\na,1\nb,2\n', name: 'runs.csv' }} />
      </StrictMode>,
    );
    const mapping = await screen.findByTestId('mapping-step');
    fireEvent.click(within(mapping).getByRole('button', { name: /^import/i }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport.mock.calls[0][0].recipe).toMatchObject({ name: 'runs', fileName: 'runs.csv', excludeRows: [] });
  });

  it('lists errors no exclusion can fix without offering to exclude', async () => {
    setup({ initial: { text: 'a,b\n1,2\n3,1\n', name: 'n.csv' } });
    const mapping = await screen.findByTestId('mapping-step');
    // Nothing in the names says which way is better: both are ticked, the directions are asked for.
    expect(within(mapping).getByTestId('guess-notes').textContent).toBe("No column name says which direction is better, so 'a' and 'b' are ticked without one: choose min or max.");
    fireEvent.click(within(mapping).getByRole('button', { name: /^import/i }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('The objective "a" has no direction');
    expect(screen.queryByTestId('import-excluding')).toBeNull();
  });

  it('lets a direction be chosen for an objective ticked without one', async () => {
    const { onImport } = setup({ initial: { text: 'a,b\n1,2\n3,1\n', name: 'n.csv' } });
    const mapping = await screen.findByTestId('mapping-step');
    fireEvent.click(within(within(mapping).getByTestId('sense-a')).getByRole('button', { name: 'min' }));
    fireEvent.click(within(within(mapping).getByTestId('sense-b')).getByRole('button', { name: 'max' }));
    expect(within(mapping).getByTestId('sense-a').dataset.sense).toBe('min');
    fireEvent.click(within(mapping).getByRole('button', { name: /^import/i }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const senses = Object.fromEntries(onImport.mock.calls[0][0].recipe.mapping.map((m: { key: string; sense?: string }) => [m.key, m.sense]));
    expect(senses).toEqual({ a: 'min', b: 'max' });
  });

  it('shows "… and N more" past the first 20 problems', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i},${i < 25 ? 'x' : i}`).join('\n');
    setup({ initial: { text: `name,score\n${rows}\n`, name: 'm.csv' } });
    const mapping = await screen.findByTestId('mapping-step');
    fireEvent.change(within(mapping).getByTestId('role-score'), { target: { value: 'objective' } });
    fireEvent.click(within(mapping).getByRole('button', { name: /^import/i }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems.querySelectorAll('li')).toHaveLength(20);
    expect(problems.textContent).toContain('… and 5 more');
    expect(screen.getByTestId('import-excluding').textContent).toBe('Import without these 25 rows');
  });

  it('reads a chosen file', async () => {
    setup();
    const file = new File(['name,accuracy\na,1\nb,2\n'], 'runs.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    const mapping = await screen.findByTestId('mapping-step');
    expect(mapping.textContent).toContain('runs.csv');
  });

  it('shows parse errors plainly and stays on the source step', async () => {
    setup();
    await paste('[{"a": 1},\n {"a": }]');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^pasted text: not valid JSON at line 2, column 8/);
    expect(screen.getByTestId('paste-input')).toBeTruthy();
  });

  it('hands a Paretoscope bundle to onBundle instead of importing it', async () => {
    const onBundle = vi.fn();
    setup({ onBundle });
    await paste('{"paretoscope":"bundle","datasets":[]}');
    await waitFor(() => expect(onBundle).toHaveBeenCalledWith({ paretoscope: 'bundle', datasets: [] }));
  });

  it('says why a URL could not be fetched: CORS, or the HTTP status', async () => {
    const fetchMock = vi.fn((_url: string, init?: RequestInit) => (init?.mode === 'no-cors' ? Promise.resolve(new Response(null)) : Promise.reject(new TypeError('Failed to fetch'))));
    vi.stubGlobal('fetch', fetchMock);
    setup();
    fireEvent.change(screen.getByTestId('url-input'), { target: { value: 'https://example.org/r.csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the server does not allow other sites to read this file (CORS)');

    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('nope', { status: 404, statusText: 'Not Found' }))));
    fireEvent.change(screen.getByTestId('url-input'), { target: { value: 'https://example.org/missing.csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('HTTP 404 Not Found from https://example.org/missing.csv: the file is not there'));
  });

  it('closes on Escape and keeps Tab inside the dialog', () => {
    const { onClose } = setup();
    const dialog = screen.getByRole('dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const buttons = dialog.querySelectorAll<HTMLElement>('button:not([disabled]), input, textarea');
    buttons[buttons.length - 1].focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('ParseProgress', () => {
  it('is a progressbar with its value, and cancels', () => {
    const onCancel = vi.fn();
    render(<ParseProgress what="Parsing big.csv…" fraction={0.42} onCancel={onCancel} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});

describe('useFileDrop', () => {
  function Probe({ onFile }: { onFile: (f: File) => void }) {
    const { dragging } = useFileDrop(onFile);
    return <p data-testid="dragging">{String(dragging)}</p>;
  }
  const dragEvent = (type: string, files: File[]) => Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });

  it('reports a file dragged over the page and hands over the dropped file', () => {
    const onFile = vi.fn();
    render(<Probe onFile={onFile} />);
    const file = new File(['a'], 'x.csv');
    act(() => void window.dispatchEvent(dragEvent('dragenter', [])));
    expect(screen.getByTestId('dragging').textContent).toBe('true');
    const drop = dragEvent('drop', [file]);
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.getByTestId('dragging').textContent).toBe('false');
    expect(onFile).toHaveBeenCalledWith(file);
  });
});
