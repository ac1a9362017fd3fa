/**
 * Axis titles in the room between axes: up to two lines, broken at spaces (or inside a word too long
 * for a line), the last line ending in "…" when the rest does not fit. The full text goes in <title>.
 */

export interface WrappedTitle {
  lines: string[];
  truncated: boolean;
}

/** Longest prefix of `text` no wider than `width`, at least one character. */
function fitPrefix(text: string, width: number, measure: (s: string) => number): number {
  let k = 1;
  while (k < text.length && measure(text.slice(0, k + 1)) <= width) k++;
  return k;
}

function ellipsize(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  let k = text.length;
  while (k > 1 && measure(text.slice(0, k).trimEnd() + '…') > width) k--;
  return text.slice(0, k).trimEnd() + '…';
}

export function wrapTitle(label: string, width: number, measure: (s: string) => number, maxLines = 2): WrappedTitle {
  const text = label.trim().replace(/\s+/g, ' ');
  if (measure(text) <= width || maxLines <= 1) {
    const line = ellipsize(text, width, measure);
    return { lines: [line], truncated: line !== text };
  }
  const lines: string[] = [];
  let rest = text;
  while (rest && lines.length < maxLines - 1) {
    const words = rest.split(' ');
    let line = words[0];
    let used = 1;
    if (measure(line) > width) {
      // One word longer than the line: break inside it.
      const k = fitPrefix(line, width, measure);
      lines.push(line.slice(0, k));
      rest = rest.slice(k).trimStart();
      continue;
    }
    while (used < words.length && measure(`${line} ${words[used]}`) <= width) line = `${line} ${words[used++]}`;
    lines.push(line);
    rest = words.slice(used).join(' ');
  }
  if (rest) lines.push(ellipsize(rest, width, measure));
  const last = lines[lines.length - 1] ?? '';
  return { lines, truncated: last.endsWith('…') && !text.endsWith('…') };
}
