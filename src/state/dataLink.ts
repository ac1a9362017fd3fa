/**
 * Links that name a file by its address: `?data=<url>&<view>&map=<column>:<role>[:<sense>],…`.
 *
 * - `data=` is the file's address. The app fetches it, guesses what each column is (inferMapping),
 *   applies `map=` over the guesses and opens the view the other parameters describe on that file.
 * - `map=` carries only the mapping choices that differ from the guesses, so a link stays short and a
 *   better guesser later changes nothing the person chose. Roles: objective, attribute, label, group,
 *   ignore; an objective may carry its sense (min|max). Written and read with the link grammar's list
 *   writer and reader (linkList.ts): a key holding ',' or ':' is quoted, and a value form-encoded as a
 *   whole (`map=a%3Aobjective%3Amin`, as URLSearchParams writes it) reads the same.
 * - A link that lists its objectives (`objectives=`) opens without stopping on the mapping dialog; one
 *   that does not lets the person check the columns first.
 *
 * Share links use this form for data that came from a public https address (`isPublicHttps`); data
 * from files, pastes or private addresses travel inside the link instead (share.ts).
 */
import type { Sense } from '../core';
import type { ColumnMapping, ImportRole } from '../data/import/types';
import { encodeValue, readList, writeList } from './linkList';
import { decodeItem, parseQuery, type RawObjective } from './query';

/** One mapping choice of `map=`: the column's role, and for an objective optionally its sense. */
export interface MapOverride {
  key: string;
  role: ImportRole;
  sense?: Sense;
}

/** What a `?data=` link asks for, beyond its view. */
export interface DataLink {
  /** The file's address as written in the link (may be relative to the page). */
  url: string;
  /** Mapping choices over the guesses, in link order. */
  overrides: MapOverride[];
  /** Whether the link lists its objectives: then it opens without the mapping dialog. */
  namesObjectives: boolean;
  /** The objectives the link ticks, as far as they could be read. */
  objectives: RawObjective[];
  /** What could not be read in `map=`, as notices. */
  problems: string[];
}

const ROLES: readonly ImportRole[] = ['objective', 'attribute', 'label', 'group', 'ignore'];
const isRole = (s: string): s is ImportRole => (ROLES as readonly string[]).includes(s);
const isSense = (s: string): s is Sense => s === 'min' || s === 'max';

/** Raw (still encoded) values of a query string by lower-cased name; the last of a repeated name wins. */
function rawParams(search: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeItem(eq < 0 ? part : part.slice(0, eq));
    if (name !== null) out.set(name.toLowerCase(), eq < 0 ? '' : part.slice(eq + 1));
  }
  return out;
}

/** Reads `?data=` and `map=`; null when the query string has no (non-empty) `data=`. Never throws. */
export function readDataLink(search: string): DataLink | null {
  const params = rawParams(search);
  const rawUrl = params.get('data');
  const url = rawUrl === undefined ? null : decodeItem(rawUrl);
  if (url === null || url.trim() === '') return null;
  const rawMap = params.get('map');
  const { overrides, problems } = rawMap === undefined ? { overrides: [], problems: [] } : readMapParam(rawMap);
  // parseQuery decides what counts as `objectives=` (its spelling, its case), as the view will read it.
  const objectives = parseQuery(search).objectives;
  const namesObjectives = objectives !== undefined || params.has('objectives');
  return { url: url.trim(), overrides, namesObjectives, objectives: objectives ?? [], problems };
}

/**
 * Reads a raw (still encoded) `map=` value. An item's fields are read from the right (`…:role[:sense]`),
 * so a key holding a ':' that was not quoted still reads whole. Unreadable items are skipped, each with
 * a notice.
 */
export function readMapParam(raw: string): { overrides: MapOverride[]; problems: string[] } {
  const overrides: MapOverride[] = [];
  const problems: string[] = [];
  const items = readList(raw);
  if (items === null) return { overrides, problems: [`Could not read map=${raw} (bad percent-encoding) — ignored`] };
  for (const fields of items) {
    const last = fields[fields.length - 1].trim().toLowerCase();
    const before = fields.length >= 3 ? fields[fields.length - 2].trim().toLowerCase() : '';
    if (fields.length >= 3 && isSense(last) && before === 'objective') {
      overrides.push({ key: fields.slice(0, -2).join(':'), role: 'objective', sense: last });
    } else if (fields.length >= 2 && isRole(last) && fields.slice(0, -1).join(':') !== '') {
      overrides.push({ key: fields.slice(0, -1).join(':'), role: last });
    } else {
      problems.push(
        `Could not read map=${fields.join(':')}: expected column:role, the role one of ${ROLES.join(', ')} (an objective may add :min or :max) — ignored`,
      );
    }
  }
  return { overrides, problems };
}

/** The `map=` value for `overrides`, percent-encoded for a link (linkList's list writer). */
export function writeMapParam(overrides: readonly MapOverride[]): string {
  return encodeValue(writeList(overrides.map((o) => [o.key, o.role, ...(o.role === 'objective' && o.sense ? [o.sense] : [])])));
}

/**
 * The mapping choices in `mapping` that differ from `guessed`, the guesses for the same file: a column
 * whose role changed, or an objective whose sense changed. Labels and units do not travel.
 */
export function mappingOverrides(mapping: readonly ColumnMapping[], guessed: readonly ColumnMapping[]): MapOverride[] {
  const guesses = new Map(guessed.map((g) => [g.key, g]));
  const out: MapOverride[] = [];
  for (const m of mapping) {
    const g = guesses.get(m.key);
    if (!g) continue;
    const senseDiffers = m.role === 'objective' && m.sense !== undefined && m.sense !== g.sense;
    if (m.role !== g.role || senseDiffers) out.push({ key: m.key, role: m.role, ...(m.role === 'objective' && m.sense ? { sense: m.sense } : {}) });
  }
  return out;
}

/**
 * Whether `address` is an https address anyone on the web could fetch: not localhost, not a private,
 * loopback or link-local IP, not a single-label or .local/.internal host name.
 */
export function isPublicHttps(address: string): boolean {
  let u: URL;
  try {
    u = new URL(address);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '') return false;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    return !(v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('::ffff:'));
  }
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return !(a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || a >= 224);
  }
  if (!host.includes('.')) return false;
  return !/\.(?:localhost|local|internal|lan|home|corp|intranet|test|example|invalid)$/.test(host);
}

/** `data=` value: escaped like a query value, with ':', '/' and '@' left readable. */
export function encodeDataUrl(address: string): string {
  return encodeURIComponent(address).replace(/%(3A|2F|40)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The query string (leading '?') of a link to `viewSearch` on the file at `address`: `data=` first,
 * then the view without its `dataset=` (the upload id means nothing to whoever opens the link), then
 * `map=` when the mapping differs from the guesses.
 */
export function dataLinkSearch(address: string, viewSearch: string, overrides: readonly MapOverride[] = []): string {
  const view = (viewSearch.startsWith('?') ? viewSearch.slice(1) : viewSearch)
    .split('&')
    .filter((p) => p !== '' && !/^(?:dataset|data|map)(?:=|$)/i.test(p));
  const parts = [`data=${encodeDataUrl(address)}`, ...view];
  if (overrides.length > 0) parts.push(`map=${writeMapParam(overrides)}`);
  return `?${parts.join('&')}`;
}
