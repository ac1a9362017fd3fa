import { describe, expect, it } from 'vitest';
import { approxTextWidth, escapeXml, fitText, num, wrapText } from './exportText';

describe('export text', () => {
  it('escapes the five XML specials and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(escapeXml('😀 日本')).toBe('😀 日本');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone  surrogate');
  });

  it('estimates widths from Helvetica metrics', () => {
    expect(approxTextWidth('0', 10)).toBeCloseTo(5.56);
    expect(approxTextWidth('iii', 10)).toBeLessThan(approxTextWidth('WWW', 10));
    expect(approxTextWidth('Bold', 12, true)).toBeGreaterThan(approxTextWidth('Bold', 12));
    expect(approxTextWidth('', 12)).toBe(0);
  });

  it('shortens text with an ellipsis to fit', () => {
    expect(fitText('short', 100, 11)).toBe('short');
    const fitted = fitText('a rather long axis title', 60, 11);
    expect(fitted.endsWith('…')).toBe(true);
    expect(approxTextWidth(fitted, 11)).toBeLessThanOrEqual(60);
    expect(fitText('anything', 1, 11)).toBe('');
  });

  it('writes compact numbers for attributes', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(12)).toBe('12');
  });

  it('wraps text at spaces into at most two lines, the last shortened', () => {
    expect(wrapText('Short caption', 300, 10)).toEqual(['Short caption']);
    const long = 'Data: Flowshop scheduling: makespan vs. weighted tardiness (7 local-search strategies) — multi-objective/moocore (LGPL-2.1-or-later). Made with Paretoscope.';
    const two = wrapText(long, 400, 10);
    expect(two).toHaveLength(2);
    for (const line of two) expect(approxTextWidth(line, 10)).toBeLessThanOrEqual(400.01);
    expect(two.join(' ')).toBe(long);
    const cut = wrapText(long.repeat(3), 400, 10);
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith('…')).toBe(true);
    expect(wrapText('', 100, 10)).toEqual([]);
  });
});
