/**
 * The frame of the comparison figures' standalone SVG files (coverage heatmap, run strips): a bold title
 * and a muted subtitle at the top, a caption at the foot, both wrapped to the figure's width, with the
 * sizes, colours, fonts and document head of the scatter's export (exportSvg.ts), so every downloaded
 * figure reads alike.
 */
import { paint } from '../exportPoints';
import { EXPORT_TEXT, svgDocument, svgHead, themeOf, type ExportChartInput } from '../exportSvg';
import { escapeXml, num, wrapText } from '../exportText';
import type { ChartTheme } from '../theme';

export const { PAD, TITLE_SIZE, SUBTITLE_SIZE, CAPTION_SIZE, TICK_SIZE } = EXPORT_TEXT;
const TITLE_LINE = 19;
const SUBTITLE_LINE = 15;
const CAPTION_LINE = 13;

export type FigureTheme = ExportChartInput['theme'];
export { themeOf };

function lines(role: string, texts: string[], x: number, firstBaseline: number, step: number, size: number, fill: string, bold = false): string {
  if (texts.length === 0) return '';
  const spans = texts.map((t, i) => `<tspan x="${num(x)}" y="${num(firstBaseline + i * step)}">${escapeXml(t)}</tspan>`).join('');
  return `<text data-role="${role}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${paint(fill).color}">${spans}</text>`;
}

/** The title (up to two lines) and subtitle (up to three) over `width` px: their SVG and the height they take from the top. */
export function frameHeader(title: string, subtitle: string | undefined, width: number, theme: ChartTheme): { svg: string; height: number } {
  const inner = width - 2 * PAD;
  const t = title ? wrapText(title, inner / 1.06, TITLE_SIZE, 2) : [];
  const s = subtitle ? wrapText(subtitle, inner, SUBTITLE_SIZE, 3) : [];
  let top = PAD;
  const parts: string[] = [];
  if (t.length) {
    parts.push(lines('title', t, PAD, top + TITLE_SIZE * 0.8, TITLE_LINE, TITLE_SIZE, theme.text, true));
    top += TITLE_SIZE + (t.length - 1) * TITLE_LINE + 6;
  }
  if (s.length) {
    parts.push(lines('subtitle', s, PAD, top + SUBTITLE_SIZE * 0.8, SUBTITLE_LINE, SUBTITLE_SIZE, theme.textMuted));
    top += SUBTITLE_SIZE + (s.length - 1) * SUBTITLE_LINE + 6;
  }
  return { svg: parts.join('\n'), height: top };
}

/** The caption (up to four lines) with its first line's top at `top`: its SVG and the height it takes. */
export function frameCaption(caption: string | undefined, width: number, top: number, theme: ChartTheme): { svg: string; height: number } {
  if (!caption) return { svg: '', height: 0 };
  const c = wrapText(caption, width - 2 * PAD, CAPTION_SIZE, 4);
  return {
    svg: lines('caption', c, PAD, top + CAPTION_SIZE * 0.8, CAPTION_LINE, CAPTION_SIZE, theme.textMuted),
    height: CAPTION_SIZE + (c.length - 1) * CAPTION_LINE,
  };
}

/** A standalone SVG document: head, defs, background in the theme's colour, body. */
export function frameDocument(parts: { width: number; height: number; title: string; desc: string; theme: ChartTheme; defs?: string; body: string }): string {
  const { width: W, height: H } = parts;
  return svgDocument([
    ...svgHead(W, H, parts.title, parts.desc),
    parts.defs ? `<defs>${parts.defs}</defs>` : '',
    `<rect data-role="background" x="0" y="0" width="${W}" height="${H}" fill="${paint(parts.theme.background).color}"/>`,
    parts.body,
    '</svg>',
  ]);
}
