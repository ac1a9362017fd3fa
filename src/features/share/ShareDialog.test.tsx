// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportRecipe } from '../../data/import/types';
import { decodeSharedData, readBundle, type SharedData } from '../../state/share';
import { formatBytes } from './formatBytes';
import { ShareButton } from './ShareButton';

const recipe: ImportRecipe = {
  id: 'upload-3f9a',
  name: 'runs',
  fileName: 'runs.csv',
  source: { kind: 'file' },
  mapping: [
    { key: 'model', label: 'Model', role: 'label', type: 'text' },
    { key: 'cost', label: 'Cost', role: 'objective', type: 'number', sense: 'min' },
  ],
  excludeRows: [],
};
const data: SharedData = { v: 1, recipe, csv: 'model,cost\n"a, b",1\nΩ,2\n' };
const search = '?dataset=upload-3f9a&x=cost&y=cost&v=1';
const page = { origin: 'https://paretoscope.example', pathname: '/' };

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

async function openDialog() {
  const button = screen.getByTestId('copy-link');
  button.focus();
  await act(async () => fireEvent.click(button));
  return button;
}

describe('ShareButton and ShareDialog', () => {
  it('copies a link that carries the data and says so', async () => {
    render(<ShareButton search={search} data={data} {...page} />);
    await openDialog();
    const dialog = screen.getByRole('dialog', { name: 'Share this view' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const url = (screen.getByTestId('share-url') as HTMLInputElement).value;
    expect(url.startsWith(`https://paretoscope.example/${search}#d=`)).toBe(true);
    expect(decodeSharedData(new URL(url).hash).data).toEqual(data);
    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByTestId('share-status').textContent).toBe('Copied');
    expect(dialog.textContent).toMatch(/The data \(\d+ bytes compressed\) travels inside the link, after the #: it is never sent to a server\./);
    expect(document.activeElement).toBe(screen.getByTestId('share-url'));
  });

  it("prepares an upload's data only when the dialog opens", async () => {
    const load = vi.fn(() => Promise.resolve({ data }));
    render(<ShareButton search={search} load={load} {...page} />);
    expect(load).not.toHaveBeenCalled();
    await openDialog();
    expect(load).toHaveBeenCalledTimes(1);
    const url = (await screen.findByTestId('share-url')) as HTMLInputElement;
    expect(decodeSharedData(new URL(url.value).hash).data).toEqual(data);
  });

  it('Escape closes and gives focus back to the button; Tab stays inside', async () => {
    render(<ShareButton search={search} data={data} {...page} />);
    const button = await openDialog();
    const dialog = screen.getByRole('dialog');
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByTestId('share-url'));
    fireEvent.keyDown(screen.getByTestId('share-url'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('falls back to selecting the link and execCommand when the Clipboard API refuses', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<ShareButton search={search} {...page} />);
    await openDialog();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByTestId('share-status').textContent).toBe('Copied');
    expect(screen.getByRole('dialog').textContent).toContain('Anyone with the link sees this view');

    execCommand.mockReturnValue(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(screen.getByTestId('share-status').textContent).toMatch(/Could not copy by itself\. The link is selected: press Ctrl\+C/);
    const input = screen.getByTestId('share-url') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
  });

  it('too large: explains the limit with numbers and offers a bundle that reopens the same view', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:bundle';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    render(<ShareButton search={search} data={data} {...page} limit={20} />);
    await openDialog();
    expect(screen.queryByTestId('share-url')).toBeNull();
    expect(writeText).not.toHaveBeenCalled();
    const text = screen.getByTestId('share-too-large').textContent ?? '';
    expect(text).toMatch(/^This dataset is \d+ bytes compressed, and a link can carry at most 20 bytes of data\. Download a bundle instead/);
    const bundleButton = screen.getByTestId('download-bundle');
    expect(document.activeElement).toBe(bundleButton);

    fireEvent.click(bundleButton);
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['runs.paretoscope.json', 'blob:bundle']]);
    expect(created[0].type).toBe('application/json;charset=utf-8');
    expect(readBundle(JSON.parse(await created[0].text()))).toEqual({ search, data });
    expect(screen.getByTestId('share-status').textContent).toBe('Saved runs.paretoscope.json');
  });

  it('too large but loaded from a URL: the link points at the address', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `m${(i * 7919) % 10007},${(i * 104729) % 1000003}`);
    const csv = `model,cost\n${rows.join('\n')}\n`;
    const fromUrl: SharedData = { v: 1, csv, recipe: { ...recipe, source: { kind: 'url', url: 'https://data.example/runs.csv' } } };
    render(<ShareButton search={search} data={fromUrl} {...page} limit={400} />);
    await openDialog();
    const url = (screen.getByTestId('share-url') as HTMLInputElement).value;
    expect(decodeSharedData(new URL(url).hash).data?.url).toBe('https://data.example/runs.csv');
    expect(screen.getByRole('dialog').textContent).toMatch(
      /more than a link can carry, so the link points at the address it came from: https:\/\/data\.example\/runs\.csv\. Whoever opens the link loads the file from there\./,
    );
  });

  it('data from a public https address: a short link by address, with "Embed the data instead" as an option', async () => {
    const address = 'https://raw.githubusercontent.com/org/repo/main/runs.csv';
    const fromUrl: SharedData = { ...data, recipe: { ...recipe, source: { kind: 'url', url: address } }, url: address };
    const overrides = [{ key: 'cost', role: 'attribute' as const }];
    render(<ShareButton search={search} data={fromUrl} original={fromUrl.recipe} overrides={overrides} {...page} />);
    await openDialog();
    const short = (screen.getByTestId('share-url') as HTMLInputElement).value;
    expect(short).toBe(`https://paretoscope.example/?data=${address}&x=cost&y=cost&v=1&map=cost:attribute`);
    expect(writeText).toHaveBeenCalledWith(short);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(`The link names the address the data came from, ${address}, and this view.`);
    const embed = screen.getByRole('checkbox', { name: /Embed the data instead/ }) as HTMLInputElement;
    expect(embed.checked).toBe(false);

    await act(async () => fireEvent.click(embed));
    expect(embed.checked).toBe(true);
    const embedded = (screen.getByTestId('share-url') as HTMLInputElement).value;
    expect(embedded.startsWith(`https://paretoscope.example/${search}#d=`)).toBe(true);
    expect(decodeSharedData(new URL(embedded).hash).data).toEqual({ v: 1, recipe: fromUrl.recipe, csv: fromUrl.csv });
    expect(dialog.textContent).toMatch(/travels inside the link/);
    expect(screen.getByTestId('share-status').textContent).toBe('');

    await act(async () => fireEvent.click(embed));
    expect((screen.getByTestId('share-url') as HTMLInputElement).value).toBe(short);
  });

  it('no embedding option when the data did not come from a public address', async () => {
    const local: SharedData = { ...data, recipe: { ...recipe, source: { kind: 'url', url: 'http://localhost:4173/runs.csv' } } };
    render(<ShareButton search={search} data={local} original={local.recipe} {...page} />);
    await openDialog();
    expect((screen.getByTestId('share-url') as HTMLInputElement).value).toContain('#d=');
    expect(screen.queryByTestId('share-embed')).toBeNull();
  });
});

describe('formatBytes', () => {
  it('reads like a person would say it', () => {
    expect([0, 1, 812, 1024, 12_300, 65_536, 3_565_158, 5e9].map(formatBytes)).toEqual([
      '0 bytes',
      '1 byte',
      '812 bytes',
      '1 KB',
      '12 KB',
      '64 KB',
      '3.4 MB',
      '4.7 GB',
    ]);
  });
});
