/**
 * Dates, timestamps and times of day as the ISO 8601 text a table of text would have held: columnar
 * files keep them as integers in some unit since 1970-01-01 (or since midnight), and the app reads
 * them as text columns, like the same values in a CSV.
 *
 * Sub-millisecond units keep their digits (`.123456Z` for microseconds), because a JavaScript Date
 * holds only milliseconds. A value outside the range a Date can show is given as its plain integer.
 */
export type TimeUnit = 'SECONDS' | 'MILLIS' | 'MICROS' | 'NANOS';

const PER_MILLI: Record<TimeUnit, bigint> = { SECONDS: 0n, MILLIS: 1n, MICROS: 1_000n, NANOS: 1_000_000n };
const DIGITS: Record<TimeUnit, number> = { SECONDS: 0, MILLIS: 0, MICROS: 3, NANOS: 6 };
const DAY_MS = 86_400_000;
/** The largest distance from the epoch a Date holds, in milliseconds. */
const DATE_RANGE = 8.64e15;

/** `2024-01-31` for a count of days since 1970-01-01. */
export function isoDate(days: number): string {
  const ms = days * DAY_MS;
  return Math.abs(ms) <= DATE_RANGE ? new Date(ms).toISOString().slice(0, 10) : String(days);
}

/** `2024-01-31T12:00:00.000Z`, with 3 or 6 more digits for micro- and nanoseconds. */
export function isoTimestamp(value: bigint | number, unit: TimeUnit): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (unit === 'SECONDS' || unit === 'MILLIS') return isoFromMillis(unit === 'SECONDS' ? value * 1000 : value, value);
    value = BigInt(Math.trunc(value));
  }
  if (unit === 'SECONDS') return isoFromMillis(Number(value) * 1000, value);
  const per = PER_MILLI[unit];
  let millis = value / per;
  let rest = value % per;
  if (rest < 0n) {
    rest += per;
    millis -= 1n;
  }
  const iso = isoFromMillis(Number(millis), value);
  if (DIGITS[unit] === 0 || !iso.endsWith('Z')) return iso;
  return `${iso.slice(0, -1)}${String(rest).padStart(DIGITS[unit], '0')}Z`;
}

/** `13:45:00.250` for a time of day since midnight. */
export function timeOfDay(value: bigint | number, unit: TimeUnit): string {
  const v = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  if (unit === 'SECONDS') return timeOfDay(v * 1000n, 'MILLIS');
  const per = PER_MILLI[unit];
  const millis = Number(v / per);
  if (millis < 0 || millis > DAY_MS) return String(value);
  const text = new Date(millis).toISOString().slice(11, 23);
  return DIGITS[unit] === 0 ? text : `${text}${String(v % per).padStart(DIGITS[unit], '0')}`;
}

function isoFromMillis(ms: number, original: bigint | number): string {
  return Math.abs(ms) <= DATE_RANGE ? new Date(ms).toISOString() : String(original);
}
