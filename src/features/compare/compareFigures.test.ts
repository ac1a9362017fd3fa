// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { heatmapToSvg } from '../../charts/compare/exportHeatmap';
import { stripBoxToSvg } from '../../charts/compare/exportStripBox';
import { chartToSvg } from '../../charts/exportSvg';
import type { ScatterProps } from '../../charts/types';
import { attainmentLayers } from './attainmentLayers';
import { attainmentFigure, compareFigureBase, compareFigureFile, coverageFigure, headToHeadFigure, referenceText, runHypervolumeFigure } from './compareFigures';
import { headToHeadLayers } from './HeadToHead';
import { compareFixture, fixtureColors } from './testing/fixture';

const ctx = { datasetId: 'Flow Shop (v2)', caption: 'Data: a test set — someone/repo (MIT). Made with Paretoscope.' };

/** A scatter over the fixture's made-up row numbers (group g's front rows are g·1000 + 3i). */
function fixtureScatter(): Omit<ScatterProps, 'height'> {
  const n = 5000;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = (i % 1000) / 1000 + Math.floor(i / 1000) * 0.01;
    x[i] = 1 + 9 * t;
    y[i] = 1 / (0.1 + t) + (i % 7) * 0.1;
    status[i] = i % 3 === 0 ? 3 : 2;
  }
  return {
    x,
    y,
    status,
    xLabel: 'Error (%)',
    yLabel: 'Latency (ms)',
    xScale: 'linear',
    yScale: 'log',
    xSense: 'min',
    ySense: 'min',
    color: { mode: 'front' },
    staircase: null,
    selected: null,
    onSelect: () => {},
    tooltip: (row) => ({ title: `Config ${row}`, rows: [] }),
    ariaLabel: 'chart',
  };
}

/** A wrapped text's lines, joined with spaces. */
const lines = (doc: Document, role: string) => Array.from(doc.querySelectorAll(`[data-role="${role}"] tspan`), (t) => t.textContent).join(' ');

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  const ids = Array.from(doc.querySelectorAll('[id]'), (e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  return doc;
}

describe('comparison figures', () => {
  it('coverage: the compared groups’ matrix, titled after the grouping, the definition and source in the caption', () => {
    const compare = compareFixture({ compared: [0, 1, 3], coverage: [1, 0.6666666666666666, NaN, 0.25, 1, 0, 0, 0.5, 1] });
    const figure = coverageFigure(compare, fixtureColors(compare), 'Algorithm', ctx, 'light');
    expect(figure.title).toBe('Coverage C(A, B) of algorithm fronts');
    expect(figure.caption).toBe(`${ctx.caption} C(A, B): share of B’s front weakly dominated by A’s front (Zitzler & Thiele 1998).`);
    const doc = parse(heatmapToSvg(figure));
    expect(doc.querySelectorAll('[data-role="cell"]')).toHaveLength(9);
    expect(Array.from(doc.querySelectorAll('[data-role="row-label"] text'), (t) => t.textContent)).toEqual(['nsga2', 'moead', '(no value)']);
    expect(doc.querySelector('[data-role="cell"][data-row="0"][data-col="1"] title')!.textContent).toBe('nsga2 covers 66.7% of moead’s front');
    expect(lines(doc, 'caption')).toContain('Zitzler & Thiele 1998');
  });

  it('run hypervolumes: one dot per run, the reference point in the subtitle', () => {
    const compare = compareFixture({ compared: [0, 1], runs: [[10, 12, 11], [20, 21]] });
    expect(referenceText(compare)).toBe('reference point: Error 10, Latency 100.5');
    const figure = runHypervolumeFigure(compare, fixtureColors(compare), 'Algorithm', ctx, 'dark');
    expect(figure.title).toBe('Hypervolume per run');
    expect(figure.subtitle).toBe('One dot per run of each algorithm · reference point: Error 10, Latency 100.5');
    const doc = parse(stripBoxToSvg(figure));
    expect(doc.querySelectorAll('[data-role="dot"]')).toHaveLength(5);
    expect(doc.querySelector('[data-role="row"][data-row="0"] [data-role="dot"] title')!.textContent).toBe('nsga2, run 1: 10');
    expect(lines(doc, 'caption')).toContain('Made with Paretoscope.');
  });

  it('reference point values keep six significant digits without grouping', () => {
    const compare = { ...compareFixture(), reference: [4521.7, 37099.0001] };
    expect(referenceText(compare)).toBe('reference point: Error 4521.7, Latency 37099');
  });

  it('head to head: the panel’s layers over the muted rows, named sides in the title, the sentence as subtitle', () => {
    const compare = compareFixture({ compared: [0, 1, 2] });
    const colors = fixtureColors(compare);
    const pair = compare.pair!;
    const layers = headToHeadLayers(compare, pair, colors);
    const input = headToHeadFigure(compare, pair, layers, fixtureScatter(), ctx, 'light');
    expect(input).toMatchObject({ title: 'nsga2 vs moead: head to head', subtitle: pair.sentence, caption: ctx.caption, baseTone: 'muted', xLabel: 'Error (%)', yScale: 'log', ySense: 'min', theme: 'light' });
    expect(input.layers).toBe(layers);
    const svg = chartToSvg(input);
    const doc = parse(svg);
    expect(doc.querySelector('svg > title')!.textContent).toBe('nsga2 vs moead: head to head');
    for (const label of ['nsga2 front', 'moead front', 'nsga2 points moead dominates', 'moead points nsga2 dominates']) expect(svg).toContain(label);
    expect(Array.from(doc.querySelectorAll('[data-role="layer"]'), (l) => l.getAttribute('data-layer'))).toEqual(['h2h-a-front', 'h2h-b-front', 'h2h-a-by-b']);
  });

  it('attainment: the surfaces as layers, the run count in the title, the line styles in the subtitle', () => {
    const compare = compareFixture({ compared: [0, 1], runs: [[10, 12, 11, 9, 8], [20, 21, 19, 18, 22]] });
    const colors = fixtureColors(compare);
    const layers = attainmentLayers(compare, colors);
    const input = attainmentFigure(compare, layers, false, fixtureScatter(), 'Algorithm', ctx, 'dark');
    expect(input.title).toBe('Attainment surfaces of algorithms (best, median, worst of 5 runs)');
    expect(input.subtitle).toBe('Thin: best of 5 runs · thick: median · dashed: worst');
    expect(attainmentFigure(compare, layers, true, fixtureScatter(), 'Algorithm', ctx, 'dark').subtitle).toContain('ringed: the shown run’s front');
    const svg = chartToSvg(input);
    const doc = parse(svg);
    expect(doc.querySelectorAll('[data-role="layer-line"]')).toHaveLength(6);
    expect(svg).toContain('nsga2 (5 runs)');
    expect(svg).toContain('moead (5 runs)');
  });

  it('names files after the dataset and the figure', () => {
    expect(compareFigureBase('moocore-tpls', 'coverage')).toBe('moocore-tpls-coverage');
    expect(compareFigureFile('moocore-tpls', 'run-hypervolumes', 'png')).toBe('moocore-tpls-run-hypervolumes.png');
    expect(compareFigureFile('moocore-tpls', 'attainment', 'svg')).toBe('moocore-tpls-attainment.svg');
    expect(compareFigureFile('moocore-tpls', { headToHead: ['1to2', 'double'] }, 'svg')).toBe('moocore-tpls-head-to-head-1to2-double.svg');
    expect(compareFigureFile(ctx.datasetId, { headToHead: ['Ré sumé/1', ''] }, 'png')).toBe('flow-shop-v2-head-to-head-re-sume-1-no-value.png');
  });
});
