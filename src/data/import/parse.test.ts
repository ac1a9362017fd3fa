import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors';
import { parseTable, parseText, readBundle, sniffFormat } from './parse';
import { syntaxErrorOffset } from './parseJson';
import { normalizeHeader } from './tableBuilder';
import { rowTexts } from './rawColumns';
import type { RawTable } from './types';

/** The table with its rows as text, to compare with what a file holds. */
const shaped = (t: RawTable) => ({ ...t, rows: rowTexts(t) });

function thrown(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('parseText: delimited text', () => {
  it('reads quoted fields, a BOM, CRLF and an empty header cell (the e2e fixture)', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'e2e', 'fixtures', 'messy.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const t = parseText(text, 'messy.csv');
    expect(t.format).toBe('csv');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['model', 'accuracy (%)', 'cost ($)', 'column 4', 'latency (ms)']);
    expect(t.rowCount).toBe(6);
    expect(rowTexts(t)[0]).toEqual(['gpt, big', '81.5', '1,200.50', 'x', '120']);
    expect(rowTexts(t)[3][0]).toBe('quoted "name"');
    expect(t.ragged).toBeUndefined();
  });

  it('detects tabs, semicolons and pipes', () => {
    expect(shaped(parseText('a\tb\n1\t2\n', 'x.tsv'))).toMatchObject({ format: 'tsv', delimiter: '\t', header: ['a', 'b'], rows: [['1', '2']] });
    // The decimal comma of a ;-separated file is read as a decimal point (see decimalComma.test.ts).
    expect(shaped(parseText('a;b;c\n1,5;2;3\n4;5;6\n', 'eu.csv'))).toMatchObject({ format: 'delimited', delimiter: ';', rows: [['1.5', '2', '3'], ['4', '5', '6']], decimalComma: ['a'] });
    expect(shaped(parseText('a|b\n1|2\n3|4', 'p.txt'))).toMatchObject({ delimiter: '|', rows: [['1', '2'], ['3', '4']] });
    // Content decides: a comma file named .tsv is still read with commas.
    expect(parseText('a,b\n1,2\n', 'wrong.tsv').delimiter).toBe(',');
  });

  it('normalizes headers: trimmed, empty cells named by position, duplicates suffixed', () => {
    expect(parseText(' a ,, a,a (2),b\n1,2,3,4,5\n', 'h.csv').header).toEqual(['a', 'column 2', 'a (3)', 'a (2)', 'b']);
    expect(normalizeHeader(['x', 'x', 'x'])).toEqual(['x', 'x (2)', 'x (3)']);
  });

  it('pads short rows and cuts long ones, flagging both; a trailing delimiter and blank lines are no problem', () => {
    const t = parseText('a,b,c\n1,2\n1,2,3,4\n1,2,3,\n\n5,6,7\n', 'r.csv');
    expect(rowTexts(t)).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
      ['1', '2', '3'],
      ['5', '6', '7'],
    ]);
    expect(t.ragged).toEqual([
      { row: 0, cells: 2 },
      { row: 1, cells: 4 },
    ]);
  });

  it('keeps empty cells of a single-column file as rows', () => {
    expect(rowTexts(parseText('a\n1\n\n2\n\n', 'one.csv'))).toEqual([['1'], [''], ['2'], ['']]);
  });

  it('names the row of broken quoting', () => {
    const e = thrown(() => parseText('a,b\n1,2\n"x,2\n', 'q.csv'));
    expect(e.file).toBe('q.csv');
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/never closed/);
  });

  it('refuses an empty file', () => {
    expect(thrown(() => parseText('\uFEFF  \n', 'e.csv')).message).toMatch(/^e\.csv: the file is empty/);
  });

  it('streams in chunks with rising progress, straight into columns', () => {
    const lines = ['id,value'];
    for (let i = 0; i < 60_000; i++) lines.push(`${i},"v ""${i}"", ok"`);
    const progress: number[] = [];
    const t = parseTable(lines.join('\n'), 'big.csv', { onProgress: (f) => progress.push(f) });
    expect(t.rowCount).toBe(60_000);
    expect(t.columns[0]).toMatchObject({ kind: 'number' });
    expect(t.columns[0].kind === 'number' && t.columns[0].text).toBeFalsy();
    expect(t.columns[1].kind).toBe('text');
    expect(rowTexts(t, 59_999)).toEqual([['59999', 'v "59999", ok']]);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });
});

describe('parseText: JSON', () => {
  it('reads an array of objects: keys in order of appearance, numbers/booleans as text, null as empty', () => {
    const t = parseText('[{"model":"a","acc":81.5,"ok":true},{"model":"b","acc":null,"cost":1e-3,"tags":["x"]}]', 'r.json');
    expect(t.format).toBe('json');
    expect(t.header).toEqual(['model', 'acc', 'ok', 'cost', 'tags']);
    expect(rowTexts(t)).toEqual([
      ['a', '81.5', 'true', '', ''],
      ['b', '', '', '0.001', '["x"]'],
    ]);
  });

  it('reads {columns, rows}, pandas {columns, data}, arrays of arrays and objects of columns', () => {
    const expected = { header: ['a', 'b'], rows: [['1', 'x'], ['2', '']] };
    expect(shaped(parseText('{"columns":["a","b"],"rows":[[1,"x"],[2,null]]}', 't.json'))).toMatchObject(expected);
    expect(shaped(parseText('{"columns":["a","b"],"index":[0,1],"data":[[1,"x"],[2,null]]}', 't.json'))).toMatchObject(expected);
    expect(shaped(parseText('[["a","b"],[1,"x"],[2,null]]', 't.json'))).toMatchObject(expected);
    expect(shaped(parseText('{"a":[1,2],"b":["x",null]}', 't.json'))).toMatchObject(expected);
  });

  it('reads JSON Lines, by content or by name', () => {
    const text = '{"a":1,"b":"x"}\n\n{"a":2}\n';
    expect(shaped(parseText(text, 'r.json'))).toMatchObject({ format: 'jsonl', header: ['a', 'b'], rows: [['1', 'x'], ['2', '']] });
    expect(sniffFormat('{"a":1}\n', 'one.jsonl')).toBe('jsonl');
    expect(sniffFormat('{\n  "columns": []\n}', 'x.json')).toBe('json');
    expect(sniffFormat('a,b\n', 'x.json')).toBe('delimited');
  });

  it('names the file and the line and column of bad JSON', () => {
    const e = thrown(() => parseText('[\n  {"a": 1},\n  {"a": 2,}\n]', 'bad.json'));
    expect(e.file).toBe('bad.json');
    expect(e.message).toMatch(/^bad\.json: not valid JSON at line 3, column 11/);
    const l = thrown(() => parseText('{"a":1}\n{"a":2}\n{"a":\n', 'bad.jsonl'));
    expect(l.message).toMatch(/^bad\.jsonl: not valid JSON at line 3, column/);
  });

  it('says what shape was expected', () => {
    expect(thrown(() => parseText('[1,2]', 'n.json')).message).toMatch(/expected every item to be an object/);
    expect(thrown(() => parseText('{"x":1}', 'o.json')).message).toMatch(/expected an array of objects/);
    expect(thrown(() => parseText('[]', 'e.json')).message).toMatch(/the array is empty/);
  });

  it('finds syntax error offsets the way a person counts characters', () => {
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset('[1, 2')).toBe(5);
    expect(syntaxErrorOffset('[tru]')).toBe(4);
    expect(syntaxErrorOffset('{"a":1} x')).toBe(8);
  });

  it('recognizes a Paretoscope bundle, and refuses to read one as a table', () => {
    const bundle = '{"paretoscope":"bundle","version":1,"datasets":[]}';
    expect(readBundle(bundle)).toMatchObject({ paretoscope: 'bundle' });
    expect(readBundle('[{"paretoscope":"bundle"}]')).toBeNull();
    expect(readBundle('a,b\n')).toBeNull();
    expect(thrown(() => parseText(bundle, 'b.json')).message).toMatch(/Paretoscope bundle/);
  });
});

describe('limits while parsing', () => {
  it('stops at too many columns, with the numbers', () => {
    const header = Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',');
    expect(thrown(() => parseText(`${header}\n`, 'wide.csv')).message).toBe('wide.csv has 1,001 columns; the limit is 1,000 columns.');
  });
});

describe('JSON that is not a table', () => {
  function message(text: string, name: string): string {
    try {
      parseText(text, name);
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected a throw');
  }

  it('names a bare number, text or null instead of a CSV quoting error', () => {
    expect(message('42', 'x.json')).toBe('x.json holds a number, not a table: expected an array of objects, {columns, rows} or JSON Lines');
    expect(message(' "hello"\n', 'h.json')).toBe('h.json holds a text, not a table: expected an array of objects, {columns, rows} or JSON Lines');
    expect(message('null', 'n.txt')).toBe('n.txt holds null, not a table: expected an array of objects, {columns, rows} or JSON Lines');
  });

  it('names a nested object, and the field holding rows when there is one', () => {
    expect(message('{"meta": {"a": 1}, "b": {"c": [1, 2]}}', 'o.json')).toBe(
      'o.json holds an object, not a table (its fields "meta", "b" hold no array of rows): expected an array of objects, {columns, rows} or JSON Lines',
    );
    expect(message('{\n  "results": [{"x": 1}],\n  "v": 2\n}', 'r.json')).toMatch(/^r\.json holds an object, not a table \(its field "results" holds an array of rows: save that array on its own\)/);
  });

  it('reports broken JSON in a .json file as JSON, not as CSV quoting', () => {
    expect(message('tru', 'b.json')).toMatch(/^b\.json: not valid JSON at line 1/);
  });
});
