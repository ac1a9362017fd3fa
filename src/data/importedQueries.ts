/**
 * Datasets the person brought: rebuilt from what is kept in the browser (IndexedDB, or memory when
 * storage is unavailable) — the stored columns, typed by the recipe, with no parse — and cached by
 * react-query like bundled ones.
 */
import { queryOptions } from '@tanstack/react-query';
import { DataError } from './errors';
import type { ParseInWorkerOptions } from './import';
import type { ColumnMapping, ImportRecipe, RawTable } from './import/types';
import { loadChunk } from './lazyChunk';
import type { Dataset } from './types';
import { keepUploadColumns, loadUpload, type StoredUpload } from './uploads';

export const UPLOAD_PREFIX = 'upload-';

export const isUploadId = (id: string) => id.startsWith(UPLOAD_PREFIX);

/** The import pipeline (parsers, guesses, checks, build): downloaded when an upload is first opened, not with the page. */
const importPipeline = () => loadChunk('The import tools', () => import('./import'));

export interface ImportedDataset {
  dataset: Dataset;
  table: RawTable;
  recipe: ImportRecipe;
}

/**
 * The columns of a stored upload: as stored, or — for a record kept as text (shared data, earlier
 * versions) — parsed once (in a worker when large) and then kept, so the next opening does not parse.
 */
export async function tableOfStored(id: string, stored: StoredUpload, options: ParseInWorkerOptions = {}): Promise<RawTable> {
  if (stored.table) return stored.table;
  const { parseInWorker } = await importPipeline();
  const table = await parseInWorker(stored.originalText ?? '', stored.recipe.fileName, options);
  void keepUploadColumns(id, table);
  return table;
}

/** An upload's recipe and columns, from the browser's storage; DataError when it is not kept here. */
async function storedImport(id: string): Promise<{ table: RawTable; recipe: ImportRecipe }> {
  const stored = await loadUpload(id);
  if (!stored) {
    throw new DataError(
      { file: id },
      'this dataset is not kept in this browser (it may have been deleted, or it was opened in another browser or a private window). Import the file again, or open the link it was shared with.',
    );
  }
  return { table: await tableOfStored(id, stored), recipe: stored.recipe };
}

/** Reads an upload back: its stored columns, typed by its recipe (no parse). */
export async function loadImported(id: string): Promise<ImportedDataset> {
  const [{ table, recipe }, { buildImported }] = await Promise.all([storedImport(id), importPipeline()]);
  return { dataset: buildImported(table, recipe), table, recipe };
}

/** `['dataset', id]`, like bundled datasets, so the rest of the app does not care where data came from. */
export function importedDatasetQuery(id: string) {
  return queryOptions({
    queryKey: ['dataset', id] as const,
    queryFn: async () => (await loadImported(id)).dataset,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
    structuralSharing: false,
  });
}

/** What a share link needs for an upload. */
export interface ShareSource {
  /** The kept columns and rows as compact CSV, with the recipe that rebuilds them. */
  data: { v: 1; recipe: ImportRecipe; csv?: string; url?: string };
  /** The recipe of the original file. */
  original: ImportRecipe;
  /** What the import guesses for the original file, so a link by address carries only the choices that differ. */
  guessed: ColumnMapping[];
}

/**
 * What a share link carries for an upload: the compact data, the original recipe and the guesses. Built
 * from the stored columns when the share dialog asks for it, never while the dataset loads.
 */
export async function shareDataFor(id: string): Promise<ShareSource> {
  const [{ table, recipe }, { inferMapping, tableToCsv }] = await Promise.all([storedImport(id), importPipeline()]);
  const compact = tableToCsv(table, recipe);
  const guessed = inferMapping(table);
  if (recipe.source.kind === 'url') return { data: { v: 1, recipe: compact.recipe, csv: compact.csv, url: recipe.source.url }, original: recipe, guessed };
  return { data: { v: 1, recipe: compact.recipe, csv: compact.csv }, original: recipe, guessed };
}
