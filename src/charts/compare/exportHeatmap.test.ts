// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { paint } from '../exportPoints';
import { DARK_THEME, LIGHT_THEME } from '../theme';
import { heatmapToSvg, type ExportHeatmapInput } from './exportHeatmap';
import { heatmapColor } from './heatmapLayout';

const labels = ['nsga2', 'moead', '(no value)'].map((label, i) => ({ key: String(i), label, color: ['#4e79a7', '#f28e2b', '#e15759'][i] }));

function input(over: Partial<ExportHeatmapInput> = {}): ExportHeatmapInput {
  return {
    rows: labels,
    cols: labels,
    values: [1, 0.6666666666666666, NaN, 0.25, 1, 0, 0, 0.5, 1],
    rowHeader: 'A',
    colHeader: 'B',
    legend: ['0', '1 (all)'],
    missing: 'no value (an empty front)',
    cellTitle: (i, j, v) => `${labels[i].label} covers ${v} of ${labels[j].label}`,
    title: 'Coverage C(A, B) of algorithm fronts',
    subtitle: 'Row A, column B.',
    caption: 'Data: a test set. Made with Paretoscope. C(A, B): share of B’s front weakly dominated by A’s front (Zitzler & Thiele 1998).',
    idPrefix: 'coverage',
    ...over,
  };
}

/** A wrapped text's lines, joined with spaces. */
const lines = (doc: Document, role: string) => Array.from(doc.querySelectorAll(`[data-role="${role}"] tspan`), (t) => t.textContent).join(' ');

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.tagName).toBe('svg');
  return doc;
}

describe('heatmapToSvg', () => {
  it('is a standalone SVG with the title, k² cells with their numbers, the labels, the key and the caption', () => {
    const svg = heatmapToSvg(input());
    expect(svg.startsWith('<?xml')).toBe(true);
    const doc = parse(svg);
    expect(doc.querySelector('svg > title')!.textContent).toBe('Coverage C(A, B) of algorithm fronts');
    expect(doc.querySelector('[data-role="title"]')!.textContent).toBe('Coverage C(A, B) of algorithm fronts');
    const cells = Array.from(doc.querySelectorAll('[data-role="cell"]'));
    expect(cells).toHaveLength(9);
    const cell = (i: number, j: number) => cells.find((c) => c.getAttribute('data-row') === String(i) && c.getAttribute('data-col') === String(j))!;
    expect(cell(0, 0).querySelector('text')!.textContent).toBe('1');
    expect(cell(0, 1).querySelector('text')!.textContent).toBe('0.67');
    expect(cell(0, 1).querySelector('title')!.textContent).toBe('nsga2 covers 0.6666666666666666 of moead');
    expect(cell(0, 2).querySelector('text')!.textContent).toBe('—');
    // No value: a dashed outline, no fill; the key says what the dash means.
    expect(cell(0, 2).querySelector('rect')!.getAttribute('fill')).toBe('none');
    expect(cell(0, 2).querySelector('rect')!.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(doc.querySelector('[data-role="key"]')!.textContent).toContain('— no value (an empty front)');
    expect(Array.from(doc.querySelectorAll('[data-role="row-label"] text'), (t) => t.textContent)).toEqual(['nsga2', 'moead', '(no value)']);
    expect(Array.from(doc.querySelectorAll('[data-role="col-label"] text'), (t) => t.textContent)).toEqual(['nsga2', 'moead', '(no value)']);
    expect(doc.querySelectorAll('[data-role="row-label"] circle')).toHaveLength(3);
    expect(svg).toContain('A ╲ B');
    expect(lines(doc, 'caption')).toContain('Zitzler & Thiele 1998');
    expect(lines(doc, 'subtitle')).toBe('Row A, column B.');
  });

  it('colours cells on the theme’s ramp, with a unique gradient id for the key', () => {
    const light = parse(heatmapToSvg(input()));
    const ids = Array.from(light.querySelectorAll('[id]'), (e) => e.id);
    expect(ids).toEqual(['coverage-key']);
    expect(light.querySelector('[data-role="key"] rect')!.getAttribute('fill')).toBe('url(#coverage-key)');
    expect(light.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe(LIGHT_THEME.background);
    const full = light.querySelector('[data-role="cell"][data-row="0"][data-col="0"] rect')!.getAttribute('fill');
    expect(full).toBe(paint(heatmapColor(false)(1)).color);
    const dark = parse(heatmapToSvg(input({ theme: 'dark' })));
    expect(dark.querySelector('[data-role="background"]')!.getAttribute('fill')).toBe(DARK_THEME.background);
    expect(dark.querySelector('[data-role="cell"][data-row="0"][data-col="0"] rect')!.getAttribute('fill')).toBe(paint(heatmapColor(true)(1)).color);
  });

  it('escapes labels, and leaves out the missing note when every cell has a value', () => {
    const odd = [{ key: 'x', label: 'a<b & "c"' }, { key: 'y', label: 'y' }];
    const svg = heatmapToSvg(input({ rows: odd, cols: odd, values: [1, 0.5, 0.25, 1] }));
    const doc = parse(svg);
    expect(doc.querySelectorAll('[data-role="cell"]')).toHaveLength(4);
    expect(doc.querySelector('[data-role="row-label"] text')!.textContent).toBe('a<b & "c"');
    expect(doc.querySelector('[data-role="key"]')!.textContent).not.toContain('no value');
  });

  it('is wide enough for its matrix, slanting long column labels', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ key: String(i), label: `a-rather-long-group-name-${i}` }));
    const values = Array.from({ length: 81 }, (_, c) => (c % 10 === 0 ? 1 : (c % 7) / 7));
    const doc = parse(heatmapToSvg(input({ rows: many, cols: many, values, cellTitle: undefined })));
    const width = Number(doc.documentElement.getAttribute('width'));
    expect(width).toBeGreaterThanOrEqual(480);
    expect(doc.querySelectorAll('[data-role="cell"]')).toHaveLength(81);
    expect(doc.querySelector('[data-role="col-label"] text')!.getAttribute('transform')).toContain('rotate(-45)');
    const lastCell = doc.querySelector('[data-role="cell"][data-row="8"][data-col="8"] rect')!;
    expect(Number(lastCell.getAttribute('x')) + Number(lastCell.getAttribute('width')) + 16).toBeLessThanOrEqual(width);
  });
});
