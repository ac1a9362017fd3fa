/**
 * Parquet files written in the test with hyparquet-writer (synthetic, from a fixed seed), read back
 * through readColumnarFile and compared value by value.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../core/testing/arbitraries';
import { DataError } from '../../errors';
import { LIMITS } from '../limits';
import { cellText, type RawColumn } from '../rawColumns';
import { columnarFormatOf, readColumnarFile } from './index';

type ColumnSource = Parameters<typeof parquetWriteBuffer>[0]['columnData'][number];
type WriteOptions = Omit<Parameters<typeof parquetWriteBuffer>[0], 'columnData'>;

function parquet(columnData: ColumnSource[], opts: WriteOptions = {}): ArrayBuffer {
  return parquetWriteBuffer({ columnData, ...opts });
}

/** Every cell of a column as the app would show it. */
function texts(column: RawColumn, rows: number): string[] {
  return Array.from({ length: rows }, (_, r) => cellText(column, r));
}

function numbers(column: RawColumn): Float64Array {
  if (column.kind !== 'number') throw new Error(`expected a number column, got ${column.kind}`);
  return column.values;
}

/** Synthetic doubles from a seed, with some nulls when `nulls` is set. */
function doubles(n: number, seed: number, nulls = 0): (number | null)[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => (rand() < nulls ? null : (rand() - 0.5) * 10 ** Math.floor(rand() * 12 - 6)));
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the read to fail');
}

/** A Zstandard frame of raw (stored) blocks: valid Zstandard with no compression, enough to route the codec. */
function zstdStored(input: Uint8Array): Uint8Array {
  const blocks: number[] = [];
  const MAX = 128 * 1024;
  for (let at = 0; at < input.length || at === 0; at += MAX) {
    const size = Math.min(MAX, input.length - at);
    const last = at + MAX >= input.length ? 1 : 0;
    const header = last | (0 << 1) | (size << 3);
    blocks.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...input.subarray(at, at + size));
    if (input.length === 0) break;
  }
  const n = input.length;
  // Magic, frame header descriptor (single segment, 4-byte content size), content size.
  return new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0xa0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff, ...blocks]);
}

/** An LZ4 block holding only literals: valid LZ4_RAW with no compression. */
function lz4Literals(input: Uint8Array): Uint8Array {
  const n = input.length;
  const out: number[] = [Math.min(n, 15) << 4];
  if (n >= 15) {
    let rest = n - 15;
    while (rest >= 255) {
      out.push(255);
      rest -= 255;
    }
    out.push(rest);
  }
  return new Uint8Array([...out, ...input]);
}

describe('columnarFormatOf', () => {
  it('knows Parquet by PAR1 and nothing else by accident', () => {
    const file = parquet([{ name: 'x', data: [1, 2, 3], type: 'DOUBLE' }]);
    expect(columnarFormatOf(file)).toBe('parquet');
    expect(columnarFormatOf(new TextEncoder().encode('a,b\n1,2\n'))).toBeNull();
    expect(columnarFormatOf(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBeNull();
    expect(columnarFormatOf(new ArrayBuffer(0))).toBeNull();
  });
});

describe('readColumnarFile (Parquet)', () => {
  it('reads doubles, with nulls as NaN, across several row groups, with Snappy', async () => {
    const n = 5_000;
    const a = doubles(n, 1);
    const b = doubles(n, 2, 0.1);
    const file = parquet(
      [
        { name: 'a', data: a, type: 'DOUBLE', nullable: false },
        { name: 'b', data: b, type: 'DOUBLE' },
      ],
      { rowGroupSize: 700, pageSize: 4096, codec: 'SNAPPY' },
    );
    const meta = parquetMetadata(file);
    expect(meta.row_groups.length).toBe(8);
    expect(new Set(meta.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)))).toEqual(new Set(['SNAPPY']));
    const table = await readColumnarFile(file, 'runs.parquet');
    expect(table.format).toBe('parquet');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rowCount).toBe(n);
    expect(Array.from(numbers(table.columns[0]))).toEqual(a);
    expect(Array.from(numbers(table.columns[1]))).toEqual(b.map((v) => (v === null ? NaN : v)));
    expect(table.notes).toBeUndefined();
  });

  it('places every row of many small row groups', async () => {
    const n = 12_345;
    const a = doubles(n, 3, 0.05);
    const file = parquet([{ name: 'a', data: a, type: 'DOUBLE' }], { rowGroupSize: 97 });
    expect(parquetMetadata(file).row_groups.length).toBe(128);
    const table = await readColumnarFile(file, 'small-groups.parquet');
    expect(Array.from(numbers(table.columns[0]))).toEqual(a.map((v) => (v === null ? NaN : v)));
  });

  it('reads integers, floats and decimals as numbers; 64-bit integers past 2^53 are noted', async () => {
    const big = 2n ** 60n + 1n;
    const file = parquet(
      [
        { name: 'i32', data: [1, -2, null, 2147483647] },
        { name: 'i64', data: [1n, big, null, -5n] },
        { name: 'f32', data: [0.5, 1.25, -3, null] },
        { name: 'price', data: [1.23, 4.5, null, -0.01] },
      ],
      {
        schema: [
          { name: 'root', num_children: 4 },
          { name: 'i32', type: 'INT32', repetition_type: 'OPTIONAL' },
          { name: 'i64', type: 'INT64', repetition_type: 'OPTIONAL' },
          { name: 'f32', type: 'FLOAT', repetition_type: 'OPTIONAL' },
          { name: 'price', type: 'INT64', converted_type: 'DECIMAL', scale: 2, precision: 10, repetition_type: 'OPTIONAL' },
        ],
      },
    );
    const table = await readColumnarFile(file, 'ints.parquet');
    expect(table.columns.map((c) => c.kind)).toEqual(['number', 'number', 'number', 'number']);
    expect(Array.from(numbers(table.columns[0]))).toEqual([1, -2, NaN, 2147483647]);
    expect(Array.from(numbers(table.columns[1]))).toEqual([1, Number(big), NaN, -5]);
    expect(Array.from(numbers(table.columns[2]))).toEqual([0.5, 1.25, -3, NaN]);
    expect(Array.from(numbers(table.columns[3]))).toEqual([1.23, 4.5, NaN, -0.01]);
    expect(table.notes).toEqual(['column "i64": 1 integer beyond ±2^53 was rounded to the nearest double (its last digits are not exact)']);
  });

  it('reads text, booleans, dates and timestamps as dictionary-encoded text, empty where null', async () => {
    const file = parquet([
      { name: 'algo', data: ['NSGA-II', 'MOEA/D', null, 'NSGA-II', 'é ü'], type: 'STRING' },
      { name: 'ok', data: [true, false, null, true, true], type: 'BOOLEAN' },
      { name: 'when', data: [new Date(Date.UTC(2024, 0, 31, 12, 30)), null, new Date(0), new Date(Date.UTC(1969, 11, 31, 23, 59, 59, 999)), new Date(1)], type: 'TIMESTAMP' },
    ]);
    const table = await readColumnarFile(file, 'mixed.parquet');
    const [algo, ok, when] = table.columns;
    expect(algo.kind).toBe('text');
    expect(texts(algo, 5)).toEqual(['NSGA-II', 'MOEA/D', '', 'NSGA-II', 'é ü']);
    expect(algo.kind === 'text' && algo.labels).toEqual(['NSGA-II', 'MOEA/D', '', 'é ü']);
    expect(texts(ok, 5)).toEqual(['true', 'false', '', 'true', 'true']);
    expect(texts(when, 5)).toEqual(['2024-01-31T12:30:00.000Z', '', '1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '1970-01-01T00:00:00.001Z']);
  });

  it('reads dictionary-encoded text across row groups (a dictionary each) with nulls, labels in order of first appearance', async () => {
    const rand = mulberry32(9);
    const n = 4_000;
    const names = ['NSGA-II', 'SPEA2', 'MOEA/D', 'SMS-EMOA', 'random search'];
    // Later names appear only in later row groups, so each group's dictionary differs.
    const algo = Array.from({ length: n }, (_, i) => (rand() < 0.1 ? null : names[Math.floor(rand() * Math.min(names.length, 1 + i / 800))]));
    const x = Array.from({ length: n }, (_, i) => i % 7);
    const file = parquet(
      [
        { name: 'algo', data: algo, type: 'STRING' },
        { name: 'x', data: x, type: 'DOUBLE' },
      ],
      { rowGroupSize: 1_000 },
    );
    const meta = parquetMetadata(file);
    expect(meta.row_groups.length).toBe(4);
    expect(meta.row_groups.every((g) => g.columns.every((c) => c.meta_data?.encodings.includes('RLE_DICTIONARY')))).toBe(true);
    const table = await readColumnarFile(file, 'algos.parquet');
    const [read, xs] = table.columns;
    expect(texts(read, n)).toEqual(algo.map((v) => v ?? ''));
    const firstSeen = [...new Set(algo.map((v) => v ?? ''))];
    expect(read.kind === 'text' && read.labels).toEqual(firstSeen);
    expect(Array.from(numbers(xs))).toEqual(x);
  });

  it('reads dates, microsecond timestamps and times of day as ISO text', async () => {
    const columnData: ColumnSource[] = [
      { name: 'day', data: [0, 19753, -1, null] },
      { name: 'at', data: [1_700_000_000_123_456n, -1n, null, 0n] },
      { name: 'clock', data: [0, 45_296_789, null, 86_399_999] },
    ];
    const file = parquet(columnData, {
      schema: [
        { name: 'root', num_children: 3 },
        { name: 'day', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
        { name: 'at', type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' }, repetition_type: 'OPTIONAL' },
        { name: 'clock', type: 'INT32', converted_type: 'TIME_MILLIS', repetition_type: 'OPTIONAL' },
      ],
    });
    const table = await readColumnarFile(file, 'dates.parquet');
    expect(texts(table.columns[0], 4)).toEqual(['1970-01-01', '2024-01-31', '1969-12-31', '']);
    expect(texts(table.columns[1], 4)).toEqual(['2023-11-14T22:13:20.123456Z', '1969-12-31T23:59:59.999999Z', '', '1970-01-01T00:00:00.000000Z']);
    expect(texts(table.columns[2], 4)).toEqual(['00:00:00.000', '12:34:56.789', '', '23:59:59.999']);
  });

  it('leaves out nested and binary columns, naming them', async () => {
    const file = parquet(
      [
        { name: 'x', data: [1, 2] },
        { name: 'tags', data: [['a'], ['b', 'c']] },
        { name: 'blob', data: [new Uint8Array([1, 2]), new Uint8Array([3, 4])] },
      ],
      {
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'x', type: 'DOUBLE', repetition_type: 'REQUIRED' },
          { name: 'tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
          { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
          { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
          { name: 'blob', type: 'FIXED_LEN_BYTE_ARRAY', type_length: 2, repetition_type: 'REQUIRED' },
        ],
      },
    );
    const table = await readColumnarFile(file, 'nested.parquet');
    expect(table.header).toEqual(['x']);
    expect(Array.from(numbers(table.columns[0]))).toEqual([1, 2]);
    expect(table.notes).toEqual(['left out 2 columns that are not plain values: "tags" (a list), "blob" (binary data)']);
  });

  it('reads JSON as its text', async () => {
    const file = parquet([{ name: 'params', data: [{ pop: 100 }, [1, 'a'], null] }]);
    const table = await readColumnarFile(file, 'json.parquet');
    expect(texts(table.columns[0], 3)).toEqual(['{"pop":100}', '[1,"a"]', '']);
  });

  it('refuses a file whose only columns are nested, naming them', async () => {
    const file = parquet([{ name: 'tags', data: [['a'], ['b']] }], {
      schema: [
        { name: 'root', num_children: 1 },
        { name: 'tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
      ],
    });
    const err = await rejection(readColumnarFile(file, 'lists.parquet'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe(
      'lists.parquet: the Parquet file has no column Paretoscope can read: "tags" (a list); expected columns of numbers, text, dates or booleans',
    );
  });

  it.each([
    ['GZIP', (b: Uint8Array) => new Uint8Array(gzipSync(b))],
    ['BROTLI', (b: Uint8Array) => new Uint8Array(brotliCompressSync(b))],
    ['ZSTD', zstdStored],
    ['LZ4_RAW', lz4Literals],
  ] as const)('reads pages compressed with %s (its decompressor loaded on demand)', async (codec, compress) => {
    const a = doubles(3_000, 7, 0.1);
    const s = Array.from({ length: 3_000 }, (_, i) => `run ${i % 17}`);
    const file = parquet(
      [
        { name: 'a', data: a, type: 'DOUBLE' },
        { name: 's', data: s, type: 'STRING' },
      ],
      { codec, compressors: { [codec]: compress }, rowGroupSize: 1000, pageSize: 2048 },
    );
    expect(parquetMetadata(file).row_groups[0].columns[0].meta_data?.codec).toBe(codec);
    const table = await readColumnarFile(file, `${codec}.parquet`);
    expect(Array.from(numbers(table.columns[0]))).toEqual(a.map((v) => (v === null ? NaN : v)));
    expect(texts(table.columns[1], 3_000)).toEqual(s);
  });

  it('names a compression codec it cannot read', async () => {
    const file = parquet([{ name: 'a', data: [1, 2, 3], type: 'DOUBLE' }], { codec: 'LZO', compressors: { LZO: (b: Uint8Array) => b } });
    const err = await rejection(readColumnarFile(file, 'old.parquet'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe(
      'old.parquet: the Parquet file is compressed with LZO, which Paretoscope cannot read; expected Snappy, Zstandard, Gzip, LZ4 or Brotli compression, or none (save the file again with one of those)',
    );
  });

  it('says a file cut short is truncated', async () => {
    const file = parquet([{ name: 'a', data: doubles(500, 4), type: 'DOUBLE' }]);
    const err = await rejection(readColumnarFile(file.slice(0, file.byteLength - 100), 'cut.parquet'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toMatch(/^cut\.parquet: the file starts like a Parquet file \(PAR1\) but does not end like one: .*truncated/);
  });

  it('says a damaged footer is damaged', async () => {
    const bytes = new Uint8Array(parquet([{ name: 'a', data: doubles(500, 5), type: 'DOUBLE' }]).slice(0));
    // The footer's length field (4 bytes before the closing PAR1) now points before the file's start.
    new DataView(bytes.buffer).setUint32(bytes.length - 8, bytes.length, true);
    const err = await rejection(readColumnarFile(bytes.buffer, 'bad.parquet'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toMatch(/^bad\.parquet: the Parquet footer \(the file's description of its columns\) could not be read, so the file is damaged or truncated \(/);
  });

  it('refuses an encrypted file', async () => {
    const bytes = new Uint8Array(parquet([{ name: 'a', data: [1, 2], type: 'DOUBLE' }]).slice(0));
    bytes.set([0x50, 0x41, 0x52, 0x45], bytes.length - 4); // PARE: the footer is encrypted
    const err = await rejection(readColumnarFile(bytes.buffer, 'secret.parquet'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe('secret.parquet: the Parquet file is encrypted, and Paretoscope cannot decrypt it: expected an unencrypted Parquet file');
  });

  it('refuses an empty file and a file of no known format', async () => {
    const empty = await rejection(readColumnarFile(new ArrayBuffer(0), 'empty.parquet'));
    expect(empty.message).toBe('empty.parquet: the file is empty: expected a Parquet or Arrow file');
    const text = await rejection(readColumnarFile(new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer, 'table.parquet'));
    expect(text).toBeInstanceOf(DataError);
    expect(text.message).toMatch(/^table\.parquet: the file is neither Parquet nor Arrow/);
  });

  it('refuses a file with no columns', async () => {
    const file = parquet([], { schema: [{ name: 'root', num_children: 0 }] });
    const err = await rejection(readColumnarFile(file, 'none.parquet'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe('none.parquet: the Parquet file has no columns: expected at least one column of numbers');
  });

  it('refuses a file over the row limit from its footer, before reading any data', async () => {
    const file = parquet([{ name: 'a', data: [1, 2, 3], type: 'DOUBLE' }]);
    // The limit is lowered for the test; a file of 20 million rows is not built to check a comparison.
    const limits = LIMITS as { columnarRows: number };
    const saved = limits.columnarRows;
    limits.columnarRows = 2;
    try {
      const err = await rejection(readColumnarFile(file, 'huge.parquet'));
      expect(err).toBeInstanceOf(DataError);
      expect(err.message).toBe('huge.parquet has 3 rows; the limit is 2 rows for a Parquet or Arrow file.');
    } finally {
      limits.columnarRows = saved;
    }
    expect(saved).toBeGreaterThan(LIMITS.rows);
  });
});
