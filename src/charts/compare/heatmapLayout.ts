/**
 * The heatmap's geometry and colours as pure functions, shared by the chart on screen (Heatmap.tsx) and
 * its standalone SVG export (exportHeatmap.ts), so a downloaded figure is laid out like the screen:
 * label columns, square cells between 24 and 64 px, column labels flat when they fit and slanted at
 * 45° when they do not, the sequential ramp and the ink that reads on each cell.
 */
import { hcl, interpolateLab, piecewise, scaleSequential } from 'd3';

export interface HeatmapLabel {
  key: string;
  label: string;
  /** A swatch next to the label. */
  color?: string;
}

/** Sequential ramps, low to high: pale to deep blue on light, dark to pale blue on dark. */
export const HEATMAP_RAMP = {
  light: ['#f4f8fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  dark: ['#1b2535', '#1d4a6e', '#2f7fb5', '#7cc0e8', '#d4eeff'],
} as const;

/** Label text size in px (the cells' own numbers shrink to 9.5 px in small cells). */
export const HEATMAP_FONT_SIZE = 11;
const MAX_LABEL = 150;
const SLANT = Math.SQRT1_2;

/** How wide a label is and how to shorten one to a width: measured on screen, estimated from font metrics in an export. */
export interface HeatmapMetrics {
  width: (text: string) => number;
  truncate: (text: string, px: number) => string;
}

const CHAR = 6.4; // ≈ width of a character at 11px

/** The screen's estimate: a fixed width per character. */
export const SCREEN_METRICS: HeatmapMetrics = {
  width: (text) => text.length * CHAR,
  truncate: (text, px) => {
    const n = Math.max(2, Math.floor(px / CHAR));
    return text.length <= n ? text : `${text.slice(0, n - 1)}…`;
  },
};

export function defaultCellFormat(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (v === 0 || v === 1) return String(v);
  return v.toFixed(2);
}

export interface HeatmapLayout {
  /** Width of the row-label column (swatch included); the cells start here. */
  rowLabelW: number;
  /** Room for the row swatch (0 without colours). */
  swatch: number;
  /** Whether the column labels sit flat over their cells (else slanted at 45°). */
  flat: boolean;
  /** Side of a cell. */
  cell: number;
  /** Height of the column-label band; the cells start here. */
  headerH: number;
  /** Width and height of the whole drawing (labels, cells, room for slanted labels). */
  width: number;
  height: number;
  /** Size of the numbers in the cells. */
  fontSize: number;
  /** A row label as drawn (shortened to its column). */
  rowText: (label: string) => string;
  /** A column label as drawn (shortened to its cell when flat). */
  colText: (label: string) => string;
}

/** The heatmap's geometry for `rows` × `cols` in `width` px (480 when unknown). */
export function heatmapLayout(rows: readonly HeatmapLabel[], cols: readonly HeatmapLabel[], width: number, metrics: HeatmapMetrics = SCREEN_METRICS): HeatmapLayout {
  const m = rows.length;
  const n = cols.length;
  const swatch = rows.some((r) => r.color) ? 18 : 0;
  const rowLabelW = Math.min(MAX_LABEL, Math.max(40, Math.max(0, ...rows.map((r) => metrics.width(r.label))) + swatch + 8));
  const colLabelLen = Math.min(MAX_LABEL, Math.max(0, ...cols.map((c) => metrics.width(c.label))));
  // Slanted labels reach past the last column: keep room for them on the right.
  const slantPad = Math.ceil(colLabelLen * SLANT) + 4;
  const fitCell = (pad: number) => Math.max(24, Math.min(64, Math.floor(((width || 480) - rowLabelW - pad) / Math.max(1, n))));
  const flat = colLabelLen <= fitCell(4) - 4;
  const cell = flat ? fitCell(4) : fitCell(slantPad);
  const headerH = flat ? 22 : Math.ceil(colLabelLen * SLANT) + 18;
  const rightPad = flat ? 4 : Math.max(4, slantPad - Math.floor(cell / 2));
  return {
    rowLabelW,
    swatch,
    flat,
    cell,
    headerH,
    width: rowLabelW + n * cell + rightPad,
    height: headerH + m * cell + 2,
    fontSize: cell < 34 ? 9.5 : 11,
    rowText: (label) => metrics.truncate(label, rowLabelW - swatch - 6),
    colText: (label) => metrics.truncate(label, flat ? cell - 4 : MAX_LABEL),
  };
}

/** The colour of a value on the theme's ramp over `domain` (clamped). */
export function heatmapColor(dark: boolean, domain: readonly [number, number] = [0, 1]): (v: number) => string {
  return scaleSequential(piecewise(interpolateLab, [...HEATMAP_RAMP[dark ? 'dark' : 'light']]))
    .domain([domain[0], domain[1]])
    .clamp(true);
}

/** The stops of the colour key, low to high. */
export function heatmapKeyStops(color: (v: number) => string, domain: readonly [number, number] = [0, 1]): string[] {
  return [0, 0.25, 0.5, 0.75, 1].map((t) => color(domain[0] + t * (domain[1] - domain[0])));
}

/** A cell's fill and the ink of its number: dark on pale cells, light on deep ones, muted where there is no value. */
export function heatmapCell(v: number, color: (v: number) => string, mutedInk: string): { fill: string | null; ink: string } {
  if (Number.isNaN(v)) return { fill: null, ink: mutedInk };
  const fill = color(v);
  return { fill, ink: hcl(fill).l > 58 ? '#0f172a' : '#f8fafc' };
}
