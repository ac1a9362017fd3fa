/**
 * Which columnar format a file's bytes are, from their magic numbers alone — no library is loaded to
 * answer, so the intake can ask this of every file and pay for a reader only when one is needed.
 *
 * - Parquet starts with `PAR1` (and ends with it, or with `PARE` when its footer is encrypted). A file
 *   that starts with `PAR1` but ends otherwise is still called Parquet: it is a truncated or damaged
 *   one, and the Parquet reader says so, which helps more than reading it as a table of text would.
 * - An Arrow IPC file (also Feather v2) starts with `ARROW1` and two bytes of padding.
 * - An Arrow IPC stream starts with a message: the continuation marker 0xFFFFFFFF and the length of
 *   the message's metadata. No text file starts with the byte 0xFF twice (it is not UTF-8, and the
 *   UTF-16 byte-order mark is FF FE), so the marker alone does not mistake a table of text for a stream.
 */
export type ColumnarFormat = 'parquet' | 'arrow';

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const ARROW1 = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];

/** 'parquet', 'arrow' (file or stream format) or null when the bytes are neither. */
export function columnarFormatOf(bytes: ArrayBuffer | Uint8Array): ColumnarFormat | null {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (startsWith(b, PAR1)) return 'parquet';
  if (startsWith(b, ARROW1)) return 'arrow';
  if (b.length >= 8 && b[0] === 0xff && b[1] === 0xff && b[2] === 0xff && b[3] === 0xff) {
    const metadataLength = b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24);
    if (metadataLength > 0 && metadataLength <= b.length - 8) return 'arrow';
  }
  return null;
}

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((byte, i) => b[i] === byte);
}

/** Whether the bytes end the way a whole Parquet file does: `PAR1`, or `PARE` (encrypted footer). */
export function parquetTrailer(b: Uint8Array): 'plain' | 'encrypted' | null {
  if (b.length < 12) return null;
  const end = b.length - 4;
  if (b[end] !== 0x50 || b[end + 1] !== 0x41 || b[end + 2] !== 0x52) return null;
  if (b[end + 3] === 0x31) return 'plain';
  if (b[end + 3] === 0x45) return 'encrypted';
  return null;
}
