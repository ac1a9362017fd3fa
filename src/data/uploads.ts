/**
 * The person's uploaded datasets, kept in this browser (IndexedDB through idb-keyval) so they survive a
 * reload: the import recipe, the parsed columns (typed arrays, stored as binary: opening a dataset never
 * parses its file again) and the original file as a Blob for "download the original", saved at import
 * time before anything renders.
 *
 * Storage can be missing (no IndexedDB), refused (private browsing, blocked site data), full (quota) or
 * hung. None of that may cost the person their data for this session, so every record is also kept in an
 * in-memory mirror: saving reports `{ persisted: false, reason }` for a visible warning, and listing and
 * loading fall back to the mirror.
 *
 * Layout of the object store: `meta:<id>` holds the recipe and the summary fields (small, read by the
 * list), `table:<id>` the columnar RawTable (read to open), `file:<id>` the original file's Blob (read
 * only to download it). Records kept as text — by earlier versions, or shared data kept from a link —
 * have `text:<id>` instead of the first two: they are parsed once when first opened, and the columns are
 * then kept next to the text. A record's entries are written in one transaction, so a full disk never
 * leaves half a record.
 */
import { queryOptions } from '@tanstack/react-query';
import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import './zodConfig';
import type { ColumnMapping, ImportRecipe, RawTable } from './import/types';

/** One row of "My datasets". */
export interface UploadSummary {
  id: string;
  name: string;
  fileName: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Data rows, when the importer knew it. */
  rows?: number;
  /** Size of the original file in bytes (UTF-8 bytes of the text for a record kept as text). */
  bytes: number;
  /** false: only in this tab's memory, gone on reload. */
  persisted: boolean;
}

/**
 * What is kept of an upload's data: its parsed columns and its original file, or (shared data, records of
 * earlier versions) its text alone, parsed when first opened.
 */
export interface UploadContent {
  /** The parsed columns, which the dataset is rebuilt from without parsing. */
  table?: RawTable;
  /** The original file, for "download the original"; never parsed again. */
  original?: Blob;
  /** The original as text, for a record kept as text. */
  originalText?: string;
}

/** Everything stored for one upload; `deleteUpload` returns it so an Undo can save it back. */
export interface UploadRecord extends UploadContent {
  recipe: ImportRecipe;
  createdAt: number;
  rows?: number;
  bytes: number;
  /** SHA-256 of the original (hex), so a copy of the same file is found without comparing its bytes. */
  digest?: string;
}

/** An upload read back to open it: its recipe and either its columns or its text to parse. */
export interface StoredUpload {
  recipe: ImportRecipe;
  table?: RawTable;
  originalText?: string;
}

export type SaveResult = { persisted: true } | { persisted: false; reason: string };

/** The original file, ready for a download. */
export interface OriginalFile {
  fileName: string;
  blob: Blob;
  /** MIME type guessed from the file name. */
  type: string;
}

export interface SaveOptions {
  rows?: number;
  /** Keeps the original date when an Undo saves a record back. */
  createdAt?: number;
}

/** A new reading of a stored upload's columns ("Edit columns"): the rest of the recipe stays. */
export interface ColumnsChange {
  mapping: ColumnMapping[];
  excludeRows: number[];
  /** Data rows under the new reading, for the list; left out when unknown. */
  rows?: number;
}

/**
 * What became of an "Edit columns" save. `updated: false`: nothing changed, the old copy is kept and
 * `reason` says why (storage failed, or the upload is gone). `persisted: false`: the upload lives only
 * in this tab (its storage failed earlier), so the new reading does too.
 */
export type UpdateResult =
  | { updated: true; recipe: ImportRecipe; persisted: true }
  | { updated: true; recipe: ImportRecipe; persisted: false; reason: string }
  | { updated: false; reason: string };

/** Why an update found nothing to change. */
export const UPLOAD_GONE = 'this dataset is no longer kept in this browser (it may have been deleted in another tab)';

export interface UploadStore {
  /** `content` as text: a record kept as text (parsed when first opened). */
  save(recipe: ImportRecipe, content: UploadContent | string, options?: SaveOptions): Promise<SaveResult>;
  restore(record: UploadRecord): Promise<SaveResult>;
  list(): Promise<UploadSummary[]>;
  load(id: string): Promise<StoredUpload | undefined>;
  /** Keeps the columns parsed from a record kept as text, so it is not parsed again. */
  keepColumns(id: string, table: RawTable): Promise<void>;
  /** The record's small part (recipe, size, digest; the text of a record kept as text), without its columns or file. */
  summary(id: string): Promise<Omit<UploadRecord, 'table' | 'original'> | undefined>;
  rename(id: string, name: string): Promise<boolean>;
  updateColumns(id: string, change: ColumnsChange): Promise<UpdateResult>;
  remove(id: string): Promise<UploadRecord | undefined>;
  original(id: string): Promise<OriginalFile | undefined>;
}

const mappingSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.optional(z.string()),
  role: z.enum(['objective', 'group', 'label', 'attribute', 'ignore']),
  type: z.enum(['number', 'category', 'text']),
  sense: z.optional(z.enum(['min', 'max'])),
});

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file') }),
  z.object({ kind: z.literal('paste') }),
  z.object({ kind: z.literal('url'), url: z.string() }),
]);

/**
 * Shape of an ImportRecipe, for everything read back from outside the running app: IndexedDB records
 * written by another version, share links, bundles. Typed against ImportRecipe so the two cannot drift.
 */
export const importRecipeSchema: z.ZodMiniType<ImportRecipe> = z.object({
  id: z.string().check(z.maxLength(200), z.regex(/^upload-./, 'must start with "upload-"')),
  name: z.string(),
  fileName: z.string(),
  source: sourceSchema,
  mapping: z.array(mappingSchema),
  excludeRows: z.array(z.int().check(z.nonnegative())),
});

const storedMetaSchema = z.object({
  // 1: text only (earlier versions); 2: columns and the original file.
  format: z.union([z.literal(1), z.literal(2)]),
  recipe: importRecipeSchema,
  createdAt: z.number(),
  rows: z.optional(z.int().check(z.nonnegative())),
  bytes: z.number().check(z.nonnegative()),
  digest: z.optional(z.string()),
});
type StoredMeta = z.infer<typeof storedMetaSchema>;

const metaKey = (id: string) => `meta:${id}`;
const textKey = (id: string) => `text:${id}`;
const tableKey = (id: string) => `table:${id}`;
const fileKey = (id: string) => `file:${id}`;

/** A stored value that has the shape of a RawTable (another version may have written something else). */
function isStoredTable(value: unknown): value is RawTable {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<RawTable>;
  return (
    Array.isArray(t.header) &&
    Array.isArray(t.columns) &&
    typeof t.rowCount === 'number' &&
    t.columns.length === t.header.length &&
    t.columns.every((c) => (c.kind === 'number' ? c.values instanceof Float64Array && c.values.length === t.rowCount : c.kind === 'text' && c.codes instanceof Uint32Array && Array.isArray(c.labels)))
  );
}

const digests = new WeakMap<Blob, Promise<string | undefined>>();

/** SHA-256 (hex) of a file or text; undefined where the browser offers no digest. Never rejects. */
export function digestOf(content: Blob | string): Promise<string | undefined> {
  const run = async () => {
    try {
      if (typeof crypto === 'undefined' || !crypto.subtle) return undefined;
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(await content.arrayBuffer());
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
    } catch {
      return undefined;
    }
  };
  if (typeof content === 'string') return run();
  let known = digests.get(content);
  if (!known) digests.set(content, (known = run()));
  return known;
}

/** How long a storage call may take before the app stops waiting (some browsers hang instead of failing). */
export const STORAGE_TIMEOUT_MS = 5000;

export interface UploadStoreOptions {
  /** The idb-keyval store. Default: createStore('paretoscope', 'uploads'), opened on first use. */
  store?: UseStore;
  timeoutMs?: number;
}

class StorageError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

function defaultStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new StorageError('IndexedDBMissing', 'IndexedDB is missing');
  return createStore('paretoscope', 'uploads');
}

/** A plain reason for a storage failure, for "Not saved in this browser — <reason>". */
export function describeStorageError(error: unknown): string {
  // DOMException is not an Error subclass everywhere, so read its fields by shape.
  const e = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown; code?: unknown }) : {};
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const code = e.code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || /quota/i.test(message)) {
    return "the browser's storage for this site is full";
  }
  if (name === 'IndexedDBMissing') return 'this browser offers the page no storage (IndexedDB is missing)';
  if (name === 'TimeoutError') return "the browser's storage did not answer";
  if (['InvalidStateError', 'SecurityError', 'NotAllowedError', 'UnknownError'].includes(name)) {
    return 'the browser refuses to store data here (private browsing, or site data is blocked)';
  }
  return `the browser's storage failed (${message || name || 'no reason given'})`;
}

/** The visible warning for an upload that was not persisted. */
export function unsavedWarning(reason: string): string {
  return `Not saved in this browser: ${reason}. The dataset works now, but it won't survive a reload.`;
}

/** UTF-8 length without allocating an encoded copy of a possibly large file. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** MIME type for a download of `fileName`. */
export function mimeTypeOf(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
      return 'text/csv';
    case 'tsv':
      return 'text/tab-separated-values';
    case 'json':
      return 'application/json';
    case 'jsonl':
    case 'ndjson':
      return 'application/x-ndjson';
    default:
      return 'text/plain';
  }
}

function summaryOf(record: UploadRecord, persisted: boolean): UploadSummary {
  const { recipe, createdAt, rows, bytes } = record;
  return { id: recipe.id, name: recipe.name, fileName: recipe.fileName, createdAt, ...(rows === undefined ? {} : { rows }), bytes, persisted };
}

function metaOf(record: UploadRecord): StoredMeta {
  const { recipe, createdAt, rows, bytes, digest } = record;
  return { format: record.table ? 2 : 1, recipe, createdAt, ...(rows === undefined ? {} : { rows }), bytes, ...(digest === undefined ? {} : { digest }) };
}

/** The record's entries for the object store. */
function entriesOf(record: UploadRecord): [string, unknown][] {
  const id = record.recipe.id;
  const entries: [string, unknown][] = [[metaKey(id), metaOf(record)]];
  if (record.table) entries.push([tableKey(id), record.table]);
  if (record.original) entries.push([fileKey(id), record.original]);
  if (record.originalText !== undefined) entries.push([textKey(id), record.originalText]);
  return entries;
}

/**
 * An upload store over one idb-keyval store, with its own in-memory mirror. The app uses the default
 * instance through the functions below; tests make their own.
 */
export function createUploadStore(options: UploadStoreOptions = {}): UploadStore {
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  const memory = new Map<string, { record: UploadRecord; persisted: boolean }>();
  let store: UseStore | undefined;

  // A call that timed out and has still not answered (a hung `indexedDB.open` hangs every call): until it
  // does, later calls fail at once instead of each waiting out its own timeout.
  let hung: Promise<unknown> | undefined;

  /** Runs a storage call with the store, turning a missing IndexedDB or a hang into a rejection. */
  async function withStore<T>(call: (s: UseStore) => Promise<T>): Promise<T> {
    store ??= options.store ?? defaultStore();
    if (hung) throw new StorageError('TimeoutError', 'an earlier storage call has not answered yet');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const running = call(store);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const waiting = running.then(
          () => undefined,
          () => undefined,
        );
        hung = waiting;
        void waiting.then(() => {
          if (hung === waiting) hung = undefined;
        });
        reject(new StorageError('TimeoutError', `no answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([running, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The stored record; `withFile`: with the original's Blob too (only a download or a delete needs it). */
  async function readStored(id: string, withFile: boolean): Promise<UploadRecord | undefined> {
    const wanted = [metaKey(id), tableKey(id), textKey(id), ...(withFile ? [fileKey(id)] : [])];
    const [meta, table, text, file] = await withStore((s) => getMany(wanted, s));
    const parsed = storedMetaSchema.safeParse(meta);
    if (!parsed.success) return undefined;
    const { format: _format, ...fields } = parsed.data;
    void _format;
    const record: UploadRecord = { ...fields };
    if (isStoredTable(table)) record.table = table;
    if (typeof text === 'string') record.originalText = text;
    if (file instanceof Blob) record.original = file;
    return record.table || record.originalText !== undefined ? record : undefined;
  }

  async function loadRecord(id: string, withFile = false): Promise<UploadRecord | undefined> {
    const mirrored = memory.get(id);
    if (mirrored) return mirrored.record;
    try {
      return await readStored(id, withFile);
    } catch {
      return undefined;
    }
  }

  async function write(record: UploadRecord): Promise<SaveResult> {
    const id = record.recipe.id;
    const entry = { record, persisted: false };
    memory.set(id, entry);
    try {
      await withStore((s) => setMany(entriesOf(record), s));
      entry.persisted = true;
      return { persisted: true };
    } catch (error) {
      return { persisted: false, reason: describeStorageError(error) };
    }
  }

  return {
    async save(recipe, given, { rows, createdAt } = {}) {
      const content: UploadContent = typeof given === 'string' ? { originalText: given } : given;
      const { table, original, originalText } = content;
      const bytes = original ? original.size : utf8Length(originalText ?? '');
      const record: UploadRecord = { recipe, createdAt: createdAt ?? Date.now(), bytes };
      if (table) record.table = table;
      if (original) record.original = original;
      if (originalText !== undefined) record.originalText = originalText;
      if (rows !== undefined) record.rows = rows;
      const source = original ?? originalText;
      // The digest finds this file again when its link is opened twice (findStoredCopy).
      if (recipe.source.kind === 'url' && source !== undefined) {
        const digest = await digestOf(source);
        if (digest) record.digest = digest;
      }
      return write(record);
    },

    async keepColumns(id, table) {
      const mirrored = memory.get(id);
      if (mirrored) mirrored.record = { ...mirrored.record, table };
      try {
        const [raw] = await withStore((s) => getMany([metaKey(id)], s));
        const parsed = storedMetaSchema.safeParse(raw);
        if (!parsed.success) return;
        await withStore((s) => setMany([[tableKey(id), table], [metaKey(id), { ...parsed.data, format: 2 }]], s));
      } catch {
        // Not kept: the text is parsed again next time, as before.
      }
    },

    restore: (record) => write({ ...record }),

    async list() {
      const byId = new Map<string, UploadSummary>();
      let readable = true;
      try {
        const metaKeys = (await withStore((s) => keys(s))).filter((k): k is string => typeof k === 'string' && k.startsWith('meta:'));
        const metas = await withStore((s) => getMany(metaKeys, s));
        for (const meta of metas) {
          // A record another version wrote in a shape this one cannot read is left alone, not shown.
          const parsed = storedMetaSchema.safeParse(meta);
          if (parsed.success) byId.set(parsed.data.recipe.id, summaryOf(parsed.data, true));
        }
      } catch {
        readable = false;
      }
      for (const [id, { record, persisted }] of memory) {
        // This tab's copy is the latest word on content; storage decides whether it survives a reload.
        const stored = byId.has(id);
        byId.set(id, summaryOf(record, readable ? stored : persisted));
      }
      return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
    },

    async summary(id) {
      const mirrored = memory.get(id);
      if (mirrored) {
        const { table: _t, original: _o, ...rest } = mirrored.record;
        void _t;
        void _o;
        return rest;
      }
      try {
        const [meta, text] = await withStore((s) => getMany([metaKey(id), textKey(id)], s));
        const parsed = storedMetaSchema.safeParse(meta);
        if (!parsed.success) return undefined;
        const { format: _format, ...fields } = parsed.data;
        void _format;
        return typeof text === 'string' ? { ...fields, originalText: text } : fields;
      } catch {
        return undefined;
      }
    },

    async load(id) {
      const record = await loadRecord(id);
      if (!record) return undefined;
      const stored: StoredUpload = { recipe: record.recipe };
      if (record.table) stored.table = record.table;
      else if (record.originalText !== undefined) stored.originalText = record.originalText;
      return stored;
    },

    async rename(id, name) {
      const trimmed = name.trim();
      if (trimmed === '') return false;
      const mirrored = memory.get(id);
      if (mirrored) mirrored.record = { ...mirrored.record, recipe: { ...mirrored.record.recipe, name: trimmed } };
      let stored = false;
      try {
        const [meta] = await withStore((s) => getMany([metaKey(id)], s));
        const parsed = storedMetaSchema.safeParse(meta);
        if (parsed.success) {
          const renamed = { ...parsed.data, recipe: { ...parsed.data.recipe, name: trimmed } };
          await withStore((s) => setMany([[metaKey(id), renamed]], s));
          stored = true;
        }
      } catch {
        // The mirror has the new name; storage keeps the old one until it works again.
      }
      return stored || mirrored !== undefined;
    },

    async updateColumns(id, { mapping, excludeRows, rows }) {
      const withColumns = (r: ImportRecipe): ImportRecipe => ({ ...r, mapping, excludeRows });
      const withRows = <T extends { rows?: number }>(m: T): T => {
        const { rows: _old, ...rest } = m;
        void _old;
        return (rows === undefined ? rest : { ...rest, rows }) as T;
      };
      const mirrored = memory.get(id);
      let meta: StoredMeta | undefined;
      let readError: unknown;
      try {
        const [raw] = await withStore((s) => getMany([metaKey(id)], s));
        const parsed = storedMetaSchema.safeParse(raw);
        if (parsed.success) meta = parsed.data;
      } catch (error) {
        readError = error;
      }

      if (meta) {
        // Only the small meta record changes: the original text is the same file as before.
        const next = withRows({ ...meta, recipe: withColumns(meta.recipe) });
        try {
          await withStore((s) => setMany([[metaKey(id), next]], s));
        } catch (error) {
          return { updated: false, reason: describeStorageError(error) };
        }
        // The mirror is read first by load(), so it must not keep the old reading.
        if (mirrored) mirrored.record = withRows({ ...mirrored.record, recipe: withColumns(mirrored.record.recipe) });
        return { updated: true, recipe: next.recipe, persisted: true };
      }
      // Stored before but unreadable now: change nothing rather than let this tab and storage disagree.
      if (readError !== undefined && (!mirrored || mirrored.persisted)) return { updated: false, reason: describeStorageError(readError) };
      if (!mirrored) return { updated: false, reason: UPLOAD_GONE };
      // Only in this tab: change this tab's copy, and try storage again for the whole record.
      const record = withRows({ ...mirrored.record, recipe: withColumns(mirrored.record.recipe) });
      const saved = await write(record);
      return saved.persisted ? { updated: true, recipe: record.recipe, persisted: true } : { updated: true, recipe: record.recipe, persisted: false, reason: saved.reason };
    },

    async remove(id) {
      const record = await loadRecord(id, true);
      memory.delete(id);
      try {
        await withStore((s) => delMany([metaKey(id), textKey(id), tableKey(id), fileKey(id)], s));
      } catch {
        // Nothing more to do: the record is gone from this tab; storage may still list it after a reload.
      }
      return record;
    },

    async original(id) {
      const record = await loadRecord(id, true);
      if (!record) return undefined;
      const fileName = record.recipe.fileName || `${record.recipe.name || 'data'}.txt`;
      const type = mimeTypeOf(fileName);
      if (record.original) return { fileName, blob: record.original, type };
      if (record.originalText === undefined) return undefined;
      return { fileName, blob: new Blob([record.originalText], { type: `${type};charset=utf-8` }), type };
    },
  };
}

let defaultUploads: UploadStore | undefined;
/** The app's upload store (created on first use). */
export const uploadStore = (): UploadStore => (defaultUploads ??= createUploadStore());
const uploads = uploadStore;

/**
 * Saves an upload at import time, before it renders. Always keeps it for this session; `persisted:
 * false` (with a reason) means it will not survive a reload — show `unsavedWarning(reason)`.
 */
export const saveUpload = (recipe: ImportRecipe, content: UploadContent | string, options?: SaveOptions): Promise<SaveResult> =>
  uploads().save(recipe, content, options);
/** Saves a record returned by `deleteUpload` back, with its original date (Undo). */
export const restoreUpload = (record: UploadRecord): Promise<SaveResult> => uploads().restore(record);
/** Every upload, newest first: those in storage and those only in this tab's memory. Never rejects. */
export const listUploads = (): Promise<UploadSummary[]> => uploads().list();
/**
 * The id of an upload already kept from the same address with the same file and the same column
 * choices, if any: opening one data link twice keeps one copy, not two. Files are compared by size and
 * SHA-256, never byte by byte. Only data fetched from an address is matched (two files dropped with the
 * same content stay two uploads, as the person made them). Never rejects.
 */
export async function findStoredCopy(recipe: ImportRecipe, original: Blob | string, store: UploadStore = uploads()): Promise<string | undefined> {
  if (recipe.source.kind !== 'url') return undefined;
  const url = recipe.source.url;
  try {
    const bytes = typeof original === 'string' ? utf8Length(original) : original.size;
    let digest: Promise<string | undefined> | undefined;
    for (const u of await store.list()) {
      if (u.fileName !== recipe.fileName || u.bytes !== bytes) continue;
      const kept = await store.summary(u.id);
      if (!kept || kept.recipe.source.kind !== 'url' || kept.recipe.source.url !== url) continue;
      const same = JSON.stringify([kept.recipe.mapping, kept.recipe.excludeRows]) === JSON.stringify([recipe.mapping, recipe.excludeRows]);
      if (!same) continue;
      // Records kept as text by earlier versions have no digest: theirs is computed from the text.
      const keptDigest = kept.digest ?? (kept.originalText !== undefined ? await digestOf(kept.originalText) : undefined);
      digest ??= digestOf(original);
      const mine = await digest;
      if (keptDigest !== undefined && mine !== undefined && keptDigest === mine) return u.id;
    }
  } catch {
    // Nothing to reuse when storage cannot be read: the import keeps a new copy.
  }
  return undefined;
}
/** The recipe and the columns (or text) of an upload, from memory or storage; undefined when unknown. Never rejects. */
export const loadUpload = (id: string): Promise<StoredUpload | undefined> => uploads().load(id);
/** Keeps the columns parsed from an upload kept as text, so it opens without a parse next time. Never rejects. */
export const keepUploadColumns = (id: string, table: RawTable): Promise<void> => uploads().keepColumns(id, table);
/** Renames an upload (trimmed); false when the name is blank or the upload unknown. Never rejects. */
export const renameUpload = (id: string, name: string): Promise<boolean> => uploads().rename(id, name);
/**
 * Replaces an upload's column mapping and left-out rows ("Edit columns"), keeping its id, name, source
 * and original text. On a storage failure nothing changes and the result says why. Never rejects.
 */
export const updateUploadColumns = (id: string, change: ColumnsChange): Promise<UpdateResult> => uploads().updateColumns(id, change);
/** Deletes an upload and returns what was deleted, for an Undo. Never rejects. */
export const deleteUpload = (id: string): Promise<UploadRecord | undefined> => uploads().remove(id);
/** The original file of an upload, for a download. Never rejects. */
export const originalFile = (id: string): Promise<OriginalFile | undefined> => uploads().original(id);

export const uploadsKey = ['uploads'] as const;

/** The list of uploads; invalidate `uploadsKey` after saving, renaming, deleting or restoring. */
export function uploadsQuery(store: UploadStore = uploads()) {
  return queryOptions<UploadSummary[], Error, UploadSummary[], typeof uploadsKey>({
    queryKey: uploadsKey,
    queryFn: () => store.list(),
  });
}
