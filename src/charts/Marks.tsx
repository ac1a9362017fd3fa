/**
 * Interaction marks over the points: the hover ring (also for a row highlighted from elsewhere, e.g.
 * linked hover in another chart), and the selection ring with crosshair guides to both axes and the
 * exact values in badges on the axes.
 */
import { formatNumber } from './format';
import { TICK_FONT_SIZE, textWidth, type Layout } from './layout';
import type { ChartTheme } from './theme';

export interface MarkPoint {
  /** Plot coordinates (CSS px). */
  px: number;
  py: number;
  /** Marker radius (CSS px). */
  r: number;
  /** Data values, for the badges. */
  x: number;
  y: number;
}

interface MarksProps {
  layout: Layout;
  theme: ChartTheme;
  hover: MarkPoint | null;
  selected: MarkPoint | null;
  /** Ringed like a hover, without the tooltip. */
  highlighted?: MarkPoint | null;
}

function HoverRing({ p, theme, testId }: { p: MarkPoint; theme: ChartTheme; testId: string }) {
  return (
    <g data-testid={testId}>
      <circle cx={p.px} cy={p.py} r={p.r + 3} fill="none" stroke={theme.background} strokeWidth={3.5} opacity={0.8} />
      <circle cx={p.px} cy={p.py} r={p.r + 3} fill="none" stroke={theme.focus} strokeWidth={1.5} />
    </g>
  );
}

function inside(p: MarkPoint, layout: Layout): boolean {
  return p.px >= -p.r && p.px <= layout.plotWidth + p.r && p.py >= -p.r && p.py <= layout.plotHeight + p.r;
}

function Badge({ cx, cy, text, anchor, theme }: { cx: number; cy: number; text: string; anchor: 'middle' | 'end'; theme: ChartTheme }) {
  const w = textWidth(text) + 10;
  const h = TICK_FONT_SIZE + 7;
  const x = anchor === 'middle' ? cx - w / 2 : cx - w;
  return (
    <g>
      <rect x={x} y={cy - h / 2} width={w} height={h} rx={3} fill={theme.focus} />
      <text x={x + w / 2} y={cy} textAnchor="middle" dominantBaseline="central" fontSize={TICK_FONT_SIZE} fill={theme.background}>
        {text}
      </text>
    </g>
  );
}

export function Marks({ layout, theme, hover, selected, highlighted = null }: MarksProps) {
  const { margin, plotWidth: w, plotHeight: h } = layout;
  const sel = selected && inside(selected, layout) ? selected : null;
  const hov = hover && inside(hover, layout) ? hover : null;
  const same = (a: MarkPoint, b: MarkPoint | null) => b !== null && a.px === b.px && a.py === b.py;
  const lit = highlighted && inside(highlighted, layout) && !same(highlighted, hov) ? highlighted : null;
  return (
    <g transform={`translate(${margin.left},${margin.top})`}>
      {sel && (
        <g data-testid="scatter-selection">
          <g stroke={theme.focus} strokeWidth={1} strokeDasharray="3 3" opacity={0.75}>
            {sel.px >= 0 && sel.px <= w && <line x1={sel.px} x2={sel.px} y1={sel.py + sel.r + 4} y2={h} />}
            {sel.py >= 0 && sel.py <= h && <line x1={0} x2={sel.px - sel.r - 4} y1={sel.py} y2={sel.py} />}
          </g>
          <circle cx={sel.px} cy={sel.py} r={sel.r + 4} fill="none" stroke={theme.background} strokeWidth={4.5} opacity={0.85} />
          <circle cx={sel.px} cy={sel.py} r={sel.r + 4} fill="none" stroke={theme.focus} strokeWidth={2} />
          {sel.px >= 0 && sel.px <= w && <Badge cx={sel.px} cy={h + 14} text={formatNumber(sel.x)} anchor="middle" theme={theme} />}
          {sel.py >= 0 && sel.py <= h && <Badge cx={-6} cy={sel.py} text={formatNumber(sel.y)} anchor="end" theme={theme} />}
        </g>
      )}
      {lit && <HoverRing p={lit} theme={theme} testId="scatter-highlight" />}
      {hov && <HoverRing p={hov} theme={theme} testId="scatter-hover" />}
    </g>
  );
}
