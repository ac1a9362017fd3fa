/**
 * The parse worker's work, apart from the worker global so it can be tested in-process: read the input,
 * run the same parseTable the main thread runs (straight into typed columns), post progress, then the
 * table with its arrays transferred.
 */
import { DataError } from '../data/errors';
// Parquet / Arrow IPC: the seam where columnar files are read (see columnarMagic and readColumnarFile).
import { readColumnarFile } from '../data/import/columnar';
import { columnarMagic } from '../data/import/columnarMagic';
import { decodeBytes } from '../data/import/decode';
import { parseTable } from '../data/import/parse';
import { tableBuffers } from '../data/import/rawColumns';
import { tableFromColumns } from '../data/import/tableBuilder';
import type { RawTable } from '../data/import/types';
import type { ParseReply, ParseRequest, SentError } from '../data/import/workerProtocol';

export type Post = (reply: ParseReply, transfer?: Transferable[]) => void;

// Progress more often than this is noise for a progress bar and costs the main thread messages.
const PROGRESS_STEP = 0.01;

export async function handleParseRequest(request: ParseRequest, post: Post): Promise<void> {
  try {
    post({ type: 'progress', fraction: 0 });
    const started = performance.now();
    const table = await readRequest(request, (fraction) => post({ type: 'progress', fraction }));
    post({ type: 'done', table, ms: performance.now() - started }, tableBuffers(table));
  } catch (err) {
    post({ type: 'error', error: toSent(err) });
  }
}

async function readRequest({ input, name }: ParseRequest, progress: (fraction: number) => void): Promise<RawTable> {
  let text: string;
  let notes: string[] = [];
  if (typeof input === 'string') text = input;
  else {
    const bytes = new Uint8Array(await input.arrayBuffer());
    // ---- Columnar files (Parquet, Arrow IPC): typed columns already, no text to parse. ----
    if (columnarMagic(bytes)) {
      const read = await readColumnarFile(bytes, name);
      const table = tableFromColumns(name, read);
      // Columns left out, integers rounded: said on the mapping step like a text file's read notes.
      if (read.notes?.length) table.readNotes = [...read.notes, ...(table.readNotes ?? [])];
      progress(1);
      return table;
    }
    ({ text, notes } = decodeBytes(bytes, name));
  }
  let shown = 0;
  const table = parseTable(text, name, {
    onProgress: (fraction) => {
      if (fraction - shown >= PROGRESS_STEP || fraction === 1) {
        shown = fraction;
        progress(fraction);
      }
    },
  });
  if (notes.length) table.readNotes = [...notes, ...(table.readNotes ?? [])];
  return table;
}

function toSent(err: unknown): SentError {
  if (err instanceof DataError) {
    const sent: SentError = { name: err.name, message: err.message, file: err.file };
    if (err.row !== undefined) sent.row = err.row;
    if (err.column !== undefined) sent.column = err.column;
    if (err.path !== undefined) sent.path = err.path;
    return sent;
  }
  return { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) };
}
