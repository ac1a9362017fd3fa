/**
 * The chart as a standalone SVG file, fit for a paper: the same arrays, styles, ticks and staircase the
 * Scatter draws, as vectors — points as <circle>s (front on top), gridlines, axes with ticks, axis
 * titles with units and "better" hints, a title, a subtitle, a legend and an optional caption. Every
 * style is a presentation attribute (no CSS, no external resources), fonts are a generic sans-serif
 * stack, the background is white (or the dark theme's, on request). The text is laid out from
 * Helvetica metrics (exportText.ts), so the same input gives the same file in any browser or in Node.
 * Comparison layers (the overlay of group fronts) are drawn over the points as the chart draws them,
 * over a muted base when asked; `chartFragment` gives the figure's parts so a grid of panels (small
 * multiples, exportGrid.ts) can nest several charts in one file.
 */
import { pathRound } from 'd3';
import type { Sense } from '../core';
import { placeTitle } from './Axes';
import { extentOf, paddedDomain, toAxisSpace, type AxisScaleType } from './domain';
import { layoutLegend, legendItems, legendSvg, LEGEND_ROW, type ExportLegendEntry, type LegendLabels } from './exportLegend';
import { layersSvg } from './exportLayers';
import { EXPORT_POINT_BUDGET, paint, pointsSvg } from './exportPoints';
import { approxTextWidth, escapeXml, EXPORT_FONT_FAMILY, fitText, num, wrapText } from './exportText';
import { buildPointStyles, NOT_DRAWN, withAlpha, type BaseTone } from './pointStyles';
import { stepPath, traceRegion } from './staircase';
import { DARK_THEME, LIGHT_THEME, type ChartTheme } from './theme';
import { axisTicks, TICK_SPACING, type AxisTicks } from './ticks';
import type { ScatterColor, ScatterLayer } from './types';
import { axisMap, baseScale, type Scale } from './viewScales';

export type { ExportLegendEntry, LegendLabels } from './exportLegend';
export { EXPORT_POINT_BUDGET } from './exportPoints';

/** What an exported chart shows: the Scatter's data props, the current view, and the figure's text. */
export interface ExportChartInput {
  /** As in ScatterProps: data coordinates and RowStatus per row. */
  x: Float64Array;
  y: Float64Array;
  status: Uint8Array;
  /** Axis titles with units, e.g. "Cost (USD)". */
  xLabel: string;
  yLabel: string;
  xScale: AxisScaleType;
  yScale: AxisScaleType;
  xSense?: Sense;
  ySense?: Sense;
  color: ScatterColor;
  staircase: [number, number][] | null;
  /** Visible data windows (ScatterHandle.viewState()); default: the whole data, padded as the chart opens. */
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Figure size in CSS px (ScatterHandle.viewState()); default 720 × 480, at least 320 × 240. */
  width?: number;
  height?: number;
  /** Default "<y label> vs. <x label>"; '' for none. */
  title?: string;
  /** e.g. "12 of 69 rows on the frontier · over 2 objectives". */
  subtitle?: string;
  /** A small line under the chart, e.g. the data source and licence. */
  caption?: string;
  /** Group swatches in group mode; default: derived from `color` (groups with drawn rows, most front rows first). */
  legend?: ExportLegendEntry[];
  /** Heading of the group swatches, e.g. the group column's label. */
  legendTitle?: string;
  /** Names front points (a <title> per front circle). */
  rowLabel?: (row: number) => string;
  /** 'light' (white background, the default), 'dark', or a full theme. */
  theme?: 'light' | 'dark' | ChartTheme;
  /** Faint + dominated circles beyond which those layers are aggregated (see exportPoints.ts). */
  pointBudget?: number;
  /** Prefix for ids inside the file (the clip path), if several figures share one HTML page. */
  idPrefix?: string;
  /**
   * As in ScatterProps: comparison layers drawn over the points, in order (later on top); the labelled
   * ones are listed in the legend after the base entries.
   */
  layers?: ScatterLayer[];
  /** As in ScatterProps: 'muted' draws the rows (and the staircase) in a faint neutral tone under the layers. */
  baseTone?: BaseTone;
  /** Other words for the legend's base entries, where the statuses mean something else. */
  legendLabels?: LegendLabels;
}

export const EXPORT_DEFAULT_SIZE = { width: 720, height: 480 } as const;
const MIN_SIZE = { width: 320, height: 240 } as const;

const PAD = 16;
const TITLE_SIZE = 15;
const SUBTITLE_SIZE = 11.5;
const TICK_SIZE = 11;
const AXIS_TITLE_SIZE = 12.5;
const HINT_SIZE = 10.5;
const CAPTION_SIZE = 10;
const TICK = 5;
const MINOR_TICK = 3;
const TICK_GAP = 3;

export function themeOf(t: ExportChartInput['theme']): ChartTheme {
  if (t === 'dark') return DARK_THEME;
  if (t === undefined || t === 'light') return LIGHT_THEME;
  return t;
}

/** A line of text; `fill` is any CSS colour. */
export function svgText(x: number, y: number, size: number, fill: string, content: string, extra = ''): string {
  const p = paint(fill);
  const o = p.opacity < 0.999 ? ` fill-opacity="${Math.round(p.opacity * 1000) / 1000}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" fill="${p.color}"${o}${extra}>${escapeXml(content)}</text>`;
}
const text = svgText;

/** The id prefix of a file, safe inside url(#…). */
export function safeId(prefix: string | undefined): string {
  return (prefix ?? 'paretoscope').replace(/[^A-Za-z0-9_-]/g, '') || 'paretoscope';
}

/** The figure size of an input: its width and height, at least the minimum. */
export function figureSize(input: { width?: number; height?: number }): { width: number; height: number } {
  return {
    width: Math.max(MIN_SIZE.width, Math.round(input.width ?? EXPORT_DEFAULT_SIZE.width)),
    height: Math.max(MIN_SIZE.height, Math.round(input.height ?? EXPORT_DEFAULT_SIZE.height)),
  };
}

/** The opening of a standalone SVG document of W × H px with a `<title>` and a `<desc>`. */
export function svgHead(W: number, H: number, title: string, desc: string): string[] {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(desc)}</desc>`,
  ];
}

/** The document from its lines: empty lines dropped, a newline at the end. */
export function svgDocument(lines: string[]): string {
  return lines
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

const CAPTION_LINE = 13;

/**
 * The caption at the foot of a W × H figure, on up to two lines: its SVG and the height it needs
 * (0 without a caption).
 */
export function captionSvg(caption: string | undefined, W: number, H: number, theme: ChartTheme): { svg: string; band: number } {
  if (!caption) return { svg: '', band: 0 };
  const lines = wrapText(caption, W - 2 * PAD, CAPTION_SIZE);
  const last = H - 8 - CAPTION_SIZE * 0.25;
  const spans = lines.map((l, i) => `<tspan x="${PAD}" y="${num(last - (lines.length - 1 - i) * CAPTION_LINE)}">${escapeXml(l)}</tspan>`).join('');
  return {
    svg: `<text data-role="caption" font-size="${CAPTION_SIZE}" fill="${paint(theme.textMuted).color}">${spans}</text>`,
    band: CAPTION_SIZE + 8 + (lines.length - 1) * CAPTION_LINE,
  };
}

/** Header sizes, shared with the grid and parallel exports so every figure reads alike. */
export const EXPORT_TEXT = { PAD: 16, TITLE_SIZE: 15, SUBTITLE_SIZE: 11.5, CAPTION_SIZE: 10, TICK_SIZE: 11 } as const;

/** How a chart is drawn when it is one panel of a grid. */
export interface FragmentOptions {
  /** Whether the chart draws its own legend (a grid draws one for all its panels). Default true. */
  legend?: boolean;
  /** A colour dot before the title (a panel's group). */
  swatch?: string;
  /** Muted text after the title, e.g. "31% of the global front (4 of 70)". */
  titleNote?: string;
  /** Title size (default the figure title's). */
  titleSize?: number;
}

/** A chart's parts, for nesting in a bigger figure: everything in `body` sits in (0, 0)–(width, height). */
export interface ChartFragment {
  width: number;
  height: number;
  /** <clipPath>s, to go in the document's <defs>. */
  defs: string;
  /** Header, plot and caption (no background). */
  body: string;
  /** The chart's title as text (for <title>). */
  title: string;
  /** What is drawn, in words (for <desc>). */
  desc: string;
}

function sorted(d: [number, number]): [number, number] {
  return d[0] <= d[1] ? d : [d[1], d[0]];
}

function validDomain(d: [number, number] | undefined, type: AxisScaleType): d is [number, number] {
  if (!d || !Number.isFinite(d[0]) || !Number.isFinite(d[1]) || d[0] === d[1]) return false;
  return type !== 'log' || (d[0] > 0 && d[1] > 0);
}

function ticksSvg(ticks: AxisTicks, scale: Scale, axis: 'x' | 'y', w: number, h: number, theme: ChartTheme): { grid: string; marks: string } {
  const grid: string[] = [];
  const marks: string[] = [];
  const axisColor = paint(theme.axis).color;
  const inside = (p: number, len: number) => p >= -0.5 && p <= len + 0.5;
  for (const t of ticks.minor) {
    const p = scale(t);
    if (axis === 'x' && inside(p, w)) marks.push(`<line x1="${num(p)}" x2="${num(p)}" y1="${num(h)}" y2="${num(h + MINOR_TICK)}" stroke="${axisColor}"/>`);
    if (axis === 'y' && inside(p, h)) marks.push(`<line x1="${-MINOR_TICK}" x2="0" y1="${num(p)}" y2="${num(p)}" stroke="${axisColor}"/>`);
  }
  for (const t of ticks.major) {
    const p = scale(t);
    if (axis === 'x') {
      if (!inside(p, w)) continue;
      if (p > 0.5) grid.push(`<line x1="${num(p)}" x2="${num(p)}" y1="0" y2="${num(h)}"/>`);
      marks.push(`<line x1="${num(p)}" x2="${num(p)}" y1="${num(h)}" y2="${num(h + TICK)}" stroke="${axisColor}"/>`);
      marks.push(text(p, h + TICK + TICK_GAP + TICK_SIZE * 0.8, TICK_SIZE, theme.textMuted, ticks.format(t), ' text-anchor="middle"'));
    } else {
      if (!inside(p, h)) continue;
      if (p < h - 0.5) grid.push(`<line x1="0" x2="${num(w)}" y1="${num(p)}" y2="${num(p)}"/>`);
      marks.push(`<line x1="${-TICK}" x2="0" y1="${num(p)}" y2="${num(p)}" stroke="${axisColor}"/>`);
      marks.push(text(-TICK - TICK_GAP, p + TICK_SIZE * 0.35, TICK_SIZE, theme.textMuted, ticks.format(t), ' text-anchor="end"'));
    }
  }
  return { grid: grid.join('\n'), marks: marks.join('\n') };
}

/** The header's title line: an optional colour dot, the title in bold, an optional muted note after it. */
function titleLine(title: string, left: number, top: number, inner: number, size: number, theme: ChartTheme, opts: FragmentOptions): string {
  const base = num(top + size * 0.8);
  let x = left;
  const parts: string[] = [];
  if (opts.swatch) {
    parts.push(`<circle cx="${num(x + 5)}" cy="${num(top + size * 0.45)}" r="5" fill="${paint(opts.swatch).color}"/>`);
    x += 16;
  }
  const room = left + inner - x;
  const note = opts.titleNote ? ` · ${opts.titleNote}` : '';
  const noteW = approxTextWidth(note, size);
  // The title keeps at least half the room; the note gives way first.
  const name = fitText(title, Math.max(room / 2, room - noteW), size, true);
  const noteText = note ? fitText(note, room - approxTextWidth(name, size, true), size) : '';
  const noteSpan = noteText ? `<tspan font-weight="normal" fill="${paint(theme.textMuted).color}">${escapeXml(noteText)}</tspan>` : '';
  parts.push(`<text data-role="title" x="${num(x)}" y="${base}" font-size="${size}" font-weight="bold" fill="${paint(theme.text).color}">${escapeXml(name)}${noteSpan}</text>`);
  return parts.join('\n');
}

/** A standalone SVG document (UTF-8, with an XML declaration) of the chart. */
export function chartToSvg(input: ExportChartInput): string {
  const theme = themeOf(input.theme);
  const f = chartFragment(input);
  return svgDocument([
    ...svgHead(f.width, f.height, f.title, f.desc),
    f.defs ? `<defs>${f.defs}</defs>` : '',
    `<rect data-role="background" x="0" y="0" width="${f.width}" height="${f.height}" fill="${paint(theme.background).color}"/>`,
    f.body,
    '</svg>',
  ]);
}

/** The chart's parts (see ChartFragment), for a figure that holds several charts. */
export function chartFragment(input: ExportChartInput, opts: FragmentOptions = {}): ChartFragment {
  const theme = themeOf(input.theme);
  const { width: W, height: H } = figureSize(input);
  const { x, y, status, xScale: xType, yScale: yType, color } = input;
  const xLog = xType === 'log';
  const yLog = yType === 'log';
  const id = `${safeId(input.idPrefix)}-plot`;
  const tone: BaseTone = input.baseTone ?? 'normal';
  const layers = input.layers ?? [];

  // Points and their styles, exactly as the Scatter builds them.
  const ax = toAxisSpace(x, xType);
  const ay = toAxisSpace(y, yType);
  const styled = buildPointStyles(ax, ay, status, color, theme, tone);
  const xDomain = validDomain(input.xDomain, xType) ? sorted(input.xDomain) : paddedDomain(extentOf(x, y, status, xType, yType), xType);
  const yDomain = validDomain(input.yDomain, yType) ? sorted(input.yDomain) : paddedDomain(extentOf(y, x, status, yType, xType), yType);
  // As on screen: with group colours the staircase goes neutral; muted, it is a faint reference like the points.
  const regionColor = tone === 'muted' ? theme.textMuted : color.mode === 'group' ? theme.text : theme.front;
  const staircaseColor = tone === 'muted' ? withAlpha(theme.textMuted, 0.6) : regionColor;
  const hasStaircase = !!input.staircase && input.staircase.length > 0;

  // Header: title, subtitle, legend.
  const inner = W - 2 * PAD;
  let top = PAD;
  const header: string[] = [];
  const title = input.title ?? `${input.yLabel} vs. ${input.xLabel}`;
  const titleSize = opts.titleSize ?? TITLE_SIZE;
  if (title) {
    header.push(titleLine(title, PAD, top, inner, titleSize, theme, opts));
    top += titleSize + 6;
  }
  if (input.subtitle) {
    header.push(text(PAD, top + SUBTITLE_SIZE * 0.8, SUBTITLE_SIZE, theme.textMuted, fitText(input.subtitle, inner, SUBTITLE_SIZE)));
    top += SUBTITLE_SIZE + 6;
  }
  const items =
    opts.legend === false
      ? []
      : legendItems({
          color,
          status,
          styled,
          theme,
          staircase: hasStaircase && tone !== 'muted',
          staircaseColor,
          legend: input.legend,
          legendTitle: input.legendTitle,
          tone,
          layers,
          labels: input.legendLabels,
        });
  const legend = layoutLegend(items, inner, H < 360 ? 2 : 4);
  if (legend.rows > 0) {
    if (top > PAD) top += 2;
    header.push(legendSvg(legend.placed, PAD, top, theme));
    top += legend.rows * LEGEND_ROW;
  }
  // Room for the top y tick label (centred on the top gridline).
  const plotTop = top + (top > PAD ? 10 : 6);

  const captionText = captionSvg(input.caption, W, H, theme);
  const captionBand = captionText.band;
  const bottom = TICK + TICK_GAP + TICK_SIZE + 10 + AXIS_TITLE_SIZE + 6 + captionBand + 8;
  const h = Math.max(40, H - plotTop - bottom);
  const yTicks = axisTicks(yType, yDomain, h, TICK_SPACING.y, () => TICK_SIZE + 4);
  const widestY = yTicks.major.reduce((m, t) => Math.max(m, approxTextWidth(yTicks.format(t), TICK_SIZE)), 0);
  const yTitleBand = AXIS_TITLE_SIZE + 6;
  const left = Math.ceil(PAD + yTitleBand + TICK + TICK_GAP + Math.max(widestY, 12) + 2);
  let right = PAD;
  let w = Math.max(40, W - left - right);
  const tickWidth = (label: string) => approxTextWidth(label, TICK_SIZE);
  let xTicks = axisTicks(xType, xDomain, w, TICK_SPACING.x, tickWidth);
  // The last x label is centred on its tick: keep it inside the figure.
  const xs0 = baseScale(xType, xDomain, [0, w]);
  const lastX = xTicks.major.filter((t) => xs0(t) <= w + 0.5).pop();
  if (lastX !== undefined) {
    const overhang = xs0(lastX) + tickWidth(xTicks.format(lastX)) / 2 + 4 - w;
    if (overhang > PAD) {
      right = Math.ceil(overhang);
      w = Math.max(40, W - left - right);
      xTicks = axisTicks(xType, xDomain, w, TICK_SPACING.x, tickWidth);
    }
  }
  const xs = baseScale(xType, xDomain, [0, w]);
  const ys = baseScale(yType, yDomain, [h, 0]);
  const xw: [number, number] = xLog ? [Math.log10(xDomain[0]), Math.log10(xDomain[1])] : xDomain;
  const yw: [number, number] = yLog ? [Math.log10(yDomain[0]), Math.log10(yDomain[1])] : yDomain;

  const xt = ticksSvg(xTicks, xs, 'x', w, h, theme);
  const yt = ticksSvg(yTicks, ys, 'y', w, h, theme);
  const points = pointsSvg({
    ax,
    ay,
    styled,
    mx: axisMap(xw, [0, w], 1, 0),
    my: axisMap(yw, [h, 0], 1, 0),
    width: w,
    height: h,
    rowLabel: input.rowLabel,
    escape: escapeXml,
    budget: input.pointBudget ?? EXPORT_POINT_BUDGET,
  });

  // The staircase and the region it dominates.
  let region = '';
  let stairs = '';
  if (hasStaircase) {
    const p = pathRound(2);
    if (traceRegion(input.staircase!, xs, ys, xLog, yLog, p)) {
      const opacity = regionColor === theme.front ? (theme.dark ? 0.07 : 0.06) : theme.dark ? 0.045 : 0.05;
      region = `<path data-role="dominated-region" d="${p.toString()}" fill="${paint(regionColor).color}" fill-opacity="${opacity}"/>`;
    }
    const d = stepPath(input.staircase!, xs, ys, xLog, yLog);
    if (d) {
      const sc = paint(staircaseColor);
      stairs = [
        `<g data-role="staircase" fill="none" stroke-linejoin="miter" stroke-linecap="butt">`,
        `<path d="${d}" stroke="${paint(theme.background).color}" stroke-opacity="0.85" stroke-width="4.5"/>`,
        `<path d="${d}" stroke="${sc.color}"${sc.opacity < 0.999 ? ` stroke-opacity="${Math.round(sc.opacity * 1000) / 1000}"` : ''} stroke-width="1.75"/>`,
        `</g>`,
      ].join('\n');
    }
  }
  const layerMarks = layersSvg(
    layers,
    { x, y, drawn: (row) => row < styled.styleOf.length && styled.styleOf[row] !== NOT_DRAWN, xScale: xs, yScale: ys, xLog, yLog },
    theme.background,
  );

  // Axis titles with the "better" hints, placed as on screen.
  const xHint = input.xSense === 'min' ? '← better' : input.xSense === 'max' ? 'better →' : null;
  const yHint = input.ySense === 'min' ? '← better' : input.ySense === 'max' ? 'better →' : null;
  const xLabel = fitText(input.xLabel, w, AXIS_TITLE_SIZE);
  const yLabel = fitText(input.yLabel, h, AXIS_TITLE_SIZE);
  const xPlace = placeTitle(w, approxTextWidth(xLabel, AXIS_TITLE_SIZE), xHint ? approxTextWidth(xHint, HINT_SIZE) : 0, input.xSense === 'min' ? -1 : input.xSense === 'max' ? 1 : 0);
  const yPlace = placeTitle(h, approxTextWidth(yLabel, AXIS_TITLE_SIZE), yHint ? approxTextWidth(yHint, HINT_SIZE) : 0, input.ySense === 'max' ? -1 : input.ySense === 'min' ? 1 : 0);
  const titleY = h + TICK + TICK_GAP + TICK_SIZE + 10 + AXIS_TITLE_SIZE * 0.8;
  const yTitleX = -left + PAD + AXIS_TITLE_SIZE * 0.5;
  const axisTitles = [
    text(xPlace.centre, titleY, AXIS_TITLE_SIZE, theme.text, xLabel, ' text-anchor="middle" data-role="x-title"'),
    xHint && xPlace.show ? text(input.xSense === 'max' ? w : 0, titleY, HINT_SIZE, theme.textMuted, xHint, ` text-anchor="${input.xSense === 'max' ? 'end' : 'start'}"`) : '',
    `<text transform="translate(${num(yTitleX)},${num(yPlace.centre)}) rotate(-90)" y="${num(AXIS_TITLE_SIZE * 0.35)}" text-anchor="middle" font-size="${AXIS_TITLE_SIZE}" fill="${paint(theme.text).color}" data-role="y-title">${escapeXml(yLabel)}</text>`,
    yHint && yPlace.show
      ? `<text transform="translate(${num(yTitleX)},${num(input.ySense === 'max' ? 0 : h)}) rotate(-90)" y="${num(HINT_SIZE * 0.35)}" text-anchor="${input.ySense === 'max' ? 'end' : 'start'}" font-size="${HINT_SIZE}" fill="${paint(theme.textMuted).color}">${escapeXml(yHint)}</text>`
      : '',
  ].filter(Boolean);

  const axisColor = paint(theme.axis).color;
  const empty = styled.count === 0 ? text(w / 2, h / 2 + 5, 14, theme.textMuted, 'No points to show', ' text-anchor="middle"') : '';
  const caption = captionText.svg;
  const labelled = layers.filter((l) => l.label).map((l) => l.label);
  const desc = [
    input.subtitle,
    `${styled.count} points, ${points.circles === points.points ? 'one circle each' : `${points.points} drawn as ${points.circles} circles (dense areas merged)`}`,
    labelled.length ? `Layers: ${labelled.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('. ');

  const body = [
    `<g data-role="header">`,
    ...header,
    `</g>`,
    `<g data-role="plot" transform="translate(${left},${num(plotTop)})">`,
    region,
    `<g data-role="grid" stroke="${paint(theme.grid).color}" stroke-width="1">`,
    xt.grid,
    yt.grid,
    `</g>`,
    `<g data-role="points" clip-path="url(#${id})">`,
    points.back,
    stairs,
    points.front,
    layerMarks,
    `</g>`,
    `<g data-role="axes">`,
    `<line x1="0" x2="${num(w)}" y1="${num(h)}" y2="${num(h)}" stroke="${axisColor}"/>`,
    `<line x1="0" x2="0" y1="0" y2="${num(h)}" stroke="${axisColor}"/>`,
    xt.marks,
    yt.marks,
    ...axisTitles,
    `</g>`,
    empty,
    `</g>`,
    caption,
  ]
    .filter((line) => line !== '')
    .join('\n');
  return {
    width: W,
    height: H,
    defs: `<clipPath id="${id}"><rect x="0" y="0" width="${num(w)}" height="${num(h)}"/></clipPath>`,
    body,
    title: title || `${input.yLabel} vs. ${input.xLabel}`,
    desc,
  };
}
