import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, rawLength, rowTexts, type RawColumn } from './rawColumns';
import { ColumnBuilder, columnOf, SWITCH_AFTER, tableFromColumns, tableOfRows } from './tableBuilder';

const texts = (column: RawColumn) => Array.from({ length: rawLength(column) }, (_, r) => cellText(column, r));

describe('ColumnBuilder', () => {
  it('keeps plain numbers as doubles, NaN for an empty cell, other cells word for word', () => {
    const column = columnOf(['1', '-2.5', '', '3e-4', '.5', 'N/A', ' 12', '85%', '007', '1e999', '12345678901234567890']);
    expect(column.kind).toBe('number');
    if (column.kind !== 'number') return;
    expect([...column.values.slice(0, 5)]).toEqual([1, -2.5, Number.NaN, 3e-4, 0.5]);
    // Not plain numbers: kept as written (their value is NaN) for the check and the build to read.
    expect([...(column.text ?? new Map())]).toEqual([
      [5, 'N/A'],
      [6, ' 12'],
      [7, '85%'],
      [8, '007'],
      [9, '1e999'],
      [10, '12345678901234567890'],
    ]);
    expect(Number.isNaN(column.values[5])).toBe(true);
    expect(texts(column)).toEqual(['1', '-2.5', '', '0.0003', '0.5', 'N/A', ' 12', '85%', '007', '1e999', '12345678901234567890']);
  });

  it('cuts its arrays to length, growing past its first capacity', () => {
    const b = new ColumnBuilder(16);
    for (let i = 0; i < 1000; i++) b.push(String(i));
    const column = b.finish();
    expect(column.kind === 'number' && column.values.length).toBe(1000);
    expect(column.kind === 'number' && column.values.buffer.byteLength).toBe(8000);
  });

  it('turns into a dictionary-encoded text column once exceptions are numerous, earlier cells kept', () => {
    const cells = ['1.50', '', '2', ...Array.from({ length: SWITCH_AFTER + 5 }, (_, i) => `model ${i % 7}`), '3'];
    const column = columnOf(cells);
    expect(column.kind).toBe('text');
    if (column.kind !== 'text') return;
    expect(column.codes).toBeInstanceOf(Uint32Array);
    expect(column.codes.length).toBe(cells.length);
    // 1.50 is read back in its shortest form, the same number; every other cell as written.
    expect(texts(column)).toEqual(['1.5', '', '2', ...cells.slice(3)]);
    expect(column.labels).toEqual(['1.5', '', '2', ...Array.from({ length: 7 }, (_, i) => `model ${i}`), '3']);
  });

  it('stays numeric with many missing markers: they are what a numeric column has', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 'NA' : String(i)));
    const column = columnOf(cells);
    expect(column.kind).toBe('number');
    expect(column.kind === 'number' && column.text?.size).toBe(3334);
  });

  it('stays numeric with a few exceptions among many rows', () => {
    const cells = Array.from({ length: 100_000 }, (_, i) => (i % 50 === 0 ? `${i}%` : String(i / 4)));
    const column = columnOf(cells);
    expect(column.kind).toBe('number');
    expect(column.kind === 'number' && column.text?.size).toBe(2000);
  });

  it('gives every cell back as the same number or the same text (property)', () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map(String),
      fc.constantFrom('', 'NA', 'x', '1,5', '12%', '007', ' 3', '-', '1e999'),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 3000 }), (cells) => {
        const got = texts(columnOf(cells));
        cells.forEach((c, i) => {
          if (got[i] !== c) expect(Number(got[i])).toBe(Number(c)); // only a plain number may change its writing
        });
      }),
      { seed: 20261203, numRuns: 60 },
    );
  });
});

describe('TableBuilder', () => {
  it('pads short rows, cuts extra empty cells, records both', () => {
    const t = tableOfRows('r.csv', ['a', 'b'], [['1'], ['2', '3', '4'], ['5', '6', ''], ['7', 'x']]);
    expect(t.rowCount).toBe(4);
    expect(rowTexts(t)).toEqual([
      ['1', ''],
      ['2', '3'],
      ['5', '6'],
      ['7', 'x'],
    ]);
    expect(t.ragged).toEqual([
      { row: 0, cells: 1 },
      { row: 1, cells: 3 },
    ]);
  });
});

describe('tableFromColumns (Parquet, Arrow)', () => {
  it('takes typed columns as they are, normalizing the header', () => {
    const values = new Float64Array([1, 2]);
    const t = tableFromColumns('r.parquet', {
      format: 'parquet',
      header: ['x', 'x', ''],
      rowCount: 2,
      columns: [
        { kind: 'number', values },
        { kind: 'text', codes: new Uint32Array([1, 0]), labels: ['a', 'b'] },
        { kind: 'number', values: new Float64Array([Number.NaN, 3]) },
      ],
    });
    expect(t.header).toEqual(['x', 'x (2)', 'column 3']);
    expect(t.columns[0].kind === 'number' && t.columns[0].values).toBe(values);
    expect(rowTexts(t)).toEqual([
      ['1', 'b', ''],
      ['2', 'a', '3'],
    ]);
  });

  it('refuses a column of the wrong length, naming it', () => {
    expect(() =>
      tableFromColumns('r.arrow', { format: 'arrow', header: ['a'], rowCount: 3, columns: [{ kind: 'number', values: new Float64Array(2) }] }),
    ).toThrow('r.arrow, column "a": the column has 2 values, expected 3');
  });
});
