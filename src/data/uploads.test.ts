import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { createStore, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseText } from './import/parse';
import { rowTexts } from './import/rawColumns';
import { tableOfRows } from './import/tableBuilder';
import type { ImportRecipe, RawTable } from './import/types';
import {
  findStoredCopy,
  createUploadStore,
  describeStorageError,
  importRecipeSchema,
  mimeTypeOf,
  unsavedWarning,
  UPLOAD_GONE,
  uploadsKey,
  uploadsQuery,
  utf8Length,
  type ColumnsChange,
} from './uploads';

let dbCount = 0;
/** A fresh IndexedDB database per test, so tests never see each other's records. */
const freshStore = () => createStore(`paretoscope-test-${++dbCount}`, 'uploads');

function recipe(id: string, name = id): ImportRecipe {
  return {
    id: `upload-${id}`,
    name,
    fileName: `${name}.csv`,
    source: { kind: 'file' },
    mapping: [
      { key: 'cost', label: 'Cost', unit: 'USD', role: 'objective', type: 'number', sense: 'min' },
      { key: 'model', label: 'Model', role: 'label', type: 'text' },
    ],
    excludeRows: [2],
  };
}

const TEXT = 'model,cost\nα,1\n"b, quoted",2\nc,3\n';

/** A store whose every call rejects like a browser's would. */
const failingStore = (error: unknown): UseStore => vi.fn(() => Promise.reject(error)) as unknown as UseStore;

afterEach(() => vi.unstubAllGlobals());

describe('uploads in IndexedDB', () => {
  it('saves, lists, loads, renames, deletes and restores', async () => {
    const uploads = createUploadStore({ store: freshStore() });
    expect(await uploads.save(recipe('a', 'runs'), TEXT, { rows: 3, createdAt: 1000 })).toEqual({ persisted: true });
    expect(await uploads.save(recipe('b', 'later'), 'x\n1\n', { createdAt: 2000 })).toEqual({ persisted: true });

    expect(await uploads.list()).toEqual([
      { id: 'upload-b', name: 'later', fileName: 'later.csv', createdAt: 2000, bytes: 4, persisted: true },
      { id: 'upload-a', name: 'runs', fileName: 'runs.csv', createdAt: 1000, rows: 3, bytes: utf8Length(TEXT), persisted: true },
    ]);
    expect(await uploads.load('upload-a')).toEqual({ recipe: recipe('a', 'runs'), originalText: TEXT });
    const original = await uploads.original('upload-a');
    expect(original).toMatchObject({ fileName: 'runs.csv', type: 'text/csv' });
    expect(await original?.blob.text()).toBe(TEXT);

    expect(await uploads.rename('upload-a', '  best runs ')).toBe(true);
    expect((await uploads.load('upload-a'))?.recipe.name).toBe('best runs');
    expect(await uploads.rename('upload-a', '   ')).toBe(false);
    expect(await uploads.rename('upload-zz', 'x')).toBe(false);

    const deleted = await uploads.remove('upload-a');
    expect(deleted).toEqual({ recipe: { ...recipe('a', 'runs'), name: 'best runs' }, originalText: TEXT, createdAt: 1000, rows: 3, bytes: utf8Length(TEXT) });
    expect((await uploads.list()).map((u) => u.id)).toEqual(['upload-b']);
    expect(await uploads.load('upload-a')).toBeUndefined();

    expect(await uploads.restore(deleted!)).toEqual({ persisted: true });
    expect((await uploads.list()).map((u) => [u.id, u.createdAt])).toEqual([
      ['upload-b', 2000],
      ['upload-a', 1000],
    ]);
  });

  it('survives a reload: a new instance over the same database reads what the first one wrote', async () => {
    const store = freshStore();
    const first = createUploadStore({ store });
    await first.save(recipe('a'), TEXT, { rows: 3 });
    await first.rename('upload-a', 'renamed');
    await first.save(recipe('gone'), 'x');
    await first.remove('upload-gone');

    const second = createUploadStore({ store });
    expect((await second.list()).map((u) => [u.id, u.name, u.persisted])).toEqual([['upload-a', 'renamed', true]]);
    expect(await second.load('upload-a')).toEqual({ recipe: { ...recipe('a'), name: 'renamed' }, originalText: TEXT });
    expect(await second.load('upload-gone')).toBeUndefined();
  });

  it('skips records it cannot read instead of failing the whole list', async () => {
    const store = freshStore();
    const uploads = createUploadStore({ store });
    await uploads.save(recipe('ok'), TEXT);
    await set('meta:upload-bad', { format: 1, recipe: { id: 'upload-bad' }, createdAt: 1, bytes: 1 }, store);
    await set('meta:upload-future', { format: 2, anything: true }, store);
    await set('unrelated', 42, store);

    const fresh = createUploadStore({ store });
    expect((await fresh.list()).map((u) => u.id)).toEqual(['upload-ok']);
    expect(await fresh.load('upload-bad')).toBeUndefined();
  });

  it('feeds react-query under the uploads key', async () => {
    const uploads = createUploadStore({ store: freshStore() });
    await uploads.save(recipe('a'), TEXT);
    const client = new QueryClient();
    const options = uploadsQuery(uploads);
    expect(options.queryKey).toEqual(['uploads']);
    expect(uploadsKey).toEqual(['uploads']);
    expect((await client.fetchQuery(options)).map((u) => u.id)).toEqual(['upload-a']);
  });
});

describe('when storage fails, the data stays usable in memory', () => {
  it('a full disk: save says why, list shows it as unsaved, load and download still work', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const uploads = createUploadStore({ store: failingStore(quota) });
    const result = await uploads.save(recipe('a', 'runs'), TEXT, { rows: 3, createdAt: 5 });
    expect(result).toEqual({ persisted: false, reason: "the browser's storage for this site is full" });

    expect(await uploads.list()).toEqual([
      { id: 'upload-a', name: 'runs', fileName: 'runs.csv', createdAt: 5, rows: 3, bytes: utf8Length(TEXT), persisted: false },
    ]);
    expect(await uploads.load('upload-a')).toEqual({ recipe: recipe('a', 'runs'), originalText: TEXT });
    expect(await (await uploads.original('upload-a'))?.blob.text()).toBe(TEXT);
    expect(await uploads.rename('upload-a', 'kept')).toBe(true);
    expect((await uploads.list())[0].name).toBe('kept');
    expect((await uploads.remove('upload-a'))?.recipe.name).toBe('kept');
    expect(await uploads.list()).toEqual([]);
  });

  it('only the write failing (quota): a save that fails is unsaved, earlier saves stay saved', async () => {
    const real = freshStore();
    let full = false;
    const store: UseStore = (mode, callback) =>
      full && mode === 'readwrite' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real(mode, callback);
    const uploads = createUploadStore({ store });
    expect(await uploads.save(recipe('a'), TEXT, { createdAt: 1 })).toEqual({ persisted: true });
    full = true;
    expect(await uploads.save(recipe('b'), TEXT, { createdAt: 2 })).toMatchObject({ persisted: false });
    expect((await uploads.list()).map((u) => [u.id, u.persisted])).toEqual([
      ['upload-b', false],
      ['upload-a', true],
    ]);
    // After a reload only the saved one is there.
    expect((await createUploadStore({ store: real }).list()).map((u) => u.id)).toEqual(['upload-a']);
  });

  it('private browsing (storage refused) and a missing IndexedDB give their own reasons', async () => {
    const refused = createUploadStore({ store: failingStore(new DOMException('denied', 'InvalidStateError')) });
    expect(await refused.save(recipe('a'), TEXT)).toEqual({
      persisted: false,
      reason: 'the browser refuses to store data here (private browsing, or site data is blocked)',
    });

    vi.stubGlobal('indexedDB', undefined);
    const missing = createUploadStore();
    expect(await missing.save(recipe('a'), TEXT)).toEqual({
      persisted: false,
      reason: 'this browser offers the page no storage (IndexedDB is missing)',
    });
    expect((await missing.list()).map((u) => [u.id, u.persisted])).toEqual([['upload-a', false]]);
    expect((await missing.load('upload-a'))?.originalText).toBe(TEXT);
  });

  it('a storage that never answers times out instead of holding the import back', async () => {
    const hung: UseStore = () => new Promise(() => {});
    const uploads = createUploadStore({ store: hung, timeoutMs: 20 });
    expect(await uploads.save(recipe('a'), TEXT)).toEqual({ persisted: false, reason: "the browser's storage did not answer" });
    expect((await uploads.list()).map((u) => u.id)).toEqual(['upload-a']);
  });

  it('a hung indexedDB.open: a paste is kept in memory with the warning after one timeout, not one per call', async () => {
    vi.useFakeTimers();
    try {
      // An open request whose success never fires, as in a browser whose storage hangs.
      const open = vi.fn(() => ({}) as IDBOpenDBRequest);
      vi.stubGlobal('indexedDB', { open });
      const uploads = createUploadStore({ timeoutMs: 1000 });
      const saving = uploads.save(recipe('paste'), TEXT);
      await vi.advanceTimersByTimeAsync(1000);
      const saved = await saving;
      expect(saved).toEqual({ persisted: false, reason: "the browser's storage did not answer" });
      expect(unsavedWarning(saved.persisted ? '' : saved.reason)).toBe(
        "Not saved in this browser: the browser's storage did not answer. The dataset works now, but it won't survive a reload.",
      );
      // What the import does next — list the uploads, open the dataset — does not wait out another timeout.
      let listed: string[] | undefined;
      let loaded: string | undefined;
      void uploads.list().then((l) => (listed = l.map((u) => `${u.id}:${u.persisted}`)));
      void uploads.load('upload-paste').then((r) => (loaded = r?.originalText));
      await vi.advanceTimersByTimeAsync(1);
      expect(listed).toEqual(['upload-paste:false']);
      expect(loaded).toBe(TEXT);
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('a storage that answers late is used again once it answers', async () => {
    const real = freshStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const late: UseStore = (mode, callback) => gate.then(() => real(mode, callback));
    const uploads = createUploadStore({ store: late, timeoutMs: 20 });
    expect(await uploads.save(recipe('a'), TEXT)).toEqual({ persisted: false, reason: "the browser's storage did not answer" });
    // Still hung: the next call fails at once with the same reason.
    expect(await uploads.save(recipe('b'), TEXT)).toEqual({ persisted: false, reason: "the browser's storage did not answer" });
    release();
    // Once the late call has finished, storage is tried again (and works).
    await vi.waitFor(async () => expect(await uploads.save(recipe('c'), TEXT)).toEqual({ persisted: true }));
    expect((await uploads.list()).find((u) => u.id === 'upload-c')?.persisted).toBe(true);
  });

  it('words the warning for the person', () => {
    expect(unsavedWarning("the browser's storage for this site is full")).toBe(
      "Not saved in this browser: the browser's storage for this site is full. The dataset works now, but it won't survive a reload.",
    );
    expect(describeStorageError({ name: 'Error', message: 'QuotaExceeded', code: 22 })).toMatch(/full/);
    expect(describeStorageError(new Error('disk on fire'))).toBe("the browser's storage failed (disk on fire)");
    expect(describeStorageError('odd')).toBe("the browser's storage failed (odd)");
  });
});

describe('Edit columns: updating a stored upload', () => {
  const change: ColumnsChange = {
    mapping: [
      { key: 'cost', label: 'Cost', unit: 'USD', role: 'objective', type: 'number', sense: 'min' },
      { key: 'model', label: 'Model', role: 'objective', type: 'number', sense: 'max' },
    ],
    excludeRows: [],
    rows: 3,
  };

  it('replaces the mapping and left-out rows under the same id, name, date and text, across a reload', async () => {
    const store = freshStore();
    const uploads = createUploadStore({ store });
    await uploads.save(recipe('a', 'runs'), TEXT, { rows: 2, createdAt: 7 });
    await uploads.rename('upload-a', 'best runs');

    const result = await uploads.updateColumns('upload-a', change);
    const updated = { ...recipe('a', 'runs'), name: 'best runs', mapping: change.mapping, excludeRows: [] };
    expect(result).toEqual({ updated: true, persisted: true, recipe: updated });
    expect(await uploads.load('upload-a')).toEqual({ recipe: updated, originalText: TEXT });
    expect(await uploads.list()).toEqual([{ id: 'upload-a', name: 'best runs', fileName: 'runs.csv', createdAt: 7, rows: 3, bytes: utf8Length(TEXT), persisted: true }]);

    const reloaded = createUploadStore({ store });
    expect(await reloaded.load('upload-a')).toEqual({ recipe: updated, originalText: TEXT });
    expect((await reloaded.list())[0]).toMatchObject({ rows: 3, createdAt: 7 });
  });

  it('an update without a row count drops the old one instead of showing a wrong figure', async () => {
    const uploads = createUploadStore({ store: freshStore() });
    await uploads.save(recipe('a'), TEXT, { rows: 2 });
    await uploads.updateColumns('upload-a', { mapping: change.mapping, excludeRows: [1] });
    expect((await uploads.list())[0].rows).toBeUndefined();
    expect((await uploads.load('upload-a'))?.recipe.excludeRows).toEqual([1]);
  });

  it('a full disk keeps the old copy, in storage and in this tab, and says why', async () => {
    const real = freshStore();
    let full = false;
    const store: UseStore = (mode, callback) =>
      full && mode === 'readwrite' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real(mode, callback);
    const uploads = createUploadStore({ store });
    await uploads.save(recipe('a'), TEXT, { rows: 2 });
    full = true;
    expect(await uploads.updateColumns('upload-a', change)).toEqual({ updated: false, reason: "the browser's storage for this site is full" });
    expect(await uploads.load('upload-a')).toEqual({ recipe: recipe('a'), originalText: TEXT });
    expect((await uploads.list())[0].rows).toBe(2);
    expect(await createUploadStore({ store: real }).load('upload-a')).toEqual({ recipe: recipe('a'), originalText: TEXT });
  });

  it('storage that cannot be read keeps the old copy of a stored upload', async () => {
    const real = freshStore();
    await createUploadStore({ store: real }).save(recipe('a'), TEXT);
    const refused = createUploadStore({ store: failingStore(new DOMException('denied', 'InvalidStateError')) });
    expect(await refused.updateColumns('upload-a', change)).toEqual({
      updated: false,
      reason: 'the browser refuses to store data here (private browsing, or site data is blocked)',
    });
  });

  it('an upload kept only in this tab is updated there, and says it still is not saved', async () => {
    const uploads = createUploadStore({ store: failingStore(new DOMException('full', 'QuotaExceededError')) });
    await uploads.save(recipe('a'), TEXT);
    const result = await uploads.updateColumns('upload-a', change);
    expect(result).toEqual({ updated: true, persisted: false, reason: "the browser's storage for this site is full", recipe: { ...recipe('a'), mapping: change.mapping, excludeRows: [] } });
    expect((await uploads.load('upload-a'))?.recipe.mapping).toEqual(change.mapping);
    expect((await uploads.list())[0]).toMatchObject({ rows: 3, persisted: false });
  });

  it('an unknown upload changes nothing', async () => {
    const uploads = createUploadStore({ store: freshStore() });
    expect(await uploads.updateColumns('upload-zz', change)).toEqual({ updated: false, reason: UPLOAD_GONE });
    expect(await uploads.list()).toEqual([]);
  });
});

describe('helpers', () => {
  it('utf8Length agrees with TextEncoder, surrogate pairs and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('guesses download types from the file name', () => {
    expect(['a.csv', 'a.TSV', 'a.json', 'a.jsonl', 'a.txt', 'noext'].map(mimeTypeOf)).toEqual([
      'text/csv',
      'text/tab-separated-values',
      'application/json',
      'application/x-ndjson',
      'text/plain',
      'text/plain',
    ]);
  });

  it('the recipe schema accepts recipes and names what is wrong in others', () => {
    expect(importRecipeSchema.safeParse(recipe('a')).success).toBe(true);
    expect(importRecipeSchema.safeParse({ ...recipe('a'), source: { kind: 'url', url: 'https://x.org/a.csv' } }).success).toBe(true);
    const bad = importRecipeSchema.safeParse({ ...recipe('a'), id: 'runs', excludeRows: [-1] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['id', 'excludeRows.0']);
  });
});

describe('findStoredCopy', () => {
  it('finds the copy a data link kept before (same address, text and columns), and nothing else', async () => {
    const store = createUploadStore({ store: freshStore() });
    const fromUrl = (id: string, url: string) => ({ ...recipe(id, 'runs'), source: { kind: 'url' as const, url } });
    await store.save(fromUrl('a', 'https://example.org/runs.csv'), TEXT);
    await store.save(recipe('b', 'runs'), TEXT);
    expect(await findStoredCopy(fromUrl('new', 'https://example.org/runs.csv'), TEXT, store)).toBe('upload-a');
    expect(await findStoredCopy(fromUrl('new', 'https://example.org/other.csv'), TEXT, store)).toBeUndefined();
    expect(await findStoredCopy(fromUrl('new', 'https://example.org/runs.csv'), `${TEXT}extra\n`, store)).toBeUndefined();
    const remapped = { ...fromUrl('new', 'https://example.org/runs.csv'), excludeRows: [0] };
    expect(await findStoredCopy(remapped, TEXT, store)).toBeUndefined();
    // A file or a paste is never matched: each import the person makes stays its own.
    expect(await findStoredCopy(recipe('new', 'runs'), TEXT, store)).toBeUndefined();
  });

  it('finds nothing when storage cannot be read', async () => {
    const store = createUploadStore({ store: failingStore(new DOMException('no', 'UnknownError')), timeoutMs: 50 });
    expect(await findStoredCopy({ ...recipe('x', 'runs'), source: { kind: 'url', url: 'https://e.org/r.csv' } }, TEXT, store)).toBeUndefined();
  });
});

describe('columns kept as binary', () => {
  const table = (): RawTable => {
    const t = tableOfRows('runs.csv', ['model', 'cost'], [
      ['α', '1'],
      ['b, quoted', 'n/a'],
      ['c', '3.25'],
    ]);
    return t;
  };

  it('stores the typed columns and the original Blob, and reads them back after a reload', async () => {
    const db = freshStore();
    const first = createUploadStore({ store: db });
    const original = new Blob([TEXT], { type: 'text/csv' });
    expect(await first.save(recipe('a', 'runs'), { table: table(), original }, { rows: 3, createdAt: 7 })).toEqual({ persisted: true });

    const reloaded = createUploadStore({ store: db });
    expect((await reloaded.list())[0]).toMatchObject({ id: 'upload-a', rows: 3, bytes: original.size, persisted: true });
    const stored = await reloaded.load('upload-a');
    expect(stored?.originalText).toBeUndefined();
    const [model, cost] = stored?.table?.columns ?? [];
    expect(model).toMatchObject({ kind: 'number' }); // three names: few exceptions, still a number column
    expect(cost.kind).toBe('number');
    if (cost.kind !== 'number') return;
    expect(cost.values).toBeInstanceOf(Float64Array);
    expect([...cost.values]).toEqual([1, Number.NaN, 3.25]);
    expect(cost.text).toEqual(new Map([[1, 'n/a']]));
    expect(rowTexts(stored!.table!)).toEqual(rowTexts(table()));
    const file = await reloaded.original('upload-a');
    expect(await file?.blob.text()).toBe(TEXT);
    // Undo of a delete puts back the columns and the file too.
    const removed = await reloaded.remove('upload-a');
    expect(removed?.table?.rowCount).toBe(3);
    expect(removed?.original).toBeInstanceOf(Blob);
    await reloaded.restore(removed!);
    const again = createUploadStore({ store: db });
    expect((await again.load('upload-a'))?.table?.rowCount).toBe(3);
    expect(await (await again.original('upload-a'))?.blob.text()).toBe(TEXT);
  });

  it('opens a record an earlier version kept as text, and keeps its columns once parsed', async () => {
    const db = freshStore();
    // The layout earlier versions wrote: the meta record and the original text.
    await set('meta:upload-old', { format: 1, recipe: recipe('old', 'runs'), createdAt: 3, rows: 3, bytes: utf8Length(TEXT) }, db);
    await set('text:upload-old', TEXT, db);
    const uploads = createUploadStore({ store: db });
    expect(await uploads.load('upload-old')).toEqual({ recipe: recipe('old', 'runs'), originalText: TEXT });
    await uploads.keepColumns('upload-old', parseText(TEXT, 'runs.csv'));
    const reloaded = createUploadStore({ store: db });
    const stored = await reloaded.load('upload-old');
    expect(stored?.table?.rowCount).toBe(3);
    expect(stored?.originalText).toBeUndefined();
    expect(await (await reloaded.original('upload-old'))?.blob.text()).toBe(TEXT);
  });

  it('finds a link\'s earlier copy by size and digest, not by comparing the files', async () => {
    const store = createUploadStore({ store: freshStore() });
    const url = 'https://example.org/runs.csv';
    const fromUrl = (id: string) => ({ ...recipe(id, 'runs'), source: { kind: 'url' as const, url } });
    await store.save(fromUrl('a'), { table: table(), original: new Blob([TEXT]) });
    expect((await store.summary('upload-a'))?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await findStoredCopy(fromUrl('new'), new Blob([TEXT]), store)).toBe('upload-a');
    // Same size, other bytes.
    expect(await findStoredCopy(fromUrl('new'), new Blob([TEXT.replace('α', 'β')]), store)).toBeUndefined();
  });
});
