import { describe, expect, it } from 'vitest';
import { axisTicks, linearTicks, logTicks, tickCount } from './ticks';

describe('linear ticks', () => {
  it('are nice and within the domain', () => {
    const t = linearTicks(-0.3, 10.4, 5);
    expect(t.major).toEqual([0, 2, 4, 6, 8, 10]);
    expect(t.minor).toEqual([]);
    expect(t.major.map(t.format)).toEqual(['0', '2', '4', '6', '8', '10']);
  });

  it('accept a reversed domain', () => {
    expect(linearTicks(1, 0, 5).major).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('log ticks', () => {
  it('label 1-2-5 per decade when there is room, with the other digits as minor ticks', () => {
    const t = logTicks(0.04, 2.2, 10, 600);
    expect(t.major).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2]);
    expect(t.minor).toContain(0.3);
    expect(t.minor).not.toContain(0.2);
    expect(t.major.map(t.format)).toEqual(['0.05', '0.1', '0.2', '0.5', '1', '2']);
  });

  it('label powers of ten when 1-2-5 would crowd', () => {
    const t = logTicks(0.008, 120, 7, 700);
    expect(t.major).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(t.minor).toContain(0.02);
    expect(t.minor).toContain(90);
  });

  it('label every k-th power on very wide ranges, never more than asked for', () => {
    const t = logTicks(1e-12, 1e12, 6, 600);
    expect(t.major.length).toBeLessThanOrEqual(6);
    expect(t.major.length).toBeGreaterThanOrEqual(2);
    for (const v of t.major) expect(Math.log10(v) % 1).toBeCloseTo(0, 9);
    expect(t.major.map(t.format)).toContain('10⁰');
  });

  it('fall back to linear steps within less than a decade', () => {
    const t = logTicks(3, 8, 6, 500);
    expect(t.major.length).toBeGreaterThanOrEqual(3);
    expect(t.major[0]).toBeGreaterThanOrEqual(3);
    expect(t.major[t.major.length - 1]).toBeLessThanOrEqual(8);
  });

  it('never crowd: at most the requested count, for many ranges', () => {
    for (const [lo, hi] of [[1, 10], [0.5, 500], [2, 90], [1e-3, 1e3], [7, 7.5], [1e-300, 1e300]]) {
      for (const count of [2, 3, 5, 8]) {
        const t = logTicks(lo, hi, count, count * 80);
        expect(t.major.length).toBeLessThanOrEqual(Math.round(Math.max(count, 2) * 1.5) + 1);
        for (const v of t.major) {
          expect(v).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
          expect(v).toBeLessThanOrEqual(hi * (1 + 1e-9));
        }
      }
    }
  });

  it('return nothing for a domain a log axis cannot show', () => {
    expect(logTicks(-1, 10, 5, 500).major).toEqual([]);
  });
});

describe('fitting labels', () => {
  it('asks for fewer ticks until labels have room', () => {
    const wide = axisTicks('linear', [0, 1e6], 300, 60, (s) => s.length * 7);
    const spacing = 300 / (wide.major.length - 1);
    for (const v of wide.major) expect(wide.format(v).length * 7 + 12).toBeLessThanOrEqual(spacing);
    expect(axisTicks('linear', [0, 1], 300, 60, () => 5).major.length).toBeGreaterThan(wide.major.length - 1);
  });
});

describe('tick count', () => {
  it('follows the axis length', () => {
    expect(tickCount(90, 90)).toBe(2);
    expect(tickCount(450, 90)).toBe(5);
    expect(tickCount(5000, 90)).toBe(10);
    expect(axisTicks('linear', [0, 1], 480, 48).major.length).toBeLessThanOrEqual(11);
  });
});
