import { hcl } from 'd3';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL, MAX_RANK_COLORS, OKABE_ITO, extendPalette, rampColors, rankBucket, rankBucketCount, rankColors } from './palette';
import { DARK_THEME, LIGHT_THEME } from './theme';

describe('categorical palette', () => {
  it('has ten distinct colours, and Okabe–Ito its eight', () => {
    expect(new Set(CATEGORICAL.map((c) => c.toLowerCase())).size).toBe(10);
    expect(OKABE_ITO).toHaveLength(8);
  });

  it('extends to any length with distinct colours, the base first', () => {
    expect(extendPalette(4)).toEqual(CATEGORICAL.slice(0, 4));
    const many = extendPalette(35);
    expect(many).toHaveLength(35);
    expect(many.slice(0, 10)).toEqual([...CATEGORICAL]);
    expect(new Set(many).size).toBe(35);
    for (const c of many) expect(c).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('keeps an extension related to its base colour (same hue family, other lightness)', () => {
    const [first, eleventh] = [extendPalette(11)[0], extendPalette(11)[10]];
    expect(Math.abs(hcl(first).h - hcl(eleventh).h)).toBeLessThan(20);
    expect(Math.abs(hcl(first).l - hcl(eleventh).l)).toBeGreaterThan(8);
  });

  it('extends a custom base', () => {
    expect(extendPalette(3, OKABE_ITO)).toEqual(OKABE_ITO.slice(0, 3));
  });
});

describe('rank colours', () => {
  it('give each rank its own colour when there are few', () => {
    expect(rankBucketCount(5)).toBe(5);
    expect([1, 2, 3, 4, 5].map((r) => rankBucket(r, 5))).toEqual([0, 1, 2, 3, 4]);
  });

  it('share buckets beyond the maximum, rank 1 alone in the first, monotone', () => {
    const max = 300;
    expect(rankBucketCount(max)).toBe(MAX_RANK_COLORS);
    expect(rankBucket(1, max)).toBe(0);
    expect(rankBucket(2, max)).toBe(1);
    expect(rankBucket(max, max)).toBe(MAX_RANK_COLORS - 1);
    let prev = 0;
    for (let r = 1; r <= max; r++) {
      const b = rankBucket(r, max);
      expect(b).toBeGreaterThanOrEqual(prev);
      expect(b).toBeLessThan(MAX_RANK_COLORS);
      prev = b;
    }
  });

  it('mark unranked rows', () => {
    expect(rankBucket(0, 10)).toBe(-1);
  });

  it('run from strong to faded: decreasing contrast with the background in both themes', () => {
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      const colours = rankColors(12, theme.rankStops);
      expect(colours).toHaveLength(12);
      const bgL = hcl(theme.background).l;
      const contrast = colours.map((c) => Math.abs(hcl(c).l - bgL) + hcl(c).c / 3);
      expect(contrast[0]).toBeGreaterThan(contrast[11]);
    }
    expect(rampColors(['#000000', '#ffffff'], 1)).toEqual(['#000000']);
  });
});
