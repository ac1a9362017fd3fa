/**
 * The value grammar of Paretoscope links (`v=4`), shared by the view codec and the app's own list
 * parameters (such as `map=`).
 *
 * A parameter's value is read in two steps:
 * 1. It is percent-decoded as a whole, '+' meaning a space (as HTML forms, `URLSearchParams` and
 *    Python's `urlencode` write it). What is left is the *logical value*; whether a character was
 *    written literally or percent-encoded never changes what it means.
 * 2. The logical value is split into items at ',' and each item into fields at ':', except where they
 *    stand inside double quotes. A field that starts with '"' runs to the next lone '"', and '""'
 *    inside it is one '"' (as in CSV). An unquoted field is trimmed of surrounding whitespace.
 *
 * So a field is written in double quotes when it contains ',', ':' or '"', or starts or ends with
 * whitespace; an empty field is written `""` only when it would otherwise be the whole value.
 *
 * Links older than `v=4` escaped separators inside an item with %2C and %3A and split before decoding.
 * `readList(raw, true)` keeps reading them that way when the value holds a literal ',' or ':'; a value
 * with neither can only be one old item or a list written by a form encoder, and is read as above.
 */

/** The link grammar version written in `v=`. The ViewSpec object has its own version (VIEWSPEC_VERSION). */
export const LINK_VERSION = 4;

/** True when a link's `v=` value (undefined when absent) names a version older than the v4 grammar. */
export function isLegacyLink(v: string | undefined): boolean {
  return v === undefined || v === '1' || v === '2' || v === '3';
}

/** A field as it is written: bare when it reads back as itself, else in double quotes with '"' doubled. */
export function writeField(text: string): string {
  return /[,:"]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole value holding one field (x=, dataset=, …): like `writeField`, and the empty text as `""`. */
export function writeScalar(text: string): string {
  return text === '' ? '""' : writeField(text);
}

/**
 * The logical value for a list of items, each a list of fields: `[['Total Cost ($)', 'min'], ['a,b',
 * 'max']]` is `Total Cost ($):min,"a,b":max`. Percent-encode it with `encodeValue` (or let
 * `URLSearchParams` do it) to put it in a link. The empty list is the empty value.
 */
export function writeList(items: readonly (readonly string[])[]): string {
  if (items.length === 1 && items[0].length === 1) return writeScalar(items[0][0]);
  return items.map((fields) => fields.map(writeField).join(':')).join(',');
}

/** The logical value for a list of names, one field per item (`hide=`, `groups=`, `pair=`, `axes=`). */
export function writeNames(names: readonly string[]): string {
  return writeList(names.map((n) => [n]));
}

/**
 * Reads a list parameter's raw (still percent-encoded) value into items of fields; null when its
 * percent-encoding is malformed. An empty value is the empty list. `legacy`: the link is older than
 * v=4 (see `isLegacyLink`); pass false for parameters that only exist from v=4 on.
 */
export function readList(raw: string, legacy = false): string[][] | null {
  if (legacy && /[,:]/.test(raw)) {
    const items = raw.split(',').map((item) => item.split(':').map(decodeLegacyItem));
    return items.some((fields) => fields.some((f) => f === null)) ? null : (items as string[][]);
  }
  const text = decodeValue(raw);
  if (text === null) return null;
  return text.trim() === '' ? [] : scanList(text, ',:').map((item) => item.map((f) => f.text));
}

/**
 * Reads a list of names (one field per item, so ':' is an ordinary character): `hide=`, `groups=`,
 * `pair=`, `axes=`. An empty value is one empty name. Null when the percent-encoding is malformed.
 */
export function readNames(raw: string, legacy = false): string[] | null {
  if (legacy && /[,:]/.test(raw)) {
    const items = raw.split(',').map(decodeLegacyItem);
    return items.some((i) => i === null) ? null : (items as string[]);
  }
  const text = decodeValue(raw);
  if (text === null) return null;
  return scanList(text, ',').map((item) => item[0].text);
}

/**
 * Reads a one-field value (x=, group=, …) from its logical text: a value wrapped in double quotes is
 * unwrapped, anything else is trimmed; ',' and ':' are ordinary characters. `quoted` tells `"none"`
 * (a column called none) from `none`.
 */
export function readScalar(text: string): { text: string; quoted: boolean } {
  const [field] = scanFields(text, 0, '');
  return { text: field.text, quoted: field.quoted };
}

/** Percent-decodes a whole value, '+' meaning a space; null when the percent-encoding is malformed. */
export function decodeValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Percent-encodes a logical value for a link, readably: '&', '=', '+', '#', '%', '"', "'", spaces,
 * other controls and punctuation browsers or chat apps would mangle, and every non-ASCII character
 * are escaped; letters, digits and `, : $ / @ ( ) * ^ ! ~ - _ .` stay as they are.
 */
export function encodeValue(logical: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(logical);
  } catch {
    // A lone surrogate cannot be UTF-8 encoded; real column keys never hold one (they come from decoded files).
    encoded = encodeURIComponent(logical.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
  return encoded.replace(/'/g, '%27').replace(/%(2C|3A|24|2F|40|5E)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** One field as read: its text (quotes removed, '""' undone, trimmed unless quoted) and whether it was quoted. */
export interface ScannedField {
  text: string;
  quoted: boolean;
}

/**
 * Splits a logical value into items at ',' and (when `stops` holds ':') fields at ':', outside double
 * quotes. `unmark` is applied to field text before trimming (the derive codec uses it for its '+').
 */
export function scanList(text: string, stops: ',:' | ',', unmark?: (t: string) => string): ScannedField[][] {
  const items: ScannedField[][] = [];
  let fields: ScannedField[] = [];
  let i = 0;
  for (;;) {
    const [field, end] = scanFields(text, i, stops, unmark);
    fields.push(field);
    if (end >= text.length) break;
    if (text[end] === ',') {
      items.push(fields);
      fields = [];
    }
    i = end + 1;
  }
  items.push(fields);
  return items;
}

/**
 * Reads one field of `text` from `start` up to the next character in `stops` outside quotes; returns
 * the field and the index of the stop (or text.length). An opening '"' without a closing one is an
 * ordinary character. Text after the closing quote (hand-typed `"a" b`) is kept, trimmed.
 */
export function scanFields(text: string, start: number, stops: string, unmark: (t: string) => string = (t) => t): [ScannedField, number] {
  let j = start;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (text[j] === '"') {
    let inner = '';
    let k = j + 1;
    for (; k < text.length; k++) {
      if (text[k] !== '"') inner += text[k];
      else if (text[k + 1] === '"') inner += text[++k];
      else break;
    }
    if (k < text.length) {
      let end = k + 1;
      while (end < text.length && !stops.includes(text[end])) end++;
      return [{ text: unmark(inner) + unmark(text.slice(k + 1, end)).trimEnd(), quoted: true }, end];
    }
  }
  let end = start;
  while (end < text.length && !stops.includes(text[end])) end++;
  return [{ text: unmark(text.slice(start, end)).trim(), quoted: false }, end];
}

/**
 * Reads a `derive=` formula from `start`: up to the next ',' or ':' that stands outside parentheses and
 * outside the formula's own quoted column names ("…" or `…`, backslash escaping). Formulas are not
 * CSV-quoted: a valid formula never holds ',' or ':' outside those, so it is written as it is. An
 * unclosed quote or parenthesis protects nothing (the text is scanned again without them).
 */
export function scanFormula(text: string, start: number): number {
  const scan = (nested: boolean): [number, boolean] => {
    let depth = 0;
    let quote: string | null = null;
    let i = start;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quote !== null) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (nested && (c === '"' || c === '`')) quote = c;
      else if (nested && c === '(') depth++;
      else if (nested && c === ')') depth = Math.max(0, depth - 1);
      else if ((c === ',' || c === ':') && depth === 0) break;
    }
    return [i, quote === null && depth === 0];
  };
  const [end, closed] = scan(true);
  return closed ? end : scan(false)[0];
}

/** True when `formula` reads back as itself from a `derive=` item (every valid formula does). */
export function formulaIsWritable(formula: string): boolean {
  return scanFormula(formula, 0) === formula.length;
}

/** One item of a pre-v4 link: percent-decoded on its own, '+' meaning a space; null when malformed. */
export function decodeLegacyItem(text: string): string | null {
  return decodeValue(text);
}
