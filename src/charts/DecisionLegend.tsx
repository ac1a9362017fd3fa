/**
 * A one-line key to the deciding marks, in the row above the plot: best, equal score, knee, front
 * points no weighted sum can pick, the reference point, and the Shift-drag filter. Each entry says
 * in full what it means on hover (and to screen readers).
 */
import type { ReactNode } from 'react';
import { starPath } from './DecisionMarks';
import { KNEE_DEFINITION, type DecisionColors } from './decisionTheme';
import { FONT_FAMILY, textWidth } from './layout';
import type { ChartTheme } from './theme';

export interface DecisionLegendItems {
  best: string | null;
  levelSet: 'line' | 'corner' | null;
  knee: boolean;
  unsupported: number;
  reference: boolean;
  brush: boolean;
}

interface DecisionLegendProps {
  items: DecisionLegendItems;
  colors: DecisionColors;
  theme: ChartTheme;
  left: number;
  height: number;
  /** Room for the key (CSS px): entries that do not fit are left to screen readers. */
  width: number;
}

interface Entry {
  id: string;
  text: string;
  title: string;
  swatch: ReactNode;
}

const FONT = `11px ${FONT_FAMILY}`;
const GAP = 12;
const SWATCH = 14;

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width={SWATCH} height={SWATCH} viewBox="0 0 14 14" aria-hidden="true" className="shrink-0">
      {children}
    </svg>
  );
}

function entries(items: DecisionLegendItems, colors: DecisionColors, theme: ChartTheme): Entry[] {
  const { best, levelSet, knee, unsupported, reference, brush } = items;
  const out: Entry[] = [];
  if (best !== null)
    out.push({
      id: 'best',
      text: 'best',
      title: `Best under the current weights: ${best}`,
      swatch: <path d={starPath(7, 7.5, 6.5)} fill={colors.accent} />,
    });
  if (levelSet)
    out.push({
      id: 'level-set',
      text: 'equal score',
      title:
        levelSet === 'line'
          ? 'Equal score: every point on this line scores the same as the best one under the weighted sum; a point on its better side would score better, and there is none'
          : 'Equal score: every point on this corner scores the same as the best one (the worst weighted objective decides); a point inside the corner would score better, and there is none',
      swatch: <path d="M1 7h12" stroke={colors.accent} strokeWidth={1.6} strokeDasharray="4 2" />,
    });
  if (knee)
    out.push({
      id: 'knee',
      text: 'knee',
      title: KNEE_DEFINITION,
      swatch: <circle cx={7} cy={7} r={5} fill="none" stroke={colors.mark} strokeWidth={1.4} />,
    });
  if (unsupported > 0)
    out.push({
      id: 'unsupported',
      text: `no weighted sum (${unsupported})`,
      title: `${unsupported} front point${unsupported === 1 ? '' : 's'} that no weighted sum can pick: ${unsupported === 1 ? 'it is' : 'they are'} not on the convex hull of the front, whatever the weights`,
      swatch: (
        <>
          <path d="M7 2l5 5-5 5-5-5z" fill="none" stroke={colors.mark} strokeWidth={1.2} />
          <circle cx={7} cy={7} r={2} fill={theme.front} />
        </>
      ),
    });
  if (reference)
    out.push({
      id: 'reference',
      text: 'reference',
      title: 'Reference point: drag it, or focus it with Tab and move it with the arrow keys',
      swatch: (
        <>
          <circle cx={7} cy={7} r={4.5} fill={colors.accent} fillOpacity={0.18} stroke={colors.accent} strokeWidth={1.4} />
          <path d="M7 0.5v3M7 10.5v3M0.5 7h3M10.5 7h3" stroke={colors.accent} strokeWidth={1.3} />
        </>
      ),
    });
  if (brush)
    out.push({
      id: 'brush',
      text: 'Shift + drag: keep a rectangle',
      title: 'Hold Shift and drag on the chart to keep only the rows inside a rectangle (it adds constraints); plain drag pans',
      swatch: null,
    });
  return out;
}

function entryWidth(e: Entry): number {
  return (e.swatch ? SWATCH + 4 : 0) + textWidth(e.text, FONT) + GAP;
}

export function DecisionLegend({ items, colors, theme, left, height, width }: DecisionLegendProps) {
  const list = entries(items, colors, theme);
  let used = 0;
  const fits = list.map((e) => {
    used += entryWidth(e);
    return used - GAP <= width;
  });
  return (
    <ul
      data-testid="decision-legend"
      aria-label="Marks on the chart"
      className="absolute top-0 flex items-center gap-x-3 text-[11px] whitespace-nowrap text-slate-500 dark:text-slate-400"
      style={{ left, height, width: Math.max(0, width) }}
    >
      {list.map((e, i) => (
        <li key={e.id} className={fits[i] ? 'inline-flex shrink-0 items-center gap-1' : 'sr-only'} title={e.title} data-testid={`legend-${e.id}`}>
          {e.swatch && <Swatch>{e.swatch}</Swatch>}
          <span aria-hidden="true">{e.text}</span>
          <span className="sr-only">{e.title}</span>
        </li>
      ))}
    </ul>
  );
}
