/**
 * An axis title: a focusable button (Tab to it, arrow keys move the axis, drag it sideways with the
 * pointer), wrapped to two lines within the room between axes, the full text in <title>, and a small
 * "↑ lower is better" / "↑ higher is better" hint under it ("↑ better" when that does not fit).
 */
import { memo, useMemo, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import type { Sense } from '../../core';
import { textWidth } from '../layout';
import type { ChartTheme } from '../theme';
import { HINT_FONT, HINT_FONT_SIZE, TITLE_FONT, TITLE_LINE, TITLE_SIZE, TITLE_WEIGHT } from './parallelLayout';
import { wrapTitle } from './titleWrap';

interface AxisTitleProps {
  label: string;
  sense: Sense;
  index: number;
  count: number;
  /** Room for a line (px). */
  width: number;
  /** Pixel y of the top of the axis: the title sits above it. */
  top: number;
  theme: ChartTheme;
  dragging: boolean;
  describedBy: string;
  titleRef: Ref<SVGGElement>;
  onPointerDown: (e: PointerEvent<SVGGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
}

export function senseHint(sense: Sense, width: number): string {
  const long = sense === 'min' ? '↑ lower is better' : '↑ higher is better';
  return textWidth(long, HINT_FONT) <= width ? long : '↑ better';
}

export const AxisTitle = memo(function AxisTitle(props: AxisTitleProps) {
  const { label, sense, index, count, width, top, theme, dragging } = props;
  const measure = (s: string) => textWidth(s, TITLE_FONT);
  const { lines } = useMemo(() => wrapTitle(label, width, measure), [label, width]);
  const hint = senseHint(sense, width);
  const hintY = top - 14;
  const lastY = hintY - 15;
  const firstY = lastY - (lines.length - 1) * TITLE_LINE;
  const boxW = Math.min(width, Math.max(textWidth(hint, HINT_FONT), ...lines.map(measure))) + 12;
  const boxTop = firstY - 13;
  return (
    <g
      ref={props.titleRef}
      role="button"
      tabIndex={0}
      data-testid="parallel-title"
      aria-label={`${label}, ${sense === 'min' ? 'lower' : 'higher'} is better; axis ${index + 1} of ${count}`}
      aria-describedby={props.describedBy}
      className="group outline-none"
      style={{ cursor: dragging ? 'grabbing' : 'grab', pointerEvents: 'all', touchAction: 'none' }}
      onPointerDown={props.onPointerDown}
      onKeyDown={props.onKeyDown}
    >
      <title>{label}</title>
      <rect
        x={-boxW / 2}
        y={boxTop}
        width={boxW}
        height={hintY + 5 - boxTop}
        rx={4}
        fill={dragging ? theme.grid : 'transparent'}
        stroke={theme.focus}
        strokeWidth={1.5}
        strokeOpacity={0}
        className="group-focus-visible:[stroke-opacity:0.8]"
      />
      <text textAnchor="middle" fontSize={TITLE_SIZE} fontWeight={TITLE_WEIGHT} fill={theme.text}>
        {lines.map((line, i) => (
          <tspan key={i} x={0} y={firstY + i * TITLE_LINE}>
            {line}
          </tspan>
        ))}
      </text>
      <text y={hintY} textAnchor="middle" fontSize={HINT_FONT_SIZE} fill={theme.textMuted} data-testid="parallel-hint">
        {hint}
      </text>
    </g>
  );
});
