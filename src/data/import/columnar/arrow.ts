/**
 * Reads an Arrow IPC file or stream (Feather v2 is the IPC file format) into raw columns with
 * flechette, loaded only when an Arrow file is opened (7.5 kB gzipped, against 43 kB for Arrow JS).
 *
 * flechette maps the file's buffers without copying them; each record batch of each column is then
 * copied into the column's one preallocated array — a whole batch at a time when it is a plain array
 * of numbers with no nulls, value by value otherwise. Numbers (integers, floats, decimals, durations)
 * become number columns; text, booleans, dictionaries, dates, timestamps and times of day become text
 * columns. Lists, structs, maps, unions and binary columns are left out, each named in a note.
 */
import type { Batch, Column, DataType } from '@uwdata/flechette';
import { CompressionType, Type, setCompressionCodec, tableFromIPC } from '@uwdata/flechette';
import { DataError } from '../../errors';
import { LIMITS, limitError, rowsProblem } from '../limits';
import type { RawColumn } from '../rawColumns';
import { NumberColumnWriter, TextColumnWriter } from './columnWriters';
import { decompressLz4Frame } from './lz4Frame';
import { isoDate, isoTimestamp, timeOfDay, type TimeUnit } from './temporal';
import type { ColumnarTable } from './types';

type Plan =
  | { kind: 'number' }
  | { kind: 'text'; text: (v: unknown) => string }
  | { kind: 'skip'; why: string };

/** flechette's TimeUnit ids (SECOND, MILLISECOND, MICROSECOND, NANOSECOND) as the temporal helpers name them. */
const UNITS: TimeUnit[] = ['SECONDS', 'MILLIS', 'MICROS', 'NANOS'];

/** Integers stay BigInt (converted here, counting the ones a double cannot hold); timestamps stay in their unit. */
const EXTRACTION = { useBigInt: true, useBigIntTimestamp: true, useDate: false, useDecimalInt: false, useMap: false, useProxy: false };

export async function readArrow(bytes: ArrayBuffer, file: string): Promise<ColumnarTable> {
  const data = new Uint8Array(bytes);
  let table: ReturnType<typeof tableFromIPC>;
  try {
    table = tableFromIPC(data, EXTRACTION);
  } catch (err) {
    // A compressed file: its codec is registered on first need, and the file read again.
    const codec = missingCodec(err);
    if (!codec || !(await useCodec(codec))) throw readError(file, err, codec);
    try {
      table = tableFromIPC(data, EXTRACTION);
    } catch (again) {
      throw readError(file, again, missingCodec(again));
    }
  }
  return readTable(table, file);
}

function readTable(table: ReturnType<typeof tableFromIPC>, file: string): ColumnarTable {
  const rowCount = table.numRows;
  const tooMany = rowsProblem(file, rowCount, false, LIMITS.columnarRows);
  if (tooMany) throw limitError(file, tooMany);
  const fields = table.schema.fields;
  if (fields.length === 0) throw new DataError({ file }, 'the Arrow file has no columns: expected at least one column of numbers');

  const plans = fields.map((f) => ({ name: f.name, plan: planColumn(f.type) }));
  const skipped = plans.filter((p) => p.plan.kind === 'skip');
  const readCount = plans.length - skipped.length;
  const notes: string[] = [];
  if (skipped.length) {
    const list = skipped.map((p) => `${JSON.stringify(p.name)} (${(p.plan as { why: string }).why})`).join(', ');
    if (readCount === 0) throw new DataError({ file }, `the Arrow file has no column Paretoscope can read: ${list}; expected columns of numbers, text, dates or booleans`);
    notes.push(`left out ${skipped.length === 1 ? 'a column' : `${skipped.length} columns`} that ${skipped.length === 1 ? 'is' : 'are'} not plain values: ${list}`);
  }

  const header: string[] = [];
  const columns: RawColumn[] = [];
  plans.forEach(({ name, plan }, i) => {
    if (plan.kind === 'skip') return;
    const column = table.getChildAt(i) as Column<unknown>;
    header.push(name);
    if (plan.kind === 'number') {
      const writer = new NumberColumnWriter(rowCount);
      let start = 0;
      for (const batch of column.data) {
        writeNumbers(writer, start, batch);
        start += batch.length;
      }
      const { column: raw, note } = writer.done(name);
      columns.push(raw);
      if (note) notes.push(note);
    } else {
      const writer = new TextColumnWriter(rowCount);
      let start = 0;
      for (const batch of column.data) {
        writer.write(start, valuesOf(batch), plan.text);
        start += batch.length;
      }
      columns.push(writer.done());
    }
  });
  return { format: 'arrow', header, columns, rowCount, ...(notes.length ? { notes } : {}) };
}

/** A whole batch at once when its buffer is the values themselves; value by value otherwise. */
function writeNumbers(writer: NumberColumnWriter, start: number, batch: Batch<unknown>): void {
  const { values } = batch;
  const direct =
    batch.nullCount === 0 &&
    (batch.type.typeId === Type.Int || (batch.type.typeId === Type.Float && batch.type.precision !== 0) || batch.type.typeId === Type.Duration) &&
    ArrayBuffer.isView(values);
  if (direct) writer.write(start, (values as unknown as Float64Array).subarray(0, batch.length));
  else writer.write(start, valuesOf(batch));
}

/** The batch's values, nulls as null (a lazy view: no array is built). */
function valuesOf(batch: Batch<unknown>): ArrayLike<unknown> {
  return new Proxy({ length: batch.length } as ArrayLike<unknown>, {
    get: (target, key) => (typeof key === 'string' && key !== 'length' ? batch.at(Number(key)) : Reflect.get(target, key)),
  });
}

/** How to read a column of this type. */
export function planColumn(type: DataType): Plan {
  switch (type.typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Decimal:
    case Type.Duration:
      return { kind: 'number' };
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Utf8View:
    case Type.Bool:
    case Type.Null:
    case Type.Dictionary:
      return { kind: 'text', text: String };
    case Type.Date:
      // flechette gives dates as milliseconds since 1970-01-01.
      return { kind: 'text', text: (v) => isoDate(Math.floor(Number(v) / 86_400_000)) };
    case Type.Timestamp: {
      const unit = UNITS[type.unit];
      return { kind: 'text', text: (v) => isoTimestamp(v as bigint | number, unit) };
    }
    case Type.Time: {
      const unit = UNITS[type.unit];
      return { kind: 'text', text: (v) => timeOfDay(v as bigint | number, unit) };
    }
    case Type.List:
    case Type.LargeList:
    case Type.FixedSizeList:
    case Type.ListView:
    case Type.LargeListView:
      return { kind: 'skip', why: 'a list' };
    case Type.Struct:
      return { kind: 'skip', why: 'a group of nested columns' };
    case Type.Map:
      return { kind: 'skip', why: 'a map' };
    case Type.Union:
      return { kind: 'skip', why: 'a union of types' };
    case Type.Binary:
    case Type.LargeBinary:
    case Type.BinaryView:
    case Type.FixedSizeBinary:
      return { kind: 'skip', why: 'binary data' };
    case Type.Interval:
      return { kind: 'skip', why: 'intervals' };
    case Type.RunEndEncoded:
      return { kind: 'skip', why: 'run-end encoded values' };
    default:
      return { kind: 'skip', why: 'an unknown type' };
  }
}

/** The codec flechette said it lacks ("LZ4_FRAME", "ZSTD"), or null. */
function missingCodec(err: unknown): string | null {
  const m = /Missing compression codec "([A-Z0-9_]+)"/.exec(err instanceof Error ? err.message : '');
  return m ? m[1] : null;
}

/**
 * Registers the decoder flechette lacks, if there is one: LZ4 frames (pyarrow's Feather default) are
 * read by lz4Frame.ts; Zstandard by fzstd, loaded now (the decoder the Parquet reader uses too).
 */
async function useCodec(codec: string): Promise<boolean> {
  const readOnly = () => {
    throw new Error('not used: Paretoscope only reads Arrow files');
  };
  if (codec === 'LZ4_FRAME') {
    setCompressionCodec(CompressionType.LZ4_FRAME, { decode: decompressLz4Frame, encode: readOnly });
    return true;
  }
  if (codec === 'ZSTD') {
    const { decompress } = await import('fzstd');
    setCompressionCodec(CompressionType.ZSTD, { decode: (b, length) => decompress(b, new Uint8Array(length)), encode: readOnly });
    return true;
  }
  return false;
}

function readError(file: string, err: unknown, codec: string | null): DataError {
  if (codec) {
    return new DataError(
      { file },
      `the Arrow file is compressed with ${codec}, which Paretoscope cannot read; expected an Arrow file compressed with LZ4 or Zstandard, or uncompressed`,
    );
  }
  const text = err instanceof Error ? err.message : String(err);
  return new DataError({ file }, `the Arrow data could not be read (${text}); the file is damaged or truncated`);
}
