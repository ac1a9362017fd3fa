import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { paretoRanks } from '../../core';
import { defaultSpec, deriveView, type ViewSpec } from '../../state';
import { fakeDataset, zooDataset } from '../../state/testing/fakeDataset';
import { allRowsCsv, frontCsv, paretoRankColumn } from './csv';

function read(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('CSV export', () => {
  const zoo = zooDataset();
  const spec: ViewSpec = defaultSpec(zoo);
  const view = deriveView(zoo, spec);

  it('writes the frontier rows with every column keyed as in the data, plus front and rank columns', () => {
    const { fields, rows } = read(frontCsv(zoo, view));
    expect(fields).toEqual([...zoo.columns.map((c) => c.spec.key), 'pareto_front', 'pareto_rank']);
    expect(rows.map((r) => r.model)).toEqual(Array.from(view.frontRows, (i) => String(zoo.byKey.get('model')!.values[i])));
    expect(rows.every((r) => r.pareto_front === '1' && r.pareto_rank === '1')).toBe(true);
  });

  it('writes every row, with ranks over the ticked objectives among ranked rows and 0 for the rest', () => {
    const { rows } = read(allRowsCsv(zoo, view));
    expect(rows).toHaveLength(zoo.rowCount);
    const ranked = Array.from({ length: zoo.rowCount }, (_, i) => i).filter((i) => view.status[i] >= 2);
    const columns = view.activeObjectives.map((o) => {
      const c = zoo.byKey.get(o.key)!;
      return Float64Array.from(ranked, (i) => (c.kind === 'number' ? c.values[i] : NaN));
    });
    const expected = paretoRanks(columns, view.activeObjectives.map((o) => o.sense));
    ranked.forEach((row, j) => expect(rows[row].pareto_rank).toBe(String(expected[j])));
    for (let i = 0; i < zoo.rowCount; i++) {
      expect(rows[i].pareto_front).toBe(view.status[i] === 3 ? '1' : '0');
      if (view.status[i] < 2) expect(rows[i].pareto_rank).toBe('0');
      if (rows[i].pareto_rank === '1') expect(rows[i].pareto_front).toBe('1');
    }
    // Row 8 has no top-1 value: unranked.
    expect(rows[8].pareto_rank).toBe('0');
  });

  it('writes numbers that read back exactly, missing values empty, ±Infinity spelled out', () => {
    const { rows } = read(allRowsCsv(zoo, view));
    expect(rows[8].top1).toBe('');
    expect(rows[10].params).toBe('Infinity');
    expect(Number(rows[0]['Price [$/1000 examples]'])).toBe(0.5);
    expect(rows[0]['']).toBe('3');
    const precise = fakeDataset({ columns: [{ key: 'v', role: 'objective', sense: 'min', values: [0.1 + 0.2, 1e-12, -5e21] }] });
    const pv = deriveView(precise, defaultSpec(precise));
    expect(read(allRowsCsv(precise, pv)).rows.map((r) => Number(r.v))).toEqual([0.1 + 0.2, 1e-12, -5e21]);
  });

  it('quotes cells and headers with commas, quotes and line breaks', () => {
    const csv = allRowsCsv(zoo, view);
    expect(csv).toContain('"a,b:c"');
    expect(csv).toContain('"x,y:z"');
    const awkward = fakeDataset({
      columns: [
        { key: 'name', type: 'text', role: 'label', values: ['say "hi"', 'two\nlines', '=1+2', '-3'] },
        { key: 'cost', role: 'objective', sense: 'min', values: [1, 2, 3, 4] },
      ],
    });
    const { rows } = read(allRowsCsv(awkward, deriveView(awkward, defaultSpec(awkward)), { raw: true }));
    // Raw: values come back exactly as written.
    expect(rows.map((r) => r.name)).toEqual(['say "hi"', 'two\nlines', '=1+2', '-3']);
  });

  it('prefixes formula-like text cells and headers with a quote, never numbers, unless raw', () => {
    const hostile = fakeDataset({
      columns: [
        { key: 'name', type: 'text', role: 'label', values: ['=1+2', '+SUM(A1)', '-2+3+cmd', '@x', '\tlead', '\rlead', '-3.2', 'plain'] },
        { key: 'family', values: ['=HYPERLINK("x")', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
        { key: '=evil()', role: 'objective', sense: 'min', values: [-3.2, -1e-7, 4, -Infinity, 1, 2, 3, 5] },
        { key: 'cost', role: 'objective', sense: 'max', values: [1, 2, 3, 4, 5, 6, 7, 8] },
      ],
    });
    const hv = deriveView(hostile, defaultSpec(hostile));
    const { fields, rows } = read(allRowsCsv(hostile, hv));
    expect(fields[2]).toBe("'=evil()");
    expect(rows.map((r) => r.name)).toEqual(["'=1+2", "'+SUM(A1)", "'-2+3+cmd", "'@x", "'\tlead", "'\rlead", '-3.2', 'plain']);
    expect(rows[0].family).toBe('\'=HYPERLINK("x")');
    // Negative numbers stay numbers.
    expect(rows.map((r) => r["'=evil()"]).slice(0, 4)).toEqual(['-3.2', '-1e-7', '4', '-Infinity']);
    expect(read(frontCsv(hostile, hv)).rows.every((r) => !r.name.startsWith('=') && !r.name.startsWith('+'))).toBe(true);
    const raw = read(allRowsCsv(hostile, hv, { raw: true }));
    expect(raw.fields[2]).toBe('=evil()');
    expect(raw.rows[0].name).toBe('=1+2');
    expect(raw.rows[0].family).toBe('=HYPERLINK("x")');
  });

  it('renames the added columns when the data already has them', () => {
    const taken = fakeDataset({
      columns: [
        { key: 'pareto_front', role: 'objective', sense: 'min', values: [1, 2] },
        { key: 'pareto_rank', role: 'objective', sense: 'max', values: [1, 2] },
      ],
    });
    const { fields } = read(frontCsv(taken, deriveView(taken, defaultSpec(taken))));
    expect(fields).toEqual(['pareto_front', 'pareto_rank', 'pareto_front_2', 'pareto_rank_2']);
  });

  it('ranks hidden groups 0 and reuses ranks the view already has', () => {
    const hidden = { ...spec, hiddenGroups: ['A'] };
    const hv = deriveView(zoo, hidden);
    const ranks = paretoRankColumn(zoo, hv);
    for (let i = 0; i < 3; i++) expect(ranks[i]).toBe(0);
    const byRank = deriveView(zoo, { ...spec, color: 'rank' });
    expect(paretoRankColumn(zoo, byRank)).toBe(byRank.ranks);
    expect(Array.from(paretoRankColumn(zoo, { ...byRank, ranks: null }))).toEqual(Array.from(byRank.ranks!));
  });

  it('writes only a header when no objective is ticked', () => {
    const none = { ...spec, objectives: spec.objectives.map((o) => ({ ...o, active: false })) };
    const nv = deriveView(zoo, none);
    expect(read(frontCsv(zoo, nv)).rows).toEqual([]);
    expect(read(allRowsCsv(zoo, nv)).rows.every((r) => r.pareto_rank === '0')).toBe(true);
  });
});
