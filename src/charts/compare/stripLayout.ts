/**
 * The strip-and-box plot's geometry as a pure function, shared by the chart on screen (StripBoxPlot.tsx)
 * and its standalone SVG export (exportStripBox.ts): the label column, one row band per group, the
 * shared nice x scale and its ticks, each row's box statistics and the dots' vertical jitter.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { linearTicks, tickCount, type AxisTicks } from '../ticks';
import { boxStats, type BoxStats } from './boxStats';

export interface StripPoint {
  value: number;
  /** Stable index for the jitter (e.g. the run index). */
  index: number;
  /** Hover text, e.g. "run 3: 1.234e6". */
  title: string;
}

export interface StripRow {
  key: string;
  label: string;
  color: string;
  points: StripPoint[];
}

/** Height of a group's row band, and of the x axis (ticks, labels, title) under the rows. */
export const STRIP_ROW = 30;
export const STRIP_AXIS = 38;
const CHAR = 6.4; // ≈ width of a character at 11px

/** How wide a label is and how to shorten one to a width: estimated per character on screen, from font metrics in an export. */
export interface StripMetrics {
  width: (text: string) => number;
  truncate: (text: string, px: number) => string;
}

export const STRIP_SCREEN_METRICS: StripMetrics = {
  width: (text) => text.length * CHAR,
  truncate: (text, px) => (text.length * CHAR > px ? `${text.slice(0, Math.max(2, Math.floor(px / CHAR) - 1))}…` : text),
};

/** Vertical offset in [-0.5, 0.5) for observation `index`: golden-ratio steps, so neighbours spread. */
export function jitter(index: number): number {
  const t = (index * 0.6180339887498949) % 1;
  return t - 0.5;
}

export interface StripLayout {
  width: number;
  height: number;
  /** The plot runs from x = labelW to x = width − right. */
  labelW: number;
  right: number;
  /** The x axis line's y. */
  plotBottom: number;
  x: ScaleLinear<number, number>;
  ticks: AxisTicks;
  /** Height of a box; dots spread over 90% of it. */
  boxH: number;
  /** Per row: its centre line, its label as drawn, its five-number summary. */
  rows: { cy: number; text: string; stats: BoxStats }[];
  /** A dot's centre y in a row centred on `cy`. */
  dotY: (cy: number, index: number) => number;
}

/** The plot's geometry for `rows` in `width` px (at least 260). */
export function stripLayout(rows: readonly StripRow[], width: number, metrics: StripMetrics = STRIP_SCREEN_METRICS): StripLayout {
  const w = Math.max(260, width);
  const labelW = Math.min(150, Math.max(48, Math.max(0, ...rows.map((r) => metrics.width(r.label))) + 28));
  const right = 16;
  const height = rows.length * STRIP_ROW + STRIP_AXIS + 6;

  const all = rows.flatMap((r) => r.points.map((p) => p.value)).filter(Number.isFinite);
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const x = scaleLinear().domain([lo, hi]).nice().range([labelW, w - right]);
  const [d0, d1] = x.domain();
  const ticks = linearTicks(d0, d1, tickCount(w - labelW - right, 90));
  const boxH = STRIP_ROW * 0.56;
  return {
    width: w,
    height,
    labelW,
    right,
    plotBottom: rows.length * STRIP_ROW + 4,
    x,
    ticks,
    boxH,
    rows: rows.map((r, i) => ({
      cy: i * STRIP_ROW + STRIP_ROW / 2 + 2,
      text: metrics.truncate(r.label, labelW - 24),
      stats: boxStats(r.points.map((p) => p.value)),
    })),
    dotY: (cy, index) => cy + jitter(index) * boxH * 0.9,
  };
}
