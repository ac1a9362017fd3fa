/**
 * What an exported figure shows for the current view: the Scatter's arrays, the axis titles with units,
 * a subtitle that says what the front is over, a caption naming the data source, and the zoom window
 * and size of the chart on screen (when the Scatter's handle is at hand). In the comparison views the
 * figure is what the chart panel shows: the groups' own fronts over a muted scatter (overlay), one
 * panel per compared group (small multiples), or parallel coordinates — built by the same pure
 * builders as the screen (compare/chartLayers.ts).
 */
import { chartsToSvgGrid, type ExportGridInput } from '../../charts/exportGrid';
import { chartToSvg, type ExportChartInput } from '../../charts/exportSvg';
import { parallelToSvg, type ExportParallelInput } from '../../charts/parallel/exportParallel';
import type { ScatterColor, ScatterViewState } from '../../charts/types';
import type { Dataset } from '../../data/types';
import type { CompareView, DerivedView, ViewMode, ViewSpec } from '../../state';
import { globalFrontLayer, multiplePanels, overlayLayers, panelShareText, parallelAxes, parallelBrushes, REFERENCE_COLOR, sharedDomain } from '../compare/chartLayers';
import { groupName } from '../compare/text';
import { labelWithUnit } from '../format';

export interface ExportSource {
  dataset: Dataset;
  spec: ViewSpec;
  view: DerivedView;
  /** The colour spec the Scatter gets (with the app's group palette). */
  color: ScatterColor;
  /** The view mode the chart panel shows (after its fallbacks); default 'scatter'. */
  mode?: ViewMode;
  /** The comparison view (overlay and small multiples need it; without it they export the scatter). */
  compare?: CompareView | null;
  /** Group colours aligned with `view.groupNames` (the app's palette); default: the colour spec's. */
  palette?: string[];
}

/** A figure to export: which drawing, and its input. */
export type ExportFigure =
  | { mode: 'scatter' | 'overlay'; input: ExportChartInput }
  | { mode: 'multiples'; input: ExportGridInput }
  | { mode: 'parallel'; input: ExportParallelInput };

const count = (n: number) => n.toLocaleString('en-US');

function axisLabel(dataset: Dataset, key: string): string {
  const c = dataset.byKey.get(key);
  return c ? labelWithUnit(c.spec) : key;
}

/** "22 of 69 rows on the Pareto front over 3 objectives: Pass rate ↑, Cost ↓, Time per exercise ↓". */
export function frontSummary(view: DerivedView, hiddenGroups: readonly string[] = []): string {
  let shown = 0;
  for (let i = 0; i < view.status.length; i++) if (view.status[i] !== 0) shown++;
  const k = view.activeObjectives.length;
  const objectives = view.activeObjectives.map((o) => `${o.label} ${o.sense === 'max' ? '↑' : '↓'}`).join(', ');
  const hidden = hiddenGroups.length > 0 ? ` · hidden: ${hiddenGroups.map((g) => g || '(none)').join(', ')}` : '';
  return `${count(view.frontRows.length)} of ${count(shown)} rows on the Pareto front over ${k} objective${k === 1 ? '' : 's'}${k > 0 ? `: ${objectives}` : ''}${hidden}`;
}

/** "Data: <title> — <repository> (<licence>). Made with Paretoscope." */
export function sourceCaption(dataset: Dataset): string {
  const sources = (dataset.card.source ?? []).map((s) => `${s.repository} (${s.licence})`);
  const unique = [...new Set(sources)];
  return `Data: ${dataset.card.title}${unique.length ? ` — ${unique.join('; ')}` : ''}. Made with Paretoscope.`;
}

export function exportChartInput(src: ExportSource, state?: ScatterViewState | null, theme: 'light' | 'dark' = 'light'): ExportChartInput {
  const { dataset, spec, view, color } = src;
  const senseOf = (key: string) => spec.objectives.find((o) => o.key === key && o.active)?.sense;
  const label = dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey) : undefined;
  const groupColumn = spec.group !== null ? dataset.byKey.get(spec.group) : undefined;
  return {
    x: view.x,
    y: view.y,
    status: view.status,
    xLabel: axisLabel(dataset, spec.x),
    yLabel: axisLabel(dataset, spec.y),
    xScale: spec.xScale,
    yScale: spec.yScale,
    xSense: senseOf(spec.x),
    ySense: senseOf(spec.y),
    color,
    staircase: view.staircase,
    subtitle: frontSummary(view, spec.hiddenGroups),
    caption: sourceCaption(dataset),
    legendTitle: groupColumn ? groupColumn.spec.label || groupColumn.spec.key : undefined,
    rowLabel: (row) => (label ? String(label.values[row] ?? '') : '') || `Row ${row + 1}`,
    theme,
    ...(state ? { xDomain: state.xDomain, yDomain: state.yDomain, width: state.width, height: state.height } : {}),
  };
}

function groupLabel(src: ExportSource): string {
  const column = src.spec.group !== null ? src.dataset.byKey.get(src.spec.group) : undefined;
  return column ? column.spec.label || column.spec.key : 'group';
}

/** The mode actually exported: the comparison views need the comparison, parallel coordinates two objectives. */
export function exportMode(src: ExportSource): ViewMode {
  const mode = src.mode ?? 'scatter';
  if ((mode === 'overlay' || mode === 'multiples') && !src.compare) return 'scatter';
  if (mode === 'parallel' && src.view.activeObjectives.length < 2) return 'scatter';
  return mode;
}

/**
 * The figure for the chart panel's view: the scatter (following the Scatter's zoom and size when its
 * view state is given), the overlay of group fronts, the small multiples or parallel coordinates.
 */
export function exportFigure(src: ExportSource, state?: ScatterViewState | null, theme: 'light' | 'dark' = 'light'): ExportFigure {
  const mode = exportMode(src);
  const base = exportChartInput(src, state, theme);
  const { dataset, spec, view, compare } = src;
  const palette = src.palette ?? (src.color.mode === 'group' ? src.color.colors : []);
  const title = `${base.yLabel} vs. ${base.xLabel}`;
  if (mode === 'overlay' && compare) {
    // As on screen: the group fronts carry the colour over a muted scatter, without the deciding marks.
    return { mode, input: { ...base, title: `${title} · own fronts by ${groupLabel(src)}`, layers: overlayLayers(compare, view, palette), baseTone: 'muted' } };
  }
  if (mode === 'multiples' && compare) {
    const domain = sharedDomain(view, spec);
    const reference = [globalFrontLayer(view, REFERENCE_COLOR)];
    const color: ScatterColor = view.groupCodes ? { mode: 'group', codes: view.groupCodes, names: view.groupNames, colors: palette } : src.color;
    const { xDomain: _x, yDomain: _y, width: _w, height: _h, ...shared } = base;
    return {
      mode,
      input: {
        ...shared,
        title: `${title} · by ${groupLabel(src)}`,
        color,
        xDomain: domain.x,
        yDomain: domain.y,
        legend: [],
        legendLabels: { front: "The group's own front (ringed)", staircase: "The group's attainment surface", faint: 'Other groups' },
        panels: multiplePanels(compare, view).map((p) => ({
          title: groupName(p.name),
          note: panelShareText(p, compare.globalFrontSize),
          swatch: palette[p.group],
          status: p.status,
          staircase: compare.groups[p.group].staircase,
          layers: reference,
        })),
      },
    };
  }
  if (mode === 'parallel') {
    const axes = parallelAxes(dataset, spec, view);
    const brushes = parallelBrushes(spec, axes);
    const brushed = Object.keys(brushes).length;
    return {
      mode,
      input: {
        axes,
        status: view.status,
        color: src.color,
        brushes,
        title: `Parallel coordinates of ${axes.length} objectives`,
        subtitle: `${frontSummary(view, spec.hiddenGroups)}${brushed ? ` · ${brushed} brushed axis ${brushed === 1 ? 'range' : 'ranges'}` : ''}`,
        caption: base.caption,
        legendTitle: base.legendTitle,
        theme,
      },
    };
  }
  return { mode: 'scatter', input: base };
}

/** The figure as a standalone SVG document. */
export function figureToSvg(figure: ExportFigure): string {
  if (figure.mode === 'multiples') return chartsToSvgGrid(figure.input);
  if (figure.mode === 'parallel') return parallelToSvg(figure.input);
  return chartToSvg(figure.input);
}
