import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { parseCsv } from './parse';

function thrown(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('parseCsv', () => {
  it('keeps every cell as text, quoted commas included', () => {
    const t = parseCsv('model,param_count\nbig,"1,014.45"\nsmall,0.37\n', 'x.csv');
    expect(t.header).toEqual(['model', 'param_count']);
    expect(t.rows).toEqual([
      ['big', '1,014.45'],
      ['small', '0.37'],
    ]);
  });

  it('strips a byte-order mark so the first header is clean', () => {
    const t = parseCsv('\uFEFFa,b\n1,2\n', 'bom.csv');
    expect(t.header).toEqual(['a', 'b']);
  });

  it('accepts an empty header cell (a pandas index) as the column named ""', () => {
    const t = parseCsv(',score\nfirst,1\n', 'idx.csv');
    expect(t.header).toEqual(['', 'score']);
    expect(t.rows[0]).toEqual(['first', '1']);
  });

  it('reads CRLF line endings and ignores a trailing newline', () => {
    const t = parseCsv('a,b\r\n1,2\r\n3,4\r\n', 'crlf.csv');
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells as ""', () => {
    expect(parseCsv('a,b,c\n1,,3\n', 'e.csv').rows[0]).toEqual(['1', '', '3']);
  });

  it('names the file and the 1-based data row of a row with the wrong number of cells', () => {
    const e = thrown(() => parseCsv('a,b\n1,2\n3\n', 'short.csv'));
    expect(e.file).toBe('short.csv');
    expect(e.row).toBe(2);
    expect(e.message).toContain('short.csv, row 2 (1-based data row, header not counted)');
    expect(e.message).toContain('found 1 cells, expected 2');
  });

  it('names the file and row of broken quoting', () => {
    const e = thrown(() => parseCsv('a,b\n1,2\n3,"unclosed\n', 'quotes.csv'));
    expect(e.file).toBe('quotes.csv');
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/quotes\.csv, row 2 .*not valid CSV/);
  });

  it('rejects duplicate header names and an empty file', () => {
    expect(() => parseCsv('a,b,a\n1,2,3\n', 'dup.csv')).toThrow(/dup\.csv, column "a": the header names "a" twice \(cells 1 and 3\)/);
    expect(() => parseCsv('', 'empty.csv')).toThrow(/empty\.csv: the file is empty/);
  });
});
