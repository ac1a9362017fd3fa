// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartsToSvgGrid, gridColumns, type ExportGridInput, type ExportPanel } from './exportGrid';

const x = Float64Array.of(1, 2, 3, 4, 5, 6);
const y = Float64Array.of(6, 4, 5, 2, 3, 1);
const codes = Int32Array.of(0, 0, 1, 1, 2, 2);
const names = ['Alpha', 'Beta & co', 'Gamma', 'Delta', 'Epsilon'];
const colors = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'];

function panel(g: number): ExportPanel {
  const status = Uint8Array.from(codes, (c) => (c === g ? 3 : 1));
  return {
    title: names[g],
    note: `${g + 1}0% of the global front (${g + 1} of 6)`,
    swatch: colors[g],
    status,
    staircase: [[-Infinity, 6], [1 + 2 * g, 6 - 2 * g], [Infinity, 6 - 2 * g]],
    layers: [{ id: 'global-front', color: '#64748b', line: [[1, Infinity], [1, 1], [Infinity, 1]], dash: 'dashed', width: 1.5, opacity: 0.8, label: 'Global front' }],
  };
}

function grid(k: number, over: Partial<ExportGridInput> = {}): ExportGridInput {
  return {
    x, y,
    xLabel: 'Makespan', yLabel: 'Tardiness',
    xScale: 'linear', yScale: 'linear',
    xSense: 'min', ySense: 'min',
    color: { mode: 'group', codes, names, colors },
    xDomain: [0, 7], yDomain: [0, 7],
    title: 'Tardiness vs. Makespan · by Algorithm',
    subtitle: '6 of 6 rows on the Pareto front',
    caption: 'Data: somewhere. Made with Paretoscope.',
    legend: [],
    legendLabels: { front: "The group's own front (ringed)", faint: 'Other groups' },
    panels: Array.from({ length: k }, (_, g) => panel(g % names.length)),
    ...over,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('chartsToSvgGrid', () => {
  it('is one SVG with a panel per group, each titled with its share of the global front', () => {
    const svg = chartsToSvgGrid(grid(3));
    expect(svg.startsWith('<?xml')).toBe(true);
    const doc = parse(svg);
    expect(doc.querySelectorAll('svg')).toHaveLength(1);
    const panels = doc.querySelectorAll('[data-role="panel"]');
    expect(panels).toHaveLength(3);
    const titles = Array.from(doc.querySelectorAll('[data-role="panel"] [data-role="title"]'), (t) => t.textContent);
    expect(titles).toEqual([
      'Alpha · 10% of the global front (1 of 6)',
      'Beta & co · 20% of the global front (2 of 6)',
      'Gamma · 30% of the global front (3 of 6)',
    ]);
    // One figure title, subtitle and caption; none inside the panels.
    const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent);
    expect(texts.filter((t) => t === 'Tardiness vs. Makespan · by Algorithm')).toHaveLength(1);
    expect(texts.filter((t) => t === '6 of 6 rows on the Pareto front')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-role="caption"]')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-role="panel"] [data-role="caption"]')).toHaveLength(0);
    // One legend for all panels, in the multiples' words, with the global front layer.
    expect(texts).toEqual(expect.arrayContaining(["The group's own front (ringed)", 'Other groups', 'Global front']));
    expect(texts.filter((t) => t === 'Global front')).toHaveLength(1);
    // Each panel has its own staircase and the global front layer.
    for (const p of panels) {
      expect(p.querySelectorAll('[data-role="staircase"]')).toHaveLength(1);
      expect(p.querySelectorAll('[data-role="layer-line"]')).toHaveLength(1);
    }
  });

  it('keeps every clip id unique and every clip reference resolvable', () => {
    const doc = parse(chartsToSvgGrid(grid(5)));
    const ids = Array.from(doc.querySelectorAll('clipPath'), (c) => c.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    const refs = Array.from(doc.querySelectorAll('[clip-path]'), (e) => /url\(#(.+)\)/.exec(e.getAttribute('clip-path')!)![1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const r of refs) expect(ids).toContain(r);
  });

  it('lays the panels out in 2 columns, 3 from five panels on', () => {
    expect(gridColumns(1)).toBe(1);
    expect(gridColumns(2)).toBe(2);
    expect(gridColumns(4)).toBe(2);
    expect(gridColumns(5)).toBe(3);
    const offsets = (k: number) =>
      Array.from(parse(chartsToSvgGrid(grid(k))).querySelectorAll('[data-role="panel"]'), (p) => /translate\(([\d.]+),([\d.]+)\)/.exec(p.getAttribute('transform')!)!.slice(1).map(Number));
    const four = offsets(4);
    expect(new Set(four.map((o) => o[0])).size).toBe(2);
    expect(new Set(four.map((o) => o[1])).size).toBe(2);
    const six = offsets(6);
    expect(new Set(six.map((o) => o[0])).size).toBe(3);
    expect(new Set(six.map((o) => o[1])).size).toBe(2);
    // Panels do not overlap and the figure holds them all.
    const doc = parse(chartsToSvgGrid(grid(6)));
    const W = Number(doc.documentElement.getAttribute('width'));
    const H = Number(doc.documentElement.getAttribute('height'));
    expect(W).toBeGreaterThanOrEqual(3 * 320);
    expect(H).toBeGreaterThan(Math.max(...six.map((o) => o[1])) + 240);
  });

  it('is deterministic and has a dark variant', () => {
    expect(chartsToSvgGrid(grid(2))).toBe(chartsToSvgGrid(grid(2)));
    const dark = parse(chartsToSvgGrid(grid(2, { theme: 'dark' })));
    expect(dark.querySelector('[data-role="background"]')!.getAttribute('fill')).not.toBe('#ffffff');
  });
});
