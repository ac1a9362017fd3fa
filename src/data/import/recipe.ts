/** Recipe helpers for the import dialog and for anything that re-imports a stored recipe. */
import type { ColumnMapping, ImportRecipe, ImportSource } from './types';

/** `upload-` and 8 random hex digits: a card id (lower-case, hyphenated), distinct per import. */
export function newImportId(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return `upload-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** "results.v2.csv" -> "results.v2"; "data" -> "data"; ".env" -> ".env". */
export function nameWithoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The last path segment of a URL, decoded ("https://x/a/b%20c.csv?x=1" -> "b c.csv"); the host if none. */
export function fileNameOfUrl(url: string): string {
  try {
    const u = new URL(url, 'http://localhost/');
    const last = u.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : u.hostname || 'download';
  } catch {
    return 'download';
  }
}

/** A new recipe for a table the person just mapped. */
export function makeRecipe(fileName: string, source: ImportSource, mapping: ColumnMapping[], excludeRows: number[] = []): ImportRecipe {
  return { id: newImportId(), name: nameWithoutExtension(fileName), fileName, source, mapping, excludeRows };
}
