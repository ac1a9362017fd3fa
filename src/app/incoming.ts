/**
 * Data that arrives with the page rather than from the catalog: a share link's fragment (`#d=…`, the
 * data inline or the address it lives at) or a dropped Paretoscope bundle. Either way it is kept in the
 * browser like an upload and opened by its id.
 */
import { formatBytes } from '../data/import/limits';
import type { FetchImportOptions } from '../data/import/fetchUrl';
import type { ImportRecipe } from '../data/import/types';
import { loadChunk } from '../data/lazyChunk';
import { loadUpload, saveUpload, unsavedWarning } from '../data/uploads';
import type { SharedData } from '../state/share';

/** Shared data larger than this (UTF-8 bytes) is stored in the browser only after the person agrees. */
export const ASK_BEFORE_KEEPING_BYTES = 1_000_000;

/** The person chose not to keep a large shared dataset: nothing was stored. */
export class NotKeptError extends Error {
  constructor(readonly bytes: number) {
    super(`The shared data (${formatBytes(bytes)}) was not kept in this browser, as you chose.`);
    this.name = 'NotKeptError';
  }
}

/** UTF-8 size of `text` without encoding it. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export interface KeepOptions extends FetchImportOptions {
  signal?: AbortSignal;
  /**
   * Asked before storing more than ASK_BEFORE_KEEPING_BYTES; false stores nothing and rejects with
   * NotKeptError. Without it, any size is kept (a dropped bundle is already a deliberate act).
   */
  confirmKeep?: (bytes: number) => Promise<boolean>;
}

/**
 * Keeps shared data as an upload (unless this browser already has it) and returns the id to open. Data
 * that lives at an address is fetched within the fetch bounds; `signal` cancels it.
 */
export async function keepSharedData(data: SharedData, options: KeepOptions = {}): Promise<{ id: string; warning?: string }> {
  const recipe: ImportRecipe = data.recipe;
  if (await loadUpload(recipe.id)) return { id: recipe.id }; // never overwrite someone's original file
  let content: { text: string } | { bytes: Uint8Array };
  if (data.csv !== undefined) content = { text: data.csv };
  else if (data.url !== undefined) {
    const { signal, confirmKeep: _ask, ...bounds } = options;
    // The bounded fetch (and its decompression) comes with the import code, downloaded on first use.
    const { fetchImportContent } = await loadChunk('Fetching the shared data', () => import('../data/import/fetchUrl'));
    content = await fetchImportContent(data.url, signal, bounds);
  } else throw new Error('The link names a dataset but carries neither its data nor its address.');
  if (options.confirmKeep) {
    const bytes = 'text' in content ? utf8Bytes(content.text) : content.bytes.length;
    if (bytes > ASK_BEFORE_KEEPING_BYTES && !(await options.confirmKeep(bytes))) throw new NotKeptError(bytes);
  }
  let saved;
  if ('text' in content) saved = await saveUpload(recipe, content.text);
  else {
    // A Parquet or Arrow file at the address: read into columns now (it has no text to keep).
    const original = new Blob([content.bytes as Uint8Array<ArrayBuffer>]);
    const { parseInWorker } = await loadChunk('The import tools', () => import('../data/import'));
    const table = await parseInWorker(original, recipe.fileName, options.signal ? { signal: options.signal } : {});
    saved = await saveUpload(recipe, { table, original });
  }
  return { id: recipe.id, warning: saved.persisted ? undefined : unsavedWarning(saved.reason) };
}

/** Whether the page was opened with data in its fragment. */
export function hasSharedFragment(hash: string): boolean {
  return /^#?d=/.test(hash);
}

/**
 * Takes a `?data=` link's parameters out of the address bar (in place, no new history entry): once its
 * file is given up, its view means nothing for the dataset that opens instead. `embed=1` stays.
 */
export function dropDataLink(): void {
  const embed = /[?&]embed=1(&|$)/.test(window.location.search) ? '?embed=1' : '';
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${embed}${window.location.hash}`);
}

/**
 * Takes a share link out of the address bar (in place): once its data is given up, neither the data
 * nor the view made for it should open. `embed=1` stays.
 */
export function dropSharedLink(): void {
  const embed = /[?&]embed=1(&|$)/.test(window.location.search) ? '?embed=1' : '';
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${embed}`);
}
