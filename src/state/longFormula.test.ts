import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_LENGTH } from '../core';
import { addDerived } from './actions';
import { defaultSpec } from './defaults';
import { formulaCheck, withDerivedReport } from './derived';
import { aiderLikeDataset } from './testing/fakeDataset';
import type { ImportRecipe } from '../data/import/types';
import { makeBundle, readBundle } from './share';
import { parseQuery, resolveSpec } from './url';

const ds = aiderLikeDataset();
/** `1-1-…-1` with 6,000 terms: 11,999 characters, once a white screen (stack overflow). */
const CHAIN = Array.from({ length: 6000 }, () => '1').join('-');
const TOO_LONG = 'A formula can be at most 2,000 characters (this one has 11,999)';

describe('a formula far over the length cap', () => {
  it('in a derive= link costs that parameter and says why, never a RangeError', () => {
    const r = resolveSpec(parseQuery(`?derive=d:${CHAIN}:min&x=total_cost`), ds);
    expect(r.spec.derived).toEqual([]);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toContain(`Formula for 'd': ${TOO_LONG}`);
    expect(r.notices[0]).toMatch(/derive= — ignored$/);
    expect(r.spec.x).toBe('total_cost');
  });

  it('in a dropped bundle\'s view is refused the same way', () => {
    const recipe: ImportRecipe = {
      id: 'upload-1',
      name: 'runs',
      fileName: 'runs.csv',
      source: { kind: 'file' },
      mapping: [{ key: 'total_cost', label: 'Cost', role: 'objective', type: 'number', sense: 'min' }],
      excludeRows: [],
    };
    const bundle = readBundle(JSON.parse(makeBundle(`?derive=d:${encodeURIComponent(CHAIN)}:min`, { v: 1, recipe, csv: 'total_cost\n1\n' })));
    if (!('search' in bundle)) throw new Error(bundle.error);
    const r = resolveSpec(parseQuery(bundle.search), ds);
    expect(r.spec.derived).toEqual([]);
    expect(r.notices.join('\n')).toContain(TOO_LONG);
  });

  it('is refused by the derived-column action and the formula check the panel uses', () => {
    const base = defaultSpec(ds);
    const r = addDerived(base, ds, { key: 'd', formula: CHAIN });
    expect(r.spec).toBe(base);
    expect(r.notice).toContain(TOO_LONG);
    expect(formulaCheck(ds, [], CHAIN)).toEqual({ error: TOO_LONG, position: MAX_EXPRESSION_LENGTH, length: CHAIN.length - MAX_EXPRESSION_LENGTH });
  });

  it('left in a stored view is skipped with a notice when the columns are computed', () => {
    const r = withDerivedReport(ds, [{ key: 'd', formula: CHAIN }]);
    expect(r.dataset).toBe(ds);
    expect(r.notices).toEqual([`Derived column 'd' left out: Formula for 'd': ${TOO_LONG}`]);
  });

  it('a long chain within the cap is computed (the evaluator does not recurse per operator)', () => {
    const terms = 181; // 'total_cost+' × 180 + 'total_cost' = 1,990 characters
    const chain = Array.from({ length: terms }, () => 'total_cost').join('+');
    expect(chain.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    const cost = ds.byKey.get('total_cost')!.values as Float64Array;
    const r = withDerivedReport(ds, [{ key: 'k', formula: chain }]);
    expect(r.notices).toEqual([]);
    const k = r.dataset.byKey.get('k')!.values as Float64Array;
    expect(cost.some((v) => !Number.isNaN(v))).toBe(true);
    for (let i = 0; i < cost.length; i++) {
      if (Number.isNaN(cost[i])) expect(k[i]).toBeNaN(); // a missing cost stays missing
      else expect(k[i]).toBeCloseTo(cost[i] * terms, 6);
    }
  });
});
