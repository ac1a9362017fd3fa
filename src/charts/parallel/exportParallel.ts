/**
 * Parallel coordinates as a standalone SVG file, fit for a paper: the same axes (better up, domains,
 * ticks), line styles and draw order as the chart (faint, dominated, a halo, then the front on top),
 * the brushed ranges, the axis titles with their "better" hints, and a title, subtitle, legend and
 * caption like the scatter's export. Rows are stroked one path each while a style has few of them,
 * so translucent lines add up to a density as on the canvas; bigger styles are batched as the canvas
 * batches them. Text is laid out from Helvetica metrics (exportText.ts): same input, same file.
 */
import type { Sense } from '../../core';
import { groupEntries, layoutLegend, legendSvg, LEGEND_ROW, MAX_GROUP_ENTRIES, type ExportLegendEntry, type LegendItem } from '../exportLegend';
import { paint } from '../exportPoints';
import { captionSvg, EXPORT_TEXT, safeId, svgDocument, svgHead, svgText, themeOf } from '../exportSvg';
import { approxTextWidth, escapeXml, fitText, num } from '../exportText';
import { rankColors } from '../palette';
import type { ChartTheme } from '../theme';
import { axisTicks, TICK_SPACING, type AxisTicks } from '../ticks';
import type { ScatterColor } from '../types';
import { HAIRLINE_ROWS, STROKES_PER_STYLE } from './drawLines';
import { buildLineStyles, type StyledLines } from './lineStyles';
import { BOTTOM, computeParallelLayout, HINT_FONT_SIZE, TICK_PAD, TITLE_LINE, TITLE_SIZE, TOP } from './parallelLayout';
import { axisDomain, axisScale, dataRangeToPixels, type AxisScale } from './scales';
import { wrapTitle } from './titleWrap';
import type { ParallelAxis } from './types';
import { pixelColumns } from './useParallelModel';

export interface ExportParallelInput {
  /** In display order, left to right (as ParallelProps). */
  axes: ParallelAxis[];
  /** RowStatus per row. */
  status: Uint8Array;
  color: ScatterColor;
  /** Brushed range per axis key, data units. */
  brushes?: Record<string, [number, number]>;
  /** Figure size in CSS px; default 130 px per axis (720 to 1400) × 480. */
  width?: number;
  height?: number;
  /** Default "Parallel coordinates of <n> objectives"; '' for none. */
  title?: string;
  subtitle?: string;
  caption?: string;
  /** Group swatches in group mode; default: derived from `color`. */
  legend?: ExportLegendEntry[];
  legendTitle?: string;
  theme?: 'light' | 'dark' | ChartTheme;
  idPrefix?: string;
}

const { PAD, TITLE_SIZE: FIGURE_TITLE, SUBTITLE_SIZE, TICK_SIZE } = EXPORT_TEXT;
const TICK = 5;
const MINOR = 3;
const MIN_SIZE = { width: 480, height: 320 };

const opacityAttr = (name: string, o: number) => (o < 0.999 ? ` ${name}="${Math.round(o * 1000) / 1000}"` : '');

/** "↑ lower is better" where it fits under the title, "↑ better" where it does not (as on screen). */
function hintFor(sense: Sense, width: number): string {
  const long = sense === 'min' ? '↑ lower is better' : '↑ higher is better';
  return approxTextWidth(long, HINT_FONT_SIZE) <= width ? long : '↑ better';
}

/** One polyline per row (or per batch of rows); a missing value breaks the line at that axis. */
function rowPath(xs: number[], cols: Float32Array[], row: number): string {
  let d = '';
  let down = false;
  let segments = 0;
  for (let j = 0; j < xs.length; j++) {
    const y = cols[j][row];
    if (y !== y) {
      down = false;
      continue;
    }
    d += `${down ? 'L' : 'M'}${num(xs[j])} ${num(y)}`;
    if (down) segments++;
    down = true;
  }
  return segments > 0 ? d : '';
}

function linesSvg(lines: StyledLines, xs: number[], cols: Float32Array[]): { svg: string; paths: number } {
  const { order, offsets, frontStart } = lines.rows;
  const out: string[] = [];
  let paths = 0;
  const stroke = (role: string, css: string, width: number, from: number, to: number) => {
    if (to <= from) return;
    const p = paint(css);
    const w = to - from > HAIRLINE_ROWS ? Math.min(width, 0.5) : width;
    const batch = Math.max(1, Math.ceil((to - from) / STROKES_PER_STYLE));
    const rows: string[] = [];
    for (let k = from; k < to; k += batch) {
      let d = '';
      for (let j = k, end = Math.min(to, k + batch); j < end; j++) d += rowPath(xs, cols, order[j]);
      if (d) rows.push(`<path d="${d}"/>`);
    }
    if (rows.length === 0) return;
    if (role !== 'halo') paths += rows.length;
    out.push(`<g data-role="${role === 'halo' ? 'halo' : 'lines'}" data-layer="${role}" fill="none" stroke="${p.color}"${opacityAttr('stroke-opacity', p.opacity)} stroke-width="${num(w)}" stroke-linejoin="round" stroke-linecap="round">`, ...rows, '</g>');
  };
  lines.styles.forEach((style, s) => {
    if (s === frontStart && lines.halo) stroke('halo', lines.halo.stroke, lines.halo.width, offsets[frontStart], offsets[lines.styles.length]);
    stroke(style.layer === 3 ? 'front' : style.layer === 2 ? 'dominated' : 'faint', style.stroke, style.width, offsets[s], offsets[s + 1]);
  });
  return { svg: out.join('\n'), paths };
}

function axisSvg(axis: ParallelAxis, x: number, scale: AxisScale, ticks: AxisTicks, brush: [number, number] | undefined, titleWidth: number, theme: ChartTheme): string {
  const { top, bottom } = scale;
  const axisColor = paint(theme.axis).color;
  const bg = paint(theme.background).color;
  const out: string[] = [`<g data-role="axis" data-key="${escapeXml(axis.key)}" transform="translate(${num(x)},0)">`];
  out.push(`<line x1="0" x2="0" y1="${num(top)}" y2="${num(bottom)}" stroke="${axisColor}" stroke-width="1.25"/>`);
  for (const v of ticks.minor) {
    const y = scale.toPixel(v);
    if (y >= top - 0.5 && y <= bottom + 0.5) out.push(`<line x1="${-MINOR}" x2="0" y1="${num(y)}" y2="${num(y)}" stroke="${axisColor}"/>`);
  }
  const labels: string[] = [];
  for (const v of ticks.major) {
    const y = scale.toPixel(v);
    if (!(y >= top - 0.5 && y <= bottom + 0.5)) continue;
    out.push(`<line x1="${-TICK}" x2="0" y1="${num(y)}" y2="${num(y)}" stroke="${axisColor}"/>`);
    labels.push(ticks.format(v), String(y));
  }
  // Tick labels read over the lines: a halo in the background colour under each (SVG 1.1 has no paint-order).
  const tickText = (label: string, y: number, halo: boolean) =>
    `<text x="${-TICK_PAD}" y="${num(y + TICK_SIZE * 0.35)}" text-anchor="end" font-size="${TICK_SIZE}"${
      halo ? ` fill="${bg}" stroke="${bg}" stroke-width="3" stroke-linejoin="round" aria-hidden="true"` : ` fill="${paint(theme.textMuted).color}"`
    }>${escapeXml(label)}</text>`;
  for (let i = 0; i < labels.length; i += 2) out.push(tickText(labels[i], Number(labels[i + 1]), true));
  for (let i = 0; i < labels.length; i += 2) out.push(tickText(labels[i], Number(labels[i + 1]), false));
  const span = brush ? dataRangeToPixels(scale, brush) : null;
  if (span) {
    const f = paint(theme.focus).color;
    out.push(`<rect data-role="brush" x="-7" y="${num(span[0])}" width="14" height="${num(Math.max(2, span[1] - span[0]))}" rx="2" fill="${f}" fill-opacity="0.14" stroke="${f}" stroke-opacity="0.75" stroke-width="1.25"/>`);
  }
  // The title (up to two lines) and the "better" hint above the axis, as on screen.
  const { lines } = wrapTitle(axis.label, titleWidth, (s) => approxTextWidth(s, TITLE_SIZE, true));
  const hintY = top - 14;
  const firstY = hintY - 15 - (lines.length - 1) * TITLE_LINE;
  const tspans = lines.map((l, i) => `<tspan x="0" y="${num(firstY + i * TITLE_LINE)}">${escapeXml(l)}</tspan>`).join('');
  out.push(`<text data-role="axis-title" text-anchor="middle" font-size="${TITLE_SIZE}" font-weight="bold" fill="${paint(theme.text).color}"><title>${escapeXml(axis.label)}</title>${tspans}</text>`);
  out.push(svgText(0, hintY, HINT_FONT_SIZE, theme.textMuted, hintFor(axis.sense, titleWidth), ' text-anchor="middle"'));
  out.push('</g>');
  return out.join('\n');
}

function lineMarker(css: string, width: number, theme: ChartTheme, minOpacity = 0.35): LegendItem['marker'] {
  const p = paint(css);
  return { kind: 'layer', color: p.color, width: Math.max(1.25, Math.min(3, width)), opacity: Math.max(minOpacity, p.opacity), line: true, mark: null, halo: theme.background };
}

function parallelLegend(input: ExportParallelInput, lines: StyledLines, theme: ChartTheme, brushed: boolean): LegendItem[] {
  const { rows, styles } = lines;
  const count = (layer: 1 | 2 | 3) => styles.reduce((n, st, s) => n + (st.layer === layer ? rows.offsets[s + 1] - rows.offsets[s] : 0), 0);
  const front = styles.find((s) => s.layer === 3);
  const items: LegendItem[] = [];
  const faint: LegendItem[] = count(1) > 0 ? [{ label: 'Filtered out or missing a value', marker: lineMarker(theme.faint, 1, theme) }] : [];
  const range: LegendItem[] = brushed ? [{ label: 'Brushed range', marker: { kind: 'range', color: theme.focus } }] : [];
  const { color } = input;
  if (color.mode === 'front') {
    if (front) items.push({ label: 'Pareto front', marker: lineMarker(theme.front, front.width, theme, 1) });
    const dominated = styles.find((s) => s.layer === 2);
    if (dominated && count(2) > 0) items.push({ label: 'Dominated', marker: lineMarker(theme.dominated, dominated.width, theme, 0.5) });
    items.push(...faint, ...range);
  } else if (color.mode === 'rank') {
    const maxRank = Math.max(1, color.maxRank);
    items.push({ label: 'Pareto rank', marker: { kind: 'ramp', colors: rankColors(maxRank, theme.rankStops), first: '1', last: String(maxRank) } });
    if (front) items.push({ label: 'Pareto front (bold)', marker: lineMarker(theme.text, front.width, theme, 1) });
    items.push(...faint, ...range);
  } else {
    if (front && count(3) > 0) items.push({ label: 'Pareto front (bold)', marker: lineMarker(theme.text, front.width, theme, 1) });
    items.push(...faint, ...range);
    const groups = input.legend ?? groupEntries(color, input.status, rows);
    if (groups.length > 0) {
      if (input.legendTitle) items.push({ label: input.legendTitle, marker: null, heading: true });
      const shown = groups.length > MAX_GROUP_ENTRIES ? groups.slice(0, MAX_GROUP_ENTRIES - 1) : groups;
      for (const g of shown) items.push({ label: g.label, marker: lineMarker(g.color, 2.5, theme, 1) });
      if (shown.length < groups.length) items.push({ label: `+${groups.length - shown.length} more`, marker: null });
    }
  }
  return items;
}

/** A standalone SVG document (UTF-8, with an XML declaration) of the parallel-coordinates chart. */
export function parallelToSvg(input: ExportParallelInput): string {
  const theme = themeOf(input.theme);
  const { axes, status, color } = input;
  const brushes = input.brushes ?? {};
  const W = Math.max(MIN_SIZE.width, Math.round(input.width ?? Math.min(1400, Math.max(720, 130 * axes.length + 120))));
  const H = Math.max(MIN_SIZE.height, Math.round(input.height ?? 480));
  const inner = W - 2 * PAD;
  const lines = buildLineStyles(status, color, theme);

  // Header: title, subtitle, legend.
  const header: string[] = [];
  let top = PAD;
  const title = input.title ?? `Parallel coordinates of ${axes.length} objective${axes.length === 1 ? '' : 's'}`;
  if (title) {
    header.push(svgText(PAD, top + FIGURE_TITLE * 0.8, FIGURE_TITLE, theme.text, fitText(title, inner, FIGURE_TITLE, true), ' font-weight="bold" data-role="title"'));
    top += FIGURE_TITLE + 6;
  }
  if (input.subtitle) {
    header.push(svgText(PAD, top + SUBTITLE_SIZE * 0.8, SUBTITLE_SIZE, theme.textMuted, fitText(input.subtitle, inner, SUBTITLE_SIZE)));
    top += SUBTITLE_SIZE + 6;
  }
  const brushed = axes.some((a) => brushes[a.key]);
  const legend = layoutLegend(parallelLegend(input, lines, theme, brushed), inner, H < 400 ? 2 : 3);
  if (legend.rows > 0) {
    top += 2;
    header.push(legendSvg(legend.placed, PAD, top, theme));
    top += legend.rows * LEGEND_ROW;
  }

  // The chart area: the on-screen layout (titles band, evenly spaced axes) between the header and the caption.
  const areaTop = Math.round(top);
  const captionText = captionSvg(input.caption, W, H, theme);
  const areaH = Math.max(160, H - areaTop - (captionText.band ? captionText.band + 4 : 0) - 4);
  const plotH = Math.max(1, areaH - TOP - BOTTOM);
  const domains = axes.map((a) => axisDomain(a.values, status, a.scale ?? 'linear'));
  const ticks = axes.map((a, j) => axisTicks(a.scale ?? 'linear', domains[j], plotH, TICK_SPACING.y, () => TICK_SIZE + 6));
  const firstLabels = ticks[0] ? Math.max(0, ...ticks[0].major.map((v) => approxTextWidth(ticks[0].format(v), TICK_SIZE))) : 0;
  const layout = computeParallelLayout(W, areaH, axes.length, firstLabels + PAD / 2);
  const scales = axes.map((a, j) => axisScale(a.scale ?? 'linear', a.sense, domains[j], layout.top, layout.bottom));
  const cols = pixelColumns(axes, scales, status);
  const drawn = axes.length >= 2 ? linesSvg(lines, layout.xs, cols) : { svg: '', paths: 0 };
  const axesSvg = axes.map((a, j) => axisSvg(a, layout.xs[j], scales[j], ticks[j], brushes[a.key], layout.titleWidth, theme));
  const empty = axes.length === 0 ? 'No objectives to show' : lines.rows.count === 0 ? 'No rows to show' : '';
  const id = `${safeId(input.idPrefix)}-parallel`;

  const caption = captionText.svg;
  const desc = [input.subtitle, `${lines.rows.count} rows as lines across ${axes.length} axes: ${axes.map((a) => a.label).join(', ')}`].filter(Boolean).join('. ');
  return svgDocument([
    ...svgHead(W, H, title || `Parallel coordinates of ${axes.length} objectives`, desc),
    `<defs><clipPath id="${id}"><rect x="0" y="0" width="${W}" height="${num(areaH)}"/></clipPath></defs>`,
    `<rect data-role="background" x="0" y="0" width="${W}" height="${H}" fill="${paint(theme.background).color}"/>`,
    `<g data-role="header">`,
    ...header,
    `</g>`,
    `<g data-role="chart" transform="translate(0,${areaTop})">`,
    `<g clip-path="url(#${id})">`,
    drawn.svg,
    `</g>`,
    ...axesSvg,
    empty ? svgText(W / 2, (layout.top + layout.bottom) / 2 + 5, 14, theme.textMuted, empty, ' text-anchor="middle"') : '',
    `</g>`,
    caption,
    '</svg>',
  ]);
}
