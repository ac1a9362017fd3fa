// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parallelToSvg, type ExportParallelInput } from './exportParallel';
import type { ParallelAxis } from './types';

const axes: ParallelAxis[] = [
  { key: 'cost', label: 'Cost (USD)', sense: 'min', values: Float64Array.of(1, 2, 3, 4, 5, 6) },
  { key: 'pass', label: 'Pass rate (%)', sense: 'max', values: Float64Array.of(50, 60, 55, 80, 40, NaN) },
  { key: 'time', label: 'A very long axis title: time per exercise in seconds', sense: 'min', values: Float64Array.of(10, 100, NaN, 300, 20, 5), scale: 'log' },
];
// Rows 0, 1, 3 on the front, 2 dominated (no time), 4 faint, 5 not drawn.
const status = Uint8Array.of(3, 3, 2, 3, 1, 0);

function input(over: Partial<ExportParallelInput> = {}): ExportParallelInput {
  return { axes, status, color: { mode: 'front' }, subtitle: '3 of 5 rows on the Pareto front', caption: 'Data: somewhere.', ...over };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

const texts = (doc: Document) => Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '');

describe('parallelToSvg', () => {
  it('is a standalone SVG with one titled axis per objective, its better hint and ticks', () => {
    const svg = parallelToSvg(input());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).not.toMatch(/<style|<image|href=|rgba\(/);
    const doc = parse(svg);
    const titles = doc.querySelectorAll('[data-role="axis-title"]');
    expect(titles).toHaveLength(3);
    expect(Array.from(titles, (t) => t.querySelector('title')!.textContent)).toEqual(axes.map((a) => a.label));
    // The long title wraps to two lines.
    expect(titles[2].querySelectorAll('tspan').length).toBe(2);
    const t = texts(doc);
    expect(t.filter((s) => s === '↑ lower is better')).toHaveLength(2);
    expect(t).toContain('↑ higher is better');
    expect(t).toEqual(expect.arrayContaining(['Parallel coordinates of 3 objectives', '3 of 5 rows on the Pareto front', 'Data: somewhere.']));
    expect(t).toEqual(expect.arrayContaining(['10', '100']));
    expect(doc.querySelectorAll('[data-role="axis"]')).toHaveLength(3);
  });

  it('draws a line per drawn row, the front on top over a halo, in the legend', () => {
    const doc = parse(parallelToSvg(input()));
    const lines = doc.querySelectorAll('[data-role="lines"] path');
    expect(lines).toHaveLength(5);
    const layers = Array.from(doc.querySelectorAll('[data-role="lines"], [data-role="halo"]'), (g) => g.getAttribute('data-layer'));
    expect(layers).toEqual(['faint', 'dominated', 'halo', 'front']);
    expect(doc.querySelectorAll('[data-layer="front"] path')).toHaveLength(3);
    expect(doc.querySelector('[data-layer="front"]')!.getAttribute('stroke')).toBe('#d9480f');
    expect(Number(doc.querySelector('[data-layer="dominated"]')!.getAttribute('stroke-opacity'))).toBeLessThan(1);
    // Row 4 (faint) runs across the three axes; row 2 has no time: its line stops at the second axis.
    expect(doc.querySelector('[data-layer="faint"] path')!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(3);
    expect(doc.querySelector('[data-layer="dominated"] path')!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(2);
    expect(texts(doc)).toEqual(expect.arrayContaining(['Pareto front', 'Dominated', 'Filtered out or missing a value']));
  });

  it('draws the brushed ranges and lists them', () => {
    const doc = parse(parallelToSvg(input({ brushes: { pass: [50, 70] } })));
    const brush = doc.querySelectorAll('[data-role="brush"]');
    expect(brush).toHaveLength(1);
    expect(brush[0].closest('[data-role="axis"]')!.getAttribute('data-key')).toBe('pass');
    expect(Number(brush[0].getAttribute('height'))).toBeGreaterThan(2);
    expect(texts(doc)).toContain('Brushed range');
  });

  it('colours lines by group with the groups in the legend', () => {
    const color = { mode: 'group' as const, codes: Int32Array.of(0, 1, 0, 1, 0, 1), names: ['Alpha', 'Beta'], colors: ['#4e79a7', '#f28e2b'] };
    const doc = parse(parallelToSvg(input({ color, legendTitle: 'Provider' })));
    expect(texts(doc)).toEqual(expect.arrayContaining(['Provider', 'Alpha', 'Beta', 'Pareto front (bold)']));
    const strokes = new Set(Array.from(doc.querySelectorAll('[data-layer="front"]'), (g) => g.getAttribute('stroke')));
    expect(strokes).toEqual(new Set(['#4e79a7', '#f28e2b']));
  });

  it('batches big layers into at most 2000 paths per style', () => {
    const n = 5000;
    const big: ParallelAxis[] = axes.slice(0, 2).map((a) => ({ ...a, values: Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1000) }));
    const st = new Uint8Array(n).fill(2);
    st[0] = 3;
    const doc = parse(parallelToSvg(input({ axes: big, status: st })));
    expect(doc.querySelectorAll('[data-layer="dominated"] path').length).toBeLessThanOrEqual(2000);
    expect(doc.querySelectorAll('[data-layer="front"] path')).toHaveLength(1);
  });

  it('says so when there is nothing to draw, and is deterministic', () => {
    expect(texts(parse(parallelToSvg(input({ status: new Uint8Array(6) }))))).toContain('No rows to show');
    expect(parallelToSvg(input())).toBe(parallelToSvg(input()));
    const dark = parse(parallelToSvg(input({ theme: 'dark' })));
    expect(dark.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe('#0f172a');
  });
});
