import { downloadBlob } from '../export/download';

/** Saves text as a UTF-8 file (see `downloadBlob`). */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** A file-name stem from a display name: letters, digits, '.', '_' and '-', never empty. */
export function fileStem(name: string, fallback = 'dataset'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 80);
  return stem || fallback;
}
