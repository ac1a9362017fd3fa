import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outward6 } from './compare';

describe('outward6: the default reference point rounded away from the data', () => {
  it('gives short numbers', () => {
    expect(outward6(1410.8329999999999, 'min')).toBe(1410.84);
    expect(outward6(-26028.715, 'max')).toBe(-26028.8);
    expect(outward6(4521.7, 'min')).toBe(4521.7);
    expect(outward6(0, 'min')).toBe(0);
  });
  it('never moves toward the data and keeps six significant digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom('min' as const, 'max' as const), (v, sense) => {
        const r = outward6(v, sense);
        expect(sense === 'min' ? r >= v : r <= v).toBe(true);
        expect(Number(r.toPrecision(6))).toBe(r);
        if (v !== 0) expect(Math.abs(r - v)).toBeLessThanOrEqual(Math.abs(v) * 2e-5 + Number.MIN_VALUE);
      }),
    );
  });
});
