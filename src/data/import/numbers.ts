/**
 * The number reader of imports: a person's file is messier than a bundled one, so on top of the strict
 * reader of bundled files (src/data/numbers.ts) it accepts a trailing percent sign ("85%" is 85), a
 * leading currency sign ("$1.20"), surrounding spaces, a Unicode minus, and the common missing markers.
 */
import { parseNumberCell } from '../numbers';

/** Cell texts that mean "missing", compared trimmed and case-insensitively. */
export const MISSING_MARKERS: readonly string[] = ['na', 'n/a', '#n/a', 'nan', 'null', 'none', 'nil', 'missing', '-', '--', '—', '–', '?'];
const MISSING = new Set(MISSING_MARKERS);

const CURRENCY = /^([+-]?)[$€£¥]\s*/;
const PERCENT = /\s*%$/;
// What the strict reader could accept at all; anything else is text without the cost of an exception.
const NUMBERISH = /^[+-]?(?:[\d.]|inf)/i;
const STRICT = { file: '', row: 0, column: '' };
const PLAIN_FAST = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number a cell of an imported file holds: NaN when it is empty or a missing marker (NA, n/a, null,
 * -, …), null when it is not a number. Accepts "1,234.5", "85%", "  12 ", "1e-3", "$1.20", "−3", "inf".
 */
export function parseImportNumber(text: string): number | null {
  const n = readImportNumber(text);
  // "1e999" is not infinity: a number a double cannot hold is refused (see isBeyondDouble), only the
  // words inf / infinity stand for ±Infinity.
  return n === BEYOND ? null : n;
}

/** Whether a cell writes a number beyond ±1.8e308 ("1e999", "-1e999"), which no double can hold. */
export function isBeyondDouble(text: string): boolean {
  return readImportNumber(text) === BEYOND;
}

/** Written in messages about such cells. */
export const BEYOND_DOUBLE = 'a number beyond ±1.8e308';

const BEYOND = Symbol('beyond double range');
const INF_WORD = /^[+-]?inf(?:inity)?$/i;

function readImportNumber(text: string): number | null | typeof BEYOND {
  // The common plain decimal ("12", "-0.5", "3.2e-4") skips the trimming, markers and exceptions below.
  if (PLAIN_FAST.test(text)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : BEYOND;
  }
  let t = text.trim();
  if (t === '') return Number.NaN;
  if (t.length <= 7 && MISSING.has(t.toLowerCase())) return Number.NaN;
  if (t.charCodeAt(0) === 0x2212) t = `-${t.slice(1)}`;
  if (t.endsWith('%')) t = t.replace(PERCENT, '');
  const currency = CURRENCY.exec(t);
  if (currency) t = currency[1] + t.slice(currency[0].length);
  if (!NUMBERISH.test(t)) return null;
  try {
    const n = parseNumberCell(t, STRICT);
    return Number.isFinite(n) || Number.isNaN(n) || INF_WORD.test(t) ? n : BEYOND;
  } catch {
    return null;
  }
}

/** Whether a cell is empty or a missing marker (its text would read as NaN). */
export function isMissingCell(text: string): boolean {
  const t = text.trim();
  return t === '' || (t.length <= 7 && MISSING.has(t.toLowerCase()));
}

/** Magnitude suffixes of counts written for people: 7B parameters, 350M, 12k tokens, 1.8T. */
export type Magnitude = 'K' | 'M' | 'B' | 'T';
const MAGNITUDE_FACTOR: Record<Magnitude, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const SUFFIXED = /^\s*([+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+))\s*([kKMBT])\s*$/;

/** The magnitude suffix of a cell like "34B" or "6.7 B" ("k" is K), or null when it has none. */
export function magnitudeOf(text: string): Magnitude | null {
  const m = SUFFIXED.exec(text);
  return m ? (m[2].toUpperCase() as Magnitude) : null;
}

/**
 * The number a cell of a column written with magnitude suffixes holds, in units of `unit`: with unit
 * 'B', "34B" is 34, "350M" is 0.35 and a bare "7" is 7. Missing markers read as NaN, as elsewhere; null
 * when the cell is not a number.
 */
export function parseMagnitudeCell(text: string, unit: Magnitude): number | null {
  const m = SUFFIXED.exec(text);
  if (!m) return parseImportNumber(text);
  const n = parseImportNumber(m[1]);
  if (n === null || Number.isNaN(n)) return null;
  const value = (n * MAGNITUDE_FACTOR[m[2].toUpperCase() as Magnitude]) / MAGNITUDE_FACTOR[unit];
  // "1e305T" in units of K overflows on the way: beyond a double, like "1e999".
  return Number.isFinite(value) ? value : null;
}

/** How a column's cells are read: with its magnitude suffixes when the mapping says it has them. */
export function cellReader(column: { magnitude?: Magnitude }): (text: string) => number | null {
  const unit = column.magnitude;
  return unit ? (text) => parseMagnitudeCell(text, unit) : parseImportNumber;
}
