/**
 * A square-cell heatmap for a matrix of values in a known range (coverage: 0..1): row labels on the
 * left, column labels on top (slanted when they do not fit), each cell coloured on a sequential scale
 * that reads in the light and the dark theme, with its value printed in a contrasting colour. A visually
 * hidden table repeats the numbers for screen readers.
 */
import { useMemo, useRef } from 'react';
import { useChartTheme } from '../useChartTheme';
import { useElementSize } from '../useElementSize';
import { defaultCellFormat, heatmapCell, heatmapColor, heatmapKeyStops, heatmapLayout, type HeatmapLabel } from './heatmapLayout';

export { defaultCellFormat, HEATMAP_RAMP, type HeatmapLabel } from './heatmapLayout';

export interface HeatmapProps {
  rows: HeatmapLabel[];
  cols: HeatmapLabel[];
  /** Row-major: values[i * cols.length + j]; NaN = no value. */
  values: ArrayLike<number>;
  /** Colour scale domain, low to high. Default [0, 1]. */
  domain?: [number, number];
  /** Text in a cell; default two decimals, "—" for NaN. */
  format?: (v: number) => string;
  /** Hover text of a cell. */
  cellTitle?: (i: number, j: number, v: number) => string;
  /** Extra attributes on each cell's <g> (test ids, data-*). */
  cellAttributes?: (i: number, j: number, v: number) => Record<string, string>;
  /** Short header of the row labels and of the column labels (e.g. "A", "B"), for the table copy and the corner. */
  rowHeader?: string;
  colHeader?: string;
  ariaLabel: string;
  /** Texts at the low and high ends of a colour key under the cells; no key without it. */
  legend?: [string, string];
}

export function Heatmap({ rows, cols, values, domain = [0, 1], format = defaultCellFormat, cellTitle, cellAttributes, rowHeader = '', colHeader = '', ariaLabel, legend }: HeatmapProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const theme = useChartTheme(wrap);
  const { width } = useElementSize(wrap);
  const color = useMemo(() => heatmapColor(theme.dark, domain), [theme.dark, domain[0], domain[1]]); // eslint-disable-line react-hooks/exhaustive-deps
  const n = cols.length;
  const { rowLabelW, swatch, flat, cell, headerH, width: svgW, height: svgH, fontSize, rowText, colText } = heatmapLayout(rows, cols, width);

  return (
    <div ref={wrap} className="w-full overflow-x-auto">
      <svg width={svgW} height={svgH} role="img" aria-label={ariaLabel} className="block select-none" style={{ fontSize: 11 }}>
        {rowHeader && colHeader && (
          <text x={rowLabelW - 6} y={headerH - 6} textAnchor="end" fill={theme.textMuted} fontSize={10}>
            {rowHeader} ╲ {colHeader}
          </text>
        )}
        {cols.map((c, j) => {
          const cx = rowLabelW + j * cell + cell / 2;
          return (
            <g key={c.key}>
              <title>{c.label}</title>
              {c.color && <rect x={cx - cell / 2 + 1} y={headerH - 4} width={cell - 2} height={3} rx={1} fill={c.color} />}
              <text transform={flat ? `translate(${cx},${headerH - 8})` : `translate(${cx},${headerH - 8}) rotate(-45)`} textAnchor={flat ? 'middle' : 'start'} fill={theme.text}>
                {colText(c.label)}
              </text>
            </g>
          );
        })}
        {rows.map((r, i) => (
          <g key={r.key} transform={`translate(0,${headerH + i * cell + cell / 2})`}>
            <title>{r.label}</title>
            {r.color && <circle cx={rowLabelW - 9} cy={0} r={3.5} fill={r.color} />}
            <text x={rowLabelW - swatch - 4} dy="0.35em" textAnchor="end" fill={theme.text}>
              {rowText(r.label)}
            </text>
          </g>
        ))}
        {rows.map((r, i) =>
          cols.map((c, j) => {
            const v = values[i * n + j];
            const { fill, ink } = heatmapCell(v, color, theme.textMuted);
            return (
              <g key={`${r.key}\u0000${c.key}`} transform={`translate(${rowLabelW + j * cell},${headerH + i * cell})`} {...cellAttributes?.(i, j, v)}>
                <title>{cellTitle ? cellTitle(i, j, v) : `${r.label}, ${c.label}: ${format(v)}`}</title>
                <rect x={0.5} y={0.5} width={cell - 1} height={cell - 1} rx={2} fill={fill ?? 'transparent'} stroke={Number.isNaN(v) ? theme.grid : 'none'} strokeDasharray={Number.isNaN(v) ? '3 2' : undefined} />
                <text x={cell / 2} y={cell / 2} dy="0.35em" textAnchor="middle" fill={ink} fontSize={fontSize} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {format(v)}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      {legend && (
        <div className="mt-2 flex items-center gap-2 text-[11px] whitespace-nowrap" style={{ color: theme.textMuted, paddingLeft: rowLabelW }} aria-hidden="true">
          <span>{legend[0]}</span>
          <span className="h-2 w-28 rounded-sm" style={{ background: `linear-gradient(to right, ${heatmapKeyStops(color, domain).join(', ')})` }} />
          <span>{legend[1]}</span>
        </div>
      )}
      <table className="sr-only">
        <caption>{ariaLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader ? `${rowHeader} \\ ${colHeader}` : ''}</th>
            {cols.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {cols.map((c, j) => (
                <td key={c.key}>{format(values[i * n + j])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
