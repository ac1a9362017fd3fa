// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartFragment, chartToSvg, type ExportChartInput } from './exportSvg';
import { DARK_THEME } from './theme';
import type { ScatterLayer } from './types';

const x = Float64Array.of(1, 2, 3, 4, 5, 6, NaN);
const y = Float64Array.of(5, 3, 4, 1, 2, 6, 2);
// Rows 0, 1, 3 on the front, 2 and 5 dominated, 4 faint, 6 cannot be drawn (NaN x).
const status = Uint8Array.of(3, 3, 2, 3, 1, 2, 2);

function input(over: Partial<ExportChartInput> = {}): ExportChartInput {
  return {
    x, y, status,
    xLabel: 'Total cost (USD)',
    yLabel: 'Pass rate (%)',
    xScale: 'linear', yScale: 'linear',
    xSense: 'min', ySense: 'max',
    color: { mode: 'front' },
    staircase: [[1, -Infinity], [1, 5], [Infinity, 5]],
    ...over,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

const texts = (doc: Document) => Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '');
const pointCircles = (doc: Document) => Array.from(doc.querySelectorAll('[data-role="points"] circle'));

describe('chartToSvg', () => {
  it('is a standalone SVG document that parses as XML, with size, viewBox, white background and generic fonts', () => {
    const svg = chartToSvg(input({ width: 640, height: 400 }));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe('400');
    expect(root.getAttribute('viewBox')).toBe('0 0 640 400');
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
    expect(doc.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe('#ffffff');
    // Nothing external: no stylesheet, no links, no images, no rgba() (not SVG 1.1).
    expect(svg).not.toMatch(/<style|<link|<image|href=|@import|rgba\(/);
  });

  it('has the axis titles, a default title, tick labels, gridlines and the better hints as text', () => {
    const doc = parse(chartToSvg(input()));
    const t = texts(doc);
    expect(t).toContain('Total cost (USD)');
    expect(t).toContain('Pass rate (%)');
    expect(t).toContain('Pass rate (%) vs. Total cost (USD)');
    expect(t).toContain('← better');
    expect(t).toContain('better →');
    expect(doc.querySelector('[data-role="x-title"]')!.textContent).toBe('Total cost (USD)');
    expect(doc.querySelector('[data-role="y-title"]')!.getAttribute('transform')).toMatch(/rotate\(-90\)/);
    expect(t).toEqual(expect.arrayContaining(['2', '4', '6']));
    expect(doc.querySelectorAll('[data-role="grid"] line').length).toBeGreaterThan(3);
    expect(doc.querySelector('title')!.textContent).toBe('Pass rate (%) vs. Total cost (USD)');
  });

  it('draws one circle per drawn point, faint and dominated under the staircase, the front on top', () => {
    const doc = parse(chartToSvg(input()));
    expect(pointCircles(doc)).toHaveLength(6);
    const front = doc.querySelectorAll('[data-layer="front"] circle');
    expect(front).toHaveLength(3);
    const layers = Array.from(doc.querySelector('[data-role="points"]')!.children).map((c) => c.getAttribute('data-layer') ?? c.getAttribute('data-role'));
    expect(layers).toEqual(['dominated', 'staircase', 'front']);
    // The front's outline runs around the union of its markers: one path under the front circles.
    expect(doc.querySelectorAll('[data-layer="front"] path[data-role="outline"]')).toHaveLength(1);
    expect(doc.querySelector('[data-role="dominated-region"]')).not.toBeNull();
  });

  it('uses the chart colours as SVG 1.1 paint with separate opacities', () => {
    const doc = parse(chartToSvg(input()));
    const frontGroup = doc.querySelector('[data-layer="front"] g')!;
    expect(frontGroup.getAttribute('fill')).toBe('#d9480f');
    const dominated = Array.from(doc.querySelectorAll('[data-layer="dominated"] g')).find((g) => g.getAttribute('fill-opacity'));
    expect(Number(dominated!.getAttribute('fill-opacity'))).toBeGreaterThan(0);
    expect(Number(dominated!.getAttribute('fill-opacity'))).toBeLessThan(1);
  });

  it('has a legend for each colour mode', () => {
    const front = texts(parse(chartToSvg(input())));
    expect(front).toEqual(expect.arrayContaining(['Pareto front', 'Dominated', 'Attainment surface', 'Unranked (missing value)']));

    const ranks = Uint32Array.of(1, 1, 2, 1, 0, 3, 2);
    const rank = texts(parse(chartToSvg(input({ color: { mode: 'rank', ranks, maxRank: 3 } }))));
    expect(rank).toEqual(expect.arrayContaining(['Pareto rank', '1', '3']));

    const codes = Int32Array.of(0, 1, 1, 0, 2, 0, 1);
    const group = parse(
      chartToSvg(input({ color: { mode: 'group', codes, names: ['Alpha', 'Beta', 'Gamma'], colors: ['#4e79a7', '#f28e2b', '#e15759'] }, legendTitle: 'Family' })),
    );
    const gt = texts(group);
    expect(gt).toEqual(expect.arrayContaining(['Pareto front (ringed)', 'Family', 'Alpha', 'Beta', 'Gamma']));
    // Most front rows first: Alpha (2 on the front), then Beta (1).
    expect(gt.indexOf('Alpha')).toBeLessThan(gt.indexOf('Beta'));
  });

  it('leaves hidden groups out of the legend and takes legend entries when given', () => {
    const codes = Int32Array.of(0, 0, 0, 0, 0, 1, 1);
    const hidden = Uint8Array.of(3, 3, 2, 3, 2, 0, 0);
    const color = { mode: 'group' as const, codes, names: ['Shown', 'Hidden'], colors: ['#4e79a7', '#f28e2b'] };
    const t = texts(parse(chartToSvg(input({ status: hidden, color }))));
    expect(t).toContain('Shown');
    expect(t).not.toContain('Hidden');
    const given = texts(parse(chartToSvg(input({ status: hidden, color, legend: [{ label: 'Custom A', color: '#000' }] }))));
    expect(given).toContain('Custom A');
    expect(given).not.toContain('Shown');
  });

  it('escapes special characters in labels, titles, group names and point titles', () => {
    const codes = Int32Array.of(0, 0, 0, 0, 0, 0, 0);
    const svg = chartToSvg(
      input({
        xLabel: 'Cost <USD> & "tax"',
        yLabel: "Score's <b>",
        title: 'A & B < C',
        subtitle: ']]> <!-- -->',
        caption: 'Data: a&b',
        color: { mode: 'group', codes, names: ['R&D <lab>'], colors: ['#4e79a7'] },
        rowLabel: (r) => `model <${r}> & co`,
      }),
    );
    const doc = parse(svg);
    const t = texts(doc);
    expect(t).toContain('Cost <USD> & "tax"');
    expect(t).toContain("Score's <b>");
    expect(t).toContain('A & B < C');
    expect(t).toContain(']]> <!-- -->');
    expect(t).toContain('R&D <lab>');
    const titles = Array.from(doc.querySelectorAll('[data-layer="front"] circle title'), (e) => e.textContent);
    expect(titles).toEqual(['model <0> & co', 'model <1> & co', 'model <3> & co']);
    expect(svg).not.toContain('<USD>');
  });

  it('drops characters XML cannot hold', () => {
    const doc = parse(chartToSvg(input({ xLabel: 'bad\u0001char\uFFFE' })));
    expect(texts(doc)).toContain('badchar');
  });

  it('follows a zoom window: points outside it are left out', () => {
    const doc = parse(chartToSvg(input({ xDomain: [0.5, 3.5], yDomain: [2.5, 6] })));
    // Rows 0 (1,5), 1 (2,3) and 2 (3,4) are inside.
    expect(pointCircles(doc)).toHaveLength(3);
  });

  it('draws log axes and skips values they cannot show', () => {
    const lx = Float64Array.of(0.01, 0.1, 1, 10, 100, -1, 0);
    const doc = parse(chartToSvg(input({ x: lx, xScale: 'log', staircase: null })));
    // -1 and 0 cannot sit on a log axis; row 4 is faint, row 6 had NaN before but 0 now.
    expect(pointCircles(doc)).toHaveLength(5);
    expect(texts(doc)).toEqual(expect.arrayContaining(['0.01', '0.1', '1', '10', '100']));
  });

  it('aggregates faint and dominated points beyond the budget, never the front', () => {
    const n = 4000;
    const bx = new Float64Array(n);
    const by = new Float64Array(n);
    const bs = new Uint8Array(n).fill(2);
    for (let i = 0; i < n; i++) {
      bx[i] = (i % 20) / 20;
      by[i] = Math.floor(i / 200) / 20;
    }
    bs[0] = 3;
    bs[1] = 3;
    const svg = chartToSvg(input({ x: bx, y: by, status: bs, staircase: null, pointBudget: 100 }));
    const doc = parse(svg);
    const back = doc.querySelectorAll('[data-layer="dominated"] circle');
    expect(back.length).toBeLessThanOrEqual(400);
    expect(back.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-layer="front"] circle')).toHaveLength(2);
    // Points that land on one spot read as dense as the stack they stand for.
    const opacities = Array.from(back, (c) => Number(c.getAttribute('fill-opacity') ?? 1));
    expect(Math.max(...opacities)).toBeGreaterThan(0.9);
    expect(doc.querySelector('desc')!.textContent).toMatch(/merged/);
  });

  it('says so when nothing can be drawn', () => {
    const doc = parse(chartToSvg(input({ status: new Uint8Array(7), staircase: null })));
    expect(texts(doc)).toContain('No points to show');
    expect(pointCircles(doc)).toHaveLength(0);
  });

  it('has a dark variant', () => {
    const doc = parse(chartToSvg(input({ theme: 'dark' })));
    expect(doc.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe(DARK_THEME.background);
  });

  it('keeps a minimum size and is deterministic', () => {
    const a = chartToSvg(input({ width: 10, height: 10 }));
    expect(a).toBe(chartToSvg(input({ width: 10, height: 10 })));
    const root = parse(a).documentElement;
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(320);
    expect(Number(root.getAttribute('height'))).toBeGreaterThanOrEqual(240);
  });

  it('shortens a title that does not fit and keeps every caption and subtitle', () => {
    const long = 'A very long title '.repeat(20);
    const doc = parse(chartToSvg(input({ title: long, subtitle: 'Sub', caption: 'Data: somewhere' })));
    const t = texts(doc);
    expect(t.some((s) => s.endsWith('…') && s.startsWith('A very long title'))).toBe(true);
    expect(t).toContain('Sub');
    expect(t).toContain('Data: somewhere');
  });
});

describe('chartToSvg with comparison layers', () => {
  const layers: ScatterLayer[] = [
    { id: 'global-front', color: '#64748b', line: [[1, -Infinity], [1, 5], [Infinity, 5]], dash: 'dashed', width: 1.5, opacity: 0.8, label: 'Global front' },
    { id: 'front-a', color: '#4e79a7', line: [[2, Infinity], [2, 3], [4, 3], [4, 1], [Infinity, 1]], rows: [1, 3], mark: 'dot', width: 2, label: 'Alpha' },
    { id: 'front-b', color: '#f28e2b', line: [[1, 5], [2, 5], [NaN, NaN], [3, 4], [3, 3]], rows: [0, 2, 6], mark: 'ring', label: 'Beta & co' },
    { id: 'unlabelled', color: '#e15759', rows: [5], mark: 'cross' },
  ];

  it('draws one line path per layer line, the marks of drawn rows, and the labelled layers in the legend', () => {
    const doc = parse(chartToSvg(input({ layers, baseTone: 'muted' })));
    const lines = doc.querySelectorAll('[data-role="layers"] [data-role="layer-line"]');
    expect(lines).toHaveLength(3);
    // A NaN vertex breaks Beta's line into two pieces of one path.
    expect(lines[2].getAttribute('d')!.match(/M/g)).toHaveLength(2);
    const layerIds = Array.from(doc.querySelectorAll('[data-role="layer"]'), (g) => g.getAttribute('data-layer'));
    expect(layerIds).toEqual(['global-front', 'front-a', 'front-b', 'unlabelled']);
    // Row 6 is not drawn (NaN x): Beta marks two rows.
    const marks = (id: string) => doc.querySelector(`[data-layer="${id}"] [data-role="layer-marks"]`)!;
    expect(marks('front-a').getAttribute('data-count')).toBe('2');
    expect(marks('front-b').getAttribute('data-count')).toBe('2');
    expect(marks('front-b').getAttribute('data-mark')).toBe('ring');
    expect(marks('unlabelled').getAttribute('data-mark')).toBe('cross');
    // Dashes and opacity as on screen, colours as SVG 1.1 paint.
    const global = doc.querySelector('[data-layer="global-front"]')!;
    expect(global.getAttribute('opacity')).toBe('0.8');
    expect(global.querySelector('[data-role="layer-line"]')!.getAttribute('stroke-dasharray')).toBe('6 4');
    const t = texts(doc);
    expect(t).toEqual(expect.arrayContaining(['Global front', 'Alpha', 'Beta & co', 'All rows']));
    expect(t).not.toContain('unlabelled');
    expect(doc.querySelectorAll('[data-role="legend-layer"]')).toHaveLength(3);
    // The layers sit over the points, inside the clipped plot.
    const plot = doc.querySelector('[data-role="points"]')!;
    expect(plot.lastElementChild!.getAttribute('data-role')).toBe('layers');
  });

  it('mutes the base: neutral points, a faint staircase, no front or attainment-surface entries', () => {
    const doc = parse(chartToSvg(input({ layers, baseTone: 'muted' })));
    const t = texts(doc);
    expect(t).not.toContain('Pareto front');
    expect(t).not.toContain('Attainment surface');
    const front = doc.querySelector('[data-layer="front"] g')!;
    expect(front.getAttribute('fill')).toBe('#64748b');
    expect(Number(front.getAttribute('fill-opacity'))).toBeLessThan(1);
    const stair = doc.querySelectorAll('[data-role="staircase"] path')[1];
    expect(Number(stair.getAttribute('stroke-opacity'))).toBeCloseTo(0.6);
  });

  it('keeps the normal base and adds the layers after its entries when not muted', () => {
    const t = texts(parse(chartToSvg(input({ layers }))));
    expect(t.indexOf('Pareto front')).toBeGreaterThanOrEqual(0);
    expect(t.indexOf('Alpha')).toBeGreaterThan(t.indexOf('Pareto front'));
  });

  it('gives a fragment without document wrapper for nesting, its clip id from the prefix', () => {
    const f = chartFragment(input({ idPrefix: 'fig-2', width: 400, height: 300 }), { legend: false, swatch: '#4e79a7', titleNote: '31% of the global front' });
    expect(f.width).toBe(400);
    expect(f.body).not.toContain('<svg');
    expect(f.defs).toContain('id="fig-2-plot"');
    expect(f.body).toContain('url(#fig-2-plot)');
    expect(f.body).toContain('31% of the global front');
    expect(f.body).not.toContain('Pareto front');
  });
});
