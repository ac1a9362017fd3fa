/**
 * Notices written for people, whatever a link or a file throws at them: values quoted short, long lists
 * named by their first few items and a count, repeats dropped in one pass (never a quadratic scan).
 */

/** Notices on screen at once; earlier ones wait behind "N more". */
export const VISIBLE_NOTICES = 5;
/** Characters of a notice shown before "Show all". */
export const NOTICE_PREVIEW = 300;
/** Characters of a value quoted inside a notice; the rest is summarised by its length. */
export const QUOTED_VALUE_MAX = 80;
/** Longest notice kept at all: the full text on demand is still something a person can read. */
export const NOTICE_MAX = 2000;

const count = (n: number): string => n.toLocaleString('en-US');

/** `text` cut to `max` characters with "…" and how long it really was, or `text` when it is short. */
export function clipText(text: string, max = QUOTED_VALUE_MAX): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half (an emoji at the cut would become a lone half).
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}… (${count(text.length)} characters)`;
}

/** A value quoted for a notice, clipped to a readable length. */
export const quoteClipped = (text: string, max = QUOTED_VALUE_MAX): string => `'${clipText(text, max)}'`;

/**
 * The first `shown` names quoted and clipped, then "…" when there are more: `'a', 'b', 'c', …`.
 * Linear in `shown`, whatever the length of `names`.
 */
export function namesList(names: readonly string[], shown = 3): string {
  const head = names.slice(0, shown).map((n) => quoteClipped(n, 40));
  return names.length > shown ? `${head.join(', ')}, …` : head.join(', ');
}

/** "5,000 parameters" / "1 parameter". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** Items with repeats removed, first occurrence kept, in one pass. */
export function uniqueItems<T>(items: readonly T[], keyOf: (item: T) => string = String): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/**
 * Items with repeats of a key removed, the last occurrence kept (where the last one wins anyway, as a
 * direction or a weight given twice), in one pass; order is that of the kept occurrences.
 */
export function lastPerKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const last = new Map<string, number>();
  items.forEach((item, i) => last.set(keyOf(item), i));
  return items.filter((item, i) => last.get(keyOf(item)) === i);
}

/** A notice no longer than `NOTICE_MAX`: whatever an action put in it, it stays something to read. */
export const boundedNotice = (text: string): string => (text.length <= NOTICE_MAX ? text : clipText(text, NOTICE_MAX));

const LONG_QUOTED = new RegExp(`'([^']{${QUOTED_VALUE_MAX + 1},})'`, 'g');

/**
 * A notice with every long quoted value clipped (an action quotes the value it refused, whole), then
 * bounded: what a link or file puts in a notice never makes it wider than a person can read.
 */
export function readableNotice(text: string): string {
  const clipped = text.length <= QUOTED_VALUE_MAX ? text : text.replace(LONG_QUOTED, (_, value: string) => quoteClipped(value));
  return boundedNotice(clipped);
}
