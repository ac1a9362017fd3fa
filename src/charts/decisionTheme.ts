/**
 * Colours of the deciding overlays. The accent (best point, equal-score line, reference point) is a
 * blue that stands apart from the orange front in both themes; `--ps-chart-accent` on the chart or an
 * ancestor overrides it, like the other `--ps-chart-*` colours.
 */
import type { ChartTheme } from './theme';

export interface DecisionColors {
  accent: string;
  /** Knee ring and the marks of front points no weighted sum can pick. */
  mark: string;
}

export const LIGHT_ACCENT = '#0369a1';
export const DARK_ACCENT = '#38bdf8';

export function decisionColors(theme: ChartTheme, el?: Element | null): DecisionColors {
  let accent = theme.dark ? DARK_ACCENT : LIGHT_ACCENT;
  if (el && typeof getComputedStyle !== 'undefined') {
    const v = getComputedStyle(el).getPropertyValue('--ps-chart-accent').trim();
    if (v) accent = v;
  }
  return { accent, mark: theme.text };
}

/** The knee's definition, as the chart's hover text and legend say it. */
export const KNEE_DEFINITION =
  'Knee: the front point farthest from the line through the extreme points, after normalizing each objective to [0, 1]';
