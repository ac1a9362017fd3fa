/**
 * Share links and bundles. A link is `<page>?<view>#d=<data>`:
 *
 * - the query string is the readable ViewSpec (url.ts), with `dataset=<upload id>` for an upload;
 * - the fragment carries the uploaded data, `d=` + base64url(deflate(JSON of SharedData)). Browsers never
 *   send a fragment to a server, so the data stays between the two people.
 *
 * Data that came from a public https address is linked by that address instead: `?data=<address>&<view>
 * &map=<choices that differ from the guesses>` (dataLink.ts), a short link with no fragment. Embedding
 * the data stays an option (`embed`).
 *
 * Otherwise the data travels inline when its compressed form fits `SHARE_LIMIT_BYTES`. A larger dataset
 * that came from a URL travels as that URL; any other is too large for a link, and a bundle (one JSON
 * file with the data and the view, reopened by dropping it on the page) takes its place.
 *
 * Reading never throws: a damaged fragment gives a specific message, and the view in the query string,
 * read separately, still applies.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import * as z from 'zod/mini';
import '../data/zodConfig';
import type { ImportRecipe } from '../data/import/types';
import { importRecipeSchema } from '../data/uploads';
import { dataLinkSearch, isPublicHttps, type MapOverride } from './dataLink';
import { migrate, parseQuery, type RawQuery } from './query';

/** Largest compressed payload a link carries: 64 KB, about 87,000 characters after base64url. */
export const SHARE_LIMIT_BYTES = 65536;
/** Version of the SharedData format (independent of the ViewSpec version, `v=` in the query). */
export const SHARED_DATA_VERSION = 1;
/** Most a payload may unpack to; a tampered link must not be able to exhaust the page's memory. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** What a link's fragment (or a bundle) carries for an uploaded dataset. */
export interface SharedData {
  v: 1;
  recipe: ImportRecipe;
  /**
   * The table as CSV text that `recipe` rebuilds the dataset from, when the data travels inline: the
   * compact `tableToCsv(table, recipe)` with the recipe it returns.
   */
  csv?: string;
  /** Absolute http(s) address of the file, when the data travels as a reference. */
  url?: string;
}

export interface SharedDataResult {
  data?: SharedData;
  /** Why the data could not be read; shown to the person. */
  error?: string;
  /** Something to know about data that was read (e.g. it comes from a newer version). */
  notice?: string;
}

const DAMAGED = 'The data in this link is damaged (it was cut off or edited)';

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const sharedDataSchema = z
  .object({
    v: z.int().check(z.positive()),
    recipe: importRecipeSchema,
    csv: z.optional(z.string()),
    url: z.optional(z.string().check(z.refine(isHttpUrl, 'must be an http or https address'))),
  })
  .check(z.refine((d) => d.csv !== undefined || d.url !== undefined, { message: 'it carries neither the data nor its address' }));

/** The first problem zod found, as "recipe.mapping[0].role: invalid option …" (plus how many more). */
function describeIssues(error: z.core.$ZodError, root = ''): string {
  const [first] = error.issues;
  const path = first.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), root);
  const message = first.message.charAt(0).toLowerCase() + first.message.slice(1);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${path ? `${path}: ` : ''}${message}${more}`;
}

/** Validates decoded JSON as SharedData, reading newer formats as far as this version understands them. */
function readSharedJson(json: unknown, damaged: string, root = ''): SharedDataResult {
  const parsed = sharedDataSchema.safeParse(json);
  const version = typeof json === 'object' && json !== null ? (json as { v?: unknown }).v : undefined;
  const newer = typeof version === 'number' && Number.isInteger(version) && version > SHARED_DATA_VERSION;
  if (!parsed.success) {
    return newer
      ? { error: `This link was made by a newer Paretoscope (data format ${version}) and its data cannot be read here: ${describeIssues(parsed.error, root)}.` }
      : { error: `${damaged}: ${describeIssues(parsed.error, root)}.` };
  }
  const { recipe, csv, url } = parsed.data;
  const data: SharedData = { v: 1, recipe, ...(csv === undefined ? {} : { csv }), ...(url === undefined ? {} : { url }) };
  if (!newer) return { data };
  return { data, notice: `This link was made by a newer Paretoscope (data format ${version}) — reading what this version understands` };
}

// ---- base64url ----------------------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
// Standard base64 turns up when a tool re-encodes the link; read it too.
LOOKUP['+'.charCodeAt(0)] = 62;
LOOKUP['/'.charCodeAt(0)] = 63;

function toBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i] << 16) | ((rest > 1 ? bytes[i + 1] : 0) << 8) | (rest > 2 ? bytes[i + 2] : 0);
    chunk += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (rest > 1) chunk += ALPHABET[(n >> 6) & 63];
    if (rest > 2) chunk += ALPHABET[n & 63];
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Bytes of a base64url text, or the reason it is not one. */
function fromBase64Url(text: string): Uint8Array | string {
  const body = text.replace(/=+$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128 || LOOKUP[c] < 0) {
      const shown = JSON.stringify(String.fromCodePoint(body.codePointAt(i)!));
      return `it holds a character link data never contains (${shown} at position ${i + 1})`;
    }
  }
  if (body.length % 4 === 1) return 'it ends in the middle of a character';
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < body.length; i += 4) {
    const n =
      (LOOKUP[body.charCodeAt(i)] << 18) |
      (LOOKUP[body.charCodeAt(i + 1)] << 12) |
      ((i + 2 < body.length ? LOOKUP[body.charCodeAt(i + 2)] : 0) << 6) |
      (i + 3 < body.length ? LOOKUP[body.charCodeAt(i + 3)] : 0);
    out[o++] = (n >> 16) & 255;
    if (i + 2 < body.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < body.length) out[o++] = n & 255;
  }
  return out;
}

// ---- packing ------------------------------------------------------------------------------------

function pack(data: SharedData): Uint8Array {
  const { recipe, csv, url } = data;
  const json = JSON.stringify({ v: SHARED_DATA_VERSION, recipe, ...(csv === undefined ? {} : { csv }), ...(url === undefined ? {} : { url }) });
  return deflateSync(strToU8(json), { level: 9 });
}

class TooBig extends Error {}

/** Inflates in slices so a payload that unpacks to more than `cap` bytes is stopped early. */
function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new TooBig();
    chunks.push(chunk);
    if (final) ended = true;
  });
  const SLICE = 16384;
  for (let i = 0; i < bytes.length; i += SLICE) inflate.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  if (!ended) throw new Error('unexpected EOF');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** The fragment value (what follows `#d=`) for `data`: base64url of deflated JSON. */
export function encodeSharedData(data: SharedData): string {
  return toBase64Url(pack(data));
}

/** The `d` value of a fragment: location.hash ('#d=…', other '&'-parameters allowed), 'd=…', or a bare value. */
function fragmentValue(fragment: string): string | undefined {
  const hashed = fragment.startsWith('#');
  const text = hashed ? fragment.slice(1) : fragment;
  if (!hashed && !text.includes('=')) return text === '' ? undefined : text;
  for (const part of text.split('&')) {
    if (!part.startsWith('d=')) continue;
    const value = part.slice(2);
    try {
      return value.includes('%') ? decodeURIComponent(value) : value;
    } catch {
      return value;
    }
  }
  return undefined;
}

export interface DecodeOptions {
  maxUnpackedBytes?: number;
}

/**
 * Reads the data a link's fragment carries. Accepts `location.hash` ('#d=…'), 'd=…' or the bare value
 * from `encodeSharedData`. A fragment without data gives `{}`. Never throws: every way a link can be
 * cut off or edited gives an `error` saying what is wrong.
 */
export function decodeSharedData(fragment: string, options: DecodeOptions = {}): SharedDataResult {
  try {
    const value = fragmentValue(fragment);
    if (value === undefined) return {};
    if (value.replace(/=+$/, '') === '') return { error: `${DAMAGED}: the data part after #d= is empty.` };
    const bytes = fromBase64Url(value);
    if (typeof bytes === 'string') return { error: `${DAMAGED}: ${bytes}.` };

    const cap = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
    let unpacked: Uint8Array;
    try {
      unpacked = inflateCapped(bytes, cap);
    } catch (err) {
      if (err instanceof TooBig) return { error: `${DAMAGED}: it unpacks to more than ${Math.round(cap / 1048576)} MB, far more than a link can hold.` };
      const message = err instanceof Error ? err.message : String(err);
      return {
        error: /EOF/i.test(message)
          ? `${DAMAGED}: its compressed data ends too early.`
          : `${DAMAGED}: its compressed data cannot be unpacked (${message}).`,
      };
    }

    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
    } catch {
      return { error: `${DAMAGED}: it unpacks to bytes that are not text.` };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return { error: `${DAMAGED}: it unpacks to text that is not valid JSON (${err instanceof Error ? err.message : String(err)}).` };
    }
    return readSharedJson(json, DAMAGED);
  } catch (err) {
    // Nothing above should throw; if something does, the page still opens with a message.
    return { error: `${DAMAGED}: ${err instanceof Error ? err.message : String(err)}.` };
  }
}

// ---- links --------------------------------------------------------------------------------------

export interface ShareLinkInput {
  origin: string;
  pathname: string;
  /** The view's query string, with its leading '?' (or ''). */
  search: string;
  /** The uploaded dataset shown, if any; bundled datasets need nothing beyond the view. */
  data?: SharedData;
  /**
   * The recipe of the original file, for a link that points at the data's address instead of carrying
   * it: the address serves the original file, which `data.recipe` (written for the compact csv) may not
   * fit. Defaults to `data.recipe`.
   */
  original?: ImportRecipe;
  /** Defaults to SHARE_LIMIT_BYTES. */
  limit?: number;
  /** The original mapping's choices that differ from the guesses (`map=` of a link by address). */
  overrides?: readonly MapOverride[];
  /** Put the data in the link even when it came from a public address. */
  embed?: boolean;
}

export type ShareLink =
  | {
      url: string;
      /** Compressed size of what the fragment carries (0 for a view-only link). */
      bytes: number;
      /**
       * 'view': a bundled dataset; 'data': the data is inside the link; 'url': the link's fragment points
       * at the data's address; 'address': the link is `?data=<public address>` with the view and `map=`.
       */
      carries: 'view' | 'data' | 'url' | 'address';
      /** For 'url': the compressed size of the data that was too large to carry. */
      dataBytes?: number;
      /** For 'url' and 'address': the address the data is loaded from. */
      source?: string;
    }
  | { tooLarge: true; bytes: number; limit: number };

/** The absolute http(s) address `data` can be fetched from, if it came from one. */
function sourceUrl(data: SharedData, recipe: ImportRecipe, base: string): string | undefined {
  const given = data.url ?? (recipe.source.kind === 'url' ? recipe.source.url : undefined);
  if (given === undefined) return undefined;
  try {
    const absolute = new URL(given, base).href;
    return isHttpUrl(absolute) ? absolute : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link for a view (and its uploaded data): for data from a public https address (unless `embed`),
 * that address with the view and the mapping choices; else the data inline when its compressed form
 * fits the limit, else a reference to the address it came from (with the `original` recipe), else
 * `tooLarge` with the numbers for the explanation.
 * Data with neither `csv` nor an address gives a view-only link.
 */
export function buildShareLink({ origin, pathname, search, data, original, limit = SHARE_LIMIT_BYTES, overrides = [], embed = false }: ShareLinkInput): ShareLink {
  const page = `${origin}${pathname}${search}`;
  if (!data) return { url: page, bytes: 0, carries: 'view' };
  const referenced = original ?? data.recipe;
  const address = sourceUrl(data, referenced, `${origin}${pathname}`);
  if (!embed && address !== undefined && canLinkByAddress(referenced, address)) {
    return { url: `${origin}${pathname}${dataLinkSearch(address, search, overrides)}`, bytes: 0, carries: 'address', source: address };
  }
  let inlineBytes: number | undefined;
  if (data.csv !== undefined) {
    const packed = pack({ v: 1, recipe: data.recipe, csv: data.csv });
    if (packed.length <= limit) return { url: `${page}#d=${toBase64Url(packed)}`, bytes: packed.length, carries: 'data' };
    inlineBytes = packed.length;
  }
  if (address === undefined) {
    return inlineBytes === undefined ? { url: page, bytes: 0, carries: 'view' } : { tooLarge: true, bytes: inlineBytes, limit };
  }
  const reference = pack({ v: 1, recipe: referenced, url: address });
  if (reference.length > limit) return { tooLarge: true, bytes: inlineBytes ?? reference.length, limit };
  return {
    url: `${page}#d=${toBase64Url(reference)}`,
    bytes: reference.length,
    carries: 'url',
    source: address,
    ...(inlineBytes === undefined ? {} : { dataBytes: inlineBytes }),
  };
}

/**
 * Whether a link may name the data by its address: the original file came from that address and anyone
 * can fetch it (https, a public host). Rows left out on import are left out again by whoever opens the
 * link (the same mapping finds the same rows that do not fit).
 */
export function canLinkByAddress(original: ImportRecipe, address: string): boolean {
  return original.source.kind === 'url' && isPublicHttps(address);
}

export interface SharedLink {
  /** The view, migrated to the current version (resolve it with `resolveSpec` once the dataset is there). */
  query: RawQuery;
  /** The dataset to open: the link's `dataset=`, else the shared data's id. */
  datasetId?: string;
  data?: SharedData;
  /** Messages for the person: damaged data, data from a newer version. */
  notices: string[];
}

/**
 * Reads a whole link as the page opens: the view from the query string and the data from the fragment,
 * each on its own, so a damaged half never loses the other. Never throws.
 */
export function readShareLink({ search, hash }: { search: string; hash: string }): SharedLink {
  const query = migrate(parseQuery(search));
  const { data, error, notice } = decodeSharedData(hash.startsWith('#') || hash === '' ? hash : `#${hash}`);
  const notices = [error, notice].filter((n): n is string => n !== undefined);
  const datasetId = query.dataset ?? data?.recipe.id;
  return { query, ...(datasetId === undefined ? {} : { datasetId }), ...(data ? { data } : {}), notices };
}

// ---- bundles ------------------------------------------------------------------------------------

export const BUNDLE_VERSION = 1;

/**
 * One JSON file with the data and the view, for data too large for a link: dropping it on the page
 * reopens the same chart.
 */
export function makeBundle(search: string, data: SharedData): string {
  const { recipe, csv, url } = data;
  const shared = { v: SHARED_DATA_VERSION, recipe, ...(csv === undefined ? {} : { csv }), ...(url === undefined ? {} : { url }) };
  return `${JSON.stringify({ paretoscope: 'bundle', version: BUNDLE_VERSION, view: search, data: shared }, null, 2)}\n`;
}

/** True when parsed JSON looks like a bundle (so a dropped .json file is opened as one, not imported as data). */
export function isBundle(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { paretoscope?: unknown }).paretoscope === 'bundle';
}

export type BundleResult = { search: string; data: SharedData; notice?: string } | { error: string };

/** Reads a parsed bundle file. Never throws. */
export function readBundle(json: unknown): BundleResult {
  if (!isBundle(json)) return { error: 'This file is not a Paretoscope bundle (it has no "paretoscope": "bundle" marker).' };
  const damaged = 'This bundle is damaged';
  const { version, view, data } = json as { version?: unknown; view?: unknown; data?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `${damaged}: "version" must be a whole number, found ${JSON.stringify(version) ?? 'nothing'}.` };
  }
  if (typeof view !== 'string') return { error: `${damaged}: "view" must be the view's query string, found ${JSON.stringify(view) ?? 'nothing'}.` };
  const read = readSharedJson(data, damaged, 'data');
  if (!read.data) return { error: read.error ?? `${damaged}.` };
  const search = view === '' || view.startsWith('?') ? view : `?${view}`;
  const notices = [
    version > BUNDLE_VERSION ? `This bundle was made by a newer Paretoscope (bundle format ${version}) — reading what this version understands` : undefined,
    read.notice,
  ].filter((n): n is string => n !== undefined);
  return { search, data: read.data, ...(notices.length > 0 ? { notice: notices.join('; ') } : {}) };
}
