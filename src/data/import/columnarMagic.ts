/** Which columnar file format bytes begin with, if any: Parquet (`PAR1`) or Arrow IPC (`ARROW1`). */
export function columnarMagic(bytes: Uint8Array): 'parquet' | 'arrow' | null {
  const starts = (magic: string) => bytes.length >= magic.length && [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0));
  if (starts('PAR1')) return 'parquet';
  if (starts('ARROW1')) return 'arrow';
  return null;
}

/** Whether a Blob is a columnar file, from its first bytes (no read of the rest). */
export async function isColumnarBlob(blob: Blob): Promise<boolean> {
  return columnarMagic(new Uint8Array(await blob.slice(0, 8).arrayBuffer())) !== null;
}
