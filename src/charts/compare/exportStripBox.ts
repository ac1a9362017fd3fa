/**
 * The strip-and-box plot as a standalone SVG file, fit for a paper: the rows, boxes, whiskers, medians,
 * jittered dots, gridlines and ticks laid out as on screen (stripLayout.ts), with an axis title, a
 * title, a subtitle and a caption. Presentation attributes only, Helvetica metrics for the text
 * (exportText.ts): the same input gives the same file anywhere.
 */
import { paint } from '../exportPoints';
import { svgText } from '../exportSvg';
import { approxTextWidth, escapeXml, fitText, num } from '../exportText';
import { frameCaption, frameDocument, frameHeader, PAD, TICK_SIZE, themeOf, type FigureTheme } from './exportFrame';
import { STRIP_ROW, stripLayout, type StripMetrics, type StripRow } from './stripLayout';

export interface ExportStripInput {
  rows: StripRow[];
  /** Axis title, e.g. "Hypervolume". */
  xLabel: string;
  title: string;
  subtitle?: string;
  caption?: string;
  /** 'light' (white background, the default), 'dark', or a full theme. */
  theme?: FigureTheme;
  /** Figure width in px; default 640, at least 320. */
  width?: number;
}

const FONT = 11;
const AXIS_TITLE_SIZE = 12.5;
const METRICS: StripMetrics = { width: (t) => approxTextWidth(t, FONT), truncate: (t, px) => fitText(t, px, FONT) };
const opacity = (name: string, o: number) => (o < 0.999 ? ` ${name}="${o}"` : '');

/** A standalone SVG document (UTF-8, with an XML declaration) of the strip-and-box plot. */
export function stripBoxToSvg(input: ExportStripInput): string {
  const theme = themeOf(input.theme);
  const W = Math.max(320, Math.round(input.width ?? 640));
  const header = frameHeader(input.title, input.subtitle, W, theme);
  const top = header.height + 4;
  const layout = stripLayout(input.rows, W - PAD, METRICS);
  const { labelW, right, plotBottom, x, ticks, boxH } = layout;
  const x1 = layout.width - right;
  const grid = paint(theme.grid).color;
  const axis = paint(theme.axis).color;
  const muted = paint(theme.textMuted).color;
  const bg = paint(theme.background).color;

  const plot: string[] = [`<g data-role="plot" transform="translate(${PAD / 2},${num(top)})" font-size="${FONT}">`, `<g data-role="grid" stroke="${grid}">`];
  const inside = ticks.major.filter((t) => x(t) >= labelW - 0.5 && x(t) <= x1 + 0.5);
  for (const t of inside) plot.push(`<line x1="${num(x(t))}" x2="${num(x(t))}" y1="2" y2="${plotBottom}"/>`);
  plot.push('</g>', `<g data-role="axis">`, `<line x1="${labelW}" x2="${num(x1)}" y1="${plotBottom}" y2="${plotBottom}" stroke="${axis}"/>`);
  for (const t of inside) {
    plot.push(`<line x1="${num(x(t))}" x2="${num(x(t))}" y1="${plotBottom}" y2="${plotBottom + 4}" stroke="${axis}"/>`);
    plot.push(svgText(x(t), plotBottom + 15, TICK_SIZE, theme.textMuted, ticks.format(t), ' text-anchor="middle"'));
  }
  const titleY = plotBottom + 15 + 8 + AXIS_TITLE_SIZE;
  plot.push(svgText((labelW + x1) / 2, titleY, AXIS_TITLE_SIZE, theme.text, fitText(input.xLabel, x1 - labelW, AXIS_TITLE_SIZE), ' text-anchor="middle" data-role="x-title"'), '</g>');

  let dots = 0;
  input.rows.forEach((r, i) => {
    const { cy, text, stats: s } = layout.rows[i];
    const c = paint(r.color);
    plot.push(`<g data-role="row" data-row="${escapeXml(r.key)}"><title>${escapeXml(r.label)}</title>`);
    plot.push(`<circle cx="${labelW - 12}" cy="${num(cy)}" r="4" fill="${c.color}"/>`);
    plot.push(svgText(labelW - 20, cy + FONT * 0.35, FONT, theme.text, text, ' text-anchor="end"'));
    if (s.n > 0) {
      plot.push(
        `<g data-role="box" stroke="${muted}" stroke-width="1" fill="none">`,
        `<line x1="${num(x(s.min))}" x2="${num(x(s.q1))}" y1="${num(cy)}" y2="${num(cy)}"/>`,
        `<line x1="${num(x(s.q3))}" x2="${num(x(s.max))}" y1="${num(cy)}" y2="${num(cy)}"/>`,
        `<line x1="${num(x(s.min))}" x2="${num(x(s.min))}" y1="${num(cy - boxH / 4)}" y2="${num(cy + boxH / 4)}"/>`,
        `<line x1="${num(x(s.max))}" x2="${num(x(s.max))}" y1="${num(cy - boxH / 4)}" y2="${num(cy + boxH / 4)}"/>`,
        `<rect x="${num(x(s.q1))}" y="${num(cy - boxH / 2)}" width="${num(Math.max(1, x(s.q3) - x(s.q1)))}" height="${num(boxH)}" fill="${c.color}" fill-opacity="0.18" stroke="${c.color}"/>`,
        `<line data-role="median" x1="${num(x(s.median))}" x2="${num(x(s.median))}" y1="${num(cy - boxH / 2)}" y2="${num(cy + boxH / 2)}" stroke="${c.color}" stroke-width="2.5"/>`,
        '</g>',
      );
    }
    for (const p of r.points) {
      if (!Number.isFinite(p.value)) continue;
      dots++;
      plot.push(
        `<circle data-role="dot" cx="${num(x(p.value))}" cy="${num(layout.dotY(cy, p.index))}" r="3" fill="${c.color}"${opacity('fill-opacity', 0.9 * c.opacity)} stroke="${bg}" stroke-width="1"><title>${escapeXml(`${r.label}, ${p.title}`)}</title></circle>`,
      );
    }
    plot.push('</g>');
  });
  plot.push('</g>');

  const plotH = input.rows.length * STRIP_ROW + 4 + 15 + 8 + AXIS_TITLE_SIZE;
  const bottom = top + plotH;
  const caption = frameCaption(input.caption, W, bottom + 16, theme);
  const H = Math.ceil(bottom + (caption.height ? 16 + caption.height : 0) + PAD - 2);
  const desc = `${input.rows.length} groups, ${dots} dots${input.subtitle ? `. ${input.subtitle}` : ''}`;
  return frameDocument({ width: W, height: H, title: input.title, desc, theme, body: [`<g data-role="header">`, header.svg, `</g>`, ...plot, caption.svg].filter(Boolean).join('\n') });
}
