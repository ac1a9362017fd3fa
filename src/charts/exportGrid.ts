/**
 * Small multiples as one SVG file: a figure title, subtitle and one legend for every panel on top,
 * then the panels in a grid (2 columns, 3 from five panels on), each a whole exported chart
 * (exportSvg.ts `chartFragment`) with its own title, axes, staircase and layers on the shared data
 * window, then the caption. Every panel's ids carry its own prefix, so the clip paths stay unique.
 */
import { layoutLegend, legendItems, legendSvg, LEGEND_ROW } from './exportLegend';
import { paint } from './exportPoints';
import { fitText, num } from './exportText';
import { captionSvg, chartFragment, EXPORT_TEXT, safeId, svgDocument, svgHead, svgText, themeOf, type ExportChartInput } from './exportSvg';
import { toAxisSpace } from './domain';
import { buildPointStyles, withAlpha } from './pointStyles';
import type { ScatterColor, ScatterLayer } from './types';

/** One panel: its rows' statuses, colours, staircase and layers; everything else comes from the grid input. */
export interface ExportPanel {
  /** e.g. the group's name. */
  title: string;
  /** Muted text after the title, e.g. "31% of the global front (4 of 70)". */
  note?: string;
  /** Colour dot before the title. */
  swatch?: string;
  status: Uint8Array;
  color?: ScatterColor;
  staircase: [number, number][] | null;
  layers?: ScatterLayer[];
}

export interface ExportGridInput extends Omit<ExportChartInput, 'status' | 'staircase' | 'layers' | 'width' | 'height' | 'rowLabel'> {
  panels: ExportPanel[];
  /** Default: 2, or 3 from five panels on (never more than there are panels). */
  columns?: number;
  /** One panel's size in CSS px; default 400 × 300 (360 × 280 in three columns). */
  panelWidth?: number;
  panelHeight?: number;
  rowLabel?: (row: number) => string;
}

const GAP = 8;

export function gridColumns(panels: number, columns?: number): number {
  const c = columns ?? (panels >= 5 ? 3 : 2);
  return Math.max(1, Math.min(c, panels));
}

/** A standalone SVG document of the panels in a grid under one title, subtitle, legend and caption. */
export function chartsToSvgGrid(input: ExportGridInput): string {
  const { PAD, TITLE_SIZE, SUBTITLE_SIZE } = EXPORT_TEXT;
  const theme = themeOf(input.theme);
  const { panels, ...shared } = input;
  const cols = gridColumns(panels.length, input.columns);
  const rows = Math.max(1, Math.ceil(panels.length / cols));
  const pw = Math.max(320, Math.round(input.panelWidth ?? (cols >= 3 ? 360 : 400)));
  const ph = Math.max(240, Math.round(input.panelHeight ?? (cols >= 3 ? 280 : 300)));
  const W = cols * pw + (cols - 1) * GAP;
  const inner = W - 2 * PAD;
  const prefix = safeId(input.idPrefix);
  const color = input.color;

  // Header: title, subtitle and one legend, read from the first panel (every panel draws the same kinds of marks).
  const header: string[] = [];
  let top = PAD;
  const title = input.title ?? `${input.yLabel} vs. ${input.xLabel}`;
  if (title) {
    header.push(svgText(PAD, top + TITLE_SIZE * 0.8, TITLE_SIZE, theme.text, fitText(title, inner, TITLE_SIZE, true), ' font-weight="bold" data-role="figure-title"'));
    top += TITLE_SIZE + 6;
  }
  if (input.subtitle) {
    header.push(svgText(PAD, top + SUBTITLE_SIZE * 0.8, SUBTITLE_SIZE, theme.textMuted, fitText(input.subtitle, inner, SUBTITLE_SIZE)));
    top += SUBTITLE_SIZE + 6;
  }
  const first = panels[0];
  if (first) {
    const styled = buildPointStyles(toAxisSpace(input.x, input.xScale), toAxisSpace(input.y, input.yScale), first.status, first.color ?? color, theme, input.baseTone);
    const pc = first.color ?? color;
    const items = legendItems({
      color: pc,
      status: first.status,
      styled,
      theme,
      staircase: panels.some((p) => p.staircase && p.staircase.length > 0) && input.baseTone !== 'muted',
      staircaseColor: input.baseTone === 'muted' ? withAlpha(theme.textMuted, 0.6) : pc.mode === 'group' ? theme.text : theme.front,
      legend: input.legend ?? [],
      legendTitle: input.legendTitle,
      tone: input.baseTone,
      layers: first.layers,
      labels: input.legendLabels,
    });
    const legend = layoutLegend(items, inner, 3);
    if (legend.rows > 0) {
      top += 2;
      header.push(legendSvg(legend.placed, PAD, top, theme));
      top += legend.rows * LEGEND_ROW;
    }
  }
  const gridTop = Math.round(top + 4);
  const captionBand = captionSvg(input.caption, W, 0, theme).band;
  const H = gridTop + rows * ph + (rows - 1) * GAP + (captionBand ? captionBand + 4 : 0) + 4;

  const defs: string[] = [];
  const bodies: string[] = [];
  const descs: string[] = [];
  panels.forEach((p, i) => {
    const f = chartFragment(
      {
        ...shared,
        status: p.status,
        color: p.color ?? color,
        staircase: p.staircase,
        layers: p.layers,
        title: p.title,
        subtitle: undefined,
        caption: undefined,
        width: pw,
        height: ph,
        idPrefix: `${prefix}-panel${i + 1}`,
      },
      { legend: false, swatch: p.swatch, titleNote: p.note, titleSize: 12.5 },
    );
    const x = (i % cols) * (pw + GAP);
    const y = gridTop + Math.floor(i / cols) * (ph + GAP);
    defs.push(f.defs);
    bodies.push(`<g data-role="panel" data-panel="${i + 1}" transform="translate(${num(x)},${num(y)})">`, f.body, '</g>');
    descs.push(`${p.title}${p.note ? ` (${p.note})` : ''}`);
  });
  const caption = captionSvg(input.caption, W, H, theme).svg;
  const desc = [input.subtitle, `${panels.length} panel${panels.length === 1 ? '' : 's'} on shared axes: ${descs.join('; ')}`].filter(Boolean).join('. ');
  return svgDocument([
    ...svgHead(W, H, title || `${input.yLabel} vs. ${input.xLabel}`, desc),
    defs.length ? `<defs>\n${defs.join('\n')}\n</defs>` : '',
    `<rect data-role="background" x="0" y="0" width="${W}" height="${H}" fill="${paint(theme.background).color}"/>`,
    `<g data-role="header">`,
    ...header,
    `</g>`,
    ...bodies,
    caption,
    '</svg>',
  ]);
}
