/**
 * Reading a Paretoscope link, syntax only: split the query string, decode each item, note what cannot be
 * read. The format itself is described in url.ts.
 */
import { VIEWSPEC_VERSION } from './viewSpec';

/** One `column:sense` item of `objectives=` or `senses=`; `sense` is absent when the item had no ':'. */
export interface RawObjective {
  key: string;
  sense?: string;
}

/** A query string taken apart, values decoded but not checked against any dataset. */
export interface RawQuery {
  v?: string;
  dataset?: string;
  x?: string;
  y?: string;
  xscale?: string;
  yscale?: string;
  objectives?: RawObjective[];
  senses?: RawObjective[];
  color?: string;
  /** null for `group=none`. */
  group?: string | null;
  hide?: string[];
  sel?: string;
  /** Parameter names this version does not know, in order of appearance. */
  unknown: string[];
  /** What could not be read (bad percent-encoding, repeated parameters), as notices. */
  problems: string[];
}

const SCALARS = ['v', 'dataset', 'x', 'y', 'xscale', 'yscale', 'color', 'sel'] as const;
const KNOWN = new Set<string>([...SCALARS, 'objectives', 'senses', 'group', 'hide']);
/**
 * Parameters that belong to the app, not to the view: `data=<url>` (load a file from a URL) and
 * `embed=1` (the chart alone, for iframes). The view codec skips them without a notice.
 */
export const APP_PARAMS = new Set<string>(['data', 'embed']);

/** Percent-encodes one key or value so that it contains no separator of this codec. */
export function encodeItem(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be UTF-8 encoded; real column keys never hold one (they come from decoded files).
    encoded = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
  return encoded
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%(24|2F|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decodes one item; null when the percent-encoding is malformed. */
export function decodeItem(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a query string into parameters and decodes them. Never throws; reports what it cannot read. */
export function parseQuery(search: string): RawQuery {
  const raw: RawQuery = { unknown: [], problems: [] };
  const values = new Map<string, string[]>();
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const decodedName = decodeItem(rawName);
    if (decodedName === null) {
      raw.problems.push(`Could not read the parameter '${rawName}' (bad percent-encoding) — ignored`);
      continue;
    }
    const name = KNOWN.has(decodedName.toLowerCase()) ? decodedName.toLowerCase() : decodedName;
    if (APP_PARAMS.has(name.toLowerCase())) continue;
    if (!KNOWN.has(name)) {
      if (!raw.unknown.includes(name)) raw.unknown.push(name);
      continue;
    }
    const list = values.get(name);
    if (list) list.push(rawValue);
    else values.set(name, [rawValue]);
  }

  for (const [name, list] of values) {
    if (list.length > 1) raw.problems.push(`Parameter '${name}' appears ${list.length} times — using the last one`);
    const value = list[list.length - 1];
    const bad = () => raw.problems.push(`Could not read ${name}=${value} (bad percent-encoding) — ignored`);
    if (name === 'objectives' || name === 'senses') {
      const items = value === '' ? [] : value.split(',').map(parseObjectiveItem);
      if (items.some((i) => i === null)) bad();
      else raw[name] = items as RawObjective[];
    } else if (name === 'hide') {
      const items = value.split(',').map(decodeItem);
      if (items.some((i) => i === null)) bad();
      else raw.hide = items as string[];
    } else if (name === 'group') {
      const decoded = value === 'none' ? null : decodeItem(value);
      if (decoded === null && value !== 'none') bad();
      else raw.group = decoded;
    } else {
      const decoded = decodeItem(value);
      if (decoded === null) bad();
      else raw[name as (typeof SCALARS)[number]] = decoded;
    }
  }
  return raw;
}

function parseObjectiveItem(item: string): RawObjective | null {
  // Separators are literal ':' (keys have theirs escaped); the last one wins so a hand-typed 'a:b:max' works.
  const colon = item.lastIndexOf(':');
  const key = decodeItem(colon < 0 ? item : item.slice(0, colon));
  if (key === null) return null;
  if (colon < 0) return { key };
  const sense = decodeItem(item.slice(colon + 1));
  return sense === null ? null : { key, sense };
}

/**
 * Brings a parsed link up to the current version. Version 1 is the first, so this only stamps
 * unversioned links as v1; later versions rename or reshape parameters here, oldest first.
 */
export function migrate(raw: RawQuery): RawQuery {
  return raw.v === undefined ? { ...raw, v: String(VIEWSPEC_VERSION) } : raw;
}
