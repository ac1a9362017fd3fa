/**
 * A person's file -> RawTable. The format is sniffed from the content (the name only breaks ties), so
 * a renamed file still reads, and the same function runs on the main thread for small inputs and inside
 * the parse worker for large ones: one code path for the parsing itself.
 */
import { DataError } from '../errors';
import { readDecimalCommas } from './decimalComma';
import { parseDelimited } from './parseDelimited';
import { parseJsonDocument, parseJsonLines } from './parseJson';
import { TableBuilder } from './tableBuilder';
import type { ImportFormat, RawTable } from './types';

const BOM = '\uFEFF';

export interface ParseEvents {
  /** Fraction of the input parsed so far, 0..1. */
  onProgress?: (fraction: number) => void;
}

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** 'json', 'jsonl' or 'delimited', from the first characters (and the name for .jsonl / .ndjson). */
export function sniffFormat(body: string, name: string): 'json' | 'jsonl' | 'delimited' {
  const first = /\S/.exec(body.slice(0, 4096));
  const ch = first?.[0];
  if (ch !== '[' && ch !== '{') return isJsonScalar(body) || (/\.json$/i.test(name) && !looksDelimited(body)) ? 'json' : 'delimited';
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'jsonl';
  if (ch === '[') return 'json';
  // JSON Lines when the first line is a whole object and more follows; a pretty-printed object's first
  // line is just "{", and a one-line object is the whole file.
  const start = first!.index;
  const end = body.indexOf('\n', start);
  if (end < 0 || body.slice(end).trim() === '') return 'json';
  try {
    const head: unknown = JSON.parse(body.slice(start, end));
    return typeof head === 'object' && head !== null ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

/** A whole text that is one JSON number, string, true, false or null (`42`, `"a"`): JSON, not a table. */
function isJsonScalar(body: string): boolean {
  const t = body.trim();
  if (t.length > 4096 || !/^(?:-?\d|"|true$|false$|null$)/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/** Whether the first line has a delimiter in it, so a .json name alone does not turn a CSV into JSON. */
function looksDelimited(body: string): boolean {
  const line = body.slice(0, Math.max(0, body.indexOf('\n')) || 4096);
  return /[,;\t|]/.test(line);
}

/**
 * The Paretoscope bundle a text holds (`{ "paretoscope": "bundle", ... }`), or null for anything else.
 * Bundles are opened by the app, not imported as tables.
 */
export function readBundle(text: string): Record<string, unknown> | null {
  const body = stripBom(text);
  if (!/^\s*\{/.test(body) || !body.includes('"paretoscope"')) return null;
  try {
    const json: unknown = JSON.parse(body);
    return typeof json === 'object' && json !== null && (json as Record<string, unknown>).paretoscope === 'bundle'
      ? (json as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Parses text into a columnar RawTable (decimal commas read), reporting progress. */
export function parseTable(text: string, name: string, events: ParseEvents = {}): RawTable {
  const body = stripBom(text);
  if (body.trim() === '') throw new DataError({ file: name }, 'the file is empty: expected a header row and data rows');
  const builder = new TableBuilder(name);
  const format = sniffFormat(body, name);
  let table: RawTable;
  if (format === 'json') {
    parseJsonDocument(body, name, builder, events);
    table = builder.finish('json');
  } else if (format === 'jsonl') {
    parseJsonLines(body, name, builder, events);
    table = builder.finish('jsonl');
  } else {
    const delimiter = parseDelimited(body, name, builder, events);
    table = builder.finish(delimitedFormat(delimiter), delimiter);
  }
  events.onProgress?.(1);
  return readDecimalCommas(table);
}

/**
 * Parses a CSV, TSV (or other detected delimiter), JSON (an array of objects, `{columns, rows}`) or JSON
 * Lines text into a RawTable, synchronously. Throws DataError naming the file (and the row, or the line
 * and column for JSON) when it cannot be read.
 */
export function parseText(text: string, name: string): RawTable {
  return parseTable(text, name);
}

function delimitedFormat(delimiter: string): ImportFormat {
  return delimiter === ',' ? 'csv' : delimiter === '\t' ? 'tsv' : 'delimited';
}
