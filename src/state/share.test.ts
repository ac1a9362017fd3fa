import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportRecipe } from '../data/import/types';
import { setScale, setX, toggleObjective } from './actions';
import { defaultSpec } from './defaults';
import {
  buildShareLink,
  decodeSharedData,
  encodeSharedData,
  isBundle,
  makeBundle,
  readBundle,
  readShareLink,
  SHARE_LIMIT_BYTES,
  type SharedData,
  type SharedDataResult,
} from './share';
import { zooDataset } from './testing/fakeDataset';
import { encodeQuery, LINK_VERSION, resolveSpec } from './url';
import { specProblems } from './validate';
import { VIEWSPEC_VERSION } from './viewSpec';

const DAMAGED = 'The data in this link is damaged (it was cut off or edited): ';

const recipe: ImportRecipe = {
  id: 'upload-3f9a',
  name: 'runs',
  fileName: 'runs.csv',
  source: { kind: 'file' },
  mapping: [
    { key: 'model', label: 'Model', role: 'label', type: 'text' },
    { key: 'cost ($)', label: 'Cost', unit: 'USD', role: 'objective', type: 'number', sense: 'min' },
    { key: 'acc', label: 'Accuracy', role: 'objective', type: 'number', sense: 'max' },
  ],
  excludeRows: [2],
};
const csv = 'model,cost ($),acc\n"gpt, big",1200.5,81.5\nsmall,300,70.1\nbroken,10,oops\n"say ""hi""\nthere",5,55\nΩmega 🚀,7,60\n';
const shared: SharedData = { v: 1, recipe, csv };

const page = { origin: 'https://paretoscope.example', pathname: '/app/' };

/** Seeded PRNG (mulberry32), for data that does not compress. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function noisyCsv(rows: number, seed = 1): string {
  const next = random(seed);
  const lines = ['model,cost ($),acc'];
  for (let i = 0; i < rows; i++) lines.push(`m${Math.floor(next() * 1e12).toString(36)},${next()},${next()}`);
  return `${lines.join('\n')}\n`;
}

const expectDamaged = (r: SharedDataResult, detail?: RegExp | string) => {
  expect(r.data).toBeUndefined();
  expect(r.error?.startsWith(DAMAGED), r.error).toBe(true);
  if (detail !== undefined) expect(r.error).toMatch(detail);
};

describe('shared data in the fragment', () => {
  it('round-trips the recipe and the csv, via the bare value, d=… and location.hash', () => {
    const value = encodeSharedData(shared);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const fragment of [value, `d=${value}`, `#d=${value}`, `#top&d=${value}&x=1`]) {
      expect(decodeSharedData(fragment)).toEqual({ data: shared });
    }
  });

  it('round-trips random recipes and csv text (unicode, quotes, newlines, lone surrogates)', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', '"', '""', ',', '\n', '\r\n', '#d=', '%', '&'));
    const mapping = fc.record(
      {
        key: text,
        label: text,
        unit: text,
        role: fc.constantFrom('objective', 'group', 'label', 'attribute', 'ignore'),
        type: fc.constantFrom('number', 'category', 'text'),
        sense: fc.constantFrom('min', 'max'),
      },
      { requiredKeys: ['key', 'label', 'role', 'type'] },
    );
    const recipeArb: fc.Arbitrary<ImportRecipe> = fc.record({
      id: fc.string({ minLength: 1, maxLength: 30 }).map((s) => `upload-${s}`),
      name: text,
      fileName: text,
      source: fc.oneof(
        fc.constant({ kind: 'file' as const }),
        fc.constant({ kind: 'paste' as const }),
        fc.webUrl().map((url) => ({ kind: 'url' as const, url })),
      ),
      mapping: fc.array(mapping, { maxLength: 6 }),
      excludeRows: fc.array(fc.nat(), { maxLength: 5 }),
    });
    const csvArb = fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
    const dataArb: fc.Arbitrary<SharedData> = fc.oneof(
      fc.record({ v: fc.constant(1 as const), recipe: recipeArb, csv: csvArb }),
      fc.record({ v: fc.constant(1 as const), recipe: recipeArb, url: fc.webUrl() }),
      fc.record({ v: fc.constant(1 as const), recipe: recipeArb, csv: csvArb, url: fc.webUrl() }),
    );
    fc.assert(
      fc.property(dataArb, (data) => {
        expect(decodeSharedData(`#d=${encodeSharedData(data)}`)).toEqual({ data });
      }),
      { seed: 20261127, numRuns: 400 },
    );
  });

  it('a fragment without data is no data and no error', () => {
    for (const fragment of ['', '#', '#top', '#x=1&y=2']) expect(decodeSharedData(fragment)).toEqual({});
  });
});

describe('garbage in: a specific message, never a throw', () => {
  it('names the character that does not belong', () => {
    expectDamaged(decodeSharedData('#d=not-really-base64!!'), `a character link data never contains ("!" at position 18)`);
    expectDamaged(decodeSharedData('#d=abc def'), /" " at position 4/);
    expectDamaged(decodeSharedData('#d=ab€c'), /"€" at position 3/);
    expectDamaged(decodeSharedData('#d='), /empty/);
    expectDamaged(decodeSharedData('#d=A'), /ends in the middle of a character/);
  });

  it('truncated: every strict prefix of a real fragment is an error', () => {
    const value = encodeSharedData(shared);
    for (let i = 1; i < value.length; i++) expectDamaged(decodeSharedData(`#d=${value.slice(0, i)}`));
    expectDamaged(decodeSharedData(`#d=${value.slice(0, value.length - 8)}`), 'its compressed data ends too early.');
  });

  it('valid base64 of bytes that are not deflate', () => {
    const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64url');
    expectDamaged(decodeSharedData(`#d=${b64([0xff, 0xff, 0xff, 0xff])}`), /its compressed data cannot be unpacked \(.+\)\.$/);
  });

  it('deflate of bytes that are not text, of text that is not JSON', () => {
    const d = (bytes: Uint8Array) => `#d=${Buffer.from(deflateSync(bytes)).toString('base64url')}`;
    expectDamaged(decodeSharedData(d(new Uint8Array([0xff, 0xfe, 0x00, 0xc3]))), 'it unpacks to bytes that are not text.');
    expectDamaged(decodeSharedData(d(strToU8('hello, world'))), /it unpacks to text that is not valid JSON \(.+\)\.$/);
    expectDamaged(decodeSharedData(d(strToU8('{"v":1,"recipe":'))), /not valid JSON/);
  });

  it('JSON of the wrong shape names the first wrong field', () => {
    const d = (json: unknown) => `#d=${Buffer.from(deflateSync(strToU8(JSON.stringify(json)))).toString('base64url')}`;
    const cases: [unknown, string | RegExp][] = [
      [[1, 2], /^.*: invalid input: expected object, received array\.$/],
      [{ v: 1, csv: 'a' }, /: recipe: invalid input: expected object, received undefined\.$/],
      [{ v: 1, recipe: { ...recipe, mapping: [{ ...recipe.mapping[0], role: 'boss' }] }, csv }, /: recipe\.mapping\[0\]\.role: invalid option/],
      [{ v: 1, recipe: { ...recipe, id: 'runs' }, csv }, 'recipe.id: must start with "upload-".'],
      [{ v: 1, recipe: { ...recipe, excludeRows: [-1, 'x'] }, csv }, /recipe\.excludeRows\[0\]: .* \(and 1 more problem\)\.$/],
      [{ v: 1, recipe }, 'it carries neither the data nor its address.'],
      [{ v: 1, recipe, url: 'javascript:alert(1)' }, 'url: must be an http or https address.'],
      [{ v: 'one', recipe, csv }, /: v: invalid input/],
    ];
    for (const [json, detail] of cases) expectDamaged(decodeSharedData(d(json)), detail);
  });

  it('stops a payload that unpacks to far more than a link can hold', () => {
    const bomb = `#d=${Buffer.from(deflateSync(new Uint8Array(5_000_000))).toString('base64url')}`;
    expectDamaged(decodeSharedData(bomb, { maxUnpackedBytes: 1_048_576 }), 'it unpacks to more than 1 MB, far more than a link can hold.');
  });

  it('random strings and tampered fragments never throw', () => {
    const value = encodeSharedData(shared);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: fc.constantFrom(...'AZaz09-_+/=#&d%'.split('')), maxLength: 80 }),
          fc.tuple(fc.nat(value.length - 1), fc.constantFrom(...'AQgw-_9z'.split(''))).map(([i, c]) => `#d=${value.slice(0, i)}${c}${value.slice(i + 1)}`),
        ),
        (fragment) => {
          const r = decodeSharedData(fragment);
          // Either nothing, a specific error, or data that passed validation.
          if (r.error !== undefined) expect(r.error).toMatch(/^(The data in this link is damaged|This link was made by a newer)/);
          else if (r.data !== undefined) expect(r.data.recipe.id).toMatch(/^upload-/);
        },
      ),
      { seed: 42, numRuns: 1500 },
    );
  });
});

describe('buildShareLink', () => {
  const search = '?dataset=upload-3f9a&x=cost%20(%24)&y=acc&v=1';

  it('a bundled dataset: the view alone', () => {
    expect(buildShareLink({ ...page, search: '?dataset=zoo&v=1' })).toEqual({ url: 'https://paretoscope.example/app/?dataset=zoo&v=1', bytes: 0, carries: 'view' });
  });

  it('small data travels inside the link, after the #', () => {
    const link = buildShareLink({ ...page, search, data: shared });
    if (!('url' in link)) throw new Error('expected a link');
    expect(link.carries).toBe('data');
    expect(link.bytes).toBeGreaterThan(0);
    expect(link.bytes).toBeLessThanOrEqual(SHARE_LIMIT_BYTES);
    const url = new URL(link.url);
    expect(url.search).toBe(search);
    expect(url.hash.length).toBe(Math.ceil((link.bytes * 4) / 3) + 3);
    expect(readShareLink({ search: url.search, hash: url.hash })).toMatchObject({ datasetId: 'upload-3f9a', data: shared, notices: [] });
  });

  it('data over the limit: too large, with the numbers', () => {
    const big: SharedData = { v: 1, recipe, csv: noisyCsv(3000) };
    const link = buildShareLink({ ...page, search, data: big });
    expect(link).toMatchObject({ tooLarge: true, limit: SHARE_LIMIT_BYTES });
    expect((link as { bytes: number }).bytes).toBeGreaterThan(SHARE_LIMIT_BYTES);
    // The limit is on the compressed size: repetitive data far over 64 KB as text still fits.
    const repetitive: SharedData = { v: 1, recipe, csv: 'model,cost ($),acc\n'.concat('a,1,2\n'.repeat(50_000)) };
    expect(buildShareLink({ ...page, search, data: repetitive })).toMatchObject({ carries: 'data' });
  });

  it('data over the limit that came from a URL: the link points at the URL', () => {
    const fromUrl: SharedData = { v: 1, recipe: { ...recipe, source: { kind: 'url', url: '/data/runs.csv' } }, csv: noisyCsv(3000) };
    const link = buildShareLink({ ...page, search, data: fromUrl });
    if (!('url' in link)) throw new Error('expected a link');
    expect(link.carries).toBe('url');
    expect(link.dataBytes).toBeGreaterThan(SHARE_LIMIT_BYTES);
    expect(link.source).toBe('https://paretoscope.example/data/runs.csv');
    const decoded = decodeSharedData(new URL(link.url).hash);
    expect(decoded.data).toEqual({ v: 1, recipe: fromUrl.recipe, url: 'https://paretoscope.example/data/runs.csv' });
    // The reference carries the original file's recipe when the inline one was written for a compact csv.
    const original: ImportRecipe = { ...fromUrl.recipe, mapping: [...recipe.mapping, { key: 'notes', label: 'notes', role: 'ignore', type: 'text' }], excludeRows: [7] };
    const withOriginal = buildShareLink({ ...page, search, data: fromUrl, original });
    expect(decodeSharedData(new URL((withOriginal as { url: string }).url).hash).data?.recipe).toEqual(original);
    // Small data from a URL still travels inline (it keeps working if the file moves).
    expect(buildShareLink({ ...page, search, data: { ...fromUrl, csv } })).toMatchObject({ carries: 'data' });
    // Only an address: a reference.
    expect(buildShareLink({ ...page, search, data: { v: 1, recipe, url: 'https://x.org/a.csv' } })).toMatchObject({ carries: 'url' });
  });

  it('data from a public https address: a short ?data= link with the view and the mapping choices', () => {
    const address = 'https://raw.githubusercontent.com/org/repo/main/runs.csv';
    const original: ImportRecipe = { ...recipe, source: { kind: 'url', url: address } };
    const big: SharedData = { v: 1, recipe: original, csv: noisyCsv(3000), url: address };
    const overrides = [{ key: 'cost ($)', role: 'attribute' as const }, { key: 'acc', role: 'objective' as const, sense: 'min' as const }];
    const view = '?dataset=upload-3f9a&x=cost%20(%24)&y=acc&objectives=acc:max&v=3';
    const link = buildShareLink({ ...page, search: view, data: big, original, overrides });
    if (!('url' in link)) throw new Error('expected a link');
    expect(link).toMatchObject({ carries: 'address', bytes: 0, source: address });
    expect(link.url).toBe(
      'https://paretoscope.example/app/?data=https://raw.githubusercontent.com/org/repo/main/runs.csv&x=cost%20(%24)&y=acc&objectives=acc:max&v=3&map=cost%20($):attribute,acc:objective:min',
    );
    expect(link.url.length).toBeLessThan(300);
    const url = new URL(link.url);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('data')).toBe(address);
    expect(url.searchParams.has('dataset')).toBe(false);
    // Embedding instead: the data travels in the fragment as before (here too large inline: by reference).
    const embedded = buildShareLink({ ...page, search: view, data: big, original, overrides, embed: true });
    expect(embedded).toMatchObject({ carries: 'url' });
    expect(buildShareLink({ ...page, search: view, data: { ...big, csv }, original, embed: true })).toMatchObject({ carries: 'data' });
  });

  it('data from a private or plain-http address, a file or a paste: the link carries it as before', () => {
    for (const source of [
      { kind: 'url', url: 'http://localhost:5173/runs.csv' },
      { kind: 'url', url: 'http://example.org/runs.csv' },
      { kind: 'url', url: 'https://192.168.1.20/runs.csv' },
      { kind: 'file' },
      { kind: 'paste' },
    ] as const) {
      const original: ImportRecipe = { ...recipe, source };
      const link = buildShareLink({ ...page, search, data: { ...shared, recipe: original }, original });
      expect(link).toMatchObject({ carries: 'data' });
      expect((link as { url: string }).url).toContain('#d=');
    }
  });

  it('honours a custom limit, at the boundary', () => {
    const link = buildShareLink({ ...page, search, data: shared });
    const bytes = (link as { bytes: number }).bytes;
    expect(buildShareLink({ ...page, search, data: shared, limit: bytes })).toMatchObject({ carries: 'data', bytes });
    expect(buildShareLink({ ...page, search, data: shared, limit: bytes - 1 })).toEqual({ tooLarge: true, bytes, limit: bytes - 1 });
  });
});

describe('bundles', () => {
  it('round-trip through JSON text', () => {
    const text = makeBundle('?dataset=upload-3f9a&v=1', shared);
    const json = JSON.parse(text) as unknown;
    expect(json).toMatchObject({ paretoscope: 'bundle', version: 1, view: '?dataset=upload-3f9a&v=1', data: { v: 1, recipe, csv } });
    expect(isBundle(json)).toBe(true);
    expect(readBundle(json)).toEqual({ search: '?dataset=upload-3f9a&v=1', data: shared });
  });

  it('explain what is wrong with a file that is not a good bundle', () => {
    const good = JSON.parse(makeBundle('?v=1', shared)) as Record<string, unknown>;
    expect(isBundle({ v: 1 })).toBe(false);
    expect(readBundle([{ a: 1 }])).toEqual({ error: 'This file is not a Paretoscope bundle (it has no "paretoscope": "bundle" marker).' });
    expect(readBundle(null)).toHaveProperty('error');
    expect(readBundle({ ...good, version: '1' })).toEqual({ error: 'This bundle is damaged: "version" must be a whole number, found "1".' });
    expect(readBundle({ ...good, view: undefined })).toEqual({ error: `This bundle is damaged: "view" must be the view's query string, found nothing.` });
    expect(readBundle({ ...good, data: { v: 1, recipe: { ...recipe, name: 3 }, csv } })).toEqual({
      error: 'This bundle is damaged: data.recipe.name: invalid input: expected string, received number.',
    });
    expect(readBundle({ ...good, view: 'dataset=upload-3f9a' })).toMatchObject({ search: '?dataset=upload-3f9a' });
  });

  it('read a bundle from a newer version with a notice', () => {
    const newer = { ...(JSON.parse(makeBundle('?v=1', shared)) as object), version: 3 };
    expect(readBundle(newer)).toMatchObject({ data: shared, notice: expect.stringContaining('newer Paretoscope (bundle format 3)') });
  });
});

describe('links from other versions', () => {
  const upload = { ...zooDataset(), id: 'upload-3f9a' };
  let spec = defaultSpec(upload);
  spec = setX(spec, upload, 'top1').spec;
  spec = setScale(spec, upload, 'y', 'log').spec;
  spec = toggleObjective(spec, upload, 'a,b:c').spec;
  const current = encodeQuery(spec, upload);
  const hash = `#d=${encodeSharedData(shared)}`;
  const open = (search: string, fragment = hash) => {
    const link = readShareLink({ search, hash: fragment });
    return { link, resolved: resolveSpec(link.query, upload) };
  };

  it('the current view version is 3, written in links as link version 4', () => {
    expect(VIEWSPEC_VERSION).toBe(3);
    expect(LINK_VERSION).toBe(4);
    expect(current).toMatch(/&method=weighted-sum&view=scatter&run=none&v=4$/);
  });

  it('an unversioned link and a v1 link open as the current version', () => {
    const unversioned = current.replace(/&method=weighted-sum&view=scatter&run=none&v=4$/, '');
    const v1 = `${unversioned}&v=1`;
    for (const search of [unversioned, v1, current]) {
      const { link, resolved } = open(search);
      expect(link.query.v).toBe(String(LINK_VERSION));
      expect(link.notices).toEqual([]);
      expect(link.data).toEqual(shared);
      expect(resolved).toEqual({ spec, notices: [] });
    }
  });

  it('a link from a future version opens with a notice, not a crash', () => {
    const { link, resolved } = open(`${current.replace(/&v=4$/, '&v=7')}&lens=fisheye`);
    expect(specProblems(resolved.spec, upload)).toEqual([]);
    expect(resolved.spec.x).toBe('top1');
    expect(resolved.notices).toEqual([
      'This link was made by a newer Paretoscope (v=7) — settings this version does not know are ignored',
      "Unknown parameter 'lens' ignored",
    ]);
    expect(link.data).toEqual(shared);
  });

  it('data packed by a future version is read as far as it goes, with a notice', () => {
    const future = `#d=${Buffer.from(deflateSync(strToU8(JSON.stringify({ v: 2, recipe, csv, colours: ['#f00'] })))).toString('base64url')}`;
    const { link } = open(current, future);
    expect(link.data).toEqual(shared);
    expect(link.notices).toEqual(['This link was made by a newer Paretoscope (data format 2) — reading what this version understands']);
    const unreadable = `#d=${Buffer.from(deflateSync(strToU8(JSON.stringify({ v: 2, table: [] })))).toString('base64url')}`;
    const r = open(current, unreadable);
    expect(r.link.data).toBeUndefined();
    expect(r.link.notices[0]).toMatch(/^This link was made by a newer Paretoscope \(data format 2\) and its data cannot be read here: recipe: /);
  });

  it('a damaged fragment keeps the view: whatever part was valid still opens', () => {
    const { link, resolved } = open(current, '#d=not-really-base64!!');
    expect(link.data).toBeUndefined();
    expect(link.datasetId).toBe('upload-3f9a');
    expect(link.notices).toHaveLength(1);
    expect(link.notices[0].startsWith(DAMAGED)).toBe(true);
    expect(resolved).toEqual({ spec, notices: [] });
  });
});
