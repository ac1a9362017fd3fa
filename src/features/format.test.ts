import { describe, expect, it } from 'vitest';
import { formatValue, labelWithUnit } from './format';

describe('formatValue', () => {
  it('keeps the digits people read in tables', () => {
    expect(formatValue(1200.5)).toBe('1,200.5');
    expect(formatValue(0.3236)).toBe('0.3236');
    expect(formatValue(88)).toBe('88');
    expect(formatValue(123456.789)).toBe('123,456.79');
    expect(formatValue(2.5e7)).toBe('2.500e7');
    expect(formatValue(1e-5)).toBe('1.000e-5');
    expect(formatValue(0)).toBe('0');
  });
  it('marks missing and infinite values', () => {
    expect(formatValue(NaN)).toBe('—');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatValue(-Infinity)).toBe('−∞');
  });
  it('labels with units', () => {
    expect(labelWithUnit({ key: 'c', label: 'Cost', unit: 'USD' })).toBe('Cost (USD)');
    expect(labelWithUnit({ key: '', label: '' })).toBe('(unnamed)');
  });
});
