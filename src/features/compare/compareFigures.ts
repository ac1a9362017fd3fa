/**
 * The comparison panels' figures as files: what each downloaded figure shows, built from the same
 * inputs the panel draws (coverage labels and values, run rows, scatter props and layers), with a
 * title, a subtitle and the data source as caption; and the figures' file names. Pure functions: the
 * panels call them when a download is asked for.
 */
import type { ExportHeatmapInput } from '../../charts/compare/exportHeatmap';
import type { ExportStripInput } from '../../charts/compare/exportStripBox';
import type { HeatmapLabel } from '../../charts/compare/heatmapLayout';
import type { StripRow } from '../../charts/compare/stripLayout';
import type { ExportChartInput } from '../../charts/exportSvg';
import type { ScatterLayer, ScatterProps } from '../../charts/types';
import type { ComparePair, CompareView } from '../../state/compareTypes';
import { exportFileName, sanitizeFileName } from '../export/fileName';
import { runName } from './runPick';
import { formatHv, formatSignificant, groupName } from './text';
import type { CompareFigureContext } from './types';

export type FigureTheme = 'light' | 'dark';

/** The definition printed under the coverage matrix (Zitzler & Thiele 1998, the set coverage metric). */
export const COVERAGE_DEFINITION = 'C(A, B): share of B’s front weakly dominated by A’s front (Zitzler & Thiele 1998)';

/** A coverage value as a percentage for hover text: "66.7%", or why there is none. */
export function coverageShare(v: number): string {
  return Number.isNaN(v) ? 'undefined (an empty front)' : `${Math.round(v * 1000) / 10}%`;
}

/** The matrix's row and column labels: the compared groups in order, with their colours. */
export function coverageLabels(compare: CompareView, colors: string[]): HeatmapLabel[] {
  return compare.compared.map((g) => ({ key: String(g), label: groupName(compare.names[g]), color: colors[g] }));
}

/** A cell's hover text: "nsga2 covers 66.7% of moead’s front". */
export function coverageCellTitle(labels: readonly HeatmapLabel[]): (i: number, j: number, v: number) => string {
  return (i, j, v) => `${labels[i].label} covers ${coverageShare(v)} of ${labels[j].label}’s front`;
}

/** The group column's label inside a sentence ("Algorithm" → "algorithm"), as the section heading writes it. */
const lower = (label: string) => label.toLowerCase();

/** Coverage heatmap as a figure: the matrix as on screen, titled, with the definition and data source as caption. */
export function coverageFigure(compare: CompareView, colors: string[], groupLabel: string, ctx: CompareFigureContext, theme: FigureTheme): ExportHeatmapInput {
  const labels = coverageLabels(compare, colors);
  return {
    rows: labels,
    cols: labels,
    values: compare.coverage,
    rowHeader: 'A',
    colHeader: 'B',
    legend: ['0', '1 (all)'],
    missing: 'no value (an empty front)',
    cellTitle: coverageCellTitle(labels),
    title: `Coverage C(A, B) of ${lower(groupLabel)} fronts`,
    subtitle: 'Row A, column B. Read a row: how much of each other group’s front that row’s group covers.',
    caption: [ctx.caption, `${COVERAGE_DEFINITION}.`].filter(Boolean).join(' '),
    theme,
    idPrefix: 'coverage',
  };
}

/** One strip row per compared group with runs: every run's hypervolume, named by its run. */
export function runRows(compare: CompareView, colors: string[]): StripRow[] {
  const runs = compare.runs;
  if (!runs) return [];
  return runs.groups.map((g) => ({
    key: String(g.group),
    label: groupName(compare.names[g.group]),
    color: colors[g.group],
    points: g.runs.map((r) => ({ value: r.hypervolume, index: r.run, title: `run ${runName(runs, r.run)}: ${formatHv(r.hypervolume)}` })),
  }));
}

/** "reference point: Makespan 4521.7, Weighted tardiness 37099" (6 significant digits, no grouping). */
export function referenceText(compare: CompareView): string {
  const parts = compare.objectives.map((o, i) => `${o.label || o.key} ${formatSignificant(compare.reference[i], 6).replace(/,/g, '')}`);
  return `reference point: ${parts.join(', ')}`;
}

/** The run hypervolume strips as a figure: the same rows as on screen, the reference point in the subtitle. */
export function runHypervolumeFigure(compare: CompareView, colors: string[], groupLabel: string, ctx: CompareFigureContext, theme: FigureTheme): ExportStripInput {
  return {
    rows: runRows(compare, colors),
    xLabel: 'Hypervolume',
    title: 'Hypervolume per run',
    subtitle: `One dot per run of each ${lower(groupLabel)} · ${referenceText(compare)}`,
    caption: ['Boxes span the quartiles with the median marked; whiskers reach the extremes.', ctx.caption].filter(Boolean).join(' '),
    theme,
  };
}

type FigureScatter = Omit<ScatterProps, 'height'>;

/** The panel's scatter as an export input: same data, axes, senses, scales and window, muted under `layers`. */
function scatterFigure(scatter: FigureScatter, layers: ScatterLayer[], text: { title: string; subtitle: string; idPrefix: string }, ctx: CompareFigureContext, theme: FigureTheme): ExportChartInput {
  return {
    x: scatter.x,
    y: scatter.y,
    status: scatter.status,
    xLabel: scatter.xLabel,
    yLabel: scatter.yLabel,
    xScale: scatter.xScale,
    yScale: scatter.yScale,
    xSense: scatter.xSense,
    ySense: scatter.ySense,
    color: scatter.color,
    staircase: scatter.staircase,
    ...(scatter.domain ? { xDomain: scatter.domain.x, yDomain: scatter.domain.y } : {}),
    rowLabel: (row) => scatter.tooltip(row).title,
    layers,
    baseTone: 'muted',
    title: text.title,
    subtitle: text.subtitle,
    caption: ctx.caption,
    theme,
    idPrefix: text.idPrefix,
  };
}

/** Head to head as a figure: both fronts and the dominated points over the muted rows, the sentence as subtitle. */
export function headToHeadFigure(compare: CompareView, pair: ComparePair, layers: ScatterLayer[], scatter: FigureScatter, ctx: CompareFigureContext, theme: FigureTheme): ExportChartInput {
  const title = `${groupName(compare.names[pair.a])} vs ${groupName(compare.names[pair.b])}: head to head`;
  return scatterFigure(scatter, layers, { title, subtitle: pair.sentence, idPrefix: 'head-to-head' }, ctx, theme);
}

/** "15 runs", or "10–15 runs" when the groups ran different numbers of times. */
function runCount(compare: CompareView): string {
  const counts = (compare.runs?.groups ?? []).filter((g) => g.surfaces).map((g) => g.runs.length);
  if (counts.length === 0) return 'n runs';
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? `${lo} run${lo === 1 ? '' : 's'}` : `${lo}–${hi} runs`;
}

/** The attainment surfaces as a figure: the layers the panel draws (a shown run's front included), the line styles in the subtitle. */
export function attainmentFigure(compare: CompareView, layers: ScatterLayer[], picked: boolean, scatter: FigureScatter, groupLabel: string, ctx: CompareFigureContext, theme: FigureTheme): ExportChartInput {
  const n = runCount(compare);
  const title = `Attainment surfaces of ${lower(groupLabel)}s (best, median, worst of ${n})`;
  const subtitle = `Thin: best of ${n} · thick: median · dashed: worst${picked ? ' · ringed: the shown run’s front' : ''}`;
  return scatterFigure(scatter, layers, { title, subtitle, idPrefix: 'attainment' }, ctx, theme);
}

export type CompareFigureKind = 'coverage' | 'run-hypervolumes' | 'attainment' | { headToHead: [string, string] };

/** A figure's file name without extension: "<dataset>-coverage", "<dataset>-head-to-head-<a>-<b>", … */
export function compareFigureBase(datasetId: string, kind: CompareFigureKind): string {
  const data = sanitizeFileName(datasetId, 'data');
  if (typeof kind === 'string') return sanitizeFileName(`${data}-${kind}`);
  const [a, b] = kind.headToHead.map((name) => sanitizeFileName(groupName(name), 'group'));
  return sanitizeFileName(`${data}-head-to-head-${a}-${b}`);
}

/** The download name of a figure as SVG or PNG. */
export function compareFigureFile(datasetId: string, kind: CompareFigureKind, format: 'svg' | 'png'): string {
  return exportFileName(compareFigureBase(datasetId, kind), format);
}
