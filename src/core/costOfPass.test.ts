import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOfPass } from './costOfPass';
import { CoreInputError } from './errors';

const f = (...v: number[]) => Float64Array.from(v);

describe('costOfPass', () => {
  it('divides cost by success rate', () => {
    expect(Array.from(costOfPass(f(2, 3, 0, 0.5), f(0.5, 1, 0.25, 0.125)))).toEqual([4, 3, 0, 4]);
  });

  it('a rate of 0 gives Infinity, also for a cost of 0 and for a rate of -0', () => {
    expect(Array.from(costOfPass(f(5, 0, 5), f(0, 0, -0)))).toEqual([Infinity, Infinity, Infinity]);
  });

  it('NaN in either input gives NaN', () => {
    const r = costOfPass(f(NaN, 1, NaN), f(0.5, NaN, NaN));
    expect(Array.from(r).every(Number.isNaN)).toBe(true);
    expect(costOfPass(f(NaN), f(0))[0]).toBeNaN();
  });

  it('infinite cost gives Infinity; -0 cost gives +0', () => {
    expect(Array.from(costOfPass(f(Infinity, Infinity), f(0.5, 0)))).toEqual([Infinity, Infinity]);
    expect(Object.is(costOfPass(f(-0), f(0.5))[0], 0)).toBe(true);
  });

  it('handles empty columns', () => {
    expect(costOfPass(f(), f()).length).toBe(0);
  });

  it('expected cost times rate gives back the cost', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1e6, noNaN: true }),
            fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
          ),
        ),
        (pairs) => {
          const out = costOfPass(f(...pairs.map((p) => p[0])), f(...pairs.map((p) => p[1])));
          pairs.forEach(([c, r], i) => {
            expect(out[i]).toBeGreaterThanOrEqual(c);
            if (Number.isFinite(out[i])) expect(out[i] * r).toBeCloseTo(c, 6);
          });
        },
      ),
    );
  });

  describe('input errors name the first offending row', () => {
    const cases: [string, () => unknown, RegExp][] = [
      [
        'a percentage',
        () => costOfPass(f(1, 1, 1, 1), f(0.5, 0.2, 1, 47.5)),
        /^successRate\[3\] is 47\.5; expected a rate in \[0, 1\] — divide percentages by 100$/,
      ],
      ['a rate above 100', () => costOfPass(f(1), f(250)), /^successRate\[0\] is 250; expected a rate in \[0, 1\]$/],
      ['a negative rate', () => costOfPass(f(1, 1), f(0.5, -0.1)), /^successRate\[1\] is -0\.1; expected a rate in \[0, 1\]$/],
      ['an infinite rate', () => costOfPass(f(1), f(Infinity)), /^successRate\[0\] is Infinity; expected a rate in \[0, 1\]$/],
      ['a negative cost', () => costOfPass(f(1, -2), f(0.5, 0.5)), /^cost\[1\] is -2; expected a cost that is not negative$/],
      ['a cost of -Infinity', () => costOfPass(f(-Infinity), f(0.5)), /^cost\[0\] is -Infinity/],
      ['the earlier of several bad rows', () => costOfPass(f(1, 1, -1, 1), f(0.5, 2, 0.5, 3)), /^successRate\[1\] is 2;/],
      ['cost before rate in the same row', () => costOfPass(f(1, -1), f(0.5, 2)), /^cost\[1\] is -1;/],
      ['a bad rate next to a NaN cost', () => costOfPass(f(NaN), f(5)), /^successRate\[0\] is 5;/],
      ['lengths that differ', () => costOfPass(f(1, 2), f(0.5)), /^cost has 2 rows but successRate has 1$/],
      ['a cost that is not a Float64Array', () => costOfPass([1] as unknown as Float64Array, f(0.5)), /^cost must be a Float64Array$/],
      ['a rate that is not a Float64Array', () => costOfPass(f(1), [0.5] as unknown as Float64Array), /^successRate must be a Float64Array$/],
    ];
    for (const [name, call, message] of cases) {
      it(`rejects ${name}`, () => {
        expect(call).toThrow(CoreInputError);
        expect(call).toThrow(message);
      });
    }
  });
});
