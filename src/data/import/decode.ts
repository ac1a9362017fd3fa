/**
 * A file's bytes -> text, the one place that decides what the bytes are: gzip is decompressed (with
 * the same 64 MB cap as share links), UTF-8 (with or without BOM) is read as is, UTF-16 with or
 * without a BOM and Latin-1 (bytes that are not valid UTF-8) are decoded, and binary data is refused
 * with a message that says so instead of a parser's confusing one. Every conversion is reported as a
 * sentence for the mapping step.
 */
import { Gunzip } from 'fflate';
import { DataError } from '../errors';
import { formatBytes } from './limits';

/** Largest text a compressed file may unpack to: the cap share-link payloads use (64 MiB). */
export const MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;
// Counted in 1024s, as the share link's limits are shown.
const CAP_SHOWN = `${MAX_DECOMPRESSED_BYTES / 1024 / 1024} MB`;

/** How far into the bytes the encoding and binary sniffing looks. */
const SAMPLE = 64 * 1024;

export interface DecodedText {
  text: string;
  /** Sentences saying how the bytes were read, when not as plain UTF-8 (decompressed, decoded). */
  notes: string[];
}

/** What the app reads, for the end of "not text" messages. */
export const READABLE = 'Paretoscope reads CSV, TSV, JSON, JSON Lines, Parquet and Arrow';

/** A DataError whose message is exactly `sentence` (it already names the file). */
function sentenceError(file: string, sentence: string): DataError {
  const err = new DataError({ file }, sentence);
  err.message = sentence;
  return err;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Reads a File or Blob as text (see decodeBytes). */
export async function readBlobText(blob: Blob, name: string): Promise<DecodedText> {
  return decodeBytes(new Uint8Array(await blob.arrayBuffer()), name);
}

/** The text `bytes` hold, and how they were read. Throws DataError for binary or broken compressed data. */
export function decodeBytes(bytes: Uint8Array, name: string): DecodedText {
  const notes: string[] = [];
  let body = bytes;
  if (isGzip(bytes)) {
    body = gunzipCapped(bytes, name);
    notes.push(`${name} was decompressed (gzip, ${formatBytes(bytes.length)} → ${formatBytes(body.length)}).`);
    if (isGzip(body)) throw sentenceError(name, `${name} is compressed twice (gzip inside gzip); decompress it once and import the inner file`);
  }
  const text = decodeText(body, name, notes);
  // A web page saved under a data file's name ("Save page as… results.csv") is not a table.
  if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 512))) {
    throw sentenceError(name, `${name} holds a web page (HTML), not a data table; save the table itself as CSV or JSON. ${READABLE}`);
  }
  return { text, notes };
}

function gunzipCapped(bytes: Uint8Array, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > MAX_DECOMPRESSED_BYTES) {
      over = true;
      throw new RangeError('over the cap');
    }
    chunks.push(chunk);
  });
  const STEP = 1 << 16;
  try {
    // Fed in slices so a decompression bomb stops soon after the cap, not after inflating everything.
    for (let at = 0; at < bytes.length; at += STEP) gunzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (err) {
    if (over) throw sentenceError(name, `${name} is gzip-compressed and unpacks to more than ${CAP_SHOWN}; the limit for a compressed file is ${CAP_SHOWN} unpacked`);
    const why = err instanceof Error ? err.message : String(err);
    throw sentenceError(name, `${name} starts like a gzip file but could not be decompressed (${why}); it may be cut short or damaged`);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function decodeText(bytes: Uint8Array, name: string, notes: string[]): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), name, notes);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', name, notes, 'with a byte order mark');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', name, notes, 'with a byte order mark');
  const unmarked = utf16Without(bytes);
  if (unmarked) return utf16(bytes, unmarked, name, notes, 'without a byte order mark');
  if (looksBinary(bytes)) throw sentenceError(name, `${name} does not look like text (it holds binary data); ${READABLE}`);
  return utf8(bytes, name, notes);
}

/**
 * UTF-16 without a BOM: text in the Latin range has a NUL in every other byte — at odd positions for
 * little-endian, at even ones for big-endian — while the other positions hold almost no NULs.
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes, or many control characters other than tab, newline, carriage return and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

function utf8(bytes: Uint8Array, name: string, notes: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Latin-1 as spreadsheets on Windows write it (the WHATWG "latin1" label is Windows-1252,
    // which agrees with ISO-8859-1 on every printable character).
    const text = new TextDecoder('windows-1252').decode(bytes);
    notes.push(`${name} is not UTF-8; it was read as Latin-1 (Windows-1252). Check accented letters in the preview.`);
    return text;
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', name: string, notes: string[], how: string): string {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw sentenceError(name, `${name} looks like UTF-16 text (${how}) but holds byte sequences that are not valid UTF-16; save it again as UTF-8`);
  }
  notes.push(`${name} was decoded from UTF-16 (${label === 'utf-16le' ? 'little' : 'big'}-endian, ${how}).`);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
