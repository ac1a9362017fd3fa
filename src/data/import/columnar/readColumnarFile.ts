/**
 * The one way in for columnar files: sniffs the format from the bytes, loads that format's reader (and
 * its library) only then, and reads the file into raw columns. Every problem is a DataError naming the
 * file and what was expected.
 */
import { DataError } from '../../errors';
import { columnarFormatOf } from './format';
import type { ColumnarTable } from './types';

export async function readColumnarFile(input: ArrayBuffer | Uint8Array, name: string): Promise<ColumnarTable> {
  // The readers want the file's own ArrayBuffer: a view over all of one is taken as it is, never copied.
  const bytes =
    input instanceof Uint8Array
      ? input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer
        ? input.buffer
        : input.slice().buffer
      : input;
  if (bytes.byteLength === 0) throw new DataError({ file: name }, 'the file is empty: expected a Parquet or Arrow file');
  const format = columnarFormatOf(bytes);
  if (format === 'parquet') {
    const { readParquet } = await import('./parquet');
    return readParquet(bytes, name);
  }
  if (format === 'arrow') {
    const { readArrow } = await import('./arrow');
    return readArrow(bytes, name);
  }
  throw new DataError(
    { file: name },
    'the file is neither Parquet nor Arrow: expected a Parquet file (starting with PAR1) or an Arrow IPC file or stream (starting with ARROW1 or 0xFFFFFFFF)',
  );
}
