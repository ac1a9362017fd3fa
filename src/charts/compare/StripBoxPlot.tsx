/**
 * One horizontal row per group on a shared linear x axis: a box (quartiles, median line, whiskers to
 * the extremes) with every observation drawn over it as a dot, jittered vertically by its index so the
 * same data always draws the same way.
 */
import { useRef } from 'react';
import { useChartTheme } from '../useChartTheme';
import { useElementSize } from '../useElementSize';
import { stripLayout, type StripPoint, type StripRow } from './stripLayout';

export { jitter, type StripPoint, type StripRow } from './stripLayout';

export interface StripBoxPlotProps {
  rows: StripRow[];
  /** Axis title, e.g. "Hypervolume". */
  xLabel: string;
  ariaLabel: string;
  /** Extra attributes on each dot (test ids). */
  dotAttributes?: Record<string, string>;
  /** The emphasized dot (row key and point index): drawn larger, ringed, on top; `data-picked` on it. */
  picked?: { row: string; index: number } | null;
  /** Makes the dots clickable (row key and point index); clicking also focuses the dot. */
  onPoint?: (row: string, index: number) => void;
}

export function StripBoxPlot({ rows, xLabel, ariaLabel, dotAttributes, picked = null, onPoint }: StripBoxPlotProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const theme = useChartTheme(wrap);
  const { width: measured } = useElementSize(wrap);
  const layout = stripLayout(rows, measured || 520);
  const { width, height, labelW, right, plotBottom, x, ticks, boxH } = layout;

  return (
    <div ref={wrap} className="w-full">
      <svg width={width} height={height} role="img" aria-label={ariaLabel} className="block" style={{ fontSize: 11 }}>
        {ticks.major.map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={2} y2={plotBottom} stroke={theme.grid} />
            <line y1={plotBottom} y2={plotBottom + 4} stroke={theme.axis} />
            <text y={plotBottom + 15} textAnchor="middle" fill={theme.textMuted} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {ticks.format(t)}
            </text>
          </g>
        ))}
        <line x1={labelW} x2={width - right} y1={plotBottom} y2={plotBottom} stroke={theme.axis} />
        <text x={(labelW + width - right) / 2} y={height - 4} textAnchor="middle" fill={theme.text}>
          {xLabel}
        </text>
        {rows.map((r, i) => {
          const { cy, text, stats: s } = layout.rows[i];
          return (
            <g key={r.key} data-row={r.key}>
              <title>{r.label}</title>
              <circle cx={labelW - 12} cy={cy} r={4} fill={r.color} />
              <text x={labelW - 20} y={cy} dy="0.35em" textAnchor="end" fill={theme.text}>
                {text}
              </text>
              {s.n > 0 && (
                <g stroke={theme.textMuted} strokeWidth={1}>
                  <line x1={x(s.min)} x2={x(s.q1)} y1={cy} y2={cy} />
                  <line x1={x(s.q3)} x2={x(s.max)} y1={cy} y2={cy} />
                  <line x1={x(s.min)} x2={x(s.min)} y1={cy - boxH / 4} y2={cy + boxH / 4} />
                  <line x1={x(s.max)} x2={x(s.max)} y1={cy - boxH / 4} y2={cy + boxH / 4} />
                  <rect x={x(s.q1)} y={cy - boxH / 2} width={Math.max(1, x(s.q3) - x(s.q1))} height={boxH} fill={r.color} fillOpacity={0.18} stroke={r.color} />
                  <line x1={x(s.median)} x2={x(s.median)} y1={cy - boxH / 2} y2={cy + boxH / 2} stroke={r.color} strokeWidth={2.5} />
                </g>
              )}
              {pickedLast(r, picked).map((p) => {
                if (!Number.isFinite(p.value)) return null;
                const on = picked !== null && picked.row === r.key && picked.index === p.index;
                return (
                  <circle
                    key={p.index}
                    {...dotAttributes}
                    data-picked={on ? 'true' : undefined}
                    cx={x(p.value)}
                    cy={layout.dotY(cy, p.index)}
                    r={on ? 5.5 : 3}
                    fill={r.color}
                    stroke={on ? theme.text : theme.background}
                    strokeWidth={on ? 2 : 1}
                    fillOpacity={on ? 1 : 0.9}
                    // Focusable by click only (tabIndex -1), so Escape reaches the panel; the keyboard path is the panel's own.
                    tabIndex={onPoint ? -1 : undefined}
                    style={onPoint ? { cursor: 'pointer', outline: 'none' } : undefined}
                    onClick={onPoint ? () => onPoint(r.key, p.index) : undefined}
                  >
                    <title>{p.title}</title>
                  </circle>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** The row's points with the picked one moved to the end, so it draws over its neighbours. */
function pickedLast(row: StripRow, picked: { row: string; index: number } | null): StripPoint[] {
  if (picked === null || picked.row !== row.key) return row.points;
  const at = row.points.findIndex((p) => p.index === picked.index);
  if (at < 0) return row.points;
  return [...row.points.slice(0, at), ...row.points.slice(at + 1), row.points[at]];
}
