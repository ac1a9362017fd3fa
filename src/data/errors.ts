/**
 * The one error type of the data layer. Every problem with a bundled file, a card, an upload or a fetch
 * becomes a DataError whose message says where (file, row, column or field path, URL), what was found
 * and what was expected, so the UI can show it as is.
 */
export interface DataErrorLocation {
  /** File name (path relative to data/, an upload's name) or URL. */
  file: string;
  /** 1-based data row, as a person counts rows in a table: the header is not counted. */
  row?: number;
  /** Column key (header text). */
  column?: string;
  /** Field path inside a JSON document, e.g. `columns[2].sense`. */
  path?: string;
  /** HTTP status of a failed fetch; 0 when no response came at all (network error). */
  status?: number;
}

export class DataError extends Error {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly path?: string;
  readonly status?: number;

  /** `detail` says what was found and what was expected; the location is prefixed to it. */
  constructor(where: DataErrorLocation, detail: string) {
    super(`${describeLocation(where)}: ${detail}`);
    this.name = 'DataError';
    this.file = where.file;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
    if (where.path !== undefined) this.path = where.path;
    if (where.status !== undefined) this.status = where.status;
  }
}

function describeLocation(where: DataErrorLocation): string {
  const parts = [where.file];
  if (where.row !== undefined) parts.push(`row ${where.row} (1-based data row, header not counted)`);
  if (where.column !== undefined) parts.push(`column ${JSON.stringify(where.column)}`);
  if (where.path !== undefined) parts.push(`field ${where.path}`);
  return parts.join(', ');
}

/** A short, quoted rendering of a found value for messages. */
export function quote(value: unknown, max = 60): string {
  let s: string;
  if (value === undefined) return 'nothing';
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
