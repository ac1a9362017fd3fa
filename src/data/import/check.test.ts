import { describe, expect, it } from 'vitest';
import { checkImport } from './check';
import { inferMapping } from './infer';
import { LIMITS, formatBytes, sizeProblem } from './limits';
import { parseText } from './parse';
import type { ColumnMapping, RawTable } from './types';

const MESSY = '\uFEFFmodel,accuracy (%),cost ($),,latency (ms)\r\n"gpt, big",81.5,"1,200.50",x,120\r\nsmall,70.1,300,y,40\r\nbroken,oops,10,z,30\r\n"quoted ""name""",75,500,w,80\r\ntiny,55,5,v,10\r\nmid,72,150,u,60\r\n';

describe('checkImport', () => {
  it('names file, row, column, what was found and what was expected', () => {
    const table = parseText(MESSY, 'messy.csv');
    const check = checkImport(table, inferMapping(table), 'messy.csv');
    expect(check.total).toBe(1);
    expect(check.badRows).toEqual([2]);
    expect(check.errors).toBeUndefined();
    const [p] = check.problems;
    expect(p).toMatchObject({ file: 'messy.csv', row: 3, column: 'accuracy (%)', found: 'oops' });
    expect(p.expected).toMatch(/^a number/);
    expect(p.message).toBe(
      'messy.csv, row 3 (1-based data row, header not counted), column "accuracy (%)": found "oops", expected a number (e.g. 12.5, 1,014.45, 85%, 1e-3) or an empty cell or missing marker (NA, n/a, null, -)',
    );
  });

  it('checks only numeric columns that are kept', () => {
    const table = parseText(MESSY, 'messy.csv');
    const mapping = inferMapping(table).map((m): ColumnMapping => (m.key === 'accuracy (%)' ? { ...m, role: 'ignore' } : m));
    expect(checkImport(table, mapping, 'messy.csv').total).toBe(0);
    const asText = inferMapping(table).map((m): ColumnMapping => (m.key === 'accuracy (%)' ? { ...m, role: 'attribute', type: 'text' } : m));
    expect(checkImport(table, asText, 'messy.csv').total).toBe(0);
  });

  it('lists the first 20 problems in row order and counts them all', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `r${i},${i % 2 ? 'bad' : i},${i % 5 ? i : 'x'}`);
    const table = parseText(`name,score,cost\n${rows.join('\n')}\n`, 'many.csv');
    const mapping: ColumnMapping[] = [
      { key: 'name', label: 'name', role: 'label', type: 'text' },
      { key: 'score', label: 'score', role: 'objective', type: 'number', sense: 'max' },
      { key: 'cost', label: 'cost', role: 'objective', type: 'number', sense: 'min' },
    ];
    const check = checkImport(table, mapping, 'many.csv');
    expect(check.problems).toHaveLength(20);
    expect(check.total).toBe(25 + 10); // cells: a bad score in odd rows, a bad cost in every 5th row
    expect(check.problems.map((p) => p.row)).toEqual([...check.problems.map((p) => p.row)].sort((a, b) => a - b));
    expect(check.problems[0]).toMatchObject({ row: 1, column: 'cost', found: 'x' });
    expect(check.badRows).toHaveLength(25 + 10 - 5); // rows 5, 15, … have both
  });

  it('lists ragged rows', () => {
    const table = parseText('name,score\na,1\nb\nc,3,extra\nd,4,\n', 'r.csv');
    const check = checkImport(table, inferMapping(table), 'r.csv');
    expect(check.badRows).toEqual([1, 2]);
    expect(check.problems[0].message).toBe('r.csv, row 2 (1-based data row, header not counted): found 1 cell, expected 2 cells, one per header cell (the missing cells would be empty)');
    expect(check.problems[1].message).toMatch(/row 3 .*found 3 cells, expected 2 cells.*extra cells would be lost/);
  });

  it('refuses a mapping without an objective, or an objective without a direction', () => {
    const table = parseText('a,b\n1,2\n', 'n.csv');
    const mapping = inferMapping(table);
    // Names without a hint: both are ticked, and the person is asked for the directions.
    expect(checkImport(table, mapping, 'n.csv').errors).toEqual([
      'The objective "a" has no direction; choose min (lower is better) or max.',
      'The objective "b" has no direction; choose min (lower is better) or max.',
    ]);
    const none: ColumnMapping[] = mapping.map((m) => ({ ...m, role: 'attribute' }));
    expect(checkImport(table, none, 'n.csv').errors).toEqual([
      'No column is an objective: set the role of at least one numeric column to "objective" and choose min or max.',
    ]);
  });

  it('says when every row would be left out', () => {
    const table = parseText('name,kind\na,x\nb,y\n', 'k.csv');
    const mapping: ColumnMapping[] = [
      { key: 'name', label: 'name', role: 'label', type: 'text' },
      { key: 'kind', label: 'kind', role: 'objective', type: 'number', sense: 'min' },
    ];
    const check = checkImport(table, mapping, 'k.csv');
    expect(check.total).toBe(2);
    expect(check.errors?.[0]).toMatch(/Every one of the 2 rows has a problem/);
  });

  it('checks the row and column limits and states the numbers', () => {
    const huge: RawTable = { name: 'huge.csv', format: 'csv', header: ['a'], rowCount: LIMITS.rows + 1, columns: [{ kind: 'number', values: new Float64Array(LIMITS.rows + 1).fill(1) }] };
    const check = checkImport(huge, [{ key: 'a', label: 'a', role: 'objective', type: 'number', sense: 'min' }], 'huge.csv');
    expect(check.errors).toContain('huge.csv has 2,000,001 rows; the limit is 2,000,000 rows.');
    const wide: RawTable = { name: 'w.csv', format: 'csv', header: Array.from({ length: 1200 }, (_, i) => `c${i}`), rowCount: 0, columns: Array.from({ length: 1200 }, () => ({ kind: 'number' as const, values: new Float64Array(0) })) };
    expect(checkImport(wide, [], 'w.csv').errors).toContain('w.csv has 1,200 columns; the limit is 1,000 columns.');
  });

  it('states the size limit with the numbers', () => {
    expect(sizeProblem('data.csv', 312_000_000)).toBe('data.csv is 312 MB; the limit is 200 MB');
    expect(sizeProblem('data.csv', 1_000)).toBeNull();
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
  });
});
