/**
 * Datasets the person brought: rebuilt from what is kept in the browser (IndexedDB, or memory when
 * storage is unavailable), through the same import pipeline, cached by react-query like bundled ones.
 */
import { queryOptions } from '@tanstack/react-query';
import { DataError } from './errors';
import type { ColumnMapping, ImportRecipe, RawTable } from './import/types';
import { loadChunk } from './lazyChunk';
import type { Dataset } from './types';
import { loadUpload } from './uploads';

export const UPLOAD_PREFIX = 'upload-';

export const isUploadId = (id: string) => id.startsWith(UPLOAD_PREFIX);

/** The import pipeline (parsers, guesses, checks, build): downloaded when an upload is first opened, not with the page. */
const importPipeline = () => loadChunk('The import tools', () => import('./import'));

export interface ImportedDataset {
  dataset: Dataset;
  table: RawTable;
  recipe: ImportRecipe;
}

/** Reads an upload back: its original text, parsed (in a worker when large), typed by its recipe. */
export async function loadImported(id: string): Promise<ImportedDataset> {
  const stored = await loadUpload(id);
  if (!stored) {
    throw new DataError(
      { file: id },
      'this dataset is not kept in this browser (it may have been deleted, or it was opened in another browser or a private window). Import the file again, or open the link it was shared with.',
    );
  }
  const { buildImported, parseInWorker } = await importPipeline();
  const table = await parseInWorker(stored.originalText, stored.recipe.fileName);
  return { dataset: buildImported(table, stored.recipe), table, recipe: stored.recipe };
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

/** What a share link carries for an upload: the compact data, the original recipe and the guesses. */
export async function shareDataFor(id: string): Promise<ShareSource> {
  const [{ table, recipe }, { inferMapping, tableToCsv }] = await Promise.all([loadImported(id), importPipeline()]);
  const compact = tableToCsv(table, recipe);
  const guessed = inferMapping(table);
  if (recipe.source.kind === 'url') return { data: { v: 1, recipe: compact.recipe, csv: compact.csv, url: recipe.source.url }, original: recipe, guessed };
  return { data: { v: 1, recipe: compact.recipe, csv: compact.csv }, original: recipe, guessed };
}
