/**
 * Reading a Paretoscope link, syntax only: split the query string, decode each value, note what cannot
 * be read. The format itself is described in url.ts, the value grammar (quoting, lists) in linkList.ts.
 * A v=4 link is read with the v4 grammar; an older one (no v=, or v=1..3) as it was written then.
 */
import {
  LINK_VERSION,
  decodeValue,
  isLegacyLink,
  readList,
  readNames,
  readScalar,
  scanFields,
  scanFormula,
  type ScannedField,
} from './linkList';
import { clipText, counted, lastPerKey, namesList, uniqueItems } from './noticeText';

export { LINK_VERSION, isLegacyLink, readList, readNames, writeList, writeNames, writeField, writeScalar, encodeValue, decodeValue } from './linkList';

/** One `column:sense` item of `objectives=` or `senses=`; `sense` is absent when the item had no ':'. */
export interface RawObjective {
  key: string;
  sense?: string;
}

/** One `column:value` item of `weights=` or `ref=` (value still text); `value` absent without ':'. */
export interface RawPair {
  key: string;
  value?: string;
}

/** One `column:op:value[:value2][:source]` item of `filter=`, decoded, unchecked. */
export interface RawFilter {
  column: string;
  /** Every field after the column, decoded. */
  parts: string[];
}

/** One `key:formula[:sense[:label[:unit]]]` item of `derive=`, decoded, unchecked. */
export interface RawDerived {
  key: string;
  /** Absent when the item has no ':'. */
  formula?: string;
  sense?: string;
  label?: string;
  unit?: string;
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
  method?: string;
  weights?: RawPair[];
  ref?: RawPair[];
  filter?: RawFilter[];
  derive?: RawDerived[];
  view?: string;
  /** Compared groups, decoded (`groups=` alone is the one empty-valued group). */
  groups?: string[];
  /** Head-to-head pair items, decoded, unchecked (not necessarily two). */
  pair?: string[];
  hvref?: RawPair[];
  /** null for `run=none`. */
  run?: string | null;
  /** Axis order items, decoded. */
  axes?: string[];
  /** Parameter names this version does not know, in order of appearance. */
  unknown: string[];
  /** What could not be read (bad percent-encoding, repeated parameters), as notices. */
  problems: string[];
}

const SCALARS = ['v', 'dataset', 'x', 'y', 'xscale', 'yscale', 'color', 'sel', 'method', 'view'] as const;
const LISTS = ['hide', 'groups', 'pair', 'axes'] as const;
const KNOWN = new Set<string>([...SCALARS, ...LISTS, 'objectives', 'senses', 'group', 'run', 'weights', 'ref', 'hvref', 'filter', 'derive']);
/**
 * Parameters that belong to the app, not to the view: `data=<url>` (load a file from a URL), `map=`
 * (column-mapping overrides for a `data=` file) and `embed=1` (the chart alone, for iframes). The view
 * codec skips them without a notice.
 */
export const APP_PARAMS = new Set<string>(['data', 'map', 'embed']);

/**
 * Percent-encodes one key or value the pre-v4 way, so that it contains no literal ',' or ':'. Links are
 * now written with `encodeParams`/`encodeValue`; this stays for code and tests that build old links.
 */
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

/**
 * Percent-encodes a formula for a pre-v4 `derive=`, keeping it readable: like `encodeItem` (so ',',
 * ':', '&', '=', '+', '#', '%' and spaces are escaped) but with '*', '^' and — when they balance — '('
 * and ')' left as they are. Balanced raw parentheses are what lets `derive=` be split at top-level commas, so a
 * hand-typed `min(a,b)` works.
 */
export function encodeFormula(formula: string): string {
  let depth = 0;
  let balanced = true;
  for (const c of formula) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) balanced = false;
  }
  balanced &&= depth === 0;
  const encoded = encodeItem(formula).replace(/%2A/g, '*').replace(/%5E/g, '^');
  return balanced ? encoded.replace(/%28/g, '(').replace(/%29/g, ')') : encoded;
}

/**
 * Decodes a formula from a pre-v4 `derive=` item. Unlike other items a '+' stays a '+' (it is far
 * likelier to be an addition typed by hand than a form-encoded space); null when the percent-encoding
 * is malformed.
 */
export function decodeFormula(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Splits a pre-v4 `derive=` at commas outside raw parentheses. */
function splitTopLevel(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out;
}

/** Decodes one item (of a pre-v4 link, or a parameter name); null when the percent-encoding is malformed. */
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
  // Only the last value of a parameter is read, so only that one is kept (a link repeating one
  // parameter 100,000 times costs one pass): the count is for the notice.
  const values = new Map<string, { count: number; last: string }>();
  // Sets, not array scans: a link may hold thousands of names (one notice for all of them).
  const unknown = new Set<string>();
  const unreadable = new Set<string>();
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const decodedName = decodeItem(rawName);
    if (decodedName === null) {
      unreadable.add(rawName);
      continue;
    }
    const name = KNOWN.has(decodedName.toLowerCase()) ? decodedName.toLowerCase() : decodedName;
    if (APP_PARAMS.has(name.toLowerCase())) continue;
    if (!KNOWN.has(name)) {
      unknown.add(name);
      continue;
    }
    const seen = values.get(name);
    if (seen) {
      seen.count++;
      seen.last = rawValue;
    } else values.set(name, { count: 1, last: rawValue });
  }
  raw.unknown = [...unknown];
  if (unreadable.size === 1) {
    raw.problems.push(`Could not read the parameter '${clipText([...unreadable][0])}' (bad percent-encoding) — ignored`);
  } else if (unreadable.size > 1) {
    raw.problems.push(`Could not read ${counted(unreadable.size, 'parameter name')} (bad percent-encoding): ${namesList([...unreadable])} — ignored`);
  }

  const rawVersion = values.get('v')?.last;
  const legacy = isLegacyLink(rawVersion === undefined ? undefined : (decodeValue(rawVersion)?.trim() ?? rawVersion));

  for (const [name, { count, last: value }] of values) {
    if (count > 1) raw.problems.push(`Parameter '${name}' appears ${count.toLocaleString('en-US')} times — using the last one`);
    const bad = () => raw.problems.push(`Could not read ${name}=${clipText(value)} (bad percent-encoding) — ignored`);
    if (name === 'objectives' || name === 'senses') {
      const items = legacy && /[,:]/.test(value) ? legacyItems(value, parseObjectiveItem) : readList(value)?.map((f) => keyAndLast(f, 'sense'));
      if (!items || items.some((i) => i === null)) bad();
      else raw[name] = items as RawObjective[];
    } else if (name === 'weights' || name === 'ref' || name === 'hvref') {
      const items = legacy && /[,:]/.test(value) ? legacyItems(value, parsePairItem) : readList(value)?.map((f) => keyAndLast(f, 'value'));
      if (!items || items.some((i) => i === null)) bad();
      else raw[name] = items as RawPair[];
    } else if (name === 'filter') {
      const items = readList(value, legacy);
      if (!items) bad();
      else raw.filter = items.map(([column, ...parts]) => ({ column, parts }));
    } else if (name === 'derive') {
      const items = legacy && /[,:]/.test(value) ? legacyItems(value, parseDerivedItem, splitTopLevel) : readDerive(value);
      if (!items || items.some((i) => i === null)) bad();
      else raw.derive = items as RawDerived[];
    } else if ((LISTS as readonly string[]).includes(name)) {
      const items = value === '' ? [''] : readNames(value, legacy);
      if (!items) bad();
      else raw[name as (typeof LISTS)[number]] = items;
    } else if (name === 'group' || name === 'run') {
      const decoded = readColumnOrNone(value, legacy);
      if (decoded === undefined) bad();
      else raw[name] = decoded;
    } else {
      const decoded = legacy ? decodeItem(value) : readScalarValue(value);
      if (decoded === null) bad();
      else raw[name as (typeof SCALARS)[number]] = decoded;
    }
  }
  return withoutRepeats(raw);
}

/**
 * The lists of a parsed link with repeated items dropped before anything resolves them, so a link naming
 * one column 400,000 times is read in one pass and says so once. Where a later item overrides an earlier
 * one (a direction, a weight, a reference value) the last is kept; elsewhere the first.
 */
function withoutRepeats(raw: RawQuery): RawQuery {
  const byKey = (item: { key: string }) => item.key;
  if (raw.objectives) raw.objectives = lastPerKey(raw.objectives, byKey);
  if (raw.senses) raw.senses = lastPerKey(raw.senses, byKey);
  if (raw.weights) raw.weights = lastPerKey(raw.weights, byKey);
  if (raw.ref) raw.ref = lastPerKey(raw.ref, byKey);
  if (raw.hvref) raw.hvref = lastPerKey(raw.hvref, byKey);
  if (raw.hide) raw.hide = uniqueItems(raw.hide);
  if (raw.groups) raw.groups = uniqueItems(raw.groups);
  if (raw.axes) raw.axes = uniqueItems(raw.axes);
  if (raw.derive) raw.derive = uniqueItems(raw.derive, (d) => JSON.stringify([d.key, d.formula, d.sense, d.label, d.unit]));
  return raw;
}

/**
 * A v4 item `key[:…]:last`: the last field is the sense or value; any fields before it are the key
 * (a hand-typed `a:b:max` is key 'a:b', as in older links).
 */
function keyAndLast<K extends 'sense' | 'value'>(fields: string[], name: K): { key: string } & Partial<Record<K, string>> {
  type Item = { key: string } & Partial<Record<K, string>>;
  if (fields.length === 1) return { key: fields[0] } as Item;
  return { key: fields.slice(0, -1).join(':'), [name]: fields[fields.length - 1] } as Item;
}

/** A pre-v4 list with literal separators: split first, then each item decoded on its own. */
function legacyItems<T>(value: string, parse: (item: string) => T | null, split = (v: string) => v.split(',')): (T | null)[] {
  return value === '' ? [] : split(value).map(parse);
}

/** A v4 one-field value (dataset=, x=, y=, sel=, …): quotes unwrapped, else trimmed; null when malformed. */
function readScalarValue(value: string): string | null {
  const text = decodeValue(value);
  return text === null ? null : readScalar(text).text;
}

/** `group=` or `run=`: null for none, undefined when malformed. A column called none is `"none"` (v4) or `%6Eone` (before). */
function readColumnOrNone(value: string, legacy: boolean): string | null | undefined {
  if (legacy) return value === 'none' ? null : (decodeItem(value) ?? undefined);
  const text = decodeValue(value);
  if (text === null) return undefined;
  const field = readScalar(text);
  return field.text === 'none' && !field.quoted ? null : field.text;
}

/** Stands for a literal '+' of a derive= value while it is decoded (a lone surrogate: no decoded text holds one). */
const PLUS = '\uDFFF';

/**
 * A v4 `derive=` value: `key:formula[:sense[:label[:unit]]]` items. The formula is read by `scanFormula`
 * (commas inside its parentheses and quoted names do not split). A '+' is a plus in a formula and a
 * space elsewhere, unless the value was form-encoded as a whole — it holds %2B (how forms write a plus)
 * or no literal ':' (forms escape it) — in which case every '+' is a space, as in any other parameter.
 */
function readDerive(value: string): RawDerived[] | null {
  const formEncoded = /%2B/i.test(value) || !value.includes(':');
  // With the u flag these match only a lone surrogate, never half of a decoded pair (an emoji).
  const text = formEncoded ? decodeValue(value) : decodeValue(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD').replace(/\+/g, PLUS));
  if (text === null) return null;
  if (text.trim() === '') return [];
  const plus = (t: string) => t.replace(/\uDFFF/gu, '+');
  const space = (t: string) => t.replace(/\uDFFF/gu, ' ');
  const items: RawDerived[] = [];
  let i = 0;
  for (;;) {
    const fields: ScannedField[] = [];
    const [key, afterKey] = scanFields(text, i, ',:', space);
    let end = afterKey;
    let formula: string | undefined;
    if (text[end] === ':') {
      const formulaEnd = scanFormula(text, end + 1);
      formula = plus(text.slice(end + 1, formulaEnd));
      end = formulaEnd;
      while (text[end] === ':') {
        const [field, next] = scanFields(text, end + 1, ',:', space);
        fields.push(field);
        end = next;
      }
    }
    const [sense, label, unit] = fields.map((f) => f.text);
    items.push({
      key: key.text,
      ...(formula === undefined ? {} : { formula }),
      ...(sense ? { sense } : {}),
      ...(label ? { label } : {}),
      ...(unit ? { unit } : {}),
    });
    if (end >= text.length) return items;
    i = end + 1;
  }
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

function parsePairItem(item: string): RawPair | null {
  // Like objectives: the last ':' separates, so a hand-typed 'a:b:2' is key 'a:b'.
  const colon = item.lastIndexOf(':');
  const key = decodeItem(colon < 0 ? item : item.slice(0, colon));
  if (key === null) return null;
  if (colon < 0) return { key };
  const value = decodeItem(item.slice(colon + 1));
  return value === null ? null : { key, value };
}

function parseDerivedItem(item: string): RawDerived | null {
  const colon = item.indexOf(':');
  const key = decodeItem(colon < 0 ? item : item.slice(0, colon));
  if (key === null) return null;
  if (colon < 0) return { key };
  const [formulaText, ...rest] = item.slice(colon + 1).split(':');
  const formula = decodeFormula(formulaText);
  const [sense, label, unit] = rest.map(decodeItem);
  if (formula === null || [sense, label, unit].some((x) => x === null)) return null;
  return {
    key,
    formula,
    ...(sense ? { sense } : {}),
    ...(label ? { label } : {}),
    ...(unit ? { unit } : {}),
  };
}

/**
 * Brings a parsed link up to the current version, oldest first. Unversioned links are version 1.
 * 1 -> 2: version 2 only adds parameters (method, weights, ref, filter, derive), so a version-1 link
 * reads as is and opens with the deciding defaults: weights all 1, weighted sum, no reference point,
 * no constraints, no derived columns.
 * 2 -> 3: version 3 only adds parameters (view, groups, pair, hvref, run, axes), so a version-2 link
 * reads as is and opens with the comparing defaults of its dataset's default view: the scatter,
 * automatic groups and pair, the default hypervolume reference, objective order, and the run column
 * the default view guesses.
 * 3 -> 4: version 4 changes only how values are written (decoded as a whole, then split; quotes
 * around fields that need them), which `parseQuery` already took into account, so the view reads as is.
 */
export function migrate(raw: RawQuery): RawQuery {
  let v = raw.v ?? '1';
  if (v === '1') v = '2';
  if (v === '2') v = '3';
  if (v === '3') v = String(LINK_VERSION);
  return v === raw.v ? raw : { ...raw, v };
}
