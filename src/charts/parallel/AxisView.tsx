/**
 * One axis: its line, ticks (labels on the left, haloed so they read over the lines), the brush
 * (the controlled range, or the draft while dragging), the brush overlay that takes the pointer, a
 * "×" that clears the brush, and the title.
 */
import { memo, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { TICK_FONT_SIZE } from '../layout';
import type { ChartTheme } from '../theme';
import type { AxisTicks } from '../ticks';
import { TICK_PAD } from './parallelLayout';
import type { AxisScale } from './scales';

interface AxisViewProps {
  axisKey: string;
  label: string;
  x: number;
  scale: AxisScale;
  ticks: AxisTicks;
  theme: ChartTheme;
  /** Width of the brush overlay (px). */
  overlayWidth: number;
  /** Brush span in pixels (top, bottom), or null. */
  span: [number, number] | null;
  /** Whether the span is a draft being dragged (no clear button then). */
  drafting: boolean;
  dragging: boolean;
  onBrushPointerDown: (e: PointerEvent<SVGRectElement>) => void;
  onClear: () => void;
  title: ReactNode;
}

const TICK = 5;
const MINOR = 3;

export const AxisView = memo(function AxisView(props: AxisViewProps) {
  const { axisKey, label, x, scale, ticks, theme, overlayWidth: ow, span, drafting, dragging } = props;
  const { top, bottom } = scale;
  const clearKey = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    props.onClear();
  };
  return (
    <g data-testid="parallel-axis" data-key={axisKey} transform={`translate(${x},0)`} opacity={dragging ? 0.8 : 1}>
      <line x1={0} x2={0} y1={top} y2={bottom} stroke={theme.axis} strokeWidth={1.25} />
      <g aria-hidden="true">
        {ticks.minor.map((v) => (
          <line key={`m${v}`} x1={-MINOR} x2={0} y1={scale.toPixel(v)} y2={scale.toPixel(v)} stroke={theme.axis} />
        ))}
        {ticks.major.map((v) => {
          const y = scale.toPixel(v);
          return (
            <g key={v} transform={`translate(0,${y})`}>
              <line x1={-TICK} x2={0} stroke={theme.axis} />
              <text
                x={-TICK_PAD}
                dominantBaseline="central"
                textAnchor="end"
                fontSize={TICK_FONT_SIZE}
                fill={theme.textMuted}
                stroke={theme.background}
                strokeWidth={3}
                strokeLinejoin="round"
                paintOrder="stroke"
                className="tabular-nums"
              >
                {ticks.format(v)}
              </text>
            </g>
          );
        })}
      </g>
      {span && (
        <rect
          data-testid="parallel-brush-range"
          x={-7}
          y={span[0]}
          width={14}
          height={Math.max(2, span[1] - span[0])}
          rx={2}
          fill={theme.focus}
          fillOpacity={0.14}
          stroke={theme.focus}
          strokeOpacity={0.75}
          strokeWidth={1.25}
        />
      )}
      <rect
        data-testid="parallel-brush"
        data-key={axisKey}
        x={-ow / 2}
        y={top}
        width={ow}
        height={Math.max(0, bottom - top)}
        fill="transparent"
        aria-hidden="true"
        style={{ pointerEvents: 'all', cursor: 'crosshair', touchAction: 'none' }}
        onPointerDown={props.onBrushPointerDown}
      >
        <title>{`Drag to brush ${label}`}</title>
      </rect>
      {span && !drafting && (
        <g
          role="button"
          tabIndex={0}
          aria-label={`Clear the brush on ${label}`}
          data-testid="parallel-brush-clear"
          data-key={axisKey}
          className="group outline-none"
          transform={`translate(${14},${Math.max(top + 8, span[0])})`}
          style={{ pointerEvents: 'all', cursor: 'pointer' }}
          onClick={(e) => {
            e.stopPropagation();
            props.onClear();
          }}
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={clearKey}
        >
          <circle r={10.5} fill="none" stroke={theme.focus} strokeWidth={1.5} strokeOpacity={0} className="group-focus-visible:[stroke-opacity:0.8]" />
          <circle r={7.5} fill={theme.background} stroke={theme.axis} />
          <path d="M-3,-3L3,3M3,-3L-3,3" stroke={theme.text} strokeWidth={1.5} strokeLinecap="round" />
        </g>
      )}
      {props.title}
    </g>
  );
});
