/**
 * How big an import may be. The numbers keep a browser tab within its memory: a 200 MB file of short
 * cells is roughly 2 million rows; its text, its parser's batches and its typed columns are all alive
 * while it is read.
 */
import { DataError } from '../errors';

export const LIMITS = {
  /** File size in bytes (200 MB, decimal megabytes as file managers show them). */
  bytes: 200_000_000,
  /** Data rows (header not counted). */
  rows: 2_000_000,
  /** Columns. */
  columns: 1_000,
  /** Data rows of a columnar file (Parquet, Arrow): its cells go straight into typed columns, never text. */
  columnarRows: 20_000_000,
  /**
   * Size of a columnar file (500 MB): 10 million rows of 3 doubles that do not compress are 240 MB. The
   * file's bytes and its columns are alive together while it is read, never any text.
   */
  columnarBytes: 500_000_000,
} as const;

const count = new Intl.NumberFormat('en-US');

/** "312 MB", "1.5 MB", "820 kB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${trim(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${trim(bytes / 1e3)} kB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** "2,000,000". */
export function formatCount(n: number): string {
  return count.format(n);
}

function trim(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Number(x.toFixed(1)));
}

/** The sentence for a file over the size limit (`limit`: LIMITS.columnarBytes for Parquet and Arrow), or null when it fits. */
export function sizeProblem(file: string, bytes: number, limit: number = LIMITS.bytes): string | null {
  return bytes > limit ? `${file} is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}${limit === LIMITS.columnarBytes ? ' for a Parquet or Arrow file' : ''}` : null;
}

/** The sentence for a table over the row limit (`limit`: LIMITS.columnarRows for Parquet and Arrow), or null. */
export function rowsProblem(file: string, rows: number, atLeast = false, limit: number = LIMITS.rows): string | null {
  if (rows <= limit) return null;
  const columnar = limit === LIMITS.columnarRows ? ' for a Parquet or Arrow file' : '';
  return `${file} has ${atLeast ? 'more than ' : ''}${formatCount(atLeast ? limit : rows)} rows; the limit is ${formatCount(limit)} rows${columnar}`;
}

/** The row limit of a table read in `format`: columnar files never become text, so they may be far longer. */
export function rowLimitOf(format: string): number {
  return format === 'parquet' || format === 'arrow' ? LIMITS.columnarRows : LIMITS.rows;
}

/** The sentence for a table over the column limit, or null. */
export function columnsProblem(file: string, columns: number): string | null {
  return columns > LIMITS.columns ? `${file} has ${formatCount(columns)} columns; the limit is ${formatCount(LIMITS.columns)} columns` : null;
}

/** Throws a DataError naming the file when it is over the size limit. */
export function assertSize(file: string, bytes: number, limit: number = LIMITS.bytes): void {
  const problem = sizeProblem(file, bytes, limit);
  if (problem) throw limitError(file, problem);
}

/** A DataError whose message is exactly the limit sentence (the sentence already names the file). */
export function limitError(file: string, sentence: string): DataError {
  const err = new DataError({ file }, sentence);
  err.message = `${sentence}.`;
  return err;
}
