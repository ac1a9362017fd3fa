/**
 * Text for exported figures: XML escaping and text widths estimated from Helvetica/Arial metrics.
 * An exported file is opened elsewhere (a browser, Inkscape, a LaTeX toolchain) with whatever
 * sans-serif that machine has, so the layout is planned from the metrics of the common one rather
 * than measured with this browser's font: the same input gives the same file everywhere, in Node too.
 */

/** Generic sans-serif stack for exported figures: no web fonts, nothing to embed. */
export const EXPORT_FONT_FAMILY = 'Helvetica, Arial, sans-serif';

/** Characters that cannot appear in XML 1.0 at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and attribute values (either quote style) and drops characters XML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// Helvetica advance widths in 1/1000 em for printable ASCII (U+0020 … U+007E).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

function charWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII[code - 0x20];
  if (code === 0x2212 || code === 0xd7) return 584; // − ×
  if (code >= 0x2070 && code <= 0x209f) return 333; // superscript and subscript digits
  if (code === 0xb9 || code === 0xb2 || code === 0xb3) return 333;
  if (code === 0x2026) return 1000; // …
  if (code === 0x2013) return 556; // –
  if (code === 0x2014) return 1000; // —
  if (code >= 0x2190 && code <= 0x21ff) return 1000; // arrows
  if (code >= 0x3000) return 1000; // CJK and wide forms
  return 600;
}

/** Estimated width in px of `text` at `fontSize` px (bold text is ~6% wider). */
export function approxTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0)!);
  return (units / 1000) * fontSize * (bold ? 1.06 : 1);
}

/** `text` shortened with an ellipsis to fit `width` px at `fontSize`. */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (approxTextWidth(text, fontSize, bold) <= width + 0.01) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (approxTextWidth(chars.slice(0, mid).join('') + '…', fontSize, bold) <= width + 0.01) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + '…';
}

/** A number for an SVG attribute: at most two decimals, no trailing zeros, never "-0". */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * `text` broken at spaces into at most `maxLines` lines no wider than `width` px at `fontSize`; the last
 * line is shortened with an ellipsis when the rest does not fit (a word longer than a line too).
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    let line = words[i++];
    while (i < words.length && approxTextWidth(`${line} ${words[i]}`, fontSize) <= width + 0.01) line = `${line} ${words[i++]}`;
    if (approxTextWidth(line, fontSize) > width + 0.01) line = fitText(line, width, fontSize);
    lines.push(line);
  }
  if (i < words.length) lines.push(fitText(words.slice(i).join(' '), width, fontSize));
  return lines;
}
