/**
 * What sits under the points: light gridlines at the labelled ticks and the lightly shaded region
 * the front dominates (between the staircase and the plot edges it runs to).
 */
import { pathRound } from 'd3';
import { memo, useMemo } from 'react';
import type { Layout } from './layout';
import { traceRegion } from './staircase';
import type { ChartTheme } from './theme';
import type { Scale } from './viewScales';

interface BackdropProps {
  layout: Layout;
  x: Scale;
  y: Scale;
  xTicks: readonly number[];
  yTicks: readonly number[];
  staircase: [number, number][] | null;
  /** Tint of the dominated region (the staircase colour). */
  regionColor: string;
  xLog: boolean;
  yLog: boolean;
  theme: ChartTheme;
}

export const Backdrop = memo(function Backdrop(props: BackdropProps) {
  const { layout, x, y, xTicks, yTicks, staircase, regionColor, xLog, yLog, theme } = props;
  const { plotWidth: w, plotHeight: h, margin } = layout;
  // Same half-pixel offset as d3-axis uses for its tick marks, so gridlines line up with them.
  const off = typeof window !== 'undefined' && window.devicePixelRatio > 1 ? 0 : 0.5;
  const region = useMemo(() => {
    if (!staircase) return null;
    const p = pathRound(2);
    return traceRegion(staircase, x, y, xLog, yLog, p) ? p.toString() : null;
  }, [staircase, x, y, xLog, yLog]);
  return (
    <svg className="pointer-events-none absolute inset-0" width={layout.width} height={layout.height} aria-hidden="true">
      <g transform={`translate(${margin.left},${margin.top})`}>
        {region && <path d={region} fill={regionColor} fillOpacity={regionColor === theme.front ? (theme.dark ? 0.07 : 0.06) : theme.dark ? 0.045 : 0.05} data-testid="scatter-region" />}
        <g stroke={theme.grid} strokeWidth={1}>
          {xTicks.map((t) => {
            const px = x(t);
            return px >= 0.5 && px <= w ? <line key={`x${t}`} x1={px + off} x2={px + off} y1={0} y2={h} /> : null;
          })}
          {yTicks.map((t) => {
            const py = y(t);
            return py >= 0 && py <= h - 0.5 ? <line key={`y${t}`} x1={0} x2={w} y1={py + off} y2={py + off} /> : null;
          })}
        </g>
      </g>
    </svg>
  );
});
