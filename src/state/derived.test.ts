import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/buildDataset';
import { parseCard } from '../data/card';
import type { Dataset, NumberColumn } from '../data/types';
import { compileConstraints, constraintMask } from './constraints';
import type { Constraint, DerivedColumnSpec } from './decisionTypes';
import { baseDataset, formulaCheck, suggestedDerived, withDerived, withDerivedReport } from './derived';
import { aiderLikeDataset, fakeDataset, zooDataset } from './testing/fakeDataset';

const values = (ds: Dataset, key: string) => [...(ds.byKey.get(key) as NumberColumn).values];
const COP: DerivedColumnSpec = { key: 'cost_of_pass', formula: 'total_cost / (pass_rate_2 / 100)', label: 'Cost of pass', unit: 'USD', sense: 'min' };

function bundled(id: string): Dataset {
  const dir = resolve(__dirname, '..', '..', 'data');
  const card = parseCard(JSON.parse(readFileSync(join(dir, id, 'card.json'), 'utf8')), `${id}/card.json`);
  return buildDataset(card, Object.fromEntries(card.files.map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
}

describe('withDerived', () => {
  const ds = aiderLikeDataset();

  it('appends the computed columns, leaving the dataset untouched', () => {
    const out = withDerived(ds, [COP, { key: 'per case', formula: 'seconds_per_case * 225 / 60' }]);
    expect(out).not.toBe(ds);
    expect(out.id).toBe(ds.id);
    expect(out.rowCount).toBe(ds.rowCount);
    expect(out.columns.map((c) => c.spec.key)).toEqual([...ds.columns.map((c) => c.spec.key), 'cost_of_pass', 'per case']);
    expect(ds.columns).toHaveLength(6);
    expect(values(out, 'cost_of_pass')).toEqual([50, 10 / 0.6, 5, 30 / 0.7, 5, 10, NaN, 5]);
    expect(values(out, 'per case')).toEqual([30, 20, 10, 50, 5, 15, 25, 60].map((s) => (s * 225) / 60));
    expect(out.byKey.get('cost_of_pass')?.spec).toEqual({
      key: 'cost_of_pass',
      label: 'Cost of pass',
      unit: 'USD',
      type: 'number',
      role: 'objective',
      sense: 'min',
      description: '= total_cost / (pass_rate_2 / 100)',
    });
    expect(out.byKey.get('per case')?.spec).toMatchObject({ label: 'per case', role: 'attribute' });
    expect(out.byKey.get('per case')?.spec.sense).toBeUndefined();
  });

  it('is memoized on the dataset and the specs, and idempotent', () => {
    const a = withDerived(ds, [COP]);
    expect(withDerived(ds, [{ ...COP }])).toBe(a);
    expect(withDerived(a, [COP])).toBe(a);
    expect(baseDataset(a)).toBe(ds);
    expect(baseDataset(ds)).toBe(ds);
    expect(withDerived(ds, [])).toBe(ds);
    expect(withDerived(a, [])).toBe(ds);
    expect(withDerived(ds, [{ ...COP, formula: 'total_cost' }])).not.toBe(a);
    expect(withDerived(aiderLikeDataset(), [COP])).not.toBe(a);
  });

  it('chains: a formula may use an earlier derived column', () => {
    const out = withDerived(ds, [COP, { key: 'lc', formula: 'log10(cost_of_pass)' }]);
    expect(values(out, 'lc')).toEqual(values(out, 'cost_of_pass').map(Math.log10));
  });

  it('skips a bad formula with a notice, never crashing', () => {
    const r = withDerivedReport(ds, [{ key: 'bad', formula: 'total_cost /' }, { key: 'dup', formula: '1' }, { key: 'dup', formula: '2' }, COP]);
    expect(r.notices).toEqual([
      "Derived column 'bad' left out: Formula for 'bad': Unexpected end of the formula at position 12: expected a number, a column or '('",
      "Derived column 'dup' left out: There is already a column called 'dup'",
    ]);
    expect(r.dataset.columns.map((c) => c.spec.key).slice(6)).toEqual(['dup', 'cost_of_pass']);
    expect(withDerivedReport(ds, [{ key: 'x', formula: 'bad' }]).dataset).toBe(ds);
  });

  it('checks formulas for the editor, with the position', () => {
    expect(formulaCheck(ds, [], 'total_cost / (pass_rate_2 / 100)')).toEqual({});
    expect(formulaCheck(ds, [], 'totl_cost')).toEqual({ error: "Unknown column 'totl_cost' at position 0 (did you mean 'total_cost'?)", position: 0, length: 9 });
    expect(formulaCheck(ds, [COP], 'cost_of_pass * 2')).toEqual({});
    expect(formulaCheck(ds, [], 'cost_of_pass * 2').position).toBe(0);
  });
});

describe('suggestedDerived', () => {
  it('offers cost-of-pass on aider-polyglot, dividing the percentage by 100', () => {
    const aider = bundled('aider-polyglot');
    const s = suggestedDerived(aider);
    expect(s).toEqual([{ key: 'cost_of_pass', formula: 'total_cost / (pass_rate_2 / 100)', label: 'Cost of pass', unit: 'USD', sense: 'min' }]);
    // And the column it makes is the core's cost of pass.
    const out = withDerived(aider, s);
    const cost = values(aider, 'total_cost');
    const rate = values(aider, 'pass_rate_2');
    values(out, 'cost_of_pass').forEach((v, i) => expect(v).toBe(cost[i] / (rate[i] / 100)));
  });

  it('offers nothing where there is no cost or no success rate', () => {
    for (const id of ['timm-imagenet', 'alpacaeval-judges', 'moocore-tpls', 'dtlz-linear-8d']) expect(suggestedDerived(bundled(id))).toEqual([]);
    expect(suggestedDerived(zooDataset())).toEqual([]);
  });

  it('reads fractions as they are, quotes awkward names, and never reuses a key', () => {
    const ds = fakeDataset({
      id: 'frac',
      columns: [
        { key: 'Price ($)', role: 'objective', sense: 'min', values: [1, 2] },
        { key: 'success', role: 'objective', sense: 'max', values: [0.5, 0.9] },
        { key: 'cost_of_pass', role: 'attribute', values: [0, 0] },
      ],
    });
    expect(suggestedDerived(ds)).toEqual([{ key: 'cost_of_pass_2', formula: '"Price ($)" / success', label: 'Cost of pass', sense: 'min' }]);
  });

  it('pairs every cost with every rate when there are several', () => {
    const ds = fakeDataset({
      id: 'two',
      columns: [
        { key: 'api_cost', unit: 'USD', role: 'objective', sense: 'min', values: [1, 2] },
        { key: 'gpu_spend', role: 'objective', sense: 'min', values: [3, 4] },
        { key: 'resolved_pct', role: 'objective', sense: 'max', values: [30, 40] },
      ],
    });
    expect(suggestedDerived(ds).map((d) => [d.key, d.formula])).toEqual([
      ['cost_of_pass_api_cost_resolved_pct', 'api_cost / (resolved_pct / 100)'],
      ['cost_of_pass_gpu_spend_resolved_pct', 'gpu_spend / (resolved_pct / 100)'],
    ]);
  });
});

describe('constraints compile to one test', () => {
  const ds = fakeDataset({
    id: 'c',
    columns: [
      { key: 'a', values: [1, 2, 3, NaN, 5, -Infinity] },
      { key: 'b', values: [0, 0, 1, 1, 1, 0] },
      { key: 'g', values: ['x', 'x', 'y', 'y', 'z', 'z'] },
    ],
  });

  it('bounds are inclusive; a missing value fails; no constraint means no mask', () => {
    const cs: Constraint[] = [{ column: 'a', op: 'between', value: 2, value2: 5 }, { column: 'b', op: '>=', value: 1 }];
    expect([...(constraintMask(cs, ds) ?? [])]).toEqual([0, 0, 1, 0, 1, 0]);
    const pass = compileConstraints(cs, ds);
    expect([0, 1, 2, 3, 4, 5].map(pass)).toEqual([false, false, true, false, true, false]);
    expect(constraintMask([], ds)).toBeNull();
    expect([...(constraintMask([{ column: 'a', op: '<=', value: 1 }], ds) ?? [])]).toEqual([1, 0, 0, 0, 0, 1]);
    expect(constraintMask([{ column: 'g', op: '<=', value: 1 }], ds)).toBeNull(); // not numeric: never applied
  });

  it('the predicate and the mask agree everywhere', () => {
    const constraint = fc.record({
      column: fc.constantFrom('a', 'b'),
      op: fc.constantFrom<Constraint['op']>('<=', '>=', 'between'),
      value: fc.double(),
      value2: fc.double(),
    });
    fc.assert(
      fc.property(fc.array(constraint, { maxLength: 4 }), (cs) => {
        const mask = constraintMask(cs, ds);
        const pass = compileConstraints(cs, ds);
        for (let i = 0; i < ds.rowCount; i++) expect(pass(i)).toBe(mask ? mask[i] === 1 : true);
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});
