/**
 * The three tables a new user tried before the import read names as words (excerpts of public tables
 * from the guess corpus, src/data/import/corpus, where their provenance is): each now opens on the chart
 * its maintainers draw, with every row ranked and a real frontier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sense } from '../core';
import { buildImported, inferImport, makeRecipe, parseText } from '../data/import';
import type { Dataset, NumberColumn } from '../data/types';
import { defaultSpec } from './defaults';
import { deriveView } from './derive';

const CORPUS = join(import.meta.dirname, '../data/import/corpus');

/** The header and the first `rows` data rows of a corpus file, optionally only some of its columns. */
function excerpt(file: string, rows: number, columns?: string[]): string {
  const lines = readFileSync(join(CORPUS, file), 'utf8').split(/\r?\n/).slice(0, rows + 1);
  if (!columns) return `${lines.join('\n')}\n`;
  const header = lines[0].split(',');
  const keep = columns.map((c) => header.indexOf(c));
  return `${lines.map((l) => keep.map((k) => l.split(',')[k]).join(',')).join('\n')}\n`;
}

function open(text: string, name: string) {
  const table = parseText(text, name);
  const guess = inferImport(table);
  const dataset = buildImported(table, makeRecipe(name, { kind: 'file' }, guess.mapping));
  const spec = defaultSpec(dataset);
  const view = deriveView(dataset, spec);
  const ticked = spec.objectives.filter((o) => o.active);
  return { guess, dataset, spec, view, ticked: Object.fromEntries(ticked.map((o) => [o.key, o.sense])) };
}

/** Rows no other row dominates over `objectives`, by comparing every pair (rows with a NaN left out). */
function naiveFront(dataset: Dataset, objectives: Record<string, Sense>): number {
  const cols = Object.entries(objectives).map(([key, sense]) => ({ v: (dataset.byKey.get(key) as NumberColumn).values, s: sense === 'min' ? 1 : -1 }));
  const rows = [...Array(dataset.rowCount).keys()].filter((i) => cols.every((c) => !Number.isNaN(c.v[i])));
  const dominates = (a: number, b: number) => cols.every((c) => c.s * c.v[a] <= c.s * c.v[b]) && cols.some((c) => c.s * c.v[a] < c.s * c.v[b]);
  return rows.filter((b) => !rows.some((a) => dominates(a, b))).length;
}

describe('tables a new user brings', () => {
  it('AlpacaEval 2: length-controlled win rate against length, standard errors paired and unticked, every row ranked', () => {
    const { guess, dataset, spec, view, ticked } = open(excerpt('alpacaeval2-gpt4-turbo.csv', 40), 'weighted_alpaca_eval_gpt4_turbo_leaderboard.csv');
    expect(ticked).toEqual({ length_controlled_winrate: 'max', avg_length: 'min' });
    expect([spec.x, spec.y]).toEqual(['avg_length', 'length_controlled_winrate']);
    const byKey = Object.fromEntries(guess.mapping.map((m) => [m.key, m]));
    expect(byKey.lc_standard_error).toMatchObject({ role: 'attribute', uncertaintyOf: 'length_controlled_winrate', uncertaintyKind: 'se' });
    expect(byKey.standard_error).toMatchObject({ role: 'attribute', uncertaintyOf: 'win_rate', uncertaintyKind: 'se' });
    expect(byKey.n_wins_base.role).toBe('attribute');
    expect(dataset.labelKey).toBe('column 1');
    expect(view.unrankedCount).toBe(0);
    expect(view.frontRows.length).toBe(naiveFront(dataset, ticked));
    expect(view.frontRows.length).toBeLessThan(dataset.rowCount / 2);
  });

  it('a function-calling leaderboard: overall accuracy against mean latency; percent categories read as accuracies, not costs', () => {
    const { guess, dataset, spec, view, ticked } = open(excerpt('bfcl-overall.csv', 40), 'data_overall.csv');
    // Cost is "N/A" for most of these models, so it would drop them from the front: left unticked.
    expect(ticked).toEqual({ 'Overall Acc': 'max', 'Latency Mean (s)': 'min' });
    expect([spec.x, spec.y]).toEqual(['Latency Mean (s)', 'Overall Acc']);
    const byKey = Object.fromEntries(guess.mapping.map((m) => [m.key, m]));
    for (const key of ['Multi Turn Miss Func', 'Multi Turn Miss Param', 'Non-Live AST Acc', 'Irrelevance Detection']) {
      expect(byKey[key]).toMatchObject({ role: 'attribute', sense: 'max', unit: '%' });
    }
    expect(byKey['Latency Standard Deviation (s)']).toMatchObject({ role: 'attribute', uncertaintyOf: 'Latency Mean (s)', uncertaintyKind: 'sd' });
    expect(byKey.Rank).toMatchObject({ role: 'attribute', sense: 'min' }); // never ticked; rank 1 is best if someone does
    expect(byKey['Cost ($ Per 1k Function Calls)'].sense).toBe('min');
    expect(view.frontRows.length).toBe(naiveFront(dataset, ticked));
    expect(view.frontRows.length).toBeLessThan(dataset.rowCount / 2);
  });

  it("an optimizer's output: f1 and f2 are both objectives to minimize and set numbers the runs", () => {
    // Columns f1, f2 and set of moocore's DTLZLinearShape.8d front file.
    const { guess, dataset, spec, view, ticked } = open(excerpt('moocore-dtlz-linear-8d.csv', 120, ['f1', 'f2', 'set']), 'runs.csv');
    expect(ticked).toEqual({ f1: 'min', f2: 'min' });
    expect([spec.x, spec.y]).toEqual(['f1', 'f2']);
    expect(spec.runColumn).toBe('set');
    expect(guess.notes[0]).toMatch(/read as objectives to minimize/);
    expect(view.frontRows.length).toBe(naiveFront(dataset, ticked));
    expect(view.frontRows.length).toBeGreaterThan(1);
  });

  it('a lone f1 in a table without f2 is still an F1 score', () => {
    const { ticked } = open('model,f1,latency (ms)\na,0.8,12\nb,0.7,5\nc,0.9,30\n', 'nlp.csv');
    expect(ticked).toEqual({ f1: 'max', 'latency (ms)': 'min' });
  });
});
