/** File names for exports: `<dataset>-<y>-vs-<x>.png` and friends, safe on every OS. */

const MAX_LENGTH = 120;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file-name part: accents folded to ASCII, lower case, anything but letters, digits, '.', '_' and '-'
 * turned into '-', runs collapsed, no leading or trailing separators or dots, at most 120 characters;
 * `fallback` when nothing is left.
 */
export function sanitizeFileName(name: string, fallback = 'paretoscope'): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/[-._]+$/g, '');
  if (!s || RESERVED.test(s)) return s ? `${s}-file` : fallback;
  return s;
}

/** "<dataset>-<y>-vs-<x>", each part sanitized. */
export function exportFileBase(dataset: string, yKey: string, xKey: string): string {
  return sanitizeFileName(`${sanitizeFileName(dataset, 'data')}-${sanitizeFileName(yKey, 'y')}-vs-${sanitizeFileName(xKey, 'x')}`);
}

/**
 * A figure's name: the scatter's "<dataset>-<y>-vs-<x>"; the comparison views add their mode,
 * "<dataset>-overlay-<y>-vs-<x>", "<dataset>-multiples-<y>-vs-<x>", and parallel coordinates name
 * their axes, "<dataset>-parallel-<a>-<b>-<c>".
 */
export function figureFileBase(dataset: string, yKey: string, xKey: string, mode: 'scatter' | 'overlay' | 'multiples' | 'parallel' = 'scatter', axisKeys: readonly string[] = []): string {
  if (mode === 'scatter') return exportFileBase(dataset, yKey, xKey);
  const data = sanitizeFileName(dataset, 'data');
  if (mode === 'parallel') return sanitizeFileName(`${data}-parallel-${axisKeys.map((k) => sanitizeFileName(k, 'axis')).join('-')}`);
  return sanitizeFileName(`${data}-${mode}-${sanitizeFileName(yKey, 'y')}-vs-${sanitizeFileName(xKey, 'x')}`);
}

export type ExportKind = 'png' | 'svg' | 'csv-front' | 'csv-all' | 'json';

/** The download name for one kind of export. */
export function exportFileName(base: string, kind: ExportKind): string {
  switch (kind) {
    case 'png':
      return `${base}.png`;
    case 'svg':
      return `${base}.svg`;
    case 'csv-front':
      return `${base}-frontier.csv`;
    case 'csv-all':
      return `${base}-all-rows.csv`;
    case 'json':
      return `${base}-view.json`;
  }
}
