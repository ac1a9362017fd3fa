/**
 * The hovered (or linked-highlighted) and the selected rows, drawn over the canvas as thick polylines
 * outlined in the focus colour, whatever their status (status 0 rows are not drawn anywhere). The
 * selected row also gets a dot on each axis.
 */
import { color as d3color } from 'd3';
import type { ChartTheme } from '../theme';
import type { LineGeometry } from './lineHitTest';
import type { StyledLines } from './lineStyles';
import { NOT_DRAWN } from '../pointStyles';

/** SVG path of a row's line, broken where it has no value; '' when nothing can be drawn. */
export function linePath(g: LineGeometry, row: number): string {
  if (row < 0 || row >= g.status.length || g.status[row] === 0) return '';
  let d = '';
  let down = false;
  for (let j = 0; j < g.xs.length; j++) {
    const y = g.cols[j][row];
    if (!Number.isFinite(y)) {
      down = false;
      continue;
    }
    d += `${down ? 'L' : 'M'}${g.xs[j].toFixed(1)},${y.toFixed(1)}`;
    down = true;
  }
  return d;
}

function solid(css: string): string {
  const c = d3color(css);
  return c ? c.copy({ opacity: 1 }).formatRgb() : css;
}

interface HighlightLinesProps {
  geometry: LineGeometry;
  lines: StyledLines;
  theme: ChartTheme;
  hover: number | null;
  selected: number | null;
}

function Line({ g, row, lines, theme, strong }: { g: LineGeometry; row: number; lines: StyledLines; theme: ChartTheme; strong: boolean }) {
  const d = linePath(g, row);
  if (!d) return null;
  const s = lines.rows.styleOf[row];
  const stroke = s === NOT_DRAWN || s === undefined ? theme.text : solid(lines.styles[s].stroke);
  const w = strong ? 3 : 2.25;
  return (
    <g data-testid={strong ? 'parallel-selected' : 'parallel-highlighted'} data-row={row}>
      <path d={d} fill="none" stroke={theme.background} strokeWidth={w + 5} strokeOpacity={0.8} strokeLinejoin="round" strokeLinecap="round" />
      <path d={d} fill="none" stroke={theme.focus} strokeWidth={w + 2.5} strokeOpacity={strong ? 1 : 0.7} strokeLinejoin="round" strokeLinecap="round" />
      <path d={d} fill="none" stroke={stroke} strokeWidth={w} strokeLinejoin="round" strokeLinecap="round" />
      {strong &&
        g.xs.map((x, j) => {
          const y = g.cols[j][row];
          return Number.isFinite(y) ? <circle key={j} cx={x} cy={y} r={3.5} fill={stroke} stroke={theme.focus} strokeWidth={1.5} /> : null;
        })}
    </g>
  );
}

export function HighlightLines({ geometry, lines, theme, hover, selected }: HighlightLinesProps) {
  return (
    <g pointerEvents="none" aria-hidden="true">
      {hover !== null && hover !== selected && <Line g={geometry} row={hover} lines={lines} theme={theme} strong={false} />}
      {selected !== null && <Line g={geometry} row={selected} lines={lines} theme={theme} strong />}
    </g>
  );
}
