/**
 * The Edit columns dialog's state machine: read the stored upload (its recipe and columns) ->
 * mapping (the recipe's, not fresh guesses) -> problems -> saving. Unlike an import there is no
 * source to choose, the result keeps the upload's id and name, and saving can fail (storage full or
 * unavailable): then the dialog stays on the mapping with the reason and nothing is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkImport, inferMapping, type ColumnMapping, type ImportCheck, type ImportRecipe, type RawTable } from '../../data/import';
import { tableOfStored } from '../../data/importedQueries';
import type { StoredUpload } from '../../data/uploads';
import { baseTypes, storedMapping, type ColumnType } from './mappingEdits';

export type { StoredUpload };

/** What Save hands over: the recipe before and after (same id and name), and the parsed table. */
export interface ColumnsEdit {
  before: ImportRecipe;
  recipe: ImportRecipe;
  table: RawTable;
}

/** Saves an edit; resolves to why it failed (the dialog stays open and says so), or undefined once saved. */
export type SaveColumns = (edit: ColumnsEdit) => Promise<string | undefined>;

export type EditPhase =
  | { step: 'loading'; fraction: number | null }
  | { step: 'missing'; message: string }
  | { step: 'mapping'; error?: string }
  | { step: 'problems'; check: ImportCheck }
  | { step: 'saving' };

interface Loaded {
  recipe: ImportRecipe;
  table: RawTable;
}

export function useEditColumnsFlow(id: string, load: (id: string) => Promise<StoredUpload | undefined>, onSave: SaveColumns) {
  const [phase, setPhase] = useState<EditPhase>({ step: 'loading', fraction: null });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [base, setBase] = useState<Record<string, ColumnType>>({});
  const save = useRef(onSave);
  save.current = onSave;
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    const ctrl = new AbortController();
    const { signal } = ctrl;
    (async () => {
      try {
        const stored = await load(id);
        if (signal.aborted) return;
        if (!stored) {
          setPhase({ step: 'missing', message: 'This dataset is no longer kept in this browser (it may have been deleted). Import the file again to use it.' });
          return;
        }
        const { recipe } = stored;
        // The stored columns; a record kept as text is parsed (once, then its columns are kept).
        const table = await tableOfStored(id, stored, { signal, onProgress: (fraction) => !signal.aborted && setPhase({ step: 'loading', fraction }) });
        if (signal.aborted) return;
        const guessed = inferMapping(table);
        setLoaded({ recipe, table });
        setMapping(storedMapping(table.header, recipe.mapping, guessed));
        setBase(baseTypes(guessed));
        setPhase({ step: 'mapping' });
      } catch (err) {
        if (signal.aborted) return;
        setPhase({ step: 'missing', message: `The kept copy could not be read: ${err instanceof Error ? err.message : String(err)}` });
      }
    })();
    return () => {
      live.current = false;
      ctrl.abort();
    };
  }, [id, load]);

  const finish = useCallback(
    async (excludeRows: number[]) => {
      if (!loaded) return;
      setPhase({ step: 'saving' });
      const recipe: ImportRecipe = { ...loaded.recipe, mapping, excludeRows };
      let error: string | undefined;
      try {
        error = await save.current({ before: loaded.recipe, recipe, table: loaded.table });
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      // Once saved the caller closes the dialog; a failure keeps every edit on screen.
      if (live.current && error !== undefined) setPhase({ step: 'mapping', error });
    },
    [loaded, mapping],
  );

  const submit = useCallback(() => {
    if (!loaded) return;
    const check = checkImport(loaded.table, mapping, loaded.recipe.fileName);
    const before = new Set(loaded.recipe.excludeRows);
    // Rows that were already left out and still do not fit stay out without asking again.
    if (check.errors?.length || check.badRows.some((r) => !before.has(r))) setPhase({ step: 'problems', check });
    else void finish(check.badRows);
  }, [loaded, mapping, finish]);

  const saveExcluding = useCallback(() => {
    if (phase.step === 'problems' && !phase.check.errors?.length) void finish(phase.check.badRows);
  }, [phase, finish]);

  const backToMapping = useCallback(() => setPhase({ step: 'mapping' }), []);

  return { phase, loaded, mapping, base, setMapping, submit, saveExcluding, backToMapping };
}
