/**
 * LZ4 frame decompression, for Arrow IPC buffers compressed with LZ4_FRAME — the default of pyarrow's
 * Feather writer, so most .feather files from Python need it. hyparquet-compressors decodes LZ4
 * blocks (Parquet's LZ4 and LZ4_RAW) but not the frame format around them, and no other decoder is
 * among the app's dependencies; the format is small (frame: https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md,
 * block: …/lz4_Block_format.md), so it is read here. Checksums are skipped, not verified: the
 * decoded length is checked against the one Arrow recorded, and a corrupt stream fails on bounds.
 */
const MAGIC = 0x184d2204;

/** The bytes an LZ4 frame holds; `length` is the decompressed size Arrow recorded for the buffer. */
export function decompressLz4Frame(input: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  let s = 0;
  let o = 0;
  // A buffer is one frame, but concatenated frames are valid LZ4, so read them all.
  while (s < input.length) {
    if (s + 7 > input.length) throw new Error('LZ4 frame header is cut short');
    const magic = view.getUint32(s, true);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      // A skippable frame: its length follows the magic number.
      s += 8 + view.getUint32(s + 4, true);
      continue;
    }
    if (magic !== MAGIC) throw new Error('not an LZ4 frame (bad magic number)');
    const flags = input[s + 4];
    if (flags >> 6 !== 1) throw new Error(`unsupported LZ4 frame version ${flags >> 6}`);
    const blockChecksum = (flags & 0x10) !== 0;
    const contentSize = (flags & 0x08) !== 0;
    const contentChecksum = (flags & 0x04) !== 0;
    const dictionary = (flags & 0x01) !== 0;
    if (dictionary) throw new Error('LZ4 frames with a dictionary are not supported');
    s += 6 + (contentSize ? 8 : 0) + 1; // magic, FLG, BD, content size, header checksum
    for (;;) {
      if (s + 4 > input.length) throw new Error('LZ4 frame is cut short');
      const word = view.getUint32(s, true);
      s += 4;
      if (word === 0) break; // end mark
      const size = word & 0x7fffffff;
      if (s + size > input.length) throw new Error('LZ4 block runs past the end of the data');
      if (word & 0x80000000) {
        if (o + size > out.length) throw new Error('LZ4 data is longer than recorded');
        out.set(input.subarray(s, s + size), o);
        o += size;
      } else {
        o = decompressBlock(input, s, s + size, out, o);
      }
      s += size + (blockChecksum ? 4 : 0);
    }
    if (contentChecksum) s += 4;
  }
  if (o !== length) throw new Error(`LZ4 data holds ${o} bytes, not the ${length} recorded`);
  return out;
}

/**
 * One LZ4 block from `input[s, end)` into `out` from `o`; returns where its output ends. Matches may
 * reach back into earlier blocks of the frame, which sit just before `o` in `out`.
 */
function decompressBlock(input: Uint8Array, s: number, end: number, out: Uint8Array, o: number): number {
  while (s < end) {
    const token = input[s++];
    let literals = token >> 4;
    if (literals === 15) {
      let b: number;
      do {
        b = input[s++];
        literals += b;
      } while (b === 255 && s < end);
    }
    if (s + literals > end || o + literals > out.length) throw new Error('LZ4 literals run out of bounds');
    out.set(input.subarray(s, s + literals), o);
    s += literals;
    o += literals;
    if (s >= end) break; // the last sequence has literals only
    const offset = input[s] | (input[s + 1] << 8);
    s += 2;
    if (offset === 0 || offset > o) throw new Error('LZ4 match reaches before the start of the data');
    let match = token & 15;
    if (match === 15) {
      let b: number;
      do {
        b = input[s++];
        match += b;
      } while (b === 255 && s < end);
    }
    match += 4;
    if (o + match > out.length) throw new Error('LZ4 data is longer than recorded');
    if (offset >= match) {
      out.copyWithin(o, o - offset, o - offset + match);
      o += match;
    } else {
      // Overlapping: the match repeats bytes it is writing.
      for (let i = 0; i < match; i++, o++) out[o] = out[o - offset];
    }
  }
  return o;
}
