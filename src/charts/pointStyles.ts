/**
 * How each point looks, decided once per data/colour/theme change: every drawable row gets a style
 * (status × colour), and rows are grouped by style in draw order (counting sort), so the draw loop
 * walks one contiguous run per style with no branching on colour and no allocation.
 */
import { color as d3color } from 'd3';
import { rankBucket, rankBucketCount, rankColors } from './palette';
import type { ChartTheme } from './theme';
import type { ScatterColor } from './types';

export interface PointStyle {
  /** Radius in CSS pixels. */
  radius: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  /** 1 faint, 2 dominated, 3 front: the staircase is drawn between layers 2 and 3. */
  layer: 1 | 2 | 3;
}

export interface StyledPoints {
  styles: PointStyle[];
  /** Style index per row; NOT_DRAWN for rows that are not drawn. */
  styleOf: Uint16Array;
  /** Drawable rows, grouped by style in draw order: style s owns order[offsets[s] .. offsets[s+1]). */
  order: Uint32Array;
  offsets: Uint32Array;
  /** First style of layer 3. */
  frontStart: number;
  /** Number of drawable rows. */
  count: number;
}

export const NOT_DRAWN = 0xffff;
/** Up to this many points, faint ones are drawn hollow. */
const SMALL = 5000;

/** Marker radii (CSS px) for a number of points: smaller as the cloud gets denser. */
export function markerSizes(count: number): { front: number; dominated: number; faint: number } {
  const decades = Math.log10(Math.max(count, 1)) - 2;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const dominated = clamp(3.2 - 0.62 * decades, 1.3, 3.2);
  return { front: clamp(4.6 - 0.4 * decades, 3.4, 4.6), dominated, faint: clamp(dominated * 0.95, 1.2, 3) };
}

/** Opacity of dominated points: overlapping translucent markers show where the cloud is dense. */
export function dominatedAlpha(count: number, colored: boolean): number {
  const decades = Math.max(0, Math.log10(Math.max(count, 1)) - 2);
  return Math.max(colored ? 0.3 : 0.18, (colored ? 0.85 : 0.6) - 0.17 * decades);
}

export function withAlpha(css: string, alpha: number): string {
  const c = d3color(css);
  return c ? c.copy({ opacity: (c.opacity ?? 1) * alpha }).formatRgb() : css;
}

/**
 * Colour slots in draw order (the first drawn first, so later slots sit on top) and the slot of a row.
 * Slot 0 is always "neutral" (no group / unranked).
 */
function colourSlots(color: ScatterColor, theme: ChartTheme): { colours: string[]; slotOf: (row: number) => number } {
  if (color.mode === 'rank') {
    const ramp = rankColors(color.maxRank, theme.rankStops);
    const k = rankBucketCount(color.maxRank);
    // Higher ranks first so that rank 1 is drawn on top.
    const colours = [theme.neutral, ...ramp.slice().reverse()];
    return { colours, slotOf: (row) => { const b = rankBucket(color.ranks[row] ?? 0, color.maxRank); return b < 0 ? 0 : k - b; } };
  }
  if (color.mode === 'group') {
    const k = color.names.length;
    const colours = [theme.neutral, ...Array.from({ length: k }, (_, g) => color.colors[g] ?? theme.neutral)];
    return { colours, slotOf: (row) => { const g = color.codes[row] ?? -1; return g >= 0 && g < k ? g + 1 : 0; } };
  }
  return { colours: [theme.front], slotOf: () => 0 };
}

/** 'muted': every point in one faint neutral tone, so that overlay layers carry the colour. */
export type BaseTone = 'normal' | 'muted';

/** Opacities of the muted tone: front points a little stronger, so the global front stays readable. */
export const MUTED_ALPHA = { faint: 0.22, dominated: 0.28, front: 0.5 } as const;

type Sizes = ReturnType<typeof markerSizes>;

/** One faint style, then `colours.length` dominated and as many front styles, slot by slot. */
function normalStyles(color: ScatterColor, colours: string[], count: number, size: Sizes, theme: ChartTheme): PointStyle[] {
  const alpha = dominatedAlpha(count, color.mode !== 'front');
  const styles: PointStyle[] = [
    count <= SMALL
      ? { radius: size.faint, fill: null, stroke: withAlpha(theme.faint, 0.75), strokeWidth: 1, layer: 1 }
      : { radius: size.faint, fill: withAlpha(theme.faint, 0.3), stroke: null, strokeWidth: 0, layer: 1 },
  ];
  for (const c of colours) {
    const fill = color.mode === 'front' ? theme.dominated : c;
    styles.push({ radius: size.dominated, fill: withAlpha(fill, alpha), stroke: null, strokeWidth: 0, layer: 2 });
  }
  for (const c of colours) {
    // Group colours alone do not say "front", so front points get a contrasting ring there.
    const ring = color.mode === 'group' ? theme.focus : theme.background;
    styles.push({ radius: size.front, fill: c, stroke: ring, strokeWidth: color.mode === 'group' ? 1.25 : 1, layer: 3 });
  }
  return styles;
}

/**
 * The muted styles: the same layers and slots as the normal ones (rows keep their style indices and
 * marker sizes, so hover and hit-testing are unchanged), all in the theme's muted text colour.
 */
function mutedStyles(k: number, count: number, size: Sizes, theme: ChartTheme): PointStyle[] {
  const tone = theme.textMuted;
  // Dense clouds still darken where they overlap, as in the normal tone.
  const dominated = MUTED_ALPHA.dominated * (dominatedAlpha(count, false) / dominatedAlpha(1, false));
  const styles: PointStyle[] = [
    count <= SMALL
      ? { radius: size.faint, fill: null, stroke: withAlpha(tone, MUTED_ALPHA.faint), strokeWidth: 1, layer: 1 }
      : { radius: size.faint, fill: withAlpha(tone, MUTED_ALPHA.faint * 0.5), stroke: null, strokeWidth: 0, layer: 1 },
  ];
  for (let s = 0; s < k; s++) styles.push({ radius: size.dominated, fill: withAlpha(tone, dominated), stroke: null, strokeWidth: 0, layer: 2 });
  for (let s = 0; s < k; s++) {
    styles.push({ radius: size.front, fill: withAlpha(tone, MUTED_ALPHA.front), stroke: theme.background, strokeWidth: 1, layer: 3 });
  }
  return styles;
}

export function buildPointStyles(
  ax: Float64Array,
  ay: Float64Array,
  status: Uint8Array,
  color: ScatterColor,
  theme: ChartTheme,
  tone: BaseTone = 'normal',
): StyledPoints {
  const n = Math.min(ax.length, ay.length, status.length);
  const { colours, slotOf } = colourSlots(color, theme);
  const k = colours.length;
  const frontStart = 1 + k;
  const nStyles = 1 + 2 * k;
  // Pass 1: the style of each row and the rows per style. Style indices do not depend on the count
  // (only the styles' looks do), so one pass does both.
  const styleOf = new Uint16Array(n);
  const counts = new Uint32Array(nStyles + 1);
  const single = color.mode === 'front';
  for (let i = 0; i < n; i++) {
    const st = status[i];
    let s = NOT_DRAWN;
    if (st !== 0 && st <= 3 && ax[i] === ax[i] && ay[i] === ay[i]) {
      s = st === 1 ? 0 : (st === 2 ? 1 : frontStart) + (single ? 0 : slotOf(i));
      counts[s + 1]++;
    }
    styleOf[i] = s;
  }
  const offsets = new Uint32Array(nStyles + 1);
  for (let s = 0; s < nStyles; s++) offsets[s + 1] = offsets[s] + counts[s + 1];
  const count = offsets[nStyles];
  const size = markerSizes(count);
  const styles = tone === 'muted' ? mutedStyles(k, count, size, theme) : normalStyles(color, colours, count, size, theme);
  // Pass 2: counting sort. Within a style rows stay in increasing order, so that the draw loop reads
  // the coordinate columns front to back.
  const order = new Uint32Array(count);
  const next = offsets.slice(0, nStyles);
  for (let i = 0; i < n; i++) {
    const s = styleOf[i];
    if (s !== NOT_DRAWN) order[next[s]++] = i;
  }
  return { styles, styleOf, order, offsets, frontStart, count };
}
