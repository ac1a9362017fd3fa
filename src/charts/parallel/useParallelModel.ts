/**
 * Everything the chart derives from its props, each piece memoized on its true inputs: domains from
 * the values and status, ticks from the domains and the height, the layout from the ticks and the
 * width, pixel columns from the scales, line styles from status, colours and theme.
 */
import { useMemo } from 'react';
import { textWidth, TICK_FONT_SIZE } from '../layout';
import type { ChartTheme } from '../theme';
import { axisTicks, TICK_SPACING, type AxisTicks } from '../ticks';
import type { ScatterColor } from '../types';
import { buildLineStyles, type StyledLines } from './lineStyles';
import type { LineGeometry } from './lineHitTest';
import { BOTTOM, computeParallelLayout, TOP, type ParallelLayout } from './parallelLayout';
import { axisDomain, axisScale, type AxisScale } from './scales';
import type { ParallelAxis } from './types';

export interface ParallelModel {
  layout: ParallelLayout;
  scales: AxisScale[];
  ticks: AxisTicks[];
  geometry: LineGeometry;
  lines: StyledLines;
}

const labelHeight = () => TICK_FONT_SIZE + 6;

/** Pixel y per axis per row; NaN where the row is not drawn or has no placeable value. */
export function pixelColumns(axes: readonly ParallelAxis[], scales: readonly AxisScale[], status: Uint8Array): Float32Array[] {
  return axes.map((axis, j) => {
    const n = status.length;
    const out = new Float32Array(n);
    const { toPixel } = scales[j];
    const v = axis.values;
    for (let i = 0; i < n; i++) out[i] = status[i] === 0 || i >= v.length ? NaN : toPixel(v[i]);
    return out;
  });
}

export function useParallelModel(
  axes: ParallelAxis[],
  status: Uint8Array,
  color: ScatterColor,
  theme: ChartTheme,
  width: number,
  height: number,
): ParallelModel {
  const domains = useMemo(() => axes.map((a) => axisDomain(a.values, status, a.scale ?? 'linear')), [axes, status]);
  const plotHeight = Math.max(1, height - TOP - BOTTOM);
  const ticks = useMemo(
    () => axes.map((a, j) => axisTicks(a.scale ?? 'linear', domains[j], plotHeight, TICK_SPACING.y, labelHeight)),
    [axes, domains, plotHeight],
  );
  const firstLabels = useMemo(() => (ticks[0] ? Math.max(0, ...ticks[0].major.map((v) => textWidth(ticks[0].format(v)))) : 0), [ticks]);
  const layout = useMemo(() => computeParallelLayout(width, height, axes.length, firstLabels), [width, height, axes.length, firstLabels]);
  const scales = useMemo(
    () => axes.map((a, j) => axisScale(a.scale ?? 'linear', a.sense, domains[j], layout.top, layout.bottom)),
    [axes, domains, layout.top, layout.bottom],
  );
  const cols = useMemo(() => pixelColumns(axes, scales, status), [axes, scales, status]);
  const geometry = useMemo(() => ({ xs: layout.xs, cols, status }), [layout.xs, cols, status]);
  const lines = useMemo(() => buildLineStyles(status, color, theme), [status, color, theme]);
  return { layout, scales, ticks, geometry, lines };
}
