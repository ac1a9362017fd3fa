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
  // The common plain decimal ("12", "-0.5", "3.2e-4") skips the trimming, markers and exceptions below.
  if (PLAIN_FAST.test(text)) return Number(text);
  let t = text.trim();
  if (t === '') return Number.NaN;
  if (t.length <= 7 && MISSING.has(t.toLowerCase())) return Number.NaN;
  if (t.charCodeAt(0) === 0x2212) t = `-${t.slice(1)}`;
  if (t.endsWith('%')) t = t.replace(PERCENT, '');
  const currency = CURRENCY.exec(t);
  if (currency) t = currency[1] + t.slice(currency[0].length);
  if (!NUMBERISH.test(t)) return null;
  try {
    return parseNumberCell(t, STRICT);
  } catch {
    return null;
  }
}

/** Whether a cell is empty or a missing marker (its text would read as NaN). */
export function isMissingCell(text: string): boolean {
  const t = text.trim();
  return t === '' || (t.length <= 7 && MISSING.has(t.toLowerCase()));
}
