/**
 * What an exported figure shows for the current view: the Scatter's arrays, the axis titles with units,
 * a subtitle that says what the front is over, a caption naming the data source, and the zoom window
 * and size of the chart on screen (when the Scatter's handle is at hand).
 */
import type { ExportChartInput } from '../../charts/exportSvg';
import type { ScatterColor, ScatterViewState } from '../../charts/types';
import type { Dataset } from '../../data/types';
import type { DerivedView, ViewSpec } from '../../state';
import { labelWithUnit } from '../format';

export interface ExportSource {
  dataset: Dataset;
  spec: ViewSpec;
  view: DerivedView;
  /** The colour spec the Scatter gets (with the app's group palette). */
  color: ScatterColor;
}

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
