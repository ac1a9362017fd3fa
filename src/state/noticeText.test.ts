import { describe, expect, it } from 'vitest';
import { boundedNotice, clipText, counted, lastPerKey, namesList, NOTICE_MAX, quoteClipped, readableNotice, uniqueItems } from './noticeText';

describe('notice text', () => {
  it('clips long values with their length and leaves short ones alone', () => {
    expect(clipText('short')).toBe('short');
    expect(clipText('x'.repeat(81))).toBe(`${'x'.repeat(80)}… (81 characters)`);
    expect(quoteClipped('abcdef', 3)).toBe("'abc… (6 characters)'");
  });

  it('never cuts an emoji in half', () => {
    const clipped = clipText('ab😀cd', 3);
    expect(clipped).toBe('ab… (6 characters)');
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('names a few items and marks the rest', () => {
    expect(namesList(['a'])).toBe("'a'");
    expect(namesList(['a', 'b', 'c'])).toBe("'a', 'b', 'c'");
    expect(namesList(['a', 'b', 'c', 'd'])).toBe("'a', 'b', 'c', …");
    expect(namesList(['y'.repeat(100)])).toBe(`'${'y'.repeat(40)}… (100 characters)'`);
  });

  it('counts with thousands separators and the right plural', () => {
    expect(counted(1, 'parameter')).toBe('1 parameter');
    expect(counted(5000, 'parameter')).toBe('5,000 parameters');
  });

  it('drops repeats keeping the first, or the last per key', () => {
    expect(uniqueItems(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
    const items = [
      { key: 'a', v: 1 },
      { key: 'b', v: 2 },
      { key: 'a', v: 3 },
    ];
    expect(lastPerKey(items, (i) => i.key)).toEqual([
      { key: 'b', v: 2 },
      { key: 'a', v: 3 },
    ]);
  });

  it('bounds any notice', () => {
    expect(boundedNotice('fine')).toBe('fine');
    const long = boundedNotice('z'.repeat(1_000_000));
    expect(long.startsWith('z'.repeat(NOTICE_MAX))).toBe(true);
    expect(long.endsWith('… (1,000,000 characters)')).toBe(true);
  });
});

describe('readable notices', () => {
  it('clips every long quoted value and keeps short ones', () => {
    const big = 'k'.repeat(5000);
    expect(readableNotice(`Unknown column '${big}' in x= — showing 'top1' instead`)).toBe(
      `Unknown column '${'k'.repeat(80)}… (5,000 characters)' in x= — showing 'top1' instead`,
    );
    expect(readableNotice("Unknown column 'a' in x=")).toBe("Unknown column 'a' in x=");
  });
});
