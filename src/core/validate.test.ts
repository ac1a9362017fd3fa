import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import { orient } from './orient';
import { checkTable, checkVector, checkWeights } from './validate';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('input validation', () => {
  it('names the mismatched column and both lengths', () => {
    expect(() => checkTable([f(1, 2, 3), f(1, 2, 3), f(1)], ['min', 'min', 'max'])).toThrow(
      'columns have different lengths: columns[0] has 3 rows but columns[2] has 1',
    );
  });
  it('rejects non-Float64Array columns, no columns, and bad senses', () => {
    expect(() => checkTable([[1, 2] as unknown as Float64Array], ['min'])).toThrow('columns[0] must be a Float64Array');
    expect(() => checkTable([], [])).toThrow(CoreInputError);
    expect(() => checkTable([f(1)], ['min', 'max'])).toThrow('senses has 2 entries but columns has 1 objectives');
    expect(() => checkTable([f(1)], ['MIN' as 'min'])).toThrow(`senses[0] is "MIN"; expected 'min' or 'max'`);
  });
  it('checks per-objective vectors for length, NaN and (optionally) infinity', () => {
    expect(() => checkVector('reference', [1], 2)).toThrow('reference has 1 entries but there are 2 objectives');
    expect(() => checkVector('reference', [1, NaN], 2)).toThrow('reference[1] is NaN; expected a number');
    expect(() => checkVector('reference', [1, Infinity], 2, { finite: true })).toThrow('reference[1] is Infinity');
    expect(checkVector('reference', [1, Infinity], 2)).toEqual([1, Infinity]);
    expect(() => checkVector('reference', undefined, 2)).toThrow('reference is missing');
  });
  it('rejects negative, non-finite and all-zero weights', () => {
    expect(() => checkWeights([1, -0.5], 2)).toThrow('weights[1] is -0.5; weights must not be negative');
    expect(() => checkWeights([0, 0], 2)).toThrow('weights are all zero');
    expect(() => checkWeights([1, NaN], 2)).toThrow('weights[1] is NaN');
    expect(() => checkWeights([1], 2)).toThrow('weights has 1 entries but there are 2 objectives');
    expect(checkWeights([0, 2], 2)).toEqual([0, 2]);
  });
  it('orients to minimization, drops NaN rows and folds -0', () => {
    const o = orient([f(1, NaN, 0, 3), f(-2, 5, 4, -0)], ['max', 'min']);
    expect(Array.from(o.rows)).toEqual([0, 2, 3]);
    expect(Array.from(o.points)).toEqual([-1, -2, 0, 4, -3, 0]);
    expect(Object.is(o.points[1 * 2 + 0], -0)).toBe(false);
    expect(Object.is(o.points[2 * 2 + 1], -0)).toBe(false);
  });
});
