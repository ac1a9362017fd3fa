/**
 * PLACEHOLDER for the Parquet / Arrow IPC readers (replaced wholesale when they land): the parse worker
 * calls `readColumnarFile` for bytes that start with `PAR1` or `ARROW1` (see parseHandler.ts) and turns
 * what it returns into a RawTable with `tableFromColumns`.
 */
import { DataError } from '../../errors';
import type { ColumnarInput } from '../tableBuilder';

/** A columnar file's header and typed columns. This placeholder says the format is not read yet. */
export async function readColumnarFile(bytes: Uint8Array, name: string): Promise<ColumnarInput> {
  const format = bytes[0] === 0x50 ? 'Parquet' : 'Arrow IPC';
  throw new DataError({ file: name }, `is a ${format} file, which this version does not read yet; export the table as CSV or JSON`);
}
