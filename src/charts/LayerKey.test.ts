import { describe, expect, it } from 'vitest';
import { MAX_KEY_ROWS, truncateLabel, wrapKey, KEY_FONT } from './LayerKey';
import { textWidth } from './layout';
import type { ScatterLayer } from './types';

const layer = (i: number, label?: string): ScatterLayer => ({ id: `l${i}`, color: '#000', label });

describe('layer key', () => {
  it('lists only labelled layers, in order, on one row when they fit', () => {
    const { rows, hidden } = wrapKey([layer(0, 'A'), layer(1), layer(2, 'B')], 600);
    expect(rows).toHaveLength(1);
    expect(rows[0].map((e) => e.layer.id)).toEqual(['l0', 'l2']);
    expect(hidden).toEqual([]);
  });

  it('wraps eight labels to rows no wider than the room', () => {
    const layers = Array.from({ length: 8 }, (_, i) => layer(i, `Method number ${i}`));
    const { rows, hidden } = wrapKey(layers, 320);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThanOrEqual(MAX_KEY_ROWS);
    expect(rows.flat().length + hidden.length).toBe(8);
    for (const row of rows) expect(row.reduce((s, e) => s + e.width, 0) - 12).toBeLessThanOrEqual(320);
  });

  it('sums up what does not fit in the rows it may use', () => {
    const layers = Array.from({ length: 8 }, (_, i) => layer(i, `Method number ${i}`));
    const { rows, hidden } = wrapKey(layers, 200, 2);
    expect(rows).toHaveLength(2);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.at(-1)?.layer.id).toBe('l7');
  });

  it('cuts long labels with an ellipsis to the width it allows', () => {
    const long = 'An evolutionary algorithm with a very long and descriptive configuration name';
    const cut = truncateLabel(long, 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, KEY_FONT)).toBeLessThanOrEqual(120);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(truncateLabel('short', 120)).toBe('short');
    expect(wrapKey([layer(0, long)], 300).rows[0][0].text).toMatch(/…$/);
  });

  it('cuts labels only as far as it saves rows', () => {
    const long = 'An evolutionary algorithm with a very long and descriptive configuration name';
    // Room to spare: the whole label.
    expect(wrapKey([layer(0, long), layer(1, 'B')], 1200).rows[0][0].text).toBe(long);
    // Eight of them in 900 px: cut, in no more rows than the tightest cut needs.
    const eight = Array.from({ length: 8 }, (_, i) => layer(i, `${long} ${i}`));
    const k = wrapKey(eight, 900);
    expect(k.rows.flat().every((e) => e.text.endsWith('…'))).toBe(true);
    expect(k.rows.length + (k.hidden.length > 0 ? 1 : 0)).toBeLessThanOrEqual(MAX_KEY_ROWS);
  });
});
