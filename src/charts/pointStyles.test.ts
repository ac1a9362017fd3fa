import { describe, expect, it } from 'vitest';
import { color as d3color } from 'd3';
import { MUTED_ALPHA, NOT_DRAWN, buildPointStyles, markerSizes } from './pointStyles';
import { DARK_THEME, LIGHT_THEME } from './theme';
import type { ScatterColor } from './types';

const ax = Float64Array.of(0, 1, 2, 3, NaN, 5, 6);
const ay = Float64Array.of(0, 1, 2, 3, 4, 5, 6);
const status = Uint8Array.of(3, 2, 2, 1, 3, 0, 3);

function rowsOf(s: ReturnType<typeof buildPointStyles>, style: number): number[] {
  return Array.from(s.order.slice(s.offsets[style], s.offsets[style + 1])).sort((a, b) => a - b);
}

describe('point styles', () => {
  it('group drawable rows by style: faint, dominated, then front', () => {
    const s = buildPointStyles(ax, ay, status, { mode: 'front' }, LIGHT_THEME);
    expect(s.count).toBe(5);
    expect(s.styles.map((st) => st.layer)).toEqual([1, 2, 3]);
    expect(s.frontStart).toBe(2);
    expect(rowsOf(s, 0)).toEqual([3]);
    expect(rowsOf(s, 1)).toEqual([1, 2]);
    expect(rowsOf(s, 2)).toEqual([0, 6]);
    expect(s.styleOf[4]).toBe(NOT_DRAWN); // NaN
    expect(s.styleOf[5]).toBe(NOT_DRAWN); // status 0
  });

  it('draw front points larger and on top, dominated points smaller and translucent', () => {
    const s = buildPointStyles(ax, ay, status, { mode: 'front' }, LIGHT_THEME);
    const [faint, dominated, front] = s.styles;
    expect(front.radius).toBeGreaterThan(dominated.radius);
    expect(front.stroke).not.toBeNull();
    expect(dominated.fill).toMatch(/^rgba\(/);
    expect(faint.fill).toBeNull(); // hollow for small data sets
  });

  it('colour ranks with rank 1 drawn last (on top)', () => {
    const ranks = Uint32Array.of(1, 2, 3, 0, 1, 0, 1);
    const s = buildPointStyles(ax, ay, status, { mode: 'rank', ranks, maxRank: 3 }, LIGHT_THEME);
    // Slots: neutral, rank 3, rank 2, rank 1 — for dominated, then for front.
    expect(s.styles).toHaveLength(1 + 4 + 4);
    expect(rowsOf(s, 1 + 2)).toEqual([1]); // dominated, rank 2
    expect(rowsOf(s, 1 + 1)).toEqual([2]); // dominated, rank 3
    expect(rowsOf(s, s.frontStart + 3)).toEqual([0, 6]); // front, rank 1
  });

  it('colour groups, with code -1 and unknown codes neutral, and ring the front', () => {
    const codes = Int32Array.of(0, 1, -1, 0, 0, 0, 7);
    const s = buildPointStyles(ax, ay, status, { mode: 'group', codes, names: ['a', 'b'], colors: ['#ff0000', '#0000ff'] }, LIGHT_THEME);
    expect(s.styles[s.frontStart + 1].fill).toBe('#ff0000');
    expect(s.styles[s.frontStart + 1].stroke).toBe(LIGHT_THEME.focus);
    expect(rowsOf(s, 1 + 2)).toEqual([1]); // dominated, group b
    expect(rowsOf(s, 1 + 0)).toEqual([2]); // dominated, no group
    expect(rowsOf(s, s.frontStart + 0)).toEqual([6]); // front, unknown code
  });

  it('shrink markers as the cloud gets denser', () => {
    const small = markerSizes(100);
    const big = markerSizes(100_000);
    expect(big.dominated).toBeLessThan(small.dominated);
    expect(big.front).toBeGreaterThan(big.dominated * 2);
  });

  it('order 100,000 rows: each drawable row once, in increasing row order within a style', () => {
    const n = 100_000;
    const x = new Float64Array(n).map((_, i) => (i * 7919) % 1000);
    const y = new Float64Array(n).map((_, i) => (i * 104729) % 997);
    const st = new Uint8Array(n).map((_, i) => 1 + (i % 3));
    const s = buildPointStyles(x, y, st, { mode: 'front' }, LIGHT_THEME);
    expect(s.count).toBe(n);
    expect(new Set(s.order).size).toBe(n);
    for (let k = 0; k < s.styles.length; k++) {
      for (let j = s.offsets[k] + 1; j < s.offsets[k + 1]; j++) expect(s.order[j]).toBeGreaterThan(s.order[j - 1]);
      for (let j = s.offsets[k]; j < s.offsets[k + 1]; j++) if (s.styleOf[s.order[j]] !== k) expect(s.styleOf[s.order[j]]).toBe(k);
    }
  });

  it('mute every point to one faint neutral tone, the front a little stronger, with rows and sizes unchanged', () => {
    const codes = Int32Array.of(0, 1, -1, 0, 0, 0, 1);
    const color: ScatterColor = { mode: 'group', codes, names: ['a', 'b'], colors: ['#ff0000', '#0000ff'] };
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      const normal = buildPointStyles(ax, ay, status, color, theme);
      const muted = buildPointStyles(ax, ay, status, color, theme, 'muted');
      expect(Array.from(muted.styleOf)).toEqual(Array.from(normal.styleOf));
      expect(muted.styles.map((st) => [st.layer, st.radius])).toEqual(normal.styles.map((st) => [st.layer, st.radius]));
      const tone = d3color(theme.textMuted)!.rgb();
      const alphas = muted.styles.map((st) => {
        const c = d3color((st.fill ?? st.stroke)!)!.rgb();
        expect([c.r, c.g, c.b]).toEqual([tone.r, tone.g, tone.b]); // no group colour left
        return c.opacity;
      });
      const front = alphas.slice(muted.frontStart);
      const dominated = alphas.slice(1, muted.frontStart);
      expect(Math.min(...front)).toBeCloseTo(MUTED_ALPHA.front);
      expect(Math.min(...front)).toBeGreaterThan(Math.max(...dominated));
      expect(Math.max(...alphas)).toBeLessThan(0.6);
      expect(muted.styles[muted.frontStart].fill).not.toBe(normal.styles[normal.frontStart].fill);
    }
  });
});
