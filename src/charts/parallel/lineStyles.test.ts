import { describe, expect, it } from 'vitest';
import { color as d3color } from 'd3';
import { LIGHT_THEME } from '../theme';
import { buildLineStyles, frontAlpha, lineAlpha } from './lineStyles';

const opacity = (css: string) => d3color(css)!.opacity;

describe('buildLineStyles', () => {
  const status = Uint8Array.of(3, 2, 1, 0, 2, 3);

  it('draws faint first, then dominated, then the front, and skips status 0', () => {
    const { rows, styles } = buildLineStyles(status, { mode: 'front' }, LIGHT_THEME);
    const layerOf = Array.from(rows.order, (r) => styles[rows.styleOf[r]].layer);
    expect(layerOf).toEqual([1, 2, 2, 3, 3]);
    expect(Array.from(rows.order)).not.toContain(3);
  });

  it('emphasizes the front: accent colour, wider and more opaque than dominated and faint lines', () => {
    const { rows, styles } = buildLineStyles(status, { mode: 'front' }, LIGHT_THEME);
    const front = styles[rows.styleOf[0]];
    const dominated = styles[rows.styleOf[1]];
    const faint = styles[rows.styleOf[2]];
    expect(d3color(front.stroke)!.copy({ opacity: 1 }).formatHex()).toBe(LIGHT_THEME.front);
    expect(front.width).toBeGreaterThan(dominated.width);
    expect(opacity(front.stroke)).toBeGreaterThan(opacity(dominated.stroke));
    expect(opacity(dominated.stroke)).toBeGreaterThan(opacity(faint.stroke));
  });

  it('colours lines by group in group mode, neutral without a group', () => {
    const codes = Int32Array.of(0, 1, 0, 0, -1, 1);
    const { rows, styles } = buildLineStyles(status, { mode: 'group', codes, names: ['a', 'b'], colors: ['#ff0000', '#0000ff'] }, LIGHT_THEME);
    const hex = (row: number) => d3color(styles[rows.styleOf[row]].stroke)!.copy({ opacity: 1 }).formatHex();
    expect(hex(0)).toBe('#ff0000');
    expect(hex(5)).toBe('#0000ff');
    expect(hex(1)).toBe('#0000ff');
    expect(hex(4)).toBe(LIGHT_THEME.neutral);
  });

  it('fades lines as they get more numerous', () => {
    expect(lineAlpha(100_000, false)).toBeLessThan(lineAlpha(1000, false));
    expect(lineAlpha(1000, false)).toBeLessThan(lineAlpha(60, false));
    expect(frontAlpha(20)).toBe(1);
    expect(frontAlpha(10_000)).toBeLessThan(frontAlpha(300));
  });
});
