import { describe, expect, it } from 'vitest';
import { layerItems, layoutLegend, legendSvg, type LegendItem } from './exportLegend';
import { LIGHT_THEME } from './theme';

const dot = (label: string): LegendItem => ({ label, marker: { kind: 'dot', r: 4, fill: '#123456' } });

describe('export legend layout', () => {
  it('puts items on one row when they fit and wraps when they do not', () => {
    expect(layoutLegend([dot('A'), dot('B')], 600).rows).toBe(1);
    const many = Array.from({ length: 12 }, (_, i) => dot(`Group number ${i}`));
    const { placed, rows } = layoutLegend(many, 300, 10);
    expect(rows).toBeGreaterThan(1);
    for (const p of placed) expect(p.x).toBeLessThan(300);
  });

  it('sums up what does not fit in the allowed rows as "+N more"', () => {
    const many = Array.from({ length: 40 }, (_, i) => dot(`Group ${i}`));
    const { placed, rows } = layoutLegend(many, 300, 2);
    expect(rows).toBe(2);
    const last = placed[placed.length - 1];
    expect(last.item.marker).toBeNull();
    const shown = placed.filter((p) => p.item.marker).length;
    expect(last.text).toBe(`+${40 - shown} more`);
    expect(placed.every((p) => p.row < 2)).toBe(true);
  });

  it('keeps a heading with its first entry', () => {
    const items: LegendItem[] = [dot('Pareto front (ringed)'), dot('Attainment surface'), { label: 'Provider', marker: null, heading: true }, dot('OpenAI')];
    const { placed } = layoutLegend(items, 330, 4);
    const heading = placed.find((p) => p.item.heading)!;
    const first = placed.find((p) => p.item.label === 'OpenAI')!;
    expect(heading.row).toBe(first.row);
  });

  it('lists labelled layers with their line sample and mark, in order', () => {
    const items = layerItems(
      [
        { id: 'g', color: '#64748b', line: [[0, 1], [1, 0]], dash: 'dashed', opacity: 0.8, label: 'Global front' },
        { id: 'a', color: '#4e79a7', rows: [1, 2], mark: 'ring', label: 'Alpha' },
        { id: 'n', color: '#000000', line: [[0, 1], [1, 0]] },
      ],
      LIGHT_THEME,
    );
    expect(items.map((i) => i.label)).toEqual(['Global front', 'Alpha']);
    const [g, a] = items.map((i) => i.marker!);
    expect(g).toMatchObject({ kind: 'layer', line: true, mark: null, dash: '6 4', opacity: 0.8 });
    expect(a).toMatchObject({ kind: 'layer', line: false, mark: 'ring' });
    const svg = legendSvg(layoutLegend(items, 400).placed, 0, 0, LIGHT_THEME);
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('opacity="0.8"');
    expect(svg).toContain('>Alpha</text>');
  });
});
