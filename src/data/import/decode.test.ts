import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors';
import { decodeBytes, MAX_DECOMPRESSED_BYTES, readBlobText } from './decode';
import { parseInWorker } from './parseInWorker';
import { inferImport } from './infer';
import { rowTexts } from './rawColumns';

const CSV = 'model,accuracy,latency\nA,0.81,12\nB,0.77,9\n';

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) (out[o++] = 0xff), (out[o++] = 0xfe);
  for (let i = 0; i < text.length; i++) {
    out[o++] = text.charCodeAt(i) & 255;
    out[o++] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function utf16be(text: string): Uint8Array {
  const le = utf16le(text, false);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) (out[i] = le[i + 1]), (out[i + 1] = le[i]);
  return out;
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 as is, with no note, and drops a UTF-8 BOM', () => {
    expect(decodeBytes(strToU8('a,b\n1,é\n'), 'x.csv')).toEqual({ text: 'a,b\n1,é\n', notes: [] });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('a\n1\n')]), 'x.csv').text).toBe('a\n1\n');
  });

  it('decompresses gzip and says so', () => {
    const { text, notes } = decodeBytes(gzipSync(strToU8(CSV)), 'x.csv.gz');
    expect(text).toBe(CSV);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^x\.csv\.gz was decompressed \(gzip, \d+ bytes → 42 bytes\)\.$/);
  });

  it('stops a gzip bomb at the 64 MB cap', () => {
    const bomb = gzipSync(new Uint8Array(MAX_DECOMPRESSED_BYTES + 1).fill(44));
    expect(bomb.length).toBeLessThan(1_000_000);
    const err = thrown(() => decodeBytes(bomb, 'bomb.csv.gz'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe('bomb.csv.gz is gzip-compressed and unpacks to more than 64 MB; the limit for a compressed file is 64 MB unpacked');
  });

  it('names a damaged gzip file', () => {
    const cut = gzipSync(strToU8(CSV.repeat(50))).subarray(0, 20);
    expect(thrown(() => decodeBytes(cut, 'cut.gz')).message).toMatch(/^cut\.gz starts like a gzip file but could not be decompressed \(.+\); it may be cut short or damaged$/);
  });

  it('refuses binary data with a message that says what the app reads', () => {
    const bytes = new Uint8Array(256);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 97 + 13) & 255;
    const err = thrown(() => decodeBytes(bytes, 'x.bin'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe('x.bin does not look like text (it holds binary data); Paretoscope reads CSV, TSV, JSON, JSON Lines, Parquet and Arrow');
    // Control characters without a NUL, as in many binary formats.
    const controls = new Uint8Array(100).fill(0x41);
    for (let i = 0; i < 100; i += 5) controls[i] = 0x03;
    expect(thrown(() => decodeBytes(controls, 'y.dat')).message).toMatch(/^y\.dat does not look like text/);
  });

  it('decodes UTF-16 little-endian with a BOM, and without one', () => {
    const withBom = decodeBytes(utf16le('name;score\nÄ;1\n', true), 'w.csv');
    expect(withBom.text).toBe('name;score\nÄ;1\n');
    expect(withBom.notes).toEqual(['w.csv was decoded from UTF-16 (little-endian, with a byte order mark).']);
    const bare = decodeBytes(utf16le(CSV, false), 'n.csv');
    expect(bare.text).toBe(CSV);
    expect(bare.notes).toEqual(['n.csv was decoded from UTF-16 (little-endian, without a byte order mark).']);
  });

  it('decodes UTF-16 big-endian without a BOM', () => {
    const { text, notes } = decodeBytes(utf16be(CSV), 'b.csv');
    expect(text).toBe(CSV);
    expect(notes[0]).toMatch(/big-endian, without a byte order mark/);
  });

  it('reads bytes that are not UTF-8 as Latin-1 and says so', () => {
    // "café;0,5" in Latin-1: é is the single byte 0xE9, invalid in UTF-8.
    const bytes = new Uint8Array([...strToU8('name;x\ncaf'), 0xe9, ...strToU8(';1\n')]);
    const { text, notes } = decodeBytes(bytes, 'l.csv');
    expect(text).toBe('name;x\ncafé;1\n');
    expect(notes).toEqual(['l.csv is not UTF-8; it was read as Latin-1 (Windows-1252). Check accented letters in the preview.']);
  });

  it('decodes a gzip of UTF-16 text, with both notes', async () => {
    const { text, notes } = await readBlobText(new Blob([gzipSync(utf16le(CSV, true))]), 'z.csv.gz');
    expect(text).toBe(CSV);
    expect(notes.map((n) => n.split(' (')[0])).toEqual(['z.csv.gz was decompressed', 'z.csv.gz was decoded from UTF-16']);
  });
});

describe('parseInWorker on bytes', () => {
  it('imports a gzip CSV and carries the note to the mapping step', async () => {
    const table = await parseInWorker(new Blob([gzipSync(strToU8(CSV))]), 'r.csv.gz');
    expect(table.header).toEqual(['model', 'accuracy', 'latency']);
    expect(rowTexts(table)).toEqual([
      ['A', '0.81', '12'],
      ['B', '0.77', '9'],
    ]);
    expect(inferImport(table).notes[0]).toMatch(/^r\.csv\.gz was decompressed/);
  });

  it('rejects a binary blob with the binary message', async () => {
    await expect(parseInWorker(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])]), 'p.png')).rejects.toThrow(
      'p.png does not look like text (it holds binary data); Paretoscope reads CSV, TSV, JSON, JSON Lines, Parquet and Arrow',
    );
  });
});

describe('a web page saved as a data file', () => {
  it('is named as a web page, not read as a one-column table', () => {
    const page = strToU8('<!DOCTYPE html>\n<html><body><table><tr><td>a</td></tr></table></body></html>\n');
    expect(() => decodeBytes(page, 'results.csv')).toThrow('results.csv holds a web page (HTML), not a data table; save the table itself as CSV or JSON.');
    expect(() => decodeBytes(strToU8('  <html lang="en"><p>x</p></html>'), 'r.json')).toThrow(/holds a web page/);
    // A CSV that merely mentions HTML is a CSV.
    expect(decodeBytes(strToU8('name,html\na,<b>x</b>\n'), 'ok.csv').text).toBe('name,html\na,<b>x</b>\n');
  });
});
