import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../data/errors';
import { rowTexts } from '../data/import/rawColumns';
import { parseText } from '../data/import/parse';
import { parseInWorker } from '../data/import/parseInWorker';
import type { ParseReply, ParseRequest } from '../data/import/workerProtocol';
import { handleParseRequest } from './parseHandler';

/** Runs the worker's handler in-process, with real structured cloning and transfer of each message. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }
  postMessage(request: ParseRequest) {
    const copy = structuredClone(request);
    setTimeout(() => {
      void handleParseRequest(copy, (reply, transfer) => {
        const data = structuredClone(reply, transfer ? { transfer } : undefined);
        setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent<ParseReply>), 0);
      });
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function csv(rows: number): string {
  const lines = ['model,family,accuracy,latency_ms,params_m'];
  for (let i = 0; i < rows; i++) lines.push(`m${i},${['a', 'b', 'c'][i % 3]},${(50 + (i % 40)).toFixed(1)},"${i % 7},5",${i}`);
  return `${lines.join('\n')}\n`;
}

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('parseInWorker', () => {
  it('gives the same table as parseText, with progress, through a module worker', async () => {
    const text = csv(120_000);
    const progress: number[] = [];
    const table = await parseInWorker(text, 'big.csv', { onProgress: (f) => progress.push(f) });
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].options).toMatchObject({ type: 'module' });
    expect(FakeWorker.created[0].url.pathname).toMatch(/workers\/parse\.worker\.ts$/);
    expect(FakeWorker.created[0].terminated).toBe(true);
    expect(table).toEqual(parseText(text, 'big.csv'));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('reads a File in the worker, ragged rows and JSON alike', async () => {
    const json = JSON.stringify(Array.from({ length: 30_000 }, (_, i) => ({ id: `r${i}`, score: i % 2 ? i : null, ok: i % 3 === 0 })));
    const file = new File([json], 'rows.json');
    expect(await parseInWorker(file, 'rows.json', { workerFrom: 1 })).toEqual(parseText(json, 'rows.json'));
    const ragged = 'a,b\n1\n2,3,4\n5,6\n';
    expect(await parseInWorker(ragged, 'r.csv', { workerFrom: 1 })).toEqual(parseText(ragged, 'r.csv'));
  });

  it('rejects with the same DataError as parseText', async () => {
    const bad = '[{"a": 1},\n {"a": }]';
    const expected = (() => {
      try {
        parseText(bad, 'bad.json');
      } catch (e) {
        return e as DataError;
      }
    })()!;
    const err = await parseInWorker(bad, 'bad.json', { workerFrom: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe(expected.message);
    expect((err as DataError).file).toBe('bad.json');
  });

  it('cancels: terminates the worker and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const pending = parseInWorker(csv(50_000), 'big.csv', { signal: controller.signal, onProgress: (f) => f > 0 && controller.abort() });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.created[0].terminated).toBe(true);
    await expect(parseInWorker('a\n1\n', 'x.csv', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('parses small inputs on the main thread, without a worker', async () => {
    const table = await parseInWorker('a,b\n1,2\n', 'small.csv');
    expect(rowTexts(table)).toEqual([['1', '2']]);
    expect(FakeWorker.created).toHaveLength(0);
  });

  it('refuses a file over the size limit before reading it', async () => {
    // Only its first bytes are looked at (a Parquet or Arrow file may be bigger).
    const huge = { size: 312_000_000, slice: () => new Blob(['model,acc']), text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(parseInWorker(huge, 'data.csv')).rejects.toThrow('data.csv is 312 MB; the limit is 200 MB.');
    const parquet = { size: 612_000_000, slice: () => new Blob(['PAR1']), text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(parseInWorker(parquet, 'big.parquet')).rejects.toThrow('big.parquet is 612 MB; the limit is 500 MB for a Parquet or Arrow file.');
  });
});

describe('the worker reply', () => {
  it('carries typed columns and transfers their buffers, no rows of strings', async () => {
    const replies: { reply: ParseReply; transfer?: Transferable[] }[] = [];
    await handleParseRequest({ input: csv(3_000), name: 'c.csv' }, (reply, transfer) => replies.push({ reply, transfer }));
    const done = replies.find((r) => r.reply.type === 'done');
    if (done?.reply.type !== 'done') throw new Error('no table');
    const { table } = done.reply;
    expect(table.rowCount).toBe(3_000);
    expect(table.columns.map((c) => c.kind)).toEqual(['text', 'text', 'number', 'text', 'number']);
    expect(Object.keys(table)).not.toContain('rows');
    const buffers = table.columns.map((c) => (c.kind === 'number' ? c.values.buffer : c.codes.buffer));
    expect(done.transfer).toHaveLength(buffers.length);
    for (const b of buffers) expect(done.transfer).toContain(b);
  });

  it('sends a Parquet or Arrow file to the columnar readers, their notes to the mapping step', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const { tableFromArrays, tableToIPC } = await import('@uwdata/flechette');
    const parquet = new Blob([
      parquetWriteBuffer({
        columnData: [
          { name: 'acc', data: [0.5, null, 0.75] },
          { name: 'model', data: ['a', 'b', null] },
          { name: 'tags', data: [['x'], [], ['y']] },
        ],
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'acc', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
          { name: 'model', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
          { name: 'tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
          { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
          { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
        ],
      }),
    ]);
    const arrowStream = new Blob([tableToIPC(tableFromArrays({ acc: [0.5, 0.25] }), { format: 'stream' })!.slice()]);
    for (const [input, name] of [
      [parquet, 'r.parquet'],
      [arrowStream, 'r.arrows'],
    ] as const) {
      const replies: ParseReply[] = [];
      await handleParseRequest({ input, name }, (reply) => replies.push(reply));
      const last = replies.at(-1);
      if (last?.type !== 'done') throw new Error(`no table for ${name}: ${JSON.stringify(last)}`);
      const acc = last.table.columns[0];
      expect(acc.kind === 'number' && Array.from(acc.values)).toEqual(name === 'r.parquet' ? [0.5, NaN, 0.75] : [0.5, 0.25]);
      expect(last.table.format).toBe(name === 'r.parquet' ? 'parquet' : 'arrow');
      if (name === 'r.parquet') {
        expect(last.table.header).toEqual(['acc', 'model']);
        expect(last.table.readNotes).toEqual(['left out a column that is not plain values: "tags" (a list)']);
      }
    }
  });
});

describe('parseInWorker: bytes read in the worker', () => {
  it('decompresses a gzip File, reads its decimal commas over whole columns, and keeps both notes', async () => {
    const { gzipSync, strToU8 } = await import('fflate');
    const text = 'model;accuracy\nA;0,81\nB;0,77\nC;1\n';
    const file = new File([gzipSync(strToU8(text))], 'eu.csv.gz');
    const table = await parseInWorker(file, 'eu.csv.gz', { workerFrom: 1 });
    expect(FakeWorker.created).toHaveLength(1);
    expect(rowTexts(table)).toEqual([
      ['A', '0.81'],
      ['B', '0.77'],
      ['C', '1'],
    ]);
    expect(table.decimalComma).toEqual(['accuracy']);
    expect(table.readNotes?.[0]).toMatch(/^eu\.csv\.gz was decompressed \(gzip/);
    expect(table.readNotes?.[1]).toMatch(/^eu\.csv\.gz separates cells with semicolons and writes decimal commas/);
  });

  it('sends back the binary-data message from the worker', async () => {
    const file = new File([new Uint8Array([1, 2, 0, 4, 5, 0, 7])], 'x.bin');
    await expect(parseInWorker(file, 'x.bin', { workerFrom: 1 })).rejects.toThrow(
      'x.bin does not look like text (it holds binary data); Paretoscope reads CSV, TSV, JSON, JSON Lines, Parquet and Arrow',
    );
  });
});
