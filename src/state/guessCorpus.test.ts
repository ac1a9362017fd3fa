/**
 * The import's guesses on real public result tables (src/data/import/corpus): for each, the objectives
 * ticked when the table first opens (with their directions), the label, the group and the run column,
 * and which uncertainty column is paired with which. A guess that changes for any table fails here.
 * Where the guess knowingly differs from what the table's maintainer would pick, the corpus says so in
 * `guessed` (with the reason in `why`), and the test pins that guess instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImported, checkImport, inferImport, makeRecipe, parseText } from '../data/import';
import { defaultSpec } from './defaults';

interface Expected {
  objectives: { key: string; sense: 'min' | 'max' }[];
  label: string | null;
  group: string | null;
  run: string | null;
  uncertainty: { key: string; of: string }[];
}

interface CorpusEntry {
  id: string;
  file: string;
  expected: Expected;
  /** The app's guess where it knowingly differs from `expected` (fields given replace expected's). */
  guessed?: Partial<Expected>;
}

const DIR = join(import.meta.dirname, '../data/import/corpus');
const corpus = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as CorpusEntry[];

function guess(entry: CorpusEntry) {
  const table = parseText(readFileSync(join(DIR, entry.file), 'utf8'), entry.file);
  const { mapping } = inferImport(table);
  // Rows with problems are left out, as the import dialog offers.
  const recipe = makeRecipe(entry.file, { kind: 'file' }, mapping, checkImport(table, mapping, entry.file).badRows);
  const dataset = buildImported(table, recipe);
  const spec = defaultSpec(dataset);
  return {
    spec,
    result: {
      objectives: spec.objectives.filter((o) => o.active).map(({ key, sense }) => ({ key, sense })),
      label: dataset.labelKey ?? null,
      group: spec.group,
      run: spec.runColumn,
      uncertainty: mapping.filter((m) => m.uncertaintyOf !== undefined).map((m) => ({ key: m.key, of: m.uncertaintyOf as string })),
    } satisfies Expected,
  };
}

const sortObjectives = (list: Expected['objectives']) => [...list].sort((a, b) => a.key.localeCompare(b.key));
const sortPairs = (list: Expected['uncertainty']) => [...list].sort((a, b) => a.key.localeCompare(b.key));

describe('guess corpus', () => {
  it('holds at least 15 real tables', () => expect(corpus.length).toBeGreaterThanOrEqual(15));

  it.each(corpus.map((e) => [e.id, e] as const))('%s opens with the expected objectives, label, group and run column', (_, entry) => {
    const want = { ...entry.expected, ...entry.guessed };
    const { result, spec } = guess(entry);
    expect(sortObjectives(result.objectives)).toEqual(sortObjectives(want.objectives));
    expect(result.label).toBe(want.label);
    expect(result.group).toBe(want.group);
    expect(result.run).toBe(want.run);
    expect(sortPairs(result.uncertainty)).toEqual(sortPairs(want.uncertainty));
    // The chart: a cost on x against a quality on y whenever the two directions differ.
    const ticked = spec.objectives.filter((o) => o.active);
    expect(ticked.map((o) => o.key)).toContain(spec.x);
    if (ticked.length >= 2) expect(ticked.map((o) => o.key)).toContain(spec.y);
  });
});
