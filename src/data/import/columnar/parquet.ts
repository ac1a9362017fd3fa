/**
 * Reads a Parquet file into raw columns with hyparquet (loaded only when a Parquet file is opened).
 *
 * Only what is needed is decoded, one column at a time and one page at a time (see parquetPages.ts):
 * each page's values are copied into the column's one preallocated array and dropped. No row object
 * is built, nor any array of a whole column's boxed values.
 *
 * Numbers (floats, integers, decimals, half floats) become number columns; booleans, text, dates,
 * timestamps and times of day become text columns (ISO 8601 for the temporal ones). Columns the app
 * has no use for — nested groups, lists, maps, binary blobs, geometries — are left out, each named in
 * a note.
 */
import type { FileMetaData, ParquetParsers, SchemaElement, SchemaTree } from 'hyparquet';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { DataError } from '../../errors';
import { LIMITS, formatCount, limitError, rowsProblem } from '../limits';
import type { RawColumn } from '../rawColumns';
import { NumberColumnWriter, TextColumnWriter } from './columnWriters';
import { parquetTrailer } from './format';
import { decompressorsFor } from './parquetCodecs';
import { readChunkPages, type PageSink } from './parquetPages';
import { isoDate, isoTimestamp, timeOfDay, type TimeUnit } from './temporal';
import type { ColumnarTable } from './types';

/** How a column is read: as numbers, as text (each value through `text`), or not at all. */
type Plan =
  | { kind: 'number' }
  | { kind: 'text'; text: (v: unknown) => string }
  | { kind: 'skip'; why: string };

/**
 * Parsers that give temporal values as ISO text straight away (no Date object per value) and JSON as
 * the text it is (the app has no use for the parsed objects).
 */
const decoder = new TextDecoder();
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v) => isoTimestamp(v, 'MILLIS'),
  timestampFromMicroseconds: (v) => isoTimestamp(v, 'MICROS'),
  timestampFromNanoseconds: (v) => isoTimestamp(v, 'NANOS'),
  dateFromDays: (days) => isoDate(days),
  jsonFromBytes: (bytes) => bytes && decoder.decode(bytes),
};

export async function readParquet(bytes: ArrayBuffer, file: string): Promise<ColumnarTable> {
  const trailer = parquetTrailer(new Uint8Array(bytes));
  if (trailer === 'encrypted') throw encrypted(file);
  if (trailer === null) {
    throw new DataError(
      { file },
      `the file starts like a Parquet file (PAR1) but does not end like one: expected the footer and the closing PAR1 in its last bytes, so the file is truncated (an interrupted download?) or damaged`,
    );
  }

  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(bytes, { parsers: PARSERS });
  } catch (err) {
    throw new DataError({ file }, `the Parquet footer (the file's description of its columns) could not be read, so the file is damaged or truncated (${reason(err)})`);
  }
  if (metadata.row_groups.some((g) => g.columns.some((c) => c.crypto_metadata || c.encrypted_column_metadata))) throw encrypted(file);

  const rowCount = Number(metadata.num_rows);
  const tooMany = rowsProblem(file, rowCount, false, LIMITS.columnarRows);
  if (tooMany) throw limitError(file, tooMany);

  let schema: SchemaTree;
  try {
    schema = parquetSchema(metadata);
  } catch (err) {
    throw new DataError({ file }, `the Parquet schema could not be read (${reason(err)})`);
  }
  if (schema.children.length === 0) throw new DataError({ file }, 'the Parquet file has no columns: expected at least one column of numbers');

  const plans = schema.children.map((node) => ({ name: node.element.name, node, plan: planColumn(node) }));
  const read = plans.filter((p) => p.plan.kind !== 'skip');
  const skipped = plans.filter((p) => p.plan.kind === 'skip');
  const notes: string[] = [];
  if (skipped.length) {
    const list = skipped.map((p) => `${JSON.stringify(p.name)} (${(p.plan as { why: string }).why})`).join(', ');
    if (read.length === 0) throw new DataError({ file }, `the Parquet file has no column Paretoscope can read: ${list}; expected columns of numbers, text, dates or booleans`);
    notes.push(`left out ${skipped.length === 1 ? 'a column' : `${skipped.length} columns`} that ${skipped.length === 1 ? 'is' : 'are'} not plain values: ${list}`);
  }

  const readNames = new Set(read.map((p) => p.name));
  const codecs = metadata.row_groups.flatMap((g) =>
    g.columns.filter((c) => c.meta_data && readNames.has(c.meta_data.path_in_schema[0])).map((c) => c.meta_data!.codec),
  );
  const compressors = await decompressorsFor(codecs, file);

  const columns: RawColumn[] = [];
  for (const { name, plan, node } of read) {
    const writer = plan.kind === 'number' ? new NumberColumnWriter(rowCount) : new TextColumnWriter(rowCount);
    const sink: PageSink = writer instanceof NumberColumnWriter ? (page) => writer.writePage(page) : (page) => writer.writePage(page, (plan as { text: (v: unknown) => string }).text);
    let groupStart = 0;
    for (const group of metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
      if (!chunk) throw new DataError({ file, column: name }, `a row group of the Parquet file has no data for the column; the file is damaged`);
      try {
        readChunkPages({ bytes, chunk, schemaPath: [schema, node], groupStart, groupRows, compressors, parsers: PARSERS, indices: plan.kind === 'text' }, sink);
      } catch (err) {
        throw new DataError({ file, column: name }, `the Parquet data could not be read (${reason(err)}); the file may be damaged`);
      }
      groupStart += groupRows;
    }
    if (groupStart !== rowCount) throw new DataError({ file }, `the Parquet footer counts ${formatCount(rowCount)} rows but its row groups hold ${formatCount(groupStart)}; the file is damaged`);
    if (writer instanceof NumberColumnWriter) {
      const { column, note } = writer.done(name);
      columns.push(column);
      if (note) notes.push(note);
    } else {
      columns.push(writer.done());
    }
  }

  return { format: 'parquet', header: read.map((p) => p.name), columns, rowCount, ...(notes.length ? { notes } : {}) };
}

/** How to read a top-level column, from its schema element. */
export function planColumn(node: SchemaTree): Plan {
  const e: SchemaElement = node.element;
  const logical = e.logical_type;
  const converted = e.converted_type;
  if (node.children.length > 0) {
    if (converted === 'LIST' || logical?.type === 'LIST') return { kind: 'skip', why: 'a list' };
    if (converted === 'MAP' || converted === 'MAP_KEY_VALUE' || logical?.type === 'MAP') return { kind: 'skip', why: 'a map' };
    if (logical?.type === 'VARIANT') return { kind: 'skip', why: 'a variant' };
    return { kind: 'skip', why: 'a group of nested columns' };
  }
  if (e.repetition_type === 'REPEATED') return { kind: 'skip', why: 'a list' };
  if (logical?.type === 'GEOMETRY' || logical?.type === 'GEOGRAPHY') return { kind: 'skip', why: 'geometries' };
  if (converted === 'BSON' || logical?.type === 'BSON') return { kind: 'skip', why: 'BSON documents' };
  if (converted === 'INTERVAL' || logical?.type === 'INTERVAL') return { kind: 'skip', why: 'intervals' };
  if (converted === 'DECIMAL' || logical?.type === 'DECIMAL' || logical?.type === 'FLOAT16') return { kind: 'number' };

  if (converted === 'DATE' || logical?.type === 'DATE') return { kind: 'text', text: (v) => (typeof v === 'number' ? isoDate(v) : String(v)) };
  const timestamp = timestampUnit(e);
  if (timestamp) return { kind: 'text', text: (v) => (typeof v === 'bigint' || typeof v === 'number' ? isoTimestamp(v, timestamp) : String(v)) };
  const time = timeUnit(e);
  if (time) return { kind: 'text', text: (v) => (typeof v === 'bigint' || typeof v === 'number' ? timeOfDay(v, time) : String(v)) };

  switch (e.type) {
    case 'DOUBLE':
    case 'FLOAT':
    case 'INT32':
    case 'INT64':
      return { kind: 'number' };
    case 'BOOLEAN':
      return { kind: 'text', text: String };
    case 'BYTE_ARRAY':
      // Text, JSON, enums, and byte arrays with no annotation (most of them are text; hyparquet reads them as UTF-8).
      return { kind: 'text', text: String };
    case 'FIXED_LEN_BYTE_ARRAY':
      if (logical?.type === 'UUID') return { kind: 'text', text: String };
      return { kind: 'skip', why: 'binary data' };
    case 'INT96':
      return { kind: 'text', text: String };
    default:
      return { kind: 'skip', why: `an unknown type (${String(e.type)})` };
  }
}

function timestampUnit(e: SchemaElement): TimeUnit | null {
  if (e.logical_type?.type === 'TIMESTAMP') return e.logical_type.unit;
  if (e.converted_type === 'TIMESTAMP_MILLIS') return 'MILLIS';
  if (e.converted_type === 'TIMESTAMP_MICROS') return 'MICROS';
  return null;
}

function timeUnit(e: SchemaElement): TimeUnit | null {
  if (e.logical_type?.type === 'TIME') return e.logical_type.unit;
  if (e.converted_type === 'TIME_MILLIS') return 'MILLIS';
  if (e.converted_type === 'TIME_MICROS') return 'MICROS';
  return null;
}

function encrypted(file: string): DataError {
  return new DataError({ file }, 'the Parquet file is encrypted, and Paretoscope cannot decrypt it: expected an unencrypted Parquet file');
}

function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/^parquet\s+/i, '');
}
