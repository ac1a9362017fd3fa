/**
 * Where things go: a band on top for the axis titles (two lines) and the "better" hint, the axes
 * evenly spaced between margins wide enough for the first axis's tick labels on the left and half a
 * title on either end.
 */
import { FONT_FAMILY } from '../layout';

export const TITLE_SIZE = 12;
export const TITLE_WEIGHT = 600;
/** Titles are measured in the font they are drawn in, so that wrapping and truncation are exact. */
export const TITLE_FONT = `${TITLE_WEIGHT} ${TITLE_SIZE}px ${FONT_FAMILY}`;
export const TITLE_LINE = 14;
export const HINT_FONT_SIZE = 10;
export const HINT_FONT = `${HINT_FONT_SIZE}px ${FONT_FAMILY}`;
/** Two title lines, the hint, and a gap above the top of the axes. */
export const TOP = 60;
export const BOTTOM = 14;
/** Tick length + gap before a tick label. */
export const TICK_PAD = 7;
const MIN_SIDE = 18;
const MAX_TITLE = 170;

export interface ParallelLayout {
  width: number;
  height: number;
  /** Pixel y of the axes' ends. */
  top: number;
  bottom: number;
  /** Pixel x of each axis, left to right. */
  xs: number[];
  /** Distance between neighbouring axes (the whole width for a single axis). */
  spacing: number;
  /** Room for a title line. */
  titleWidth: number;
}

/**
 * @param firstLabels width of the widest tick label of the first axis (they sit left of it)
 */
export function computeParallelLayout(width: number, height: number, count: number, firstLabels: number): ParallelLayout {
  const top = TOP;
  const bottom = Math.max(top + 1, height - BOTTOM);
  if (count === 0) return { width, height, top, bottom, xs: [], spacing: width, titleWidth: 0 };
  // Titles are centred on their axis, so the end axes need half a title of room outside them.
  const estimate = count > 1 ? (width - 2 * MIN_SIDE) / (count - 1) : width - 2 * MIN_SIDE;
  const titleWidth = Math.max(40, Math.min(MAX_TITLE, estimate - 10));
  const left = Math.ceil(Math.max(firstLabels + TICK_PAD + 6, titleWidth / 2 + 2, MIN_SIDE));
  const right = Math.ceil(Math.max(titleWidth / 2 + 2, MIN_SIDE + 10));
  const inner = Math.max(0, width - left - right);
  const spacing = count > 1 ? inner / (count - 1) : inner;
  const xs = count > 1 ? Array.from({ length: count }, (_, i) => left + i * spacing) : [left + inner / 2];
  // With the real spacing known, a title may use all of it (less a gap), but no more than the margins allow.
  const fitted = Math.max(40, Math.min(MAX_TITLE, (count > 1 ? spacing : inner) - 10, 2 * Math.min(left, right) - 4));
  return { width, height, top, bottom, xs, spacing, titleWidth: fitted };
}
