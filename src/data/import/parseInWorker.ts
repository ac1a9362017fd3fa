/**
 * Parses a file off the main thread: a module worker runs the same parseTable as `parseText` straight
 * into typed columns, posts progress, and hands the finished columns back as transferred buffers, so
 * neither the parse nor the transfer blocks the page. Small inputs are parsed right here, through the
 * same column builders. Columnar files (Parquet, Arrow IPC) always go to the worker.
 */
import { DataError } from '../errors';
import { isColumnarBlob } from './columnarMagic';
import { readBlobText } from './decode';
import { assertSize, LIMITS } from './limits';
import { parseText } from './parse';
import { tableFromColumns } from './tableBuilder';
import type { RawTable } from './types';
import type { ParseReply, ParseRequest, SentError } from './workerProtocol';

export interface ParseInWorkerOptions {
  onProgress?: (fraction: number) => void;
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Inputs smaller than this many bytes (characters for text) are parsed on the main thread. */
  workerFrom?: number;
}

/** Below ~1 MB a worker's start-up costs more than the parse. */
export const WORKER_FROM = 1_000_000;

export async function parseInWorker(input: File | Blob | string, name: string, opts: ParseInWorkerOptions = {}): Promise<RawTable> {
  const { signal, onProgress } = opts;
  if (signal?.aborted) throw abortError();
  const size = typeof input === 'string' ? input.length : input.size;
  const columnar = typeof input !== 'string' && (await isColumnarBlob(input));
  // Parquet and Arrow files never become text, so they may be bigger.
  assertSize(name, size, columnar ? LIMITS.columnarBytes : LIMITS.bytes);
  if (columnar && typeof Worker === 'undefined') {
    // No worker here (a test, an old browser): the reader the worker would run, on this thread.
    const [{ readColumnarFile }, bytes] = await Promise.all([import('./columnar'), input.arrayBuffer()]);
    if (signal?.aborted) throw abortError();
    const read = await readColumnarFile(new Uint8Array(bytes), name);
    const table = withReadNotes(tableFromColumns(name, read), read.notes ?? []);
    onProgress?.(1);
    return table;
  }
  if ((size < (opts.workerFrom ?? WORKER_FROM) && !columnar) || typeof Worker === 'undefined') {
    const decoded = typeof input === 'string' ? { text: input, notes: [] } : await readBlobText(input, name);
    if (signal?.aborted) throw abortError();
    const table = withReadNotes(parseText(decoded.text, name), decoded.notes);
    onProgress?.(1);
    return table;
  }

  const worker = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module', name: 'paretoscope-parse' });
  return new Promise<RawTable>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<ParseReply>) => {
      const reply = e.data;
      if (reply.type === 'progress') onProgress?.(reply.fraction);
      else if (reply.type === 'done') {
        finish();
        resolve(reply.table);
      } else {
        finish();
        reject(revive(reply.error));
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      finish();
      reject(new DataError({ file: name }, `could not be parsed: the parser stopped (${e.message || 'worker error'})`));
    };
    const request: ParseRequest = { input, name };
    worker.postMessage(request);
  });
}

/** The table with `notes` (how its bytes were read) ahead of its own read notes. */
export function withReadNotes(table: RawTable, notes: readonly string[]): RawTable {
  return notes.length ? { ...table, readNotes: [...notes, ...(table.readNotes ?? [])] } : table;
}

function abortError(): DOMException {
  return new DOMException('The import was cancelled', 'AbortError');
}

function revive(sent: SentError): Error {
  if (sent.name !== 'DataError' || sent.file === undefined) {
    const err = new Error(sent.message);
    err.name = sent.name;
    return err;
  }
  const where: ConstructorParameters<typeof DataError>[0] = { file: sent.file };
  if (sent.row !== undefined) where.row = sent.row;
  if (sent.column !== undefined) where.column = sent.column;
  if (sent.path !== undefined) where.path = sent.path;
  const err = new DataError(where, '');
  // The worker already composed the sentence; keep it word for word.
  err.message = sent.message;
  return err;
}
