// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from './ImportDialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CSV = 'model;accuracy;latency_ms\nA;0,81;12\nB;0,77;9\n';

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[2 * i] = text.charCodeAt(i);
  return out;
}

describe('ImportDialog reads what a file holds', () => {
  it('a gzip file at an address is decompressed, its decimal commas read, and the mapping step says both', async () => {
    const body = gzipSync(strToU8(CSV));
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/gzip' } }))));
    render(<ImportDialog onImport={vi.fn()} onClose={vi.fn()} />);
    fireEvent.change(screen.getByTestId('url-input'), { target: { value: 'https://example.org/eu.csv.gz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    const notes = await screen.findByTestId('guess-notes');
    expect(notes.textContent).toContain('eu.csv.gz was decompressed (gzip,');
    expect(notes.textContent).toContain('eu.csv.gz separates cells with semicolons and writes decimal commas: "accuracy" was read with "0,81" as 0.81.');
  });

  it('a dropped UTF-16 file without a BOM is decoded and said so', async () => {
    render(<ImportDialog onImport={vi.fn()} onClose={vi.fn()} />);
    const file = new File([utf16le(CSV)], 'w.csv');
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    const notes = await screen.findByTestId('guess-notes');
    expect(notes.textContent).toContain('w.csv was decoded from UTF-16 (little-endian, without a byte order mark).');
  });
});
