/**
 * Arrow IPC files and streams built in the test with flechette (synthetic, from a fixed seed), read
 * back through readColumnarFile and compared value by value.
 */
import {
  bool,
  dateDay,
  dictionary,
  float64,
  int32,
  int64,
  list,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  timestamp,
  utf8,
  TimeUnit,
  CompressionType,
  setCompressionCodec,
} from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../core/testing/arbitraries';
import { DataError } from '../../errors';
import { cellText, type RawColumn } from '../rawColumns';
import { columnarFormatOf, readColumnarFile } from './index';

function buffer(bytes: Uint8Array | null): ArrayBuffer {
  if (!bytes) throw new Error('flechette wrote nothing');
  return bytes.slice().buffer;
}

function texts(column: RawColumn, rows: number): string[] {
  return Array.from({ length: rows }, (_, r) => cellText(column, r));
}

function numbers(column: RawColumn): number[] {
  if (column.kind !== 'number') throw new Error(`expected a number column, got ${column.kind}`);
  return Array.from(column.values);
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the read to fail');
}

/**
 * A real LZ4 frame (one block, up to 64 KB) that compresses runs of one byte as matches at distance 1
 * and leaves everything else literal: enough to write compressed Arrow buffers in a test.
 */
function lz4Runs(input: Uint8Array): Uint8Array {
  if (input.length > 65_536) throw new Error('the test encoder writes one block');
  const block: number[] = [];
  const length = (v: number) => {
    for (v -= 15; v >= 255; v -= 255) block.push(255);
    block.push(v);
  };
  const sequence = (from: number, to: number, match: number) => {
    const literals = to - from;
    block.push((Math.min(literals, 15) << 4) | (match ? Math.min(match - 4, 15) : 0));
    if (literals >= 15) length(literals);
    for (let i = from; i < to; i++) block.push(input[i]);
    if (match) {
      block.push(1, 0);
      if (match - 4 >= 15) length(match - 4);
    }
  };
  let start = 0;
  let i = 0;
  // LZ4 wants the last 12 bytes outside any match.
  while (i < input.length - 12) {
    let run = 1;
    while (i + run < input.length - 12 && input[i + run] === input[i]) run++;
    if (run >= 9) {
      sequence(start, i + 1, run - 1);
      start = i + run;
    }
    i += run;
  }
  sequence(start, input.length, 0);
  const size = block.length;
  return new Uint8Array([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x00, size & 0xff, (size >> 8) & 0xff, (size >> 16) & 0xff, 0, ...block, 0, 0, 0, 0]);
}

describe('readColumnarFile (Arrow IPC)', () => {
  const n = 2_000;
  const rand = mulberry32(11);
  const x = Array.from({ length: n }, () => rand() * 100 - 50);
  const y = Array.from({ length: n }, () => (rand() < 0.1 ? null : Math.round(rand() * 1e6)));
  const algo = Array.from({ length: n }, () => (rand() < 0.05 ? null : ['NSGA-II', 'SPEA2', 'MOEA/D'][Math.floor(rand() * 3)]));
  const arrays = { x, y, algo };
  const types = { x: float64(), y: int32(), algo: dictionary(utf8()) };

  it.each(['file', 'stream'] as const)('reads the IPC %s format: numbers, nulls as NaN, categories as text', async (format) => {
    // Several record batches, so that rows from later batches land at their own places.
    const table = tableFromArrays(arrays, { types, maxBatchRows: 300 });
    const bytes = buffer(tableToIPC(table, { format }));
    expect(tableFromIPC(bytes).getChild('x').data.length).toBe(7);
    expect(columnarFormatOf(bytes)).toBe('arrow');
    const read = await readColumnarFile(bytes, `runs.${format === 'file' ? 'arrow' : 'arrows'}`);
    expect(read.format).toBe('arrow');
    expect(read.header).toEqual(['x', 'y', 'algo']);
    expect(read.rowCount).toBe(n);
    expect(numbers(read.columns[0])).toEqual(x);
    expect(numbers(read.columns[1])).toEqual(y.map((v) => (v === null ? NaN : v)));
    expect(read.columns[2].kind).toBe('text');
    expect(texts(read.columns[2], n)).toEqual(algo.map((v) => v ?? ''));
    expect(read.notes).toBeUndefined();
  });

  it('reads booleans, dates and timestamps as text; 64-bit integers as numbers, noting the ones rounded', async () => {
    const big = 2 ** 60;
    const table = tableFromArrays(
      {
        ok: [true, false, null],
        day: [new Date(Date.UTC(2024, 0, 31)), null, new Date(0)],
        at: [Date.UTC(2024, 0, 31, 12, 30, 0, 250), 0, null],
        id: [BigInt(big) + 1n, -7n, null],
      },
      { types: { ok: bool(), day: dateDay(), at: timestamp(TimeUnit.MILLISECOND), id: int64() } },
    );
    const read = await readColumnarFile(buffer(tableToIPC(table, { format: 'file' })), 'types.arrow');
    expect(texts(read.columns[0], 3)).toEqual(['true', 'false', '']);
    expect(texts(read.columns[1], 3)).toEqual(['2024-01-31', '', '1970-01-01']);
    expect(texts(read.columns[2], 3)).toEqual(['2024-01-31T12:30:00.250Z', '1970-01-01T00:00:00.000Z', '']);
    expect(numbers(read.columns[3])).toEqual([big, -7, NaN]);
    expect(read.notes).toEqual(['column "id": 1 integer beyond ±2^53 was rounded to the nearest double (its last digits are not exact)']);
  });

  it('leaves out list columns, naming them, and refuses a file with nothing else', async () => {
    const mixed = tableFromArrays({ x: [1, 2], tags: [['a'], ['b', 'c']] }, { types: { x: float64(), tags: list(utf8()) } });
    const read = await readColumnarFile(buffer(tableToIPC(mixed, { format: 'file' })), 'mixed.arrow');
    expect(read.header).toEqual(['x']);
    expect(read.notes).toEqual(['left out a column that is not plain values: "tags" (a list)']);

    const only = tableFromArrays({ tags: [['a']] }, { types: { tags: list(utf8()) } });
    const err = await rejection(readColumnarFile(buffer(tableToIPC(only, { format: 'file' })), 'lists.arrow'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe('lists.arrow: the Arrow file has no column Paretoscope can read: "tags" (a list); expected columns of numbers, text, dates or booleans');
  });

  it('reads a file compressed with LZ4 frames (pyarrow\'s Feather default)', async () => {
    setCompressionCodec(CompressionType.LZ4_FRAME, { encode: lz4Runs, decode: () => new Uint8Array(0) });
    let bytes: ArrayBuffer;
    try {
      // Small integers and a mostly-set validity bitmap: long runs of equal bytes, so buffers shrink.
      const runs = tableFromArrays({ y, algo }, { types: { y: int32(), algo: dictionary(utf8()) } });
      bytes = buffer(tableToIPC(runs, { format: 'file', codec: CompressionType.LZ4_FRAME }));
    } finally {
      setCompressionCodec(CompressionType.LZ4_FRAME, undefined as unknown as Parameters<typeof setCompressionCodec>[1]);
    }
    const plain = buffer(tableToIPC(tableFromArrays({ y, algo }, { types: { y: int32(), algo: dictionary(utf8()) } }), { format: 'file' }));
    expect(bytes.byteLength).toBeLessThan(plain.byteLength);
    const read = await readColumnarFile(bytes, 'runs.feather');
    expect(numbers(read.columns[0])).toEqual(y.map((v) => (v === null ? NaN : v)));
    expect(texts(read.columns[1], n)).toEqual(algo.map((v) => v ?? ''));
  });

  it('loads a Zstandard decoder when a file is compressed with it', async () => {
    // Writing needs an encoder; one that never shrinks the data makes flechette store the buffers as
    // they are, still marking the batches as compressed. It is unregistered before reading.
    const grow = { encode: (b: Uint8Array) => new Uint8Array(b.length + 1), decode: () => new Uint8Array(0) };
    const table = tableFromArrays(arrays, { types });
    const write = (codec: 0 | 1) => {
      setCompressionCodec(codec, grow);
      try {
        return buffer(tableToIPC(table, { format: 'file', codec }));
      } finally {
        setCompressionCodec(codec, undefined as unknown as typeof grow);
      }
    };
    const zstd = await readColumnarFile(write(CompressionType.ZSTD), 'zstd.arrow');
    expect(numbers(zstd.columns[0])).toEqual(x);
  });

  it('says a truncated Arrow file is damaged or truncated', async () => {
    const bytes = buffer(tableToIPC(tableFromArrays(arrays, { types }), { format: 'file' }));
    const err = await rejection(readColumnarFile(bytes.slice(0, bytes.byteLength / 2), 'cut.arrow'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toMatch(/^cut\.arrow: the Arrow data could not be read \(.*\); the file is damaged or truncated$/);
  });
});
