/**
 * The heatmap as a standalone SVG file, fit for a paper: the matrix laid out and coloured as on screen
 * (heatmapLayout.ts) with every cell's number, the row and column labels with their group swatches, the
 * corner header ("A ╲ B"), the colour key, a title, a subtitle and a caption. Presentation attributes
 * only, Helvetica metrics for the text (exportText.ts): the same input gives the same file anywhere.
 */
import { paint } from '../exportPoints';
import { safeId, svgText } from '../exportSvg';
import { approxTextWidth, escapeXml, fitText, num } from '../exportText';
import { CAPTION_SIZE, frameCaption, frameDocument, frameHeader, PAD, themeOf, type FigureTheme } from './exportFrame';
import { defaultCellFormat, HEATMAP_FONT_SIZE, heatmapCell, heatmapColor, heatmapKeyStops, heatmapLayout, type HeatmapLabel, type HeatmapMetrics } from './heatmapLayout';

export interface ExportHeatmapInput {
  rows: HeatmapLabel[];
  cols: HeatmapLabel[];
  /** Row-major: values[i * cols.length + j]; NaN = no value. */
  values: ArrayLike<number>;
  /** Colour scale domain, low to high. Default [0, 1]. */
  domain?: [number, number];
  /** Text in a cell; default two decimals, "—" for NaN. */
  format?: (v: number) => string;
  /** A cell's <title> (hover text in a browser), e.g. "nsga2 covers 66.7% of moead’s front". */
  cellTitle?: (i: number, j: number, v: number) => string;
  /** Short headers of the rows and the columns, shown in the corner ("A ╲ B"). */
  rowHeader?: string;
  colHeader?: string;
  /** Texts at the low and high ends of the colour key; no key without it. */
  legend?: [string, string];
  /** Key entry for cells with no value, shown when there are some (e.g. "no value: an empty front"). */
  missing?: string;
  title: string;
  subtitle?: string;
  caption?: string;
  /** 'light' (white background, the default), 'dark', or a full theme. */
  theme?: FigureTheme;
  /** Prefix for ids inside the file (the key's gradient). */
  idPrefix?: string;
  /** Figure width in px; default: what the matrix needs (cells up to 64 px), at least 480. */
  width?: number;
}

const FONT = HEATMAP_FONT_SIZE;
const METRICS: HeatmapMetrics = { width: (t) => approxTextWidth(t, FONT), truncate: (t, px) => fitText(t, px, FONT) };
const MIN_WIDTH = 480;
const MAX_MATRIX = 928;
const KEY_BAR = 112;
const KEY_H = 8;

/** A standalone SVG document (UTF-8, with an XML declaration) of the heatmap. */
export function heatmapToSvg(input: ExportHeatmapInput): string {
  const theme = themeOf(input.theme);
  const { rows, cols, values, rowHeader = '', colHeader = '' } = input;
  const domain = input.domain ?? [0, 1];
  const format = input.format ?? defaultCellFormat;
  const color = heatmapColor(theme.dark, domain);
  const id = safeId(input.idPrefix);
  const layout = heatmapLayout(rows, cols, input.width ? input.width - 2 * PAD : MAX_MATRIX, METRICS);
  const { rowLabelW, swatch, flat, cell, headerH, fontSize } = layout;
  const W = Math.round(input.width ?? Math.max(MIN_WIDTH, layout.width + 2 * PAD));
  const n = cols.length;
  const text = paint(theme.text).color;
  const muted = paint(theme.textMuted).color;

  const header = frameHeader(input.title, input.subtitle, W, theme);
  const top = header.height + 6;
  const matrix: string[] = [`<g data-role="matrix" transform="translate(${PAD},${num(top)})" font-size="${FONT}">`];
  if (rowHeader && colHeader) matrix.push(svgText(rowLabelW - 6, headerH - 6, 10, theme.textMuted, `${rowHeader} ╲ ${colHeader}`, ' text-anchor="end"'));
  cols.forEach((c, j) => {
    const cx = rowLabelW + j * cell + cell / 2;
    const t = escapeXml(layout.colText(c.label));
    const place = flat ? `translate(${num(cx)},${headerH - 8})` : `translate(${num(cx)},${headerH - 8}) rotate(-45)`;
    matrix.push(
      `<g data-role="col-label"><title>${escapeXml(c.label)}</title>`,
      c.color ? `<rect x="${num(cx - cell / 2 + 1)}" y="${headerH - 4}" width="${num(cell - 2)}" height="3" rx="1" fill="${paint(c.color).color}"/>` : '',
      `<text transform="${place}" text-anchor="${flat ? 'middle' : 'start'}" fill="${text}">${t}</text></g>`,
    );
  });
  rows.forEach((r, i) => {
    const cy = headerH + i * cell + cell / 2;
    matrix.push(
      `<g data-role="row-label"><title>${escapeXml(r.label)}</title>`,
      r.color ? `<circle cx="${num(rowLabelW - 9)}" cy="${num(cy)}" r="3.5" fill="${paint(r.color).color}"/>` : '',
      `<text x="${num(rowLabelW - swatch - 4)}" y="${num(cy + FONT * 0.35)}" text-anchor="end" fill="${text}">${escapeXml(layout.rowText(r.label))}</text></g>`,
    );
  });
  let missing = 0;
  rows.forEach((r, i) =>
    cols.forEach((c, j) => {
      const v = values[i * n + j];
      if (Number.isNaN(v)) missing++;
      const { fill, ink } = heatmapCell(v, color, theme.textMuted);
      const x = rowLabelW + j * cell;
      const y = headerH + i * cell;
      const title = input.cellTitle ? input.cellTitle(i, j, v) : `${r.label}, ${c.label}: ${format(v)}`;
      const box = fill
        ? `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(cell - 1)}" height="${num(cell - 1)}" rx="2" fill="${paint(fill).color}"/>`
        : `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(cell - 1)}" height="${num(cell - 1)}" rx="2" fill="none" stroke="${paint(theme.axis).color}" stroke-dasharray="3 2"/>`;
      matrix.push(
        `<g data-role="cell" data-row="${i}" data-col="${j}"><title>${escapeXml(title)}</title>${box}`,
        `<text x="${num(x + cell / 2)}" y="${num(y + cell / 2 + fontSize * 0.35)}" text-anchor="middle" font-size="${fontSize}" fill="${paint(ink).color}">${escapeXml(format(v))}</text></g>`,
      );
    }),
  );
  matrix.push('</g>');

  // The colour key under the cells, aligned with them as on screen; the note on empty cells after it.
  let bottom = top + layout.height;
  let defs = '';
  if (input.legend) {
    const y = bottom + 12;
    const [lo, hi] = input.legend;
    const x0 = PAD + rowLabelW;
    const bx = x0 + approxTextWidth(lo, FONT) + 6;
    const hx = bx + KEY_BAR + 6;
    const stops = heatmapKeyStops(color, domain);
    defs = `<linearGradient id="${id}-key" x1="0" x2="1" y1="0" y2="0">${stops.map((s, k) => `<stop offset="${k / (stops.length - 1)}" stop-color="${paint(s).color}"/>`).join('')}</linearGradient>`;
    matrix.push(
      `<g data-role="key" font-size="${FONT}">`,
      `<text x="${num(x0)}" y="${num(y + KEY_H / 2 + FONT * 0.35)}" fill="${muted}">${escapeXml(lo)}</text>`,
      `<rect x="${num(bx)}" y="${num(y)}" width="${KEY_BAR}" height="${KEY_H}" rx="2" fill="url(#${id}-key)"/>`,
      `<text x="${num(hx)}" y="${num(y + KEY_H / 2 + FONT * 0.35)}" fill="${muted}">${escapeXml(hi)}</text>`,
    );
    if (missing > 0 && input.missing) {
      const mx = hx + approxTextWidth(hi, FONT) + 18;
      matrix.push(`<text x="${num(mx)}" y="${num(y + KEY_H / 2 + FONT * 0.35)}" fill="${muted}">${escapeXml(fitText(`— ${input.missing}`, W - PAD - mx, FONT))}</text>`);
    }
    matrix.push('</g>');
    bottom = y + KEY_H;
  }
  const caption = frameCaption(input.caption, W, bottom + 18, theme);
  const H = Math.ceil(bottom + (caption.height ? 18 + caption.height : 0) + PAD - (caption.height ? CAPTION_SIZE * 0.2 : 0));

  const desc = `${rows.length} × ${cols.length} matrix${input.subtitle ? `. ${input.subtitle}` : ''}`;
  return frameDocument({ width: W, height: H, title: input.title, desc, theme, defs, body: [`<g data-role="header">`, header.svg, `</g>`, ...matrix, caption.svg].filter(Boolean).join('\n') });
}
