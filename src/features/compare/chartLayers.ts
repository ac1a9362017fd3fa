/**
 * Turning the comparison view into what the charts draw: overlay layers, one small-multiples panel
 * per compared group on shared axes, and the parallel-coordinates axes. Pure functions of their inputs,
 * shared by the chart panel on screen and the figure export, so an exported figure shows what the
 * screen does.
 */
import { extentOf, paddedDomain } from '../../charts/domain';
import type { ParallelAxis } from '../../charts/parallel/types';
import type { ScatterLayer } from '../../charts/types';
import type { Dataset } from '../../data/types';
import type { CompareView, DerivedView, ViewSpec } from '../../state';
import { labelWithUnit } from '../format';
import { formatShare, groupName } from './text';

/** Neutral colour of the global front drawn as a reference under the groups' own fronts. */
export const REFERENCE_COLOR = '#64748b';

/**
 * Overlay: the global front as a faint dashed reference, then each compared group's own front
 * (staircase in 2-D, dots always) in its colour, labelled.
 */
export function overlayLayers(compare: CompareView, view: DerivedView, colors: string[]): ScatterLayer[] {
  const groups = compare.compared.map((g): ScatterLayer => {
    const group = compare.groups[g];
    return { id: `front-${g}`, color: colors[g], line: group.staircase, rows: group.frontRows, mark: 'dot', width: 2, label: groupName(group.name) };
  });
  return [globalFrontLayer(view, REFERENCE_COLOR), ...groups];
}

export interface MultiplePanel {
  group: number;
  name: string;
  /** Row status for this panel: the group's own front (3) and its other ranked rows (2); every other shown row faint (1). */
  status: Uint8Array;
  frontSize: number;
  globalFrontCount: number;
  globalShare: number;
}

/** One panel per compared group; the rows of other groups stay as faint context. */
export function multiplePanels(compare: CompareView, view: DerivedView): MultiplePanel[] {
  const codes = view.groupCodes;
  return compare.compared.map((g) => {
    const group = compare.groups[g];
    const status = new Uint8Array(view.status.length);
    for (let i = 0; i < status.length; i++) {
      const s = view.status[i];
      if (s === 0) continue;
      status[i] = codes && codes[i] === g && s >= 2 ? 2 : 1;
    }
    for (const row of group.frontRows) status[row] = 3;
    return { group: g, name: group.name, status, frontSize: group.frontSize, globalFrontCount: group.globalFrontCount, globalShare: group.globalShare };
  });
}

/**
 * The global front as a faint reference layer: its dashed staircase in 2-D; with more objectives (no
 * staircase) open rings on its points.
 */
export function globalFrontLayer(view: DerivedView, color: string): ScatterLayer {
  return view.staircase
    ? { id: 'global-front', color, line: view.staircase, dash: 'dashed', width: 1.5, opacity: 0.8, label: 'Global front' }
    : { id: 'global-front', color, rows: view.frontRows, mark: 'ring', opacity: 0.6, label: 'Global front' };
}

/** One data window for every panel: the padded extent of all shown rows. */
export function sharedDomain(view: DerivedView, spec: ViewSpec): { x: [number, number]; y: [number, number] } {
  return {
    x: paddedDomain(extentOf(view.x, view.y, view.status, spec.xScale, spec.yScale), spec.xScale),
    y: paddedDomain(extentOf(view.y, view.x, view.status, spec.yScale, spec.xScale), spec.yScale),
  };
}

/**
 * Parallel axes: the ticked objectives in the view's axis order; log where the scatter shows that
 * column on a log axis, or where its positive values span three decades or more.
 */
export function parallelAxes(dataset: Dataset, spec: ViewSpec, view: DerivedView): ParallelAxis[] {
  const active = view.activeObjectives;
  const order = spec.axisOrder ?? [];
  const listed = order.filter((k) => active.some((o) => o.key === k));
  const keys = [...listed, ...active.map((o) => o.key).filter((k) => !listed.includes(k))];
  return keys.flatMap((key) => {
    const o = active.find((a) => a.key === key)!;
    const column = dataset.byKey.get(key);
    if (!column || column.kind !== 'number') return [];
    const log = (spec.x === key && spec.xScale === 'log') || (spec.y === key && spec.yScale === 'log') || spansDecades(column.values, view.status);
    return [{ key, label: labelWithUnit(column.spec), sense: o.sense, values: column.values, scale: log ? 'log' : 'linear' } satisfies ParallelAxis];
  });
}

/** Ratio of largest to smallest value from which a positive column reads better on a log axis. */
export const LOG_SPAN = 1000;

/**
 * Whether every shown value of a column is positive and they span at least three decades (parameter
 * counts, compute, latency): on a linear axis most rows would then crowd into one end.
 */
export function spansDecades(values: Float64Array, status: Uint8Array): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (status[i] === 0) continue;
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (!(v > 0) || v === Infinity) return false;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi && hi / lo >= LOG_SPAN;
}

/** The parallel brushes: 'between' constraints drawn by brushing (source 'brush') on an axis column. */
export function parallelBrushes(spec: ViewSpec, axes: ParallelAxis[]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const c of spec.constraints) {
    if (c.source === 'brush' && c.op === 'between' && c.value2 !== undefined && axes.some((a) => a.key === c.column)) out[c.column] = [c.value, c.value2];
  }
  return out;
}

/** A panel's share of the global front as the panels show it: "31% of the global front (4 of 70)". */
export function panelShareText(panel: MultiplePanel, globalFrontSize: number): string {
  return `${formatShare(panel.globalShare)} of the global front (${panel.globalFrontCount} of ${globalFrontSize})`;
}
