/**
 * Delimited text (CSV, TSV, semicolons, pipes) with papaparse, streamed in chunks so a worker can report
 * real progress; each chunk's rows go straight into the table's columns and are dropped. The delimiter
 * is detected from the first rows.
 */
import Papa from 'papaparse';
import { DataError } from '../errors';
import type { TableBuilder } from './tableBuilder';

/** Characters papaparse may detect, most likely first (a tie goes to the earlier one). */
const DELIMITERS = [',', '\t', ';', '|'];
const CHUNK = 1 << 20;
const SAMPLE = 1 << 16;

/** The delimiter of the first rows, preferring a tab for a .tsv/.tab name; ',' for a one-column file. */
export function detectDelimiter(body: string, name: string): string {
  const preferTab = /\.(tsv|tab)$/i.test(name);
  const order = preferTab ? ['\t', ...DELIMITERS.filter((d) => d !== '\t')] : DELIMITERS;
  const sample = body.length > SAMPLE ? body.slice(0, body.lastIndexOf('\n', SAMPLE) + 1 || SAMPLE) : body;
  const guess = Papa.parse<string[]>(sample, { preview: 10, skipEmptyLines: true, delimitersToGuess: order });
  if (guess.errors.some((e) => e.code === 'UndetectableDelimiter')) return order[0];
  return guess.meta.delimiter;
}

export interface DelimitedEvents {
  onProgress?: (fraction: number) => void;
}

/** Parses `body` (no BOM) into `builder`; returns the delimiter. Throws DataError on broken quoting. */
export function parseDelimited(body: string, name: string, builder: TableBuilder, events: DelimitedEvents = {}): string {
  const delimiter = detectDelimiter(body, name);
  // papaparse reads a final newline as one more (empty) row; without it, a single-column file's trailing
  // empty cells survive as rows, like every other row.
  const text = body.endsWith('\r\n') ? body.slice(0, -2) : body.endsWith('\n') || body.endsWith('\r') ? body.slice(0, -1) : body;
  let before = 0; // records seen before this chunk, header included
  let failure: DataError | null = null;
  // The typings say chunked parsing is for files; papaparse streams a string the same way, synchronously.
  Papa.parse<string[]>(text, {
    delimiter,
    chunkSize: CHUNK,
    complete() {},
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = quotingError(name, before + (quoteError.row ?? 0), quoteError.code);
        parser.abort();
        return;
      }
      let data = results.data;
      before += data.length;
      try {
        if (!builder.started) {
          if (data.length === 0) return;
          builder.setHeader(data[0]);
          data = data.slice(1);
        }
        builder.addRows(data);
      } catch (err) {
        failure = err instanceof DataError ? err : new DataError({ file: name }, String(err));
        parser.abort();
        return;
      }
      events.onProgress?.(text.length ? results.meta.cursor / text.length : 1);
    },
  });
  if (failure) throw failure;
  return delimiter;
}

function quotingError(name: string, row: number, code: string): DataError {
  const where = row > 0 ? { file: name, row } : { file: name };
  return code === 'InvalidQuotes'
    ? new DataError(where, 'a quoted cell has text after its closing quote; expected a delimiter or the end of the line right after it (a quote inside a quoted cell is written twice: "")')
    : new DataError(where, 'a quoted cell is never closed; expected a closing double quote (") — look for a stray quote in this row');
}
