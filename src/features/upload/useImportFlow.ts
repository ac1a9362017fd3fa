/**
 * The import dialog's state machine: source -> loading (progress, cancel) -> mapping -> problems ->
 * done. The mapping lives here, not in the mapping step, so nothing a person typed is lost when a check
 * sends them to the problems step and back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  checkImport,
  fetchImportText,
  fileNameOfUrl,
  inferMapping,
  makeRecipe,
  parseInWorker,
  readBundle,
  sizeProblem,
  type ColumnMapping,
  type ImportCheck,
  type ImportRecipe,
  type ImportSource,
  type RawTable,
  WORKER_FROM,
} from '../../data/import';
import { baseTypes, type ColumnType } from './mappingEdits';

/** What the dialog opens with: a dropped file, a URL (e.g. from `?data=`), or text. */
export type ImportInitial = { file: File } | { url: string } | { text: string; name?: string };

export interface ImportResult {
  recipe: ImportRecipe;
  table: RawTable;
  /** The file's text as read, so the caller can keep the original. */
  originalText: string;
}

export type Phase =
  | { step: 'source'; error?: string }
  | { step: 'loading'; what: string; fraction: number | null }
  | { step: 'mapping' }
  | { step: 'problems'; check: ImportCheck };

interface Loaded {
  table: RawTable;
  text: string;
  fileName: string;
  source: ImportSource;
}

export interface ImportFlowCallbacks {
  onImport: (result: ImportResult) => void;
  onBundle?: (json: Record<string, unknown>) => void;
}

export const PASTED = 'pasted text';

export function useImportFlow({ onImport, onBundle }: ImportFlowCallbacks) {
  const [phase, setPhase] = useState<Phase>({ step: 'source' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [base, setBase] = useState<Record<string, ColumnType>>({});
  const controller = useRef<AbortController | null>(null);
  const callbacks = useRef({ onImport, onBundle });
  callbacks.current = { onImport, onBundle };

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (fileName: string, source: ImportSource, read: (signal: AbortSignal) => Promise<string>, file?: File) => {
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    const { signal } = ctrl;
    try {
      setPhase({ step: 'loading', what: source.kind === 'url' ? `Fetching ${fileName}…` : `Reading ${fileName}…`, fraction: null });
      const text = await read(signal);
      if (signal.aborted) return;
      const bundle = readBundle(text);
      if (bundle) {
        if (callbacks.current.onBundle) callbacks.current.onBundle(bundle);
        else setPhase({ step: 'source', error: `${fileName} is a Paretoscope bundle (saved datasets and views), not a table; open it from My datasets.` });
        return;
      }
      setPhase({ step: 'loading', what: `Parsing ${fileName}…`, fraction: 0 });
      // A large file goes to the worker as the File itself (no copy of its text on this thread).
      const table = await parseInWorker(file && text.length >= WORKER_FROM ? file : text, fileName, {
        signal,
        onProgress: (fraction) => !signal.aborted && setPhase({ step: 'loading', what: `Parsing ${fileName}…`, fraction }),
      });
      if (signal.aborted) return;
      const guessed = inferMapping(table);
      setLoaded({ table, text, fileName, source });
      setMapping(guessed);
      setBase(baseTypes(guessed));
      setPhase({ step: 'mapping' });
    } catch (err) {
      if (signal.aborted) return;
      setPhase({ step: 'source', error: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  const loadFile = useCallback(
    (file: File) => {
      const tooBig = sizeProblem(file.name, file.size);
      if (tooBig) return setPhase({ step: 'source', error: `${tooBig}.` });
      void run(file.name, { kind: 'file' }, () => file.text(), file);
    },
    [run],
  );

  const loadText = useCallback((text: string, name = PASTED) => void run(name, { kind: 'paste' }, async () => text), [run]);

  const loadUrl = useCallback(
    (url: string) => {
      let absolute: string;
      try {
        absolute = new URL(url.trim(), window.location.href).href;
      } catch {
        return setPhase({ step: 'source', error: `${url} is not a web address; expected something like https://example.org/results.csv` });
      }
      void run(fileNameOfUrl(absolute), { kind: 'url', url: absolute }, (signal) => fetchImportText(absolute, signal));
    },
    [run],
  );

  const cancelLoading = useCallback(() => {
    controller.current?.abort();
    setPhase({ step: 'source' });
  }, []);

  const finish = useCallback(
    (excludeRows: number[]) => {
      if (!loaded) return;
      const recipe = makeRecipe(loaded.fileName, loaded.source, mapping, excludeRows);
      callbacks.current.onImport({ recipe, table: loaded.table, originalText: loaded.text });
    },
    [loaded, mapping],
  );

  const submit = useCallback(() => {
    if (!loaded) return;
    const check = checkImport(loaded.table, mapping, loaded.fileName);
    if (check.total > 0 || check.errors?.length) setPhase({ step: 'problems', check });
    else finish([]);
  }, [loaded, mapping, finish]);

  const importExcluding = useCallback(() => {
    if (phase.step === 'problems' && !phase.check.errors?.length) finish(phase.check.badRows);
  }, [phase, finish]);

  const backToMapping = useCallback(() => setPhase({ step: 'mapping' }), []);
  const backToSource = useCallback(() => setPhase({ step: 'source' }), []);

  return { phase, loaded, mapping, base, setMapping, loadFile, loadText, loadUrl, cancelLoading, submit, importExcluding, backToMapping, backToSource };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
