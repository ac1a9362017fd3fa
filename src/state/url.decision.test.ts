import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBrushConstraint, addConstraint, addDerived, setMethod, setReferenceValue, setWeight, setX, toggleObjective } from './actions';
import type { DerivedColumnSpec } from './decisionTypes';
import { defaultSpec } from './defaults';
import { datasetAndSpecArb } from './testing/arbitraries';
import { aiderLikeDataset, zooDataset } from './testing/fakeDataset';
import { decodeFormula, encodeFormula, encodeQuery, parseQuery, resolveSpec } from './url';
import { specProblems } from './validate';
import { migrateSpec, type ViewSpec, type ViewSpecV1 } from './viewSpec';

const ds = aiderLikeDataset();
const base = defaultSpec(ds);
const open = (search: string) => resolveSpec(parseQuery(search), ds);
const COP: DerivedColumnSpec = { key: 'cost_of_pass', formula: 'total_cost / (pass_rate_2 / 100)', label: 'Cost of pass', unit: 'USD', sense: 'min' };

function decidingSpec(): ViewSpec {
  let s = addDerived(base, ds, COP).spec;
  s = toggleObjective(s, ds, 'cost_of_pass').spec;
  s = setX(s, ds, 'cost_of_pass').spec;
  s = setWeight(s, ds, 'total_cost', 0.5).spec;
  s = setWeight(s, ds, 'cost_of_pass', 2).spec;
  s = setMethod(s, ds, 'asf').spec;
  s = setReferenceValue(s, ds, 'pass_rate_2', 70).spec;
  s = setReferenceValue(s, ds, 'total_cost', 1e-7).spec;
  s = addConstraint(s, ds, { column: 'seconds_per_case', op: '<=', value: 40 }).spec;
  s = addConstraint(s, ds, { column: 'pass_num_2', op: '>=', value: -2.5 }).spec;
  return addBrushConstraint(s, ds, [1, 60], [20, 90]).spec;
}

describe('encodeQuery, deciding parameters', () => {
  it('writes readable weights, method, ref, filter and derive', () => {
    expect(encodeQuery(decidingSpec(), ds)).toBe(
      '?dataset=aiderish' +
        '&derive=cost_of_pass:total_cost%20/%20(pass_rate_2%20/%20100):min:Cost%20of%20pass:USD' +
        '&x=cost_of_pass&y=pass_rate_2&xscale=linear&yscale=linear' +
        '&objectives=pass_rate_2:max,total_cost:min,seconds_per_case:min,cost_of_pass:min' +
        '&color=front&group=provider' +
        '&method=asf&weights=total_cost:0.5,cost_of_pass:2&ref=pass_rate_2:70,total_cost:1e-7' +
        '&filter=seconds_per_case:le:40,pass_num_2:ge:-2.5,cost_of_pass:between:1:60:brush,pass_rate_2:between:20:90:brush' +
        '&view=scatter&run=none&v=4',
    );
    expect(encodeQuery(base, ds)).toBe(
      '?dataset=aiderish&x=total_cost&y=pass_rate_2&xscale=linear&yscale=linear' +
        '&objectives=pass_rate_2:max,total_cost:min,seconds_per_case:min&color=front&group=provider&method=weighted-sum&view=scatter&run=none&v=4',
    );
  });

  it('round-trips the deciding view, with and without the dataset', () => {
    const spec = decidingSpec();
    expect(specProblems(spec, ds)).toEqual([]);
    expect(open(encodeQuery(spec, ds))).toEqual({ spec, notices: [] });
    expect(open(encodeQuery(spec))).toEqual({ spec, notices: [] });
  });

  it('escapes exponents and formulas so nothing reads back as something else', () => {
    const s = setWeight(setReferenceValue(base, ds, 'total_cost', 1e21).spec, ds, 'pass_rate_2', 1e21).spec;
    expect(encodeQuery(s, ds)).toContain('&weights=pass_rate_2:1e%2B21&ref=total_cost:1e%2B21&');
    expect(open(encodeQuery(s, ds)).spec).toEqual(s);
    expect(encodeFormula('a+b, min(c:d)')).toBe('a%2Bb%2C%20min(c%3Ad)');
    expect(encodeFormula('"(x" * 2^3')).toBe('%22%28x%22%20*%202^3');
    expect(encodeFormula("it's 100%")).toBe('it%27s%20100%25');
    expect(decodeFormula('a+b')).toBe('a+b');
    expect(decodeFormula('%E0%A4%A')).toBeNull();
  });

  it('round-trips random valid specs with derived columns, weights, reference points and constraints', () => {
    // The arbitrary must really produce the deciding fields, or the round trip below proves little.
    const sample = fc.sample(datasetAndSpecArb, { seed: 1, numRuns: 300 }).map((x) => x.spec);
    expect(sample.filter((s) => s.derived.length > 0).length).toBeGreaterThan(60);
    expect(sample.filter((s) => s.derived.some((d) => /[,:%+&#()]/.test(d.formula + d.key))).length).toBeGreaterThan(20);
    expect(sample.filter((s) => s.constraints.some((c) => c.source === 'brush')).length).toBeGreaterThan(30);
    expect(sample.filter((s) => Object.keys(s.weights).length > 0).length).toBeGreaterThan(60);
    expect(sample.filter((s) => s.referencePoint !== null).length).toBeGreaterThan(60);
    fc.assert(
      fc.property(datasetAndSpecArb, fc.boolean(), ({ dataset, spec }, withDataset) => {
        const search = encodeQuery(spec, withDataset ? dataset : undefined);
        expect(new URL(`https://example.org/${search}`).search).toBe(search);
        expect(resolveSpec(parseQuery(search), dataset)).toEqual({ spec, notices: [] });
      }),
      { seed: 20261128, numRuns: 800 },
    );
  });
});

describe('links written by hand', () => {
  it('reads weights, method, ref and filters', () => {
    const r = open('?weights=total_cost:2,pass_rate_2:0.5&method=chebyshev&ref=pass_rate_2:65&filter=total_cost:le:10,pass_rate_2:between:40:90,seconds_per_case:<=:30');
    expect(r.notices).toEqual([]);
    expect(r.spec).toMatchObject({
      weights: { total_cost: 2, pass_rate_2: 0.5 },
      method: 'chebyshev',
      referencePoint: { pass_rate_2: 65 },
      constraints: [
        { column: 'total_cost', op: '<=', value: 10, source: 'chip' },
        { column: 'pass_rate_2', op: 'between', value: 40, value2: 90, source: 'chip' },
        { column: 'seconds_per_case', op: '<=', value: 30, source: 'chip' },
      ],
    });
  });

  it('reads formulas typed raw: parentheses, commas inside calls, a plus that is a plus', () => {
    const r = open('?derive=cop:total_cost/(pass_rate_2/100):min,m:min(total_cost,seconds_per_case),s:total_cost+seconds_per_case&x=cop&filter=cop:le:20');
    expect(r.notices).toEqual([]);
    expect(r.spec.derived).toEqual([
      { key: 'cop', formula: 'total_cost/(pass_rate_2/100)', sense: 'min' },
      { key: 'm', formula: 'min(total_cost,seconds_per_case)' },
      { key: 's', formula: 'total_cost+seconds_per_case' },
    ]);
    expect(r.spec.x).toBe('cop');
    expect(r.spec.constraints).toEqual([{ column: 'cop', op: '<=', value: 20, source: 'chip' }]);
    expect(specProblems(r.spec, ds)).toEqual([]);
  });

  it('explains every value it cannot use, specifically', () => {
    const cases: [string, string][] = [
      ['?weights=total_cost', "weights= needs column:weight with a number, got 'total_cost' — ignored"],
      ['?weights=total_cost:lots', "weights= needs column:weight with a number, got 'total_cost:lots' — ignored"],
      ['?weights=total_cost:-1', "The weight of 'total_cost' must be a number ≥ 0, got -1 in weights= — ignored"],
      ['?weights=nope:1', "Unknown objective 'nope' in weights= — ignored"],
      ['?weights=pass_rate_2:0,total_cost:0,seconds_per_case:0', 'At least one ticked objective needs a weight above 0 in weights= — ignored'],
      ['?method=topsis', "Unknown method 'topsis' (use weighted-sum, chebyshev or asf) in method= — using weighted-sum"],
      ['?ref=total_cost:Infinity', "ref= needs column:value with a number, got 'total_cost:Infinity' — ignored"],
      ['?ref=provider:3', "Unknown objective 'provider' in ref= — ignored"],
      ['?filter=total_cost:lt:3', "A filter needs column:le|ge|between:value, got 'total_cost:lt:3' in filter= — ignored"],
      ['?filter=total_cost:le', "A filter needs one number after le, got 'total_cost:le' in filter= — ignored"],
      ['?filter=total_cost:between:1', "A 'between' filter needs column:between:low:high, got 'total_cost:between:1' in filter= — ignored"],
      ['?filter=provider:le:3', "Column 'provider' is not numeric in filter= — ignored"],
      ['?filter=zz:ge:3', "Unknown column 'zz' in filter= — ignored"],
      ['?derive=cop', "derive= needs name:formula, got 'cop' — ignored"],
      ['?derive=cop:totl_cost*2', "Formula for 'cop': Unknown column 'totl_cost' at position 0 (did you mean 'total_cost'?) in derive= — ignored"],
      ['?derive=total_cost:1', "There is already a column called 'total_cost' in derive= — ignored"],
      ['?derive=cop:1:sideways', "Unknown direction 'sideways' for 'cop' in derive= — added without one"],
      ['?derive=cop:%E0%A4%A', 'Could not read derive=cop:%E0%A4%A (bad percent-encoding) — ignored'],
    ];
    for (const [search, notice] of cases) expect(open(search).notices, search).toEqual([notice]);
    expect(open('?derive=cop:1:sideways').spec.derived).toEqual([{ key: 'cop', formula: '1' }]);
    expect(open('?x=cop&derive=cop:totl_cost').notices).toHaveLength(2); // the formula, then x= naming it
  });

  it('garbage in the deciding parameters never throws and always gives a valid spec', () => {
    const names = ['weights', 'method', 'ref', 'filter', 'derive', 'x', 'objectives', 'v'];
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('total_cost:2', 'total_cost:le:3', 'cop:total_cost*2:min', 'asf', 'pass_rate_2:between:1:2:brush', 'a:(b,c', 'x:min(', ':', ',', '::', '1e999'),
      fc.string({ unit: 'binary', maxLength: 10 }).map(encodeURIComponent),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 8 }), (pairs) => {
        const r = open(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
        expect(specProblems(r.spec, ds)).toEqual([]);
      }),
      { seed: 51, numRuns: 2000 },
    );
  });
});

describe('migration', () => {
  it('a version-1 link opens as the current version with the deciding and comparing defaults', () => {
    const v1 = '?dataset=aiderish&x=seconds_per_case&y=pass_rate_2&xscale=log&yscale=linear&objectives=pass_rate_2:max,total_cost:min&color=rank&group=provider&hide=C&sel=3&v=1';
    const r = open(v1);
    expect(r.notices).toEqual([]);
    expect(r.spec).toMatchObject({
      version: 3,
      x: 'seconds_per_case',
      xScale: 'log',
      color: 'rank',
      hiddenGroups: ['C'],
      selected: 3,
      weights: {},
      method: 'weighted-sum',
      referencePoint: null,
      constraints: [],
      derived: [],
      view: 'scatter',
      compareGroups: null,
      pair: null,
      hvReference: null,
      runColumn: null,
      axisOrder: null,
    });
    expect(open(v1.replace('&v=1', ''))).toEqual(r);
    expect(encodeQuery(r.spec, ds)).toBe(`${v1.replace('&v=1', '')}&method=weighted-sum&view=scatter&run=none&v=4`);
  });

  it('an old zoo link still opens exactly as before', () => {
    const zoo = zooDataset();
    const old = '?dataset=zoo&x=Price%20%5B$/1000%20examples%5D&y=top1&xscale=log&yscale=linear&objectives=params:min,a%2Cb%3Ac:min&senses=top1:min&color=group&group=family&hide=x%2Cy%3Az,,none&sel=7&v=1';
    const r = resolveSpec(parseQuery(old), zoo);
    expect(r.notices).toEqual([]);
    expect(specProblems(r.spec, zoo)).toEqual([]);
    expect(r.spec.selected).toBe(7);
  });

  it('a stored version-1 spec object gains the defaults', () => {
    const { weights: _w, method: _m, referencePoint: _r, constraints: _c, derived: _d, ...rest } = base;
    const v1: ViewSpecV1 = { ...rest, version: 1 };
    expect(migrateSpec(v1)).toEqual(base);
    const { version: _v, ...unversioned } = v1;
    expect(migrateSpec(unversioned)).toEqual(base);
    expect(migrateSpec(base)).toBe(base);
  });
});
