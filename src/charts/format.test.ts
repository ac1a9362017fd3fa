import { describe, expect, it } from 'vitest';
import { formatNumber, linearTickFormat, logTickFormat, powerOfTen, scientific } from './format';

describe('formatNumber', () => {
  it('writes moderate numbers plainly with grouping and a true minus', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(0.0123456)).toBe('0.01235');
    expect(formatNumber(1234.5678)).toBe('1,235');
    expect(formatNumber(-1)).toBe('−1');
  });

  it('uses k, M, B, T from 10,000 up, rounding across a suffix boundary', () => {
    expect(formatNumber(12345)).toBe('12.35k');
    expect(formatNumber(99_996)).toBe('100k');
    expect(formatNumber(1.5e6)).toBe('1.5M');
    expect(formatNumber(7e9)).toBe('7B');
    expect(formatNumber(2.1e12)).toBe('2.1T');
    expect(formatNumber(999_999)).toBe('1M');
  });

  it('writes very small and very large numbers as m×10ⁿ', () => {
    expect(formatNumber(-2.5e-5)).toBe('−2.5×10⁻⁵');
    expect(formatNumber(1e21)).toBe('10²¹');
    expect(formatNumber(3e15)).toBe('3×10¹⁵');
  });

  it('names the non-finite values', () => {
    expect(formatNumber(NaN)).toBe('–');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });
});

describe('scientific and powers of ten', () => {
  it('uses superscripts', () => {
    expect(powerOfTen(-3)).toBe('10⁻³');
    expect(powerOfTen(12)).toBe('10¹²');
    expect(scientific(1e-5)).toBe('10⁻⁵');
    expect(scientific(-1e-5)).toBe('−10⁻⁵');
    expect(scientific(2.5e-7)).toBe('2.5×10⁻⁷');
    expect(scientific(0)).toBe('0');
  });
});

describe('linearTickFormat', () => {
  it('gives every label the same decimals', () => {
    const f = linearTickFormat([0, 1], 0.2);
    expect([0, 0.2, 1].map(f)).toEqual(['0', '0.2', '1.0']);
  });

  it('gives every label the same suffix from 10,000 up', () => {
    const f = linearTickFormat([0, 1.2e6], 2e5);
    expect([0, 2e5, 1.2e6].map(f)).toEqual(['0', '0.2M', '1.2M']);
  });

  it('groups thousands below 10,000', () => {
    const f = linearTickFormat([1000, 5000], 500);
    expect([1000, 1500, -2000].map(f)).toEqual(['1,000', '1,500', '−2,000']);
  });

  it('shows tiny ranges in scientific notation with enough digits to tell ticks apart', () => {
    const f = linearTickFormat([0, 4e-4], 1e-4);
    expect([0, 1e-4, 2.5e-4].map(f)).toEqual(['0', '10⁻⁴', '2.5×10⁻⁴']);
  });

  it('prints an exact zero for a tick that is zero up to rounding', () => {
    const f = linearTickFormat([-1, 1], 0.5);
    expect(f(1e-17)).toBe('0');
  });
});

describe('logTickFormat', () => {
  it('writes moderate ticks plainly or with suffixes', () => {
    const f = logTickFormat([0.001, 1e6]);
    expect([0.001, 0.01, 0.5, 1, 20, 1000, 5e4, 1e6].map(f)).toEqual(['0.001', '0.01', '0.5', '1', '20', '1k', '50k', '1M']);
    expect([100, 1000, 3000].map(logTickFormat([100, 3000]))).toEqual(['100', '1,000', '3,000']);
  });

  it('switches to powers of ten when any tick is extreme', () => {
    const f = logTickFormat([1e-6, 1]);
    expect([1e-6, 1e-3, 1, 2e3].map(f)).toEqual(['10⁻⁶', '10⁻³', '10⁰', '2×10³']);
  });
});
