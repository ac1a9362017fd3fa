import { describe, expect, it } from 'vitest';
import { checkImport } from './check';
import { inferMapping } from './infer';
import { isBeyondDouble, parseImportNumber, parseMagnitudeCell } from './numbers';
import { parseText } from './parse';

describe('numbers beyond the range of a double', () => {
  it('are refused, not read as Infinity; the words inf and infinity still are', () => {
    expect(parseImportNumber('1e999')).toBeNull();
    expect(parseImportNumber('-1e999')).toBeNull();
    expect(parseImportNumber(' 1e999 %')).toBeNull();
    expect(isBeyondDouble('-1e999')).toBe(true);
    expect(isBeyondDouble('1e308')).toBe(false);
    expect(isBeyondDouble('abc')).toBe(false);
    expect(parseImportNumber('1e308')).toBe(1e308);
    expect(parseImportNumber('-inf')).toBe(-Infinity);
    expect(parseImportNumber('Infinity')).toBe(Infinity);
    // Sizes with a suffix too: a value that overflows once scaled is refused, not Infinity.
    expect(parseMagnitudeCell('1e999B', 'B')).toBeNull();
    expect(parseMagnitudeCell('1e305T', 'K')).toBeNull();
    expect(parseMagnitudeCell('350M', 'B')).toBe(0.35);
  });

  it('are reported as cells naming file, row and column', () => {
    const table = parseText('model,score,cost\nA,1,2\nB,1e999,3\nC,0.5,-1e999\nD,2,4\n', 'big.csv');
    const mapping = inferMapping(table).map((m) => (m.key === 'model' ? m : { ...m, role: 'objective' as const, type: 'number' as const, sense: 'min' as const }));
    const check = checkImport(table, mapping, 'big.csv');
    expect(check.total).toBe(2);
    expect(check.badRows).toEqual([1, 2]);
    expect(check.problems.map((p) => p.message)).toEqual([
      'big.csv, row 2 (1-based data row, header not counted), column "score": found "1e999", a number beyond ±1.8e308; expected a number within ±1.8e308 (the range of a double), or an empty cell',
      'big.csv, row 3 (1-based data row, header not counted), column "cost": found "-1e999", a number beyond ±1.8e308; expected a number within ±1.8e308 (the range of a double), or an empty cell',
    ]);
  });
});
