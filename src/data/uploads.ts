/**
 * The person's uploaded datasets, kept in this browser (IndexedDB through idb-keyval) so they survive a
 * reload: the import recipe and the original file text, saved at import time before anything renders.
 *
 * Storage can be missing (no IndexedDB), refused (private browsing, blocked site data), full (quota) or
 * hung. None of that may cost the person their data for this session, so every record is also kept in an
 * in-memory mirror: saving reports `{ persisted: false, reason }` for a visible warning, and listing and
 * loading fall back to the mirror.
 *
 * Layout of the object store: `meta:<id>` holds the recipe and the summary fields (small, read by the
 * list), `text:<id>` the original text (large, read only to open or download). Both are written in one
 * transaction, so a full disk never leaves half a record.
 */
import { queryOptions } from '@tanstack/react-query';
import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import './zodConfig';
import type { ColumnMapping, ImportRecipe } from './import/types';

/** One row of "My datasets". */
export interface UploadSummary {
  id: string;
  name: string;
  fileName: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Data rows, when the importer knew it. */
  rows?: number;
  /** Size of the original text in UTF-8 bytes. */
  bytes: number;
  /** false: only in this tab's memory, gone on reload. */
  persisted: boolean;
}

/** Everything stored for one upload; `deleteUpload` returns it so an Undo can save it back. */
export interface UploadRecord {
  recipe: ImportRecipe;
  originalText: string;
  createdAt: number;
  rows?: number;
  bytes: number;
}

export type SaveResult = { persisted: true } | { persisted: false; reason: string };

/** The original file, ready for a download. */
export interface OriginalFile {
  fileName: string;
  text: string;
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
  save(recipe: ImportRecipe, originalText: string, options?: SaveOptions): Promise<SaveResult>;
  restore(record: UploadRecord): Promise<SaveResult>;
  list(): Promise<UploadSummary[]>;
  load(id: string): Promise<{ recipe: ImportRecipe; originalText: string } | undefined>;
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
  format: z.literal(1),
  recipe: importRecipeSchema,
  createdAt: z.number(),
  rows: z.optional(z.int().check(z.nonnegative())),
  bytes: z.number().check(z.nonnegative()),
});
type StoredMeta = z.infer<typeof storedMetaSchema>;

const metaKey = (id: string) => `meta:${id}`;
const textKey = (id: string) => `text:${id}`;

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
  const { recipe, createdAt, rows, bytes } = record;
  return { format: 1, recipe, createdAt, ...(rows === undefined ? {} : { rows }), bytes };
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

  async function readStored(id: string): Promise<UploadRecord | undefined> {
    const [meta, text] = await withStore((s) => getMany([metaKey(id), textKey(id)], s));
    const parsed = storedMetaSchema.safeParse(meta);
    if (!parsed.success || typeof text !== 'string') return undefined;
    return { ...parsed.data, originalText: text };
  }

  async function loadRecord(id: string): Promise<UploadRecord | undefined> {
    const mirrored = memory.get(id);
    if (mirrored) return mirrored.record;
    try {
      return await readStored(id);
    } catch {
      return undefined;
    }
  }

  async function write(record: UploadRecord): Promise<SaveResult> {
    const id = record.recipe.id;
    const entry = { record, persisted: false };
    memory.set(id, entry);
    try {
      await withStore((s) => setMany([[metaKey(id), metaOf(record)], [textKey(id), record.originalText]], s));
      entry.persisted = true;
      return { persisted: true };
    } catch (error) {
      return { persisted: false, reason: describeStorageError(error) };
    }
  }

  return {
    save(recipe, originalText, { rows, createdAt } = {}) {
      const record: UploadRecord = { recipe, originalText, createdAt: createdAt ?? Date.now(), bytes: utf8Length(originalText) };
      if (rows !== undefined) record.rows = rows;
      return write(record);
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
          if (parsed.success) byId.set(parsed.data.recipe.id, summaryOf({ ...parsed.data, originalText: '' }, true));
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

    async load(id) {
      const record = await loadRecord(id);
      return record && { recipe: record.recipe, originalText: record.originalText };
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
      const record = await loadRecord(id);
      memory.delete(id);
      try {
        await withStore((s) => delMany([metaKey(id), textKey(id)], s));
      } catch {
        // Nothing more to do: the record is gone from this tab; storage may still list it after a reload.
      }
      return record;
    },

    async original(id) {
      const record = await loadRecord(id);
      if (!record) return undefined;
      const fileName = record.recipe.fileName || `${record.recipe.name || 'data'}.txt`;
      return { fileName, text: record.originalText, type: mimeTypeOf(fileName) };
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
export const saveUpload = (recipe: ImportRecipe, originalText: string, options?: SaveOptions): Promise<SaveResult> =>
  uploads().save(recipe, originalText, options);
/** Saves a record returned by `deleteUpload` back, with its original date (Undo). */
export const restoreUpload = (record: UploadRecord): Promise<SaveResult> => uploads().restore(record);
/** Every upload, newest first: those in storage and those only in this tab's memory. Never rejects. */
export const listUploads = (): Promise<UploadSummary[]> => uploads().list();
/**
 * The id of an upload already kept from the same address with the same text and the same column choices,
 * if any: opening one data link twice keeps one copy, not two. Only data fetched from an address is
 * matched (two files dropped with the same content stay two uploads, as the person made them). Never rejects.
 */
export async function findStoredCopy(recipe: ImportRecipe, originalText: string, store: UploadStore = uploads()): Promise<string | undefined> {
  if (recipe.source.kind !== 'url') return undefined;
  const url = recipe.source.url;
  try {
    const bytes = utf8Length(originalText);
    for (const u of await store.list()) {
      if (u.fileName !== recipe.fileName || u.bytes !== bytes) continue;
      const kept = await store.load(u.id);
      if (!kept || kept.originalText !== originalText || kept.recipe.source.kind !== 'url' || kept.recipe.source.url !== url) continue;
      const same = JSON.stringify([kept.recipe.mapping, kept.recipe.excludeRows]) === JSON.stringify([recipe.mapping, recipe.excludeRows]);
      if (same) return u.id;
    }
  } catch {
    // Nothing to reuse when storage cannot be read: the import keeps a new copy.
  }
  return undefined;
}
/** The recipe and original text of an upload, from memory or storage; undefined when unknown. Never rejects. */
export const loadUpload = (id: string): Promise<{ recipe: ImportRecipe; originalText: string } | undefined> => uploads().load(id);
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
