import { columnarFormatOf } from './columnar/format';

/**
 * Which columnar file format bytes begin with, if any: Parquet (`PAR1`), Arrow IPC file (`ARROW1`) or
 * stream (a message's 0xFFFFFFFF marker). See columnar/format.ts; no reader library is loaded to say.
 */
export function columnarMagic(bytes: Uint8Array): 'parquet' | 'arrow' | null {
  return columnarFormatOf(bytes);
}

/** Whether a Blob is a columnar file, from its first bytes (no read of the rest). */
export async function isColumnarBlob(blob: Blob): Promise<boolean> {
  return columnarMagic(new Uint8Array(await blob.slice(0, 8).arrayBuffer())) !== null;
}
