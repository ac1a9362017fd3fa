/**
 * The parse worker's work, apart from the worker global so it can be tested in-process: read the input,
 * run the same parseTable the main thread runs, post progress, rows in packed batches, then the table.
 */
import { DataError } from '../data/errors';
import { readBlobText } from '../data/import/decode';
import { packRows } from '../data/import/pack';
import { parseTable } from '../data/import/parse';
import type { ParseReply, ParseRequest, SentError } from '../data/import/workerProtocol';

export type Post = (reply: ParseReply, transfer?: Transferable[]) => void;

// Progress more often than this is noise for a progress bar and costs the main thread messages.
const PROGRESS_STEP = 0.01;

export async function handleParseRequest(request: ParseRequest, post: Post): Promise<void> {
  try {
    post({ type: 'progress', fraction: 0 });
    const { text, notes } = typeof request.input === 'string' ? { text: request.input, notes: [] } : await readBlobText(request.input, request.name);
    const started = performance.now();
    let shown = 0;
    let width = 0;
    const table = parseTable(text, request.name, {
      onProgress: (fraction) => {
        if (fraction - shown >= PROGRESS_STEP || fraction === 1) {
          shown = fraction;
          post({ type: 'progress', fraction });
        }
      },
      onRows: (rows) => {
        width ||= rows[0].length;
        const packed = packRows(rows, width);
        post({ type: 'rows', packed }, [packed.ends.buffer]);
      },
    });
    if (notes.length) table.readNotes = [...notes, ...(table.readNotes ?? [])];
    post({ type: 'done', table, ms: performance.now() - started });
  } catch (err) {
    post({ type: 'error', error: toSent(err) });
  }
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
