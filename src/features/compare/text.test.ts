import { describe, expect, it } from 'vitest';
import { formatHv, formatIndicator, formatPercent, formatShare, groupName } from './text';

describe('comparison number formats', () => {
  it('hypervolume: 6 significant digits, grouped, exponent outside [1e-4, 1e9)', () => {
    expect(formatHv(1234.5678901)).toBe('1,234.57');
    expect(formatHv(123456789)).toBe('123,457,000');
    expect(formatHv(0.000123456789)).toBe('0.000123457');
    expect(formatHv(1.5e12)).toBe('1.5e12');
    expect(formatHv(1234567890123)).toBe('1.23457e12');
    expect(formatHv(4.5e-7)).toBe('4.5e-7');
    expect(formatHv(-2.5)).toBe('−2.5');
    expect(formatHv(0)).toBe('0');
    expect(formatHv(NaN)).toBe('—');
    expect(formatHv(Infinity)).toBe('∞');
  });

  it('indicators: 4 significant digits; shares as percentages', () => {
    expect(formatIndicator(0.0123456)).toBe('0.01235');
    expect(formatPercent(9 / 19)).toBe('47.4');
    expect(formatPercent(NaN)).toBe('—');
    expect(formatShare(9 / 19)).toBe('47%');
    expect(formatShare(0.004)).toBe('<1%');
    expect(formatShare(0)).toBe('0%');
    expect(groupName('')).toBe('(no value)');
  });
});
