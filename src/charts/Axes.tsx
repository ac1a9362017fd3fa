/**
 * The axes: ticks and labels with d3-axis (log axes get unlabelled minor ticks), the axis lines,
 * the titles and, when the senses are known, a small "better" arrow on each axis.
 */
import { axisBottom, axisLeft, select } from 'd3';
import { memo, useLayoutEffect, useRef } from 'react';
import type { Sense } from '../core';
import { BOTTOM_MARGIN, FONT_FAMILY, TICK_FONT_SIZE, TITLE_FONT_SIZE, textWidth, type Layout } from './layout';
import type { ChartTheme } from './theme';
import type { AxisTicks } from './ticks';
import type { Scale } from './viewScales';

interface AxesProps {
  layout: Layout;
  x: Scale;
  y: Scale;
  xTicks: AxisTicks;
  yTicks: AxisTicks;
  xLabel: string;
  yLabel: string;
  xSense?: Sense;
  ySense?: Sense;
  theme: ChartTheme;
}

const TICK = 5;
const MINOR_TICK = 3;
const HINT_FONT_SIZE = 10.5;
const GAP = 10;

/**
 * Centre of an axis title of width `title` on an axis of length `length`, moved away from a hint of
 * width `hint` at the start (side -1) or end (side +1) of the axis; `show` is false when both do not fit.
 */
export function placeTitle(length: number, title: number, hint: number, side: -1 | 1 | 0): { centre: number; show: boolean } {
  const centre = length / 2;
  if (side === 0 || hint === 0) return { centre, show: side !== 0 };
  const room = length - hint - GAP;
  if (title > room) return { centre, show: false };
  const lo = side < 0 ? hint + GAP + title / 2 : title / 2;
  const hi = side < 0 ? length - title / 2 : length - hint - GAP - title / 2;
  return { centre: Math.max(lo, Math.min(hi, centre)), show: true };
}

function styleAxis(g: SVGGElement, theme: ChartTheme): void {
  const s = select(g);
  s.attr('font-size', TICK_FONT_SIZE).attr('font-family', null);
  s.select('.domain').remove();
  s.selectAll('line').attr('stroke', theme.axis);
  s.selectAll('text').attr('fill', theme.textMuted);
}

export const Axes = memo(function Axes(props: AxesProps) {
  const { layout, x, y, xTicks, yTicks, xLabel, yLabel, xSense, ySense, theme } = props;
  const { plotWidth: w, plotHeight: h, margin } = layout;
  const xg = useRef<SVGGElement>(null);
  const yg = useRef<SVGGElement>(null);
  const xm = useRef<SVGGElement>(null);
  const ym = useRef<SVGGElement>(null);

  useLayoutEffect(() => {
    if (!xg.current || !yg.current || !xm.current || !ym.current) return;
    select(xg.current).call(axisBottom(x).tickValues(xTicks.major).tickFormat((v) => xTicks.format(+v)).tickSize(TICK).tickPadding(3));
    select(yg.current).call(axisLeft(y).tickValues(yTicks.major).tickFormat((v) => yTicks.format(+v)).tickSize(TICK).tickPadding(3));
    select(xm.current).call(axisBottom(x).tickValues(xTicks.minor).tickFormat(() => '').tickSize(MINOR_TICK));
    select(ym.current).call(axisLeft(y).tickValues(yTicks.minor).tickFormat(() => '').tickSize(MINOR_TICK));
    for (const g of [xg.current, yg.current, xm.current, ym.current]) styleAxis(g, theme);
  }, [x, y, xTicks, yTicks, theme]);

  const titleY = h + BOTTOM_MARGIN - 12;
  const xHint = xSense === 'min' ? '← better' : xSense === 'max' ? 'better →' : null;
  // Rotated −90°, so "better →" reads upwards.
  const yHint = ySense === 'min' ? '← better' : ySense === 'max' ? 'better →' : null;
  const yTitleX = -margin.left + 14;
  const hintFont = `${HINT_FONT_SIZE}px ${FONT_FAMILY}`;
  const titleFont = `500 ${TITLE_FONT_SIZE}px ${FONT_FAMILY}`;
  // x: the hint sits at the better end (left for min); y is measured from the top (the hint is at the top for max).
  const xPlace = placeTitle(w, textWidth(xLabel, titleFont), xHint ? textWidth(xHint, hintFont) : 0, xSense === 'min' ? -1 : xSense === 'max' ? 1 : 0);
  const yPlace = placeTitle(h, textWidth(yLabel, titleFont), yHint ? textWidth(yHint, hintFont) : 0, ySense === 'max' ? -1 : ySense === 'min' ? 1 : 0);
  return (
    <g transform={`translate(${margin.left},${margin.top})`} data-testid="scatter-axes">
      <line x1={0} x2={w} y1={h + 0.5} y2={h + 0.5} stroke={theme.axis} />
      <line x1={-0.5} x2={-0.5} y1={0} y2={h} stroke={theme.axis} />
      <g ref={xm} transform={`translate(0,${h})`} aria-hidden="true" />
      <g ref={ym} aria-hidden="true" />
      <g ref={xg} transform={`translate(0,${h})`} aria-hidden="true" />
      <g ref={yg} aria-hidden="true" />
      <text x={xPlace.centre} y={titleY} textAnchor="middle" fontSize={TITLE_FONT_SIZE} fontWeight={500} fill={theme.text}>
        {xLabel}
      </text>
      {xHint && xPlace.show && (
        <text x={xSense === 'max' ? w : 0} y={titleY} textAnchor={xSense === 'max' ? 'end' : 'start'} fontSize={HINT_FONT_SIZE} fill={theme.textMuted} data-testid="scatter-x-hint">
          {xHint}
        </text>
      )}
      <text transform={`translate(${yTitleX},${yPlace.centre}) rotate(-90)`} textAnchor="middle" dominantBaseline="middle" fontSize={TITLE_FONT_SIZE} fontWeight={500} fill={theme.text}>
        {yLabel}
      </text>
      {yHint && yPlace.show && (
        <text
          transform={`translate(${yTitleX},${ySense === 'max' ? 0 : h}) rotate(-90)`}
          textAnchor={ySense === 'max' ? 'end' : 'start'}
          dominantBaseline="middle"
          fontSize={HINT_FONT_SIZE}
          fill={theme.textMuted}
          data-testid="scatter-y-hint"
        >
          {yHint}
        </text>
      )}
    </g>
  );
});
