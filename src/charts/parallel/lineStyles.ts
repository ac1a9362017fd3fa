/**
 * How each line looks. Colours come from the scatter's point styles (front / rank / group, and the
 * same grouping of rows by style in draw order: faint, then dominated, then the front on top); lines
 * get their own widths and opacities, because lines overlap far more than points do.
 */
import { color as d3color } from 'd3';
import { buildPointStyles, type StyledPoints } from '../pointStyles';
import type { ChartTheme } from '../theme';
import type { ScatterColor } from '../types';

export interface LineStyle {
  stroke: string;
  width: number;
  layer: 1 | 2 | 3;
}

export interface StyledLines {
  /** Rows grouped by style in draw order (see buildPointStyles). */
  rows: StyledPoints;
  styles: LineStyle[];
  /** Drawn under front lines so they stand out where lines cross; null when the front is crowded. */
  halo: { stroke: string; width: number } | null;
}

/** Opacity of dominated lines: 60 lines read one by one, 100,000 only as a density. */
export function lineAlpha(count: number, colored: boolean): number {
  const a = 0.6 * Math.pow(60 / Math.max(count, 1), 0.35) * (colored ? 1.25 : 1);
  return Math.max(0.035, Math.min(colored ? 0.75 : 0.6, a));
}

/** Front line width: bold while there are few front rows, thinner when they are many. */
export function frontWidth(frontCount: number): number {
  return frontCount <= 60 ? 2 : frontCount <= 300 ? 1.6 : frontCount <= 3000 ? 1.3 : 1.1;
}

/**
 * Opacity of front lines: opaque while they can be followed one by one. With many objectives most rows
 * can be on the front, and hundreds of opaque lines would paint one solid block.
 */
export function frontAlpha(frontCount: number): number {
  return Math.max(0.06, Math.min(1, Math.pow(60 / Math.max(frontCount, 1), 0.45)));
}

const HALO_MAX = 150;

function recolor(css: string | null, alpha: number): string {
  const c = d3color(css ?? '#888');
  return c ? c.copy({ opacity: alpha }).formatRgb() : (css ?? '#888');
}

let zeros = new Float64Array(0);

export function buildLineStyles(status: Uint8Array, color: ScatterColor, theme: ChartTheme): StyledLines {
  // Point styles filter rows by their (x, y); lines have no such pair, so every row passes.
  if (zeros.length < status.length) zeros = new Float64Array(status.length);
  const z = zeros.subarray(0, status.length);
  const rows = buildPointStyles(z, z, status, color, theme);
  const colored = color.mode !== 'front';
  const drawn = rows.count;
  const frontCount = rows.offsets[rows.styles.length] - rows.offsets[rows.frontStart];
  const alpha = lineAlpha(drawn, colored);
  const fw = frontWidth(frontCount);
  const styles = rows.styles.map((s): LineStyle => {
    if (s.layer === 1) return { stroke: recolor(theme.faint, Math.max(0.05, alpha * 0.6)), width: 1, layer: 1 };
    if (s.layer === 2) return { stroke: recolor(s.fill, alpha), width: drawn <= 1000 ? 1.1 : 0.9, layer: 2 };
    return { stroke: recolor(s.fill, frontAlpha(frontCount)), width: fw, layer: 3 };
  });
  const halo = frontCount > 0 && frontCount <= HALO_MAX ? { stroke: recolor(theme.background, 0.75), width: fw + 2 } : null;
  return { rows, styles, halo };
}
