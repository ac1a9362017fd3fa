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
export const BOTTOM_MARGIN = 50;
export const RIGHT_MARGIN = 18;
/** Tick length + gap before the label. */
export const TICK_PAD = 8;
/** Room for the rotated y title. */
export const Y_TITLE_BAND = 26;

export function plotHeightOf(height: number, legend = false): number {
  return Math.max(0, height - (legend ? TOP_MARGIN_LEGEND : TOP_MARGIN) - BOTTOM_MARGIN);
}

export function computeLayout(width: number, height: number, yTickLabels: readonly string[], legend = false): Layout {
  const widest = yTickLabels.reduce((w, t) => Math.max(w, textWidth(t)), 0);
  // Leave a little slack: zooming in can add a digit to the labels.
  const left = Math.ceil(Y_TITLE_BAND + TICK_PAD + Math.max(widest + 6, 24));
  const margin = { top: legend ? TOP_MARGIN_LEGEND : TOP_MARGIN, right: RIGHT_MARGIN, bottom: BOTTOM_MARGIN, left };
  return {
    width,
    height,
    margin,
    plotWidth: Math.max(0, width - left - RIGHT_MARGIN),
    plotHeight: plotHeightOf(height, legend),
  };
}
