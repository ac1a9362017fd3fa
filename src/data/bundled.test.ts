/**
 * The bundled catalog as shipped: every card validates, every dataset builds, and the facts the source
 * README states about each table hold for what we load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset';
import { parseCard, parseCatalog } from './card';
import { leftJoin } from './join';
import { parseCsv } from './parse';
import type { Dataset, DatasetCard } from './types';

const ROOT = resolve(__dirname, '..', '..');
const DATA = join(ROOT, 'data');
/** The shared dataset folder sits next to the repository (in CI too). */
const SHARED = resolve(ROOT, '..', 'shared', 'datasets');

const read = (path: string) => readFileSync(join(DATA, path), 'utf8');
const catalog = parseCatalog(JSON.parse(read('index.json')), 'index.json');
const cards = new Map<string, DatasetCard>(catalog.map((e) => [e.id, parseCard(JSON.parse(read(e.card)), e.card)]));
const datasets = new Map<string, Dataset>();
function load(id: string): Dataset {
  let ds = datasets.get(id);
  if (!ds) {
    const card = cards.get(id)!;
    ds = buildDataset(card, Object.fromEntries(card.files.map((f) => [f, read(f)])));
    datasets.set(id, ds);
  }
  return ds;
}
const numbers = (id: string, key: string) => {
  const c = load(id).byKey.get(key)!;
  if (c.kind !== 'number') throw new Error(`${key} is not numeric`);
  return c.values;
};
const strings = (id: string, key: string) => {
  const c = load(id).byKey.get(key)!;
  if (c.kind === 'number') throw new Error(`${key} is numeric`);
  return c.values;
};

/** Each bundled data file, the shared file it was copied from, and that file's sha256. */
const COPIES: [bundled: string, shared: string, sha256: string][] = [
  ['timm-imagenet/timm-results-imagenet.csv', 'timm-results-imagenet.csv', '30972bf7c7ab451bbd4480ec6116b13d0a84441c57bbc946896fd312264acfcd'],
  [
    'timm-imagenet/timm-benchmark-infer-amp-nchw-pt291-cu130-5090.csv',
    'timm-benchmark-infer-amp-nchw-pt291-cu130-5090.csv',
    '6e1260e7fa846cb43cd928c1a5a02ea798fb579ecca7042d099c29ee031f3f2a',
  ],
  ['aider-polyglot/aider-polyglot_leaderboard.csv', 'aider-polyglot_leaderboard.csv', 'cb6b110ea51ad04fb32149e3aea01cb01c4a6b0a320bae960db4a069d1d3c662'],
  [
    'alpacaeval-judges/alpacaeval-evaluators_leaderboard.csv',
    'alpacaeval-evaluators_leaderboard.csv',
    'db679d719e2a8705333ea2adbc184e77958226de58fe3146a815763e18ec5a3d',
  ],
  ['moocore-tpls/moocore-tpls50x20_1_MWT.csv', 'mo-reference/moocore-tpls50x20_1_MWT.csv', 'e3c3c68bfd5bf772938e58c20142114c5f04cad4d708ec6035d8e8f6abb393be'],
  [
    'dtlz-linear-8d/moocore-DTLZLinearShape.8d.front.60pts.10.csv',
    'mo-reference/moocore-DTLZLinearShape.8d.front.60pts.10.csv',
    '89e7830a3e1f671a6e4f555495b3a4ced9ded9aa41e72bbc0fded75e97bcd09f',
  ],
];
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('bundled catalog', () => {
  it('lists exactly the five datasets, each card at its path with the same id and title', () => {
    expect(catalog.map((e) => e.id)).toEqual(['timm-imagenet', 'aider-polyglot', 'alpacaeval-judges', 'moocore-tpls', 'dtlz-linear-8d']);
    for (const e of catalog) {
      expect(cards.get(e.id)!.id).toBe(e.id);
      expect(cards.get(e.id)!.title).toBe(e.title);
    }
  });

  it('builds every dataset with the documented row count and no warnings', () => {
    const rows = Object.fromEntries(catalog.map((e) => [e.id, load(e.id).rowCount]));
    expect(rows).toEqual({ 'timm-imagenet': 1556, 'aider-polyglot': 69, 'alpacaeval-judges': 32, 'moocore-tpls': 1511, 'dtlz-linear-8d': 600 });
    for (const e of catalog) {
      const ds = load(e.id);
      expect(ds.warnings).toBeUndefined();
      for (const c of ds.columns) expect(c.values.length).toBe(ds.rowCount);
    }
  });

  it('gives every card provenance with a licence, and every column a label', () => {
    for (const card of cards.values()) {
      expect(card.source.length).toBeGreaterThan(0);
      for (const s of card.source) expect(s.licence).toMatch(/^(Apache-2\.0|LGPL-2\.1-or-later)$/);
      for (const c of card.columns) expect(c.label.length).toBeGreaterThan(0);
      expect(card.columns.filter((c) => c.role === 'objective').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('ships data files byte for byte as in the shared dataset folder', () => {
    expect(
      existsSync(SHARED),
      `The shared dataset folder is missing: expected it at ../shared/datasets next to the repository (${SHARED}). ` +
        'The byte-for-byte provenance check cannot run without it.',
    ).toBe(true);
    for (const [bundled, shared, hash] of COPIES) {
      expect(sha256(join(DATA, bundled)), bundled).toBe(hash);
      expect(sha256(join(SHARED, shared)), shared).toBe(hash);
    }
  });

  it('holds no data file that is not a card, the index, the README or a file a card lists', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [relative(DATA, join(dir, name))]));
    const listed = new Set(['index.json', 'README.md', '.gitattributes', ...catalog.map((e) => e.card), ...[...cards.values()].flatMap((c) => c.files)]);
    expect(walk(DATA).filter((f) => !listed.has(f.split('\\').join('/')))).toEqual([]);
    expect(new Set(COPIES.map(([b]) => b))).toEqual(new Set([...cards.values()].flatMap((c) => c.files)));
  });
});

describe('timm-imagenet', () => {
  it('matches every results row to exactly one benchmark row on (architecture, resolution)', () => {
    const card = cards.get('timm-imagenet')!;
    const [results, bench] = card.files.map((f) => parseCsv(read(f), f));
    const { match, unmatched } = leftJoin(results, bench, card.join!.keys);
    expect(unmatched).toEqual([]);
    expect(Array.from(match).every((r) => r >= 0)).toBe(true);
    // Several pretrained weights of one architecture share its benchmark row.
    expect(new Set(match).size).toBeLessThan(1556);
    expect(card.join!.onUnmatched).toBe('error');
    // Spot check: the first row joins to the 448-px benchmark of its architecture.
    const r = bench.rows[match[0]];
    expect([r[0], r[1]]).toEqual(['eva02_large_patch14_448', '448']);
  });

  it('would be ambiguous joined on the name alone', () => {
    const card = cards.get('timm-imagenet')!;
    const [results, bench] = card.files.map((f) => parseCsv(read(f), f));
    expect(() => leftJoin(results, bench, card.join!.keys.slice(0, 1))).toThrow(/duplicate join key \(model = "[^"]+"\)/);
  });

  it('has the joined benchmark values in place', () => {
    expect(numbers('timm-imagenet', 'infer_samples_per_sec').every((v) => v > 0)).toBe(true);
    expect(numbers('timm-imagenet', 'infer_gmacs').every((v) => Number.isFinite(v))).toBe(true);
  });

  it('groups the models into 238 architecture families', () => {
    const family = strings('timm-imagenet', 'family');
    expect(new Set(family).size).toBe(238);
    expect(family[0]).toBe('eva02');
    expect(load('timm-imagenet').labelKey).toBe('model');
  });

  it('reads the five quoted thousands-separator parameter counts as numbers', () => {
    const model = strings('timm-imagenet', 'model');
    const params = numbers('timm-imagenet', 'param_count');
    const big = Object.fromEntries(model.flatMap((m, i) => (params[i] >= 1000 ? [[m, params[i]]] : [])));
    expect(big).toEqual({
      'eva_giant_patch14_560.m30m_ft_in22k_in1k': 1014.45,
      'eva_giant_patch14_336.m30m_ft_in22k_in1k': 1013.01,
      'eva_giant_patch14_336.clip_ft_in1k': 1013.01,
      'eva_giant_patch14_224.clip_ft_in1k': 1012.56,
      'regnety_2560.seer_ft_in1k': 1282.6,
    });
    expect(params.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
  });
});

describe('aider-polyglot', () => {
  it('treats total_cost 0 / 0.0000 (17 rows) and the one empty cell as unknown: 18 missing', () => {
    const file = cards.get('aider-polyglot')!.files[0];
    const t = parseCsv(read(file), file);
    const raw = t.rows.map((r) => r[t.header.indexOf('total_cost')]);
    expect(raw.filter((v) => v === '0' || v === '0.0000')).toHaveLength(17);
    expect(raw.filter((v) => v === '')).toHaveLength(1);
    const cost = numbers('aider-polyglot', 'total_cost');
    expect(Array.from(cost).filter(Number.isNaN)).toHaveLength(18);
    expect(Array.from(cost).filter((v) => v <= 0)).toEqual([]);
    expect(cost[strings('aider-polyglot', 'model').indexOf('qwen-max-2025-01-25')]).toBeNaN();
  });

  it('has complete pass rates and times, a unique run id and a provider for every run', () => {
    expect(numbers('aider-polyglot', 'pass_rate_2').every((v) => v >= 0 && v <= 100)).toBe(true);
    expect(numbers('aider-polyglot', 'seconds_per_case').every((v) => v > 0)).toBe(true);
    expect(new Set(strings('aider-polyglot', 'dirname')).size).toBe(69);
    expect(new Set(strings('aider-polyglot', 'edit_format'))).toEqual(new Set(['diff', 'whole', 'diff-fenced', 'architect']));
    expect(strings('aider-polyglot', 'provider').every((p) => p !== '')).toBe(true);
    expect(load('aider-polyglot').labelKey).toBe('model');
    // A thinking budget of 0 is a real setting, not a missing value.
    expect(Array.from(numbers('aider-polyglot', 'thinking_tokens')).filter((v) => v === 0)).toHaveLength(1);
  });
});

describe('alpacaeval-judges', () => {
  it('takes the evaluator name from the empty first header cell as the label', () => {
    const ds = load('alpacaeval-judges');
    expect(ds.labelKey).toBe('');
    expect(ds.byKey.get('')!.spec.label).toBe('Evaluator');
    expect(strings('alpacaeval-judges', '').slice(0, 2)).toEqual(['alpaca_eval_gpt4_fn', 'improved_aviary_gpt4']);
    expect(strings('alpacaeval-judges', '')).toContain('humans');
  });

  it('reads empty cells as missing and keeps real zeros', () => {
    const price = numbers('alpacaeval-judges', 'Price [$/1000 examples]');
    expect(Array.from(price).filter(Number.isNaN)).toHaveLength(2);
    expect(price[strings('alpacaeval-judges', '').indexOf('longest')]).toBe(0);
    expect(new Set(strings('alpacaeval-judges', 'mode'))).toEqual(new Set(['verified', 'minimal']));
  });
});

describe('moocore references', () => {
  it('tpls: 7 algorithms, runs "1.0".."15.0" as categories', () => {
    expect(new Set(strings('moocore-tpls', 'algorithm')).size).toBe(7);
    const runs = new Set(strings('moocore-tpls', 'run'));
    expect(runs).toEqual(new Set(Array.from({ length: 15 }, (_, i) => `${i + 1}.0`)));
    expect(load('moocore-tpls').byKey.get('run')!.spec.role).toBe('group');
  });

  it('dtlz: 8 minimised objectives summing to 0.5 in 10 sets of 60', () => {
    const ds = load('dtlz-linear-8d');
    const f = Array.from({ length: 8 }, (_, k) => numbers('dtlz-linear-8d', `f${k + 1}`));
    for (let i = 0; i < ds.rowCount; i++) expect(f.reduce((s, c) => s + c[i], 0)).toBeCloseTo(0.5, 6);
    const set = strings('dtlz-linear-8d', 'set');
    expect(new Set(set).size).toBe(10);
    expect(set.filter((s) => s === '7')).toHaveLength(60);
    expect(ds.card.columns.filter((c) => c.role === 'objective').every((c) => c.sense === 'min')).toBe(true);
  });
});
