/**
 * JSON tables: an array of objects (one per row), an array of arrays (the first is the header),
 * `{ columns, rows }` (or pandas' `{ columns, data }`), an object of equal-length column arrays, and
 * JSON Lines (one object per line). Numbers and booleans become their text, null becomes ''.
 */
import { DataError, quote } from '../errors';
import type { TableBuilder } from './tableBuilder';

const BATCH = 50_000;
const SHAPES = 'expected an array of objects (one per row), {"columns": [...], "rows": [[...], ...]}, or one JSON object per line (JSON Lines)';

export interface JsonEvents {
  onProgress?: (fraction: number) => void;
}

/** The text a JSON value stands for in a cell. */
export function jsonCellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Parses a whole JSON document into `builder`. */
export function parseJsonDocument(body: string, name: string, builder: TableBuilder, events: JsonEvents = {}): void {
  const doc = parseJsonOrThrow(body, name, 0);
  events.onProgress?.(0.5);
  const progress = (f: number) => events.onProgress?.(0.5 + f / 2);
  if (Array.isArray(doc)) {
    if (doc.length === 0) throw new DataError({ file: name }, `the array is empty; ${SHAPES}`);
    if (Array.isArray(doc[0])) return emitArrays(doc[0] as unknown[], doc.slice(1), name, builder, events, progress, 1);
    return emitRecords(doc, name, builder, events, progress);
  }
  if (isObject(doc)) {
    if (doc.paretoscope === 'bundle') {
      throw new DataError({ file: name }, 'this is a Paretoscope bundle (saved datasets and views), not a table; open it as a bundle');
    }
    const rows = doc.rows ?? doc.data;
    if (Array.isArray(doc.columns) && Array.isArray(rows)) {
      const header = doc.columns.map((c: unknown, i: number) => columnName(c, i, name));
      return emitArrays(header, rows, name, builder, events, progress, 0, 'rows' in doc ? 'rows' : 'data');
    }
    const keys = Object.keys(doc);
    if (keys.length > 0 && keys.every((k) => Array.isArray(doc[k]))) return emitColumns(doc as Record<string, unknown[]>, name, builder, events);
  }
  throw notATable(doc, name);
}

const TABLE_SHAPES = 'expected an array of objects, {columns, rows} or JSON Lines';

/** "x.json holds a number, not a table: …", naming a nested array of rows when there is one. */
function notATable(doc: unknown, name: string): DataError {
  const kind = Array.isArray(doc) ? 'an array' : doc === null ? 'null' : typeof doc === 'object' ? 'an object' : typeof doc === 'string' ? 'a text' : `a ${typeof doc}`;
  let hint = '';
  if (isObject(doc)) {
    const keys = Object.keys(doc);
    const nested = keys.find((k) => Array.isArray(doc[k]) && (doc[k] as unknown[]).some(isObject));
    if (nested !== undefined) hint = ` (its field ${quote(nested)} holds an array of rows: save that array on its own)`;
    else if (keys.length) hint = ` (its fields ${keys.slice(0, 5).map((k) => quote(k, 30)).join(', ')}${keys.length > 5 ? ', …' : ''} hold no array of rows)`;
  }
  const sentence = `${name} holds ${kind}, not a table${hint}: ${TABLE_SHAPES}`;
  const err = new DataError({ file: name }, sentence);
  err.message = sentence;
  return err;
}

/** Parses JSON Lines: each non-blank line one object. */
export function parseJsonLines(body: string, name: string, builder: TableBuilder, events: JsonEvents = {}): void {
  const records: Record<string, unknown>[] = [];
  let start = 0;
  let line = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    line++;
    const text = body.slice(start, end).trim();
    if (text !== '') {
      const value = parseJsonOrThrow(text, name, line);
      if (!isObject(value)) throw new DataError({ file: name }, `line ${line} holds ${describe(value)}; expected one JSON object per line`);
      records.push(value);
      if (records.length % BATCH === 0) events.onProgress?.((0.5 * end) / body.length);
    }
    start = end + 1;
  }
  if (records.length === 0) throw new DataError({ file: name }, `no JSON object in the file; ${SHAPES}`);
  emitRecords(records, name, builder, events, (f) => events.onProgress?.(0.5 + f / 2));
}

function emitRecords(records: unknown[], name: string, builder: TableBuilder, events: JsonEvents, progress: (f: number) => void): void {
  const keys = new Map<string, number>();
  records.forEach((r, i) => {
    if (!isObject(r)) throw new DataError({ file: name, path: `[${i}]` }, `found ${describe(r)}; expected every item to be an object like the first`);
    for (const k in r) if (!keys.has(k)) keys.set(k, keys.size);
  });
  const header = [...keys.keys()];
  builder.setHeader(header);
  for (let at = 0; at < records.length; at += BATCH) {
    const batch = records.slice(at, at + BATCH).map((r) => header.map((k) => jsonCellText((r as Record<string, unknown>)[k])));
    emit(builder, batch, events);
    progress(Math.min(1, (at + BATCH) / records.length));
  }
}

function emitArrays(
  header: unknown[],
  rows: unknown[],
  name: string,
  builder: TableBuilder,
  events: JsonEvents,
  progress: (f: number) => void,
  offset: number,
  field = '',
): void {
  builder.setHeader(header.map(jsonCellText));
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH).map((r, i) => {
      if (!Array.isArray(r)) throw new DataError({ file: name, path: `${field}[${at + i + offset}]` }, `found ${describe(r)}; expected an array of cells`);
      return r.map(jsonCellText);
    });
    emit(builder, batch, events);
    progress(Math.min(1, (at + BATCH) / rows.length));
  }
}

function emitColumns(doc: Record<string, unknown[]>, name: string, builder: TableBuilder, events: JsonEvents): void {
  const keys = Object.keys(doc);
  const n = doc[keys[0]].length;
  const bad = keys.find((k) => doc[k].length !== n);
  if (bad !== undefined) {
    throw new DataError({ file: name, path: bad }, `the column has ${doc[bad].length} values, expected ${n} like ${quote(keys[0])}`);
  }
  builder.setHeader(keys);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) rows.push(keys.map((k) => jsonCellText(doc[k][i])));
  emit(builder, rows, events);
}

function emit(builder: TableBuilder, batch: string[][], _events: JsonEvents): void {
  builder.addRows(batch);
}

function columnName(c: unknown, i: number, name: string): string {
  if (typeof c === 'string') return c;
  if (isObject(c)) {
    const n = c.name ?? c.key ?? c.id;
    if (typeof n === 'string') return n;
  }
  if (typeof c === 'number') return String(c);
  throw new DataError({ file: name, path: `columns[${i}]` }, `found ${describe(c)}; expected a column name (text) or {"name": ...}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return `${typeof v === 'string' ? 'the text' : `a ${typeof v}`} ${quote(v, 30)}`;
}

/**
 * JSON.parse, with a failure turned into a DataError that names the file and the line and column of
 * the error (`line` > 0: the text is that line of a JSON Lines file).
 */
export function parseJsonOrThrow(text: string, name: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const offset = syntaxErrorOffset(text);
    const engine = err instanceof Error ? err.message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '') : String(err);
    const { l, c } = lineColumn(text, offset);
    const where = line > 0 ? `line ${line}, column ${c}` : `line ${l}, column ${c} (character ${offset + 1})`;
    throw new DataError({ file: name }, `not valid JSON at ${where}: ${engine}; ${line > 0 ? 'expected one JSON object per line' : SHAPES}`);
  }
}

function lineColumn(text: string, offset: number): { l: number; c: number } {
  let l = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      l++;
      lineStart = i + 1;
    }
  }
  return { l, c: offset - lineStart + 1 };
}

/**
 * Offset of the first syntax error in text that JSON.parse refused. Engines word (and some omit) the
 * position differently, so it is found here, the same way in every browser. Only runs on a failure.
 */
export function syntaxErrorOffset(s: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < s.length && ' \t\n\r'.includes(s[i])) i++;
  };
  const lit = (word: string) => {
    for (const ch of word) {
      if (s[i] !== ch) fail();
      i++;
    }
  };
  const str = () => {
    i++;
    while (i < s.length && s[i] !== '"') {
      const code = s.charCodeAt(i);
      if (code < 0x20) fail();
      if (s[i] === '\\') {
        i++;
        if (s[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(s[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= s.length) fail();
    i++;
  };
  const num = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const ch = s[i];
    if (ch === '{') {
      i++;
      ws();
      if (s[i] === '}') return void i++;
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        str();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (s[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return str();
    if (ch === 't') return lit('true');
    if (ch === 'f') return lit('false');
    if (ch === 'n') return lit('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return num();
    fail();
  };
  try {
    value();
    ws();
    return i < s.length ? i : s.length;
  } catch (at) {
    return Math.min(typeof at === 'number' ? at : 0, s.length);
  }
}
