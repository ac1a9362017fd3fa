/**
 * The hostile-input corpus's raw material, built in code from a fixed seed so every run feeds the app
 * the same bytes and the repository holds no large fixtures. Each function returns what a case drops,
 * links to or stores; e2e/hostile/cases.ts says what the app must answer.
 */
import { gzipSync } from 'node:zlib';
import type { ImportRecipe } from '../../src/data/import/types';
import { encodeSharedData, makeBundle } from '../../src/state/share';

/** mulberry32: a small seeded generator, so "random" bytes are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED = 0x11_2026;

/** A small, well-formed table: A, B and C trade accuracy for latency; D is worse than B on both. */
export const CSV = 'model,accuracy,latency_ms\nA,0.81,12\nB,0.77,9\nC,0.9,20\nD,0.5,30\n';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const file = (name: string, body: string | Buffer, mimeType = 'text/csv'): FilePayload => ({
  name,
  mimeType,
  buffer: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
});

export function randomBytes(n: number, seed = SEED): Buffer {
  const next = seeded(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256);
  return b;
}

/** UTF-16 bytes of `text`, little- or big-endian, with or without a byte order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

export const gzip = (body: string | Buffer): Buffer => gzipSync(typeof body === 'string' ? Buffer.from(body) : body);

/** A gzip file that unpacks to `mb` MiB of one repeated CSV line: a decompression bomb in a few hundred kB. */
export function gzipBomb(mb: number): Buffer {
  const line = Buffer.from('1,2,3\n');
  const body = Buffer.alloc(mb * 1024 * 1024);
  for (let i = 0; i < body.length; i += line.length) line.copy(body, i);
  return gzipSync(body, { level: 9 });
}

/** A header of `n` columns and two rows. */
export function wideCsv(n: number): string {
  const header = Array.from({ length: n }, (_, i) => `c${i}`).join(',');
  const row = (k: number) => Array.from({ length: n }, (_, i) => String((i * 7 + k) % 13)).join(',');
  return `${header}\n${row(1)}\n${row(2)}\n`;
}

/** One column, `n` data rows. */
export function tallCsv(n: number): string {
  return 'score\n' + '1\n'.repeat(n);
}

/** 100 KB of seeded letters in one cell. */
export function hugeCell(): string {
  const next = seeded(SEED + 1);
  let s = '';
  for (let i = 0; i < 100_000; i++) s += String.fromCharCode(97 + Math.floor(next() * 26));
  return `model,accuracy,latency_ms\n${s},0.81,12\nB,0.77,9\nC,0.9,20\n`;
}

/** `1-1-…-1` with 6,000 terms: 11,999 characters. */
export const CHAIN = Array.from({ length: 6000 }, () => '1').join('-');

function recipe(id: string, source: ImportRecipe['source']): ImportRecipe {
  return {
    id,
    name: 'hostile',
    fileName: 'hostile.csv',
    source,
    mapping: [
      { key: 'model', label: 'model', role: 'label', type: 'text' },
      { key: 'accuracy', label: 'accuracy', role: 'objective', type: 'number', sense: 'max' },
      { key: 'latency_ms', label: 'latency_ms', role: 'objective', type: 'number', sense: 'min' },
    ],
    excludeRows: [],
  };
}

/** A bundle file whose data lives at `url`. */
export function bundleAt(url: string, search = '?v=4'): FilePayload {
  return file('hostile.paretoscope.json', makeBundle(search, { v: 1, recipe: recipe('upload-hostile-bundle-url', { kind: 'url', url }), url }), 'application/json');
}

/** A bundle carrying its data inline, with the view `search`. */
export function bundleInline(search: string): FilePayload {
  return file('hostile.paretoscope.json', makeBundle(search, { v: 1, recipe: recipe('upload-hostile-bundle-inline', { kind: 'file' }), csv: CSV }), 'application/json');
}

/** A share link (path + fragment) whose data lives at `url`. */
export function shareLinkAt(url: string): string {
  const r = recipe('upload-hostile-share-url', { kind: 'url', url });
  return `/?dataset=${r.id}#d=${encodeSharedData({ v: 1, recipe: r, url })}`;
}

/** A valid share fragment carrying CSV inline (for cutting it short). */
export function shareFragment(): string {
  return encodeSharedData({ v: 1, recipe: recipe('upload-hostile-share-inline', { kind: 'file' }), csv: CSV });
}
