/**
 * The axes: ticks and labels with d3-axis (log axes get unlabelled minor ticks), the axis lines,
 * the titles and, when the senses are known, a small "better" arrow on each axis.
 */
import { axisBottom, axisLeft, select } from 'd3';
import { memo, useLayoutEffect, useRef } from 'react';
import type { Sense } from '../core';
import { BOTTOM_MARGIN, TICK_FONT_SIZE, TITLE_FONT_SIZE, type Layout } from './layout';
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
  return (
    <g transform={`translate(${margin.left},${margin.top})`} data-testid="scatter-axes">
      <line x1={0} x2={w} y1={h + 0.5} y2={h + 0.5} stroke={theme.axis} />
      <line x1={-0.5} x2={-0.5} y1={0} y2={h} stroke={theme.axis} />
      <g ref={xm} transform={`translate(0,${h})`} aria-hidden="true" />
      <g ref={ym} aria-hidden="true" />
      <g ref={xg} transform={`translate(0,${h})`} aria-hidden="true" />
      <g ref={yg} aria-hidden="true" />
      <text x={w / 2} y={titleY} textAnchor="middle" fontSize={TITLE_FONT_SIZE} fontWeight={500} fill={theme.text}>
        {xLabel}
      </text>
      {xHint && (
        <text x={xSense === 'max' ? w : 0} y={titleY} textAnchor={xSense === 'max' ? 'end' : 'start'} fontSize={10.5} fill={theme.textMuted} data-testid="scatter-x-hint">
          {xHint}
        </text>
      )}
      <text transform={`translate(${yTitleX},${h / 2}) rotate(-90)`} textAnchor="middle" dominantBaseline="middle" fontSize={TITLE_FONT_SIZE} fontWeight={500} fill={theme.text}>
        {yLabel}
      </text>
      {yHint && (
        <text
          transform={`translate(${yTitleX},${ySense === 'max' ? 0 : h}) rotate(-90)`}
          textAnchor={ySense === 'max' ? 'end' : 'start'}
          dominantBaseline="middle"
          fontSize={10.5}
          fill={theme.textMuted}
          data-testid="scatter-y-hint"
        >
          {yHint}
        </text>
      )}
    </g>
  );
});
