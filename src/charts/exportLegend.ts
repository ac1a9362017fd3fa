/**
 * The legend of an exported figure: what each mark means, in rows that wrap to the figure's width.
 * Front mode: front, dominated, the attainment surface, unranked rows. Rank mode: the rank ramp.
 * Group mode: the front ring and the group swatches (derived from the colour spec, or passed in).
 * Muted base (the overlay of group fronts): one neutral entry for the rows, then the labelled layers,
 * each with its line sample and its mark as the chart's layer key shows them.
 */
import { approxTextWidth, escapeXml, fitText, num } from './exportText';
import { paint } from './exportPoints';
import { CROSS_STROKE, DASH_ARRAY, DEFAULT_WIDTH, markPath, RING_STROKE, type LayerMark } from './layerGeometry';
import { rankColors } from './palette';
import { MUTED_ALPHA, NOT_DRAWN, dominatedAlpha, type BaseTone, type StyledPoints } from './pointStyles';
import type { ChartTheme } from './theme';
import type { ScatterColor, ScatterLayer } from './types';

/** A group swatch in the legend. */
export interface ExportLegendEntry {
  label: string;
  /** CSS colour. */
  color: string;
}

export type LegendMarker =
  | { kind: 'dot'; r: number; fill: string; fillOpacity?: number; stroke?: string; strokeWidth?: number }
  | { kind: 'ring'; r: number; stroke: string; strokeWidth: number }
  | { kind: 'line'; stroke: string; halo: string }
  | { kind: 'ramp'; colors: string[]; first: string; last: string }
  /** A comparison layer (or a parallel-coordinates line): a line sample and/or the layer's mark. */
  | { kind: 'layer'; color: string; width: number; dash?: string; round?: boolean; opacity?: number; line: boolean; mark: LayerMark | null; halo: string }
  /** A brushed range on a parallel axis: a small upright box. */
  | { kind: 'range'; color: string };

export interface LegendItem {
  label: string;
  /** null: a heading ("Provider") or a note ("+12 more"). */
  marker: LegendMarker | null;
  heading?: boolean;
}

export const LEGEND_FONT_SIZE = 11;
export const LEGEND_ROW = 17;
const MARK_W = 10;
const LINE_W = 18;
const LAYER_W = 22;
const GAP = 5;
const ITEM_GAP = 14;
const SWATCH = 9;
/** Group swatches listed before the rest are summed up as "+N more". */
export const MAX_GROUP_ENTRIES = 24;

export interface LegendSource {
  color: ScatterColor;
  status: Uint8Array;
  styled: StyledPoints;
  theme: ChartTheme;
  staircase: boolean;
  staircaseColor: string;
  legend?: ExportLegendEntry[];
  legendTitle?: string;
  /** 'muted': the rows are context in one neutral tone (the layers carry the colour). */
  tone?: BaseTone;
  /** Comparison layers drawn over the points; the labelled ones get entries, in order. */
  layers?: readonly ScatterLayer[];
  /** Other words for the base entries, where the statuses mean something else (e.g. a small-multiples panel). */
  labels?: LegendLabels;
}

/** Labels of the base entries (defaults: "Pareto front", "Dominated", "Attainment surface", "Unranked (missing value)"). */
export interface LegendLabels {
  front?: string;
  dominated?: string;
  staircase?: string;
  faint?: string;
}

/** Legend entries of the labelled layers, in order. */
export function layerItems(layers: readonly ScatterLayer[], theme: ChartTheme): LegendItem[] {
  return layers
    .filter((l) => l.label)
    .map((l) => {
      const dash = l.dash ?? 'solid';
      const line = (!!l.line && l.line.length > 1) || l.rows === undefined;
      return {
        label: l.label!,
        marker: {
          kind: 'layer',
          color: l.color,
          width: Math.min(3, l.width ?? DEFAULT_WIDTH),
          dash: DASH_ARRAY[dash],
          round: dash === 'dotted',
          opacity: Math.max(0, Math.min(1, l.opacity ?? 1)),
          line,
          mark: l.rows !== undefined ? (l.mark ?? 'dot') : null,
          halo: theme.background,
        },
      } satisfies LegendItem;
    });
}

/** Group swatches for the groups with drawn rows: most front rows first, then most rows, then in the order of `names`. */
export function groupEntries(color: Extract<ScatterColor, { mode: 'group' }>, status: Uint8Array, styled: StyledPoints): ExportLegendEntry[] {
  const k = color.names.length;
  const shown = new Uint32Array(k);
  const front = new Uint32Array(k);
  for (let i = 0; i < status.length; i++) {
    const g = color.codes[i];
    if (g === undefined || g < 0 || g >= k || styled.styleOf[i] === NOT_DRAWN) continue;
    shown[g]++;
    if (status[i] === 3) front[g]++;
  }
  return Array.from({ length: k }, (_, g) => g)
    .filter((g) => shown[g] > 0)
    .sort((a, b) => front[b] - front[a] || shown[b] - shown[a] || a - b)
    .map((g) => ({ label: color.names[g] || '(none)', color: color.colors[g] ?? '#999999' }));
}

/** The legend's items for a figure, in reading order. */
export function legendItems(src: LegendSource): LegendItem[] {
  const { color, styled, theme } = src;
  const layerCount = (layer: 1 | 2 | 3) =>
    styled.styles.reduce((n, st, s) => n + (st.layer === layer ? styled.offsets[s + 1] - styled.offsets[s] : 0), 0);
  const faint = layerCount(1) > 0;
  const items: LegendItem[] = [];
  const labels = src.labels ?? {};
  const layers = layerItems(src.layers ?? [], theme);
  const staircase: LegendItem[] = src.staircase ? [{ label: labels.staircase ?? 'Attainment surface', marker: { kind: 'line', stroke: src.staircaseColor, halo: theme.background } }] : [];
  const unranked: LegendItem[] = faint ? [{ label: labels.faint ?? 'Unranked (missing value)', marker: { kind: 'ring', r: 3.2, stroke: paint(theme.faint).color, strokeWidth: 1 } }] : [];

  if (src.tone === 'muted') {
    // The rows are context here: one neutral entry for them; the layers say what is compared.
    const ranked = layerCount(2) + layerCount(3) > 0;
    if (ranked) items.push({ label: labels.dominated ?? 'All rows', marker: { kind: 'dot', r: 3.5, fill: theme.textMuted, fillOpacity: MUTED_ALPHA.front } });
    if (faint) items.push({ label: labels.faint ?? 'Unranked (missing value)', marker: { kind: 'ring', r: 3.2, stroke: paint(theme.textMuted).color, strokeWidth: 1 } });
    items.push(...layers);
    return items;
  }
  if (color.mode === 'front') {
    const a = Math.max(0.5, dominatedAlpha(styled.count, false));
    items.push({ label: labels.front ?? 'Pareto front', marker: { kind: 'dot', r: 4.5, fill: theme.front } });
    if (layerCount(2) > 0) items.push({ label: labels.dominated ?? 'Dominated', marker: { kind: 'dot', r: 3.5, fill: theme.dominated, fillOpacity: a } });
    items.push(...staircase, ...unranked);
  } else if (color.mode === 'rank') {
    const maxRank = Math.max(1, color.maxRank);
    items.push({ label: 'Pareto rank', marker: { kind: 'ramp', colors: rankColors(maxRank, theme.rankStops), first: '1', last: String(maxRank) } });
    items.push(...staircase, ...unranked);
  } else {
    items.push({ label: labels.front ?? 'Pareto front (ringed)', marker: { kind: 'dot', r: 4.5, fill: theme.background, stroke: theme.focus, strokeWidth: 1.25 } });
    items.push(...staircase, ...unranked);
    const groups = src.legend ?? groupEntries(color, src.status, styled);
    if (groups.length > 0) {
      if (src.legendTitle) items.push({ label: src.legendTitle, marker: null, heading: true });
      const shown = groups.length > MAX_GROUP_ENTRIES ? groups.slice(0, MAX_GROUP_ENTRIES - 1) : groups;
      for (const g of shown) items.push({ label: g.label, marker: { kind: 'dot', r: 4, fill: g.color } });
      if (shown.length < groups.length) items.push({ label: `+${groups.length - shown.length} more`, marker: null });
    }
  }
  // Layers after the base entries but before the group swatches would split a heading from its groups: last.
  items.push(...layers);
  return items;
}

function fillAttrs(fill: string, opacity = 1): string {
  const p = paint(fill);
  const o = opacity * p.opacity;
  return `fill="${p.color}"${o < 0.999 ? ` fill-opacity="${Math.round(o * 1000) / 1000}"` : ''}`;
}

const fs = LEGEND_FONT_SIZE;
const textW = (t: string, bold = false) => approxTextWidth(t, fs, bold);

function rampParts(m: Extract<LegendMarker, { kind: 'ramp' }>, label: string) {
  const lw = textW(label);
  const fw = textW(m.first);
  const bar = m.colors.length * SWATCH;
  const single = m.first === m.last;
  return { lw, fw, bar, width: lw + 6 + fw + 4 + bar + (single ? 0 : 4 + textW(m.last)) };
}

function markerWidth(m: LegendMarker): number {
  return m.kind === 'line' ? LINE_W : m.kind === 'layer' ? (m.line ? LAYER_W : MARK_W + 2) : m.kind === 'ramp' ? 0 : MARK_W;
}

export function itemWidth(item: LegendItem, maxLabel: number): number {
  const m = item.marker;
  if (!m) return Math.min(textW(item.label, item.heading), maxLabel);
  if (m.kind === 'ramp') return rampParts(m, item.label).width;
  return markerWidth(m) + GAP + Math.min(textW(item.label), maxLabel);
}

export interface PlacedItem {
  item: LegendItem;
  x: number;
  row: number;
  /** The label as drawn (shortened to fit). */
  text: string;
}

/**
 * Places items left to right, wrapping at `width`; a heading never ends a row. Beyond `maxRows` the
 * remaining items are summed up as "+N more".
 */
export function layoutLegend(items: readonly LegendItem[], width: number, maxRows = 4): { placed: PlacedItem[]; rows: number } {
  const maxLabel = Math.max(60, width * 0.6);
  const placed: PlacedItem[] = [];
  let x = 0;
  let row = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let w = itemWidth(item, maxLabel);
    // Keep a heading with its first entry.
    const next = item.heading && items[i + 1] ? ITEM_GAP + itemWidth(items[i + 1], maxLabel) : 0;
    if (x > 0 && x + w + next > width) {
      row++;
      x = 0;
    }
    if (row >= maxRows) {
      // Out of room: replace the last item(s) of the last row by a "+N more" note.
      const countable = (it: LegendItem) => it.marker !== null;
      let rest = items.slice(i).filter(countable).length;
      const note = () => `+${rest} more`;
      let last = placed[placed.length - 1];
      while (last && last.row === maxRows - 1 && last.x + itemWidth(last.item, maxLabel) + ITEM_GAP + textW(note()) > width) {
        placed.pop();
        if (countable(last.item)) rest++;
        last = placed[placed.length - 1];
      }
      if (last?.item.heading) placed.pop();
      last = placed[placed.length - 1];
      const nx = last && last.row === maxRows - 1 ? last.x + itemWidth(last.item, maxLabel) + ITEM_GAP : 0;
      if (rest > 0) placed.push({ item: { label: note(), marker: null }, x: nx, row: maxRows - 1, text: note() });
      return { placed, rows: maxRows };
    }
    w = Math.min(w, width);
    const labelRoom = item.marker ? w - markerWidth(item.marker) - GAP : w;
    const text = item.marker?.kind === 'ramp' ? item.label : fitText(item.label, Math.max(20, labelRoom), fs, item.heading);
    placed.push({ item, x, row, text });
    x += w + ITEM_GAP;
  }
  return { placed, rows: placed.length ? row + 1 : 0 };
}

/** SVG of placed items; `(left, top)` is the top-left corner of the first row. */
export function legendSvg(placed: readonly PlacedItem[], left: number, top: number, theme: ChartTheme): string {
  const out: string[] = [];
  const textFill = theme.text;
  for (const { item, x, row, text } of placed) {
    const cy = top + row * LEGEND_ROW + LEGEND_ROW / 2;
    const base = num(cy + fs * 0.35);
    const m = item.marker;
    const x0 = left + x;
    if (!m) {
      const weight = item.heading ? ' font-weight="600"' : '';
      out.push(`<text x="${num(x0)}" y="${base}" font-size="${fs}"${weight} fill="${item.heading ? textFill : theme.textMuted}">${escapeXml(text)}</text>`);
      continue;
    }
    if (m.kind === 'ramp') {
      const p = rampParts(m, item.label);
      out.push(`<text x="${num(x0)}" y="${base}" font-size="${fs}" fill="${textFill}">${escapeXml(item.label)}</text>`);
      const fx = x0 + p.lw + 6;
      out.push(`<text x="${num(fx)}" y="${base}" font-size="${fs}" fill="${theme.textMuted}">${escapeXml(m.first)}</text>`);
      const bx = fx + p.fw + 4;
      m.colors.forEach((c, i) => {
        out.push(`<rect x="${num(bx + i * SWATCH)}" y="${num(cy - 4.5)}" width="${SWATCH - 1}" height="9" rx="1.5" ${fillAttrs(c)}/>`);
      });
      if (m.first !== m.last) {
        out.push(`<text x="${num(bx + p.bar + 4)}" y="${base}" font-size="${fs}" fill="${theme.textMuted}">${escapeXml(m.last)}</text>`);
      }
      continue;
    }
    const markW = markerWidth(m);
    const cx = x0 + markW / 2;
    if (m.kind === 'layer') out.push(layerSwatch(m, x0, cx, cy));
    else if (m.kind === 'range') {
      const c = paint(m.color).color;
      out.push(`<rect x="${num(cx - 4)}" y="${num(cy - 6)}" width="8" height="12" rx="2" fill="${c}" fill-opacity="0.14" stroke="${c}" stroke-opacity="0.75" stroke-width="1.25"/>`);
    }
    else if (m.kind === 'dot') {
      const stroke = m.stroke ? ` stroke="${paint(m.stroke).color}" stroke-width="${num(m.strokeWidth ?? 1)}"` : '';
      out.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(m.r)}" ${fillAttrs(m.fill, m.fillOpacity)}${stroke}/>`);
    } else if (m.kind === 'ring') {
      out.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(m.r)}" fill="none" stroke="${m.stroke}" stroke-width="${num(m.strokeWidth)}"/>`);
    } else {
      const d = `M${num(x0)} ${num(cy + 4)}H${num(x0 + 6)}V${num(cy - 4)}H${num(x0 + LINE_W)}`;
      out.push(`<path d="${d}" fill="none" stroke="${paint(m.halo).color}" stroke-opacity="0.85" stroke-width="4.5"/>`);
      out.push(`<path d="${d}" fill="none" stroke="${paint(m.stroke).color}" stroke-width="1.75"/>`);
    }
    out.push(`<text x="${num(x0 + markW + GAP)}" y="${base}" font-size="${fs}" fill="${textFill}">${escapeXml(text)}</text>`);
  }
  return out.join('\n');
}

/** A layer's key swatch: its line sample (dash, width, opacity) and its mark, as the chart's layer key draws it. */
function layerSwatch(m: Extract<LegendMarker, { kind: 'layer' }>, x0: number, cx: number, cy: number): string {
  const c = paint(m.color);
  const opacity = m.opacity ?? 1;
  const parts: string[] = [];
  if (m.line) {
    const dash = m.dash ? ` stroke-dasharray="${m.dash}"` : '';
    const cap = m.round ? ' stroke-linecap="round"' : '';
    parts.push(`<path d="M${num(x0 + 1.5)} ${num(cy)}H${num(x0 + LAYER_W - 1.5)}" fill="none" stroke="${c.color}" stroke-width="${num(m.width)}"${dash}${cap}/>`);
  }
  if (m.mark) {
    const d = markPath(m.mark, cx, cy);
    const halo = paint(m.halo).color;
    if (m.mark === 'dot') {
      parts.push(`<path d="${d}" fill="${halo}" stroke="${halo}" stroke-width="2"/>`);
      parts.push(`<path d="${d}" fill="${c.color}"/>`);
    } else {
      parts.push(`<path d="${d}" fill="none" stroke="${c.color}" stroke-width="${m.mark === 'ring' ? RING_STROKE : CROSS_STROKE}" stroke-linecap="round"/>`);
    }
  }
  const o = opacity * c.opacity;
  return `<g data-role="legend-layer"${o < 0.999 ? ` opacity="${Math.round(o * 1000) / 1000}"` : ''}>${parts.join('')}</g>`;
}
