/**
 * Where the plot sits inside the chart: margins for tick labels, axis titles and the legend row.
 * The left margin follows the widest y tick label so long labels never clip.
 */
export const FONT_FAMILY = `ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
export const TICK_FONT = `11px ${FONT_FAMILY}`;
export const TICK_FONT_SIZE = 11;
export const TITLE_FONT_SIZE = 12.5;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Layout {
  width: number;
  height: number;
  margin: Margins;
  /** Plot area in CSS pixels. */
  plotWidth: number;
  plotHeight: number;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;

/** Text width in CSS pixels at the tick font (an estimate where there is no canvas, e.g. in jsdom). */
export function textWidth(text: string, font = TICK_FONT): number {
  if (measureCtx === undefined) {
    try {
      measureCtx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    } catch {
      measureCtx = null;
    }
  }
  if (!measureCtx) return text.length * 6.4;
  measureCtx.font = font;
  return measureCtx.measureText(text).width;
}

/** Room above the plot: enough for the top tick label, or for the legend row when there is one. */
export const TOP_MARGIN = 14;
export const TOP_MARGIN_LEGEND = 32;
/** Each further row of keys above the plot (a wrapped layer key under the deciding key). */
export const HEADER_ROW = 20;
export const BOTTOM_MARGIN = 50;
export const RIGHT_MARGIN = 18;
/** Tick length + gap before the label. */
export const TICK_PAD = 8;
/** Room for the rotated y title. */
export const Y_TITLE_BAND = 26;

/** Rows of keys above the plot: `true` is one row (the legend), a number counts them. */
export type HeaderRows = boolean | number;

function rowCount(rows: HeaderRows): number {
  return rows === true ? 1 : rows === false ? 0 : Math.max(0, Math.floor(rows));
}

/** The top margin for this many rows of keys. */
export function topMargin(rows: HeaderRows): number {
  const n = rowCount(rows);
  return n === 0 ? TOP_MARGIN : TOP_MARGIN_LEGEND + (n - 1) * HEADER_ROW;
}

/** Vertical centre of key row `i` (0 = the top row), in chart coordinates. */
export function headerRowCentre(i: number): number {
  return TOP_MARGIN_LEGEND / 2 + i * HEADER_ROW;
}

export function plotHeightOf(height: number, legend: HeaderRows = false): number {
  return Math.max(0, height - topMargin(legend) - BOTTOM_MARGIN);
}

/** The left margin: the rotated y title, the ticks and the widest y tick label. */
export function leftMargin(yTickLabels: readonly string[]): number {
  const widest = yTickLabels.reduce((w, t) => Math.max(w, textWidth(t)), 0);
  // Leave a little slack: zooming in can add a digit to the labels.
  return Math.ceil(Y_TITLE_BAND + TICK_PAD + Math.max(widest + 6, 24));
}

export function computeLayout(width: number, height: number, yTickLabels: readonly string[], legend: HeaderRows = false): Layout {
  const left = leftMargin(yTickLabels);
  const margin = { top: topMargin(legend), right: RIGHT_MARGIN, bottom: BOTTOM_MARGIN, left };
  return {
    width,
    height,
    margin,
    plotWidth: Math.max(0, width - left - RIGHT_MARGIN),
    plotHeight: plotHeightOf(height, legend),
  };
}
