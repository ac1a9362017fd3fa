/**
 * The import dialog's state machine: source -> loading (progress, cancel) -> mapping -> problems ->
 * done. The mapping lives here, not in the mapping step, so nothing a person typed is lost when a check
 * sends them to the problems step and back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  checkImport,
  decodeBytes,
  fileNameOfUrl,
  inferMapping,
  columnarMagic,
  isColumnarBlob,
  LIMITS,
  makeRecipe,
  parseInWorker,
  readBlobText,
  readBundle,
  sizeProblem,
  type ColumnMapping,
  type ImportCheck,
  type ImportRecipe,
  type ImportSource,
  type RawTable,
  WORKER_FROM,
  withReadNotes,
} from '../../data/import';
import { fetchImportBytes } from '../../data/import/fetchUrl';
import type { MapOverride } from '../../state/dataLink';
import { applyMapOverrides, objectivesFromLink } from './linkMapping';
import { baseTypes, type ColumnType } from './mappingEdits';

/** What the dialog opens with: a dropped file, a URL (e.g. from `?data=`), or text. */
export type ImportInitial = { file: File } | { url: string } | { text: string; name?: string };

/** What a `?data=` link asks of the file it names (the first URL the dialog loads). */
export interface LinkImport {
  /** The link's `map=` choices, applied over the guesses. */
  overrides: readonly MapOverride[];
  /** Import without stopping on the mapping step (the link names its objectives), unless something blocks it. */
  auto: boolean;
  /** The link's `objectives=` items, for a file where nothing was guessed an objective. */
  objectives?: readonly { key: string; sense?: string }[];
}

export interface ImportResult {
  recipe: ImportRecipe;
  table: RawTable;
  /** The original file (the bytes as dropped or fetched, or the pasted text), kept for a download. */
  original: Blob;
  /** Present when a `?data=` link's file was imported. */
  linked?: {
    /** True when the mapping step was skipped: the columns are the guesses plus the link's `map=`. */
    automatic: boolean;
    /** Rows left out because a cell did not fit its column (automatic imports only). */
    leftOut: number;
    /** The link's `map=` choices that could not be applied. */
    notices: string[];
  };
}

export type Phase =
  | { step: 'source'; error?: string }
  | { step: 'loading'; what: string; fraction: number | null }
  | { step: 'mapping' }
  | { step: 'problems'; check: ImportCheck };

interface Loaded {
  table: RawTable;
  original: Blob;
  fileName: string;
  source: ImportSource;
}

export interface ImportFlowCallbacks {
  onImport: (result: ImportResult) => void;
  onBundle?: (json: Record<string, unknown>) => void;
  /** A `?data=` link's wishes, for the first URL loaded. */
  link?: LinkImport;
}

/** How a parsed table starts on the mapping step. */
interface Start {
  mapping: ColumnMapping[];
  /** Set for a `?data=` link's file; `automatic`: import without the mapping step when nothing blocks it. */
  linked?: { automatic: boolean; notices: string[] };
}

export const PASTED = 'pasted text';

/**
 * What a source gives: its text and the original to keep — or, `inWorker`, no text at all: the bytes of
 * the original go to the parse worker, which decodes them there (a large file that cannot be a bundle,
 * a columnar file), so this thread never holds the file's text.
 */
interface Read {
  text: string;
  notes: string[];
  original: Blob;
  inWorker?: boolean;
}

/**
 * Whether bytes may be a Paretoscope bundle (a JSON object), which the app opens itself: only text that
 * starts with "{" (after a BOM or spaces), or bytes this cheap look cannot read (compressed, UTF-16).
 */
function mayBeBundle(head: Uint8Array): boolean {
  if (head[0] === 0x1f && head[1] === 0x8b) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  // Mostly zero bytes (UTF-16 without a BOM) or the first character: only "{" can start a bundle.
  return i >= head.length || head[i] === 0x7b || head[i] === 0;
}

/** A large file that cannot be a bundle, or a columnar one: parsed from its bytes in the worker. */
async function parsedFromBytes(blob: Blob): Promise<boolean> {
  if (await isColumnarBlob(blob)) return true;
  return blob.size >= WORKER_FROM && !mayBeBundle(new Uint8Array(await blob.slice(0, 1024).arrayBuffer()));
}

export function useImportFlow({ onImport, onBundle, link }: ImportFlowCallbacks) {
  const [phase, setPhase] = useState<Phase>({ step: 'source' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [base, setBase] = useState<Record<string, ColumnType>>({});
  const [start, setStart] = useState<Start | null>(null);
  const controller = useRef<AbortController | null>(null);
  const callbacks = useRef({ onImport, onBundle });
  callbacks.current = { onImport, onBundle };
  // The link applies to the first URL that parses, not to a file chosen after it failed.
  const pendingLink = useRef(link);

  useEffect(() => () => controller.current?.abort(), []);

  const startFor = useCallback((guessed: ColumnMapping[], source: ImportSource): Start => {
    const wish = source.kind === 'url' ? pendingLink.current : undefined;
    if (!wish) return { mapping: guessed };
    pendingLink.current = undefined;
    const { mapping: chosen, notices } = applyMapOverrides(guessed, wish.overrides);
    return { mapping: objectivesFromLink(chosen, wish.objectives ?? []), linked: { automatic: wish.auto, notices } };
  }, []);

  const run = useCallback(async (fileName: string, source: ImportSource, read: (signal: AbortSignal) => Promise<Read>, file?: File) => {
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    const { signal } = ctrl;
    try {
      setPhase({ step: 'loading', what: source.kind === 'url' ? `Fetching ${fileName}…` : `Reading ${fileName}…`, fraction: null });
      const got = await read(signal);
      if (signal.aborted) return;
      // How the bytes were read (decompressed, decoded) is said on the mapping step.
      const { text, notes, original, inWorker } = got;
      const bundle = inWorker ? null : readBundle(text);
      if (bundle) {
        if (callbacks.current.onBundle) callbacks.current.onBundle(bundle);
        else setPhase({ step: 'source', error: `${fileName} is a Paretoscope bundle (saved datasets and views), not a table; open it from My datasets.` });
        return;
      }
      setPhase({ step: 'loading', what: `Parsing ${fileName}…`, fraction: 0 });
      // A large file goes to the worker as its bytes (no copy of its text on this thread, or none at all).
      const parsed = await parseInWorker(inWorker ? original : file && notes.length === 0 && text.length >= WORKER_FROM ? file : text, fileName, {
        signal,
        onProgress: (fraction) => !signal.aborted && setPhase({ step: 'loading', what: `Parsing ${fileName}…`, fraction }),
      });
      if (signal.aborted) return;
      const table = withReadNotes(parsed, notes);
      const guessed = inferMapping(table);
      const begin = startFor(guessed, source);
      if (begin.linked?.automatic) {
        // A link that says which objectives it shows: import as guessed (plus map=), leaving out rows
        // whose cells do not fit; only what leaving rows out cannot fix stops on the mapping step.
        const check = checkImport(table, begin.mapping, fileName);
        if (!check.errors?.length) {
          const recipe = makeRecipe(fileName, source, begin.mapping, check.badRows);
          callbacks.current.onImport({ recipe, table, original, linked: { automatic: true, leftOut: check.badRows.length, notices: begin.linked.notices } });
          return;
        }
      }
      setLoaded({ table, original, fileName, source });
      setStart(begin);
      setMapping(begin.mapping);
      setBase(baseTypes(guessed));
      setPhase({ step: 'mapping' });
    } catch (err) {
      if (signal.aborted) return;
      setPhase({ step: 'source', error: err instanceof Error ? err.message : String(err) });
    }
  }, [startFor]);

  const loadFile = useCallback(
    (file: File) => {
      // Parquet and Arrow files may be bigger than text ones (they never become text): the limit waits on the first bytes.
      if (file.size > LIMITS.bytes) {
        void isColumnarBlob(file).then((columnar) => {
          const tooBig = sizeProblem(file.name, file.size, columnar ? LIMITS.columnarBytes : LIMITS.bytes);
          if (tooBig) setPhase({ step: 'source', error: `${tooBig}.` });
          else void run(file.name, { kind: 'file' }, async () => ({ text: '', notes: [], original: file, inWorker: true }), file);
        });
        return;
      }
      void run(
        file.name,
        { kind: 'file' },
        async () => ((await parsedFromBytes(file)) ? { text: '', notes: [], original: file, inWorker: true } : { ...(await readBlobText(file, file.name)), original: file }),
        file,
      );
    },
    [run],
  );

  const loadText = useCallback(
    (text: string, name = PASTED) => void run(name, { kind: 'paste' }, async () => ({ text, notes: [], original: new Blob([text], { type: 'text/plain;charset=utf-8' }) })),
    [run],
  );

  const loadUrl = useCallback(
    (url: string) => {
      let absolute: string;
      try {
        absolute = new URL(url.trim(), window.location.href).href;
      } catch {
        return setPhase({ step: 'source', error: `${url} is not a web address; expected something like https://example.org/results.csv` });
      }
      const name = fileNameOfUrl(absolute);
      // Bytes, so a .csv.gz, UTF-16 or Latin-1 file at an address is read like the same file dropped.
      void run(name, { kind: 'url', url: absolute }, async (signal) => {
        // Up to the columnar limit, which is the larger: a text file over its own limit is refused once read.
        const bytes = await fetchImportBytes(absolute, signal, { maxBytes: LIMITS.columnarBytes, textMaxBytes: LIMITS.bytes });
        const original = new Blob([bytes as Uint8Array<ArrayBuffer>]);
        // A Parquet or Arrow file is handed to the parse worker as bytes, never decoded as text.
        if (columnarMagic(bytes)) return { text: '', notes: [], original, inWorker: true };
        const tooBig = sizeProblem(name, bytes.length);
        if (tooBig) throw new Error(`${tooBig}.`);
        if (await parsedFromBytes(original)) return { text: '', notes: [], original, inWorker: true };
        return { ...decodeBytes(bytes, name), original };
      });
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
      const linked = start?.linked && { automatic: false, leftOut: 0, notices: start.linked.notices };
      callbacks.current.onImport({ recipe, table: loaded.table, original: loaded.original, ...(linked ? { linked } : {}) });
    },
    [loaded, mapping, start],
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
