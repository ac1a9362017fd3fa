import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { parseNumberCell, parseNumberColumn } from './numbers';

const ctx = { file: 'results.csv', row: 7, column: 'param_count' };

describe('parseNumberCell', () => {
  it('reads plain decimals, signs, exponents and surrounding spaces', () => {
    expect(parseNumberCell('305.08', ctx)).toBe(305.08);
    expect(parseNumberCell(' -2 ', ctx)).toBe(-2);
    expect(parseNumberCell('+.5', ctx)).toBe(0.5);
    expect(parseNumberCell('6.08011687701302e-3', ctx)).toBe(6.08011687701302e-3);
    expect(parseNumberCell('1E5', ctx)).toBe(100000);
    expect(parseNumberCell('15.', ctx)).toBe(15);
  });

  it('reads thousands separators in groups of three', () => {
    expect(parseNumberCell('1,014.45', ctx)).toBe(1014.45);
    expect(parseNumberCell('1,282.60', ctx)).toBe(1282.6);
    expect(parseNumberCell('-12,345,678', ctx)).toBe(-12345678);
  });

  it('reads infinities, which the engine treats as ordinary values', () => {
    expect(parseNumberCell('inf', ctx)).toBe(Infinity);
    expect(parseNumberCell('-Infinity', ctx)).toBe(-Infinity);
  });

  it('gives NaN for an empty cell and for the column\'s missing markers only', () => {
    expect(parseNumberCell('', ctx)).toBeNaN();
    expect(parseNumberCell('   ', ctx)).toBeNaN();
    const missing = ['0', '0.0000'];
    expect(parseNumberCell('0.0000', { ...ctx, missing })).toBeNaN();
    expect(parseNumberCell('0', { ...ctx, missing })).toBeNaN();
    expect(parseNumberCell('0.00', { ...ctx, missing })).toBe(0);
    expect(parseNumberCell('0', ctx)).toBe(0);
  });

  it.each(['abc', '12abc', '1,5', '1,0000', 'NaN', 'N/A', '0x10', '1.2.3', '--1', '$5'])(
    'rejects %j with a message naming file, row, column and the text',
    (text) => {
      let error: unknown;
      try {
        parseNumberCell(text, ctx);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      const e = error as DataError;
      expect(e.file).toBe('results.csv');
      expect(e.row).toBe(7);
      expect(e.column).toBe('param_count');
      expect(e.message).toContain('results.csv, row 7 (1-based data row, header not counted), column "param_count"');
      expect(e.message).toContain(`found ${JSON.stringify(text)}, expected a number`);
    },
  );

  it('lists the missing markers in the message when the column has some', () => {
    expect(() => parseNumberCell('free', { ...ctx, missing: ['0'] })).toThrow(/a missing marker \("0"\)/);
  });
});

describe('parseNumberColumn', () => {
  it('types a column and reports the first bad cell by its data row', () => {
    expect(Array.from(parseNumberColumn(['1', '', '2,000'], { file: 'f.csv', column: 'c' }))).toEqual([1, NaN, 2000]);
    expect(() => parseNumberColumn(['1', '2', 'x'], { file: 'f.csv', column: 'c' })).toThrow(/f\.csv, row 3 .*column "c": found "x"/);
  });

  it('uses the given source rows (e.g. of a joined file) in messages', () => {
    expect(() => parseNumberColumn(['1', 'x'], { file: 'right.csv', column: 'c', rows: [40, 12] })).toThrow(/right\.csv, row 12 /);
  });
});
