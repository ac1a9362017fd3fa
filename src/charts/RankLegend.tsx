import { memo } from 'react';
import { FONT_FAMILY, textWidth } from './layout';
import { rankColors } from './palette';
import type { ChartTheme } from './theme';

interface RankLegendProps {
  maxRank: number;
  theme: ChartTheme;
  /** Right edge and vertical centre, in chart coordinates. */
  right: number;
  cy: number;
}

const SWATCH = 11;
const FONT = 10.5;

/** Width the rank legend takes (CSS px), ending at its right edge. */
export function rankLegendWidth(maxRank: number, theme: ChartTheme): number {
  const swatches = rankColors(Math.max(1, maxRank), theme.rankStops).length * SWATCH;
  const font = `${FONT}px ${FONT_FAMILY}`;
  const last = maxRank > 1 ? textWidth(`rank ${Math.max(1, maxRank)}`, font) + 6 : 0;
  return textWidth('rank 1', font) + 6 + swatches + last;
}

/** A compact key for rank colouring: "rank 1 ▮▮▮▮▮ rank N". */
export const RankLegend = memo(function RankLegend({ maxRank, theme, right, cy }: RankLegendProps) {
  const colours = rankColors(Math.max(1, maxRank), theme.rankStops);
  const last = `rank ${Math.max(1, maxRank)}`;
  const lastWidth = maxRank > 1 ? textWidth(last, `${FONT}px ${FONT_FAMILY}`) : 0;
  const barRight = right - lastWidth - 6;
  const barLeft = barRight - colours.length * SWATCH;
  return (
    <g data-testid="scatter-rank-legend" aria-label={`Colour by Pareto rank, rank 1 to ${maxRank}`} role="img">
      <text x={barLeft - 6} y={cy} textAnchor="end" dominantBaseline="central" fontSize={FONT} fill={theme.textMuted}>
        rank 1
      </text>
      {colours.map((c, i) => (
        <rect key={i} x={barLeft + i * SWATCH} y={cy - 4.5} width={SWATCH - 1} height={9} rx={1.5} fill={c} />
      ))}
      {maxRank > 1 && (
        <text x={right} y={cy} textAnchor="end" dominantBaseline="central" fontSize={FONT} fill={theme.textMuted}>
          {last}
        </text>
      )}
    </g>
  );
});
