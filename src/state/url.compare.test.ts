import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  setAxisBrush,
  setAxisOrder,
  setCompareGroups,
  setGroup,
  setHvReferenceValue,
  setPair,
  setRunColumn,
  setViewMode,
  toggleGroup,
} from './actions';
import { defaultSpec } from './defaults';
import { datasetAndSpecArb } from './testing/arbitraries';
import { bundledDataset } from './testing/bundled';
import { fakeDataset, zooDataset } from './testing/fakeDataset';
import { SPEC_PERSISTENCE } from './persistence';
import { encodeItem, encodeQuery, parseQuery, resolveSpec } from './url';
import { specProblems } from './validate';
import { migrateSpec, type ViewSpec, type ViewSpecV2 } from './viewSpec';

const tpls = bundledDataset('moocore-tpls');
const base = defaultSpec(tpls);
const open = (search: string) => resolveSpec(parseQuery(search), tpls);
const HEAD = '?dataset=moocore-tpls&x=Makespan&y=WeightedTardiness&xscale=linear&yscale=linear&objectives=Makespan:min,WeightedTardiness:min&color=front&group=algorithm&method=weighted-sum';

function comparing(): ViewSpec {
  let s = setViewMode(base, tpls, 'multiples').spec;
  s = toggleGroup(s, tpls, 'double').spec;
  s = setCompareGroups(s, tpls, ['1to2', 'anytime', 'double']).spec;
  s = setPair(s, tpls, ['anytime', '1to2']).spec;
  s = setHvReferenceValue(s, tpls, 'WeightedTardiness', 3e4).spec;
  s = setHvReferenceValue(s, tpls, 'Makespan', 4500.5).spec;
  s = setAxisOrder(s, tpls, ['WeightedTardiness', 'Makespan']).spec;
  s = setAxisBrush(s, tpls, 'Makespan', [4000, 4400]).spec;
  return s;
}

describe('encodeQuery, comparing parameters', () => {
  it('always writes view= and run=, and the rest only when set', () => {
    expect(encodeQuery(base, tpls)).toBe(`${HEAD}&view=scatter&run=run&v=4`);
    expect(encodeQuery(setRunColumn(base, tpls, null).spec, tpls)).toBe(`${HEAD}&view=scatter&run=none&v=4`);
    expect(encodeQuery(comparing(), tpls)).toBe(
      `${HEAD.replace('&method', '&hide=double&method')}&filter=Makespan:between:4000:4400:brush` +
        '&view=multiples&groups=1to2,anytime,double&pair=anytime,1to2&hvref=WeightedTardiness:30000,Makespan:4500.5&run=run' +
        '&axes=WeightedTardiness,Makespan&v=4',
    );
  });

  it('quotes group values and keys with separators, and a run column really called "none"', () => {
    const zoo = zooDataset();
    let s = setCompareGroups(defaultSpec(zoo), zoo, ['x,y:z', '', 'none']).spec;
    s = setPair(s, zoo, ['', 'x,y:z']).spec;
    s = setAxisOrder(s, zoo, ['a,b:c', 'Price [$/1000 examples]']).spec;
    s = setHvReferenceValue(s, zoo, 'a,b:c', 1e21).spec;
    const search = encodeQuery(s, zoo);
    expect(search).toContain('&groups=%22x,y:z%22,,none&pair=,%22x,y:z%22&hvref=%22a,b:c%22:1e%2B21&run=none&axes=%22a,b:c%22,Price%20%5B$/1000%20examples%5D&');
    expect(resolveSpec(parseQuery(search), zoo)).toEqual({ spec: s, notices: [] });

    const named = fakeDataset({
      id: 'named',
      columns: [
        { key: 'f', role: 'objective', sense: 'min', values: [1, 2] },
        { key: 'none', values: ['a', 'b'] },
      ],
    });
    const withNone = setRunColumn(defaultSpec(named), named, 'none').spec;
    expect(encodeQuery(withNone)).toContain('&run=%22none%22&');
    expect(resolveSpec(parseQuery('?run=%6Eone'), named).spec.runColumn).toBe('none'); // as older links wrote it
    expect(resolveSpec(parseQuery(encodeQuery(withNone)), named).spec.runColumn).toBe('none');
    expect(resolveSpec(parseQuery('?run=none'), named).spec.runColumn).toBeNull();
  });
});

describe('round trip', () => {
  it('decode(encode(spec)) deep-equals spec for comparing views', () => {
    const specs = [base, comparing(), setGroup(comparing(), tpls, null).spec, setRunColumn(comparing(), tpls, null).spec, setGroup(base, tpls, 'run').spec];
    for (const spec of specs) {
      expect(specProblems(spec, tpls)).toEqual([]);
      expect(open(encodeQuery(spec, tpls))).toEqual({ spec, notices: [] });
      expect(open(encodeQuery(spec))).toEqual({ spec, notices: [] });
    }
  });

  it('decode(encode(spec)) deep-equals spec for random valid specs with every comparing field', () => {
    // The arbitrary must really produce the comparing fields, or the round trip proves little.
    const sample = fc.sample(datasetAndSpecArb, { seed: 3, numRuns: 300 }).map((x) => x.spec);
    expect(sample.filter((s) => s.compareGroups !== null).length).toBeGreaterThan(40);
    expect(sample.filter((s) => s.compareGroups?.some((g) => s.hiddenGroups.includes(g))).length).toBeGreaterThan(5);
    expect(sample.filter((s) => s.pair !== null).length).toBeGreaterThan(30);
    expect(sample.filter((s) => s.hvReference !== null).length).toBeGreaterThan(60);
    expect(sample.filter((s) => s.runColumn !== null).length).toBeGreaterThan(60);
    expect(sample.filter((s) => s.axisOrder !== null).length).toBeGreaterThan(60);
    expect(new Set(sample.map((s) => s.view)).size).toBe(4);
    fc.assert(
      fc.property(datasetAndSpecArb, fc.boolean(), ({ dataset, spec }, withDataset) => {
        const search = encodeQuery(spec, withDataset ? dataset : undefined);
        expect(new URL(`https://example.org/${search}`).search).toBe(search);
        expect(resolveSpec(parseQuery(search), dataset)).toEqual({ spec, notices: [] });
      }),
      { seed: 20261129, numRuns: 600 },
    );
  });
});

describe('links written by hand', () => {
  it('reads the comparing parameters', () => {
    const r = open('?dataset=moocore-tpls&group=algorithm&view=multiples&groups=1to2,anytime&pair=1to2,anytime&hvref=Makespan:4500,WeightedTardiness:30000&run=run&v=3');
    expect(r.notices).toEqual([]);
    expect(r.spec).toEqual({
      ...base,
      view: 'multiples',
      compareGroups: ['1to2', 'anytime'],
      pair: ['1to2', 'anytime'],
      hvReference: { Makespan: 4500, WeightedTardiness: 30000 },
      runColumn: 'run',
    });
    expect(open('?view=parallel&axes=WeightedTardiness,Makespan&run=none').spec).toMatchObject({ view: 'parallel', axisOrder: ['WeightedTardiness', 'Makespan'], runColumn: null });
    expect(open('?groups=').spec.compareGroups).toBeNull(); // the empty group does not exist here
    expect(open('?group=run&run=algorithm').spec).toMatchObject({ group: 'run', runColumn: 'algorithm' });
  });

  it('explains every value it cannot use, specifically', () => {
    const cases: [string, string][] = [
      ['?view=pie', "Unknown view 'pie' (use scatter, overlay, multiples, parallel) in view= — showing the scatter instead"],
      ['?group=none&view=overlay', 'Overlay needs a group column in view= — showing the scatter instead'],
      ['?group=none&view=multiples', 'Small multiples need a group column in view= — showing the scatter instead'],
      ['?groups=zz,1to2', "Unknown group 'zz' in 'algorithm' in groups= — left out"],
      ['?groups=zz', "Unknown group 'zz' in 'algorithm' in groups= — comparing the top groups"],
      ['?group=none&groups=1to2', 'No group column is chosen in groups= — choose one under Colour'],
      ['?pair=1to2', "pair= needs two groups, got '1to2' — using the first two compared"],
      ['?pair=1to2,2to1,double', "pair= needs two groups, got '1to2', '2to1', 'double' — using the first two compared"],
      ['?pair=1to2,1to2', 'A head-to-head needs two different groups in pair= — using the first two compared'],
      ['?pair=1to2,zz', "Unknown group 'zz' in 'algorithm' in pair= — using the first two compared"],
      ['?hvref=Makespan:abc', "hvref= needs column:value with a number, got 'Makespan:abc' — ignored"],
      ['?hvref=Makespan', "hvref= needs column:value with a number, got 'Makespan' — ignored"],
      ['?hvref=run:3', "Unknown objective 'run' in hvref= — ignored"],
      ['?objectives=Makespan&hvref=WeightedTardiness:3', "'WeightedTardiness' is not ticked in hvref= — ignored"],
      ['?run=algorithm', "Column 'algorithm' is the group column in run= — runs told apart by 'run' instead"],
      ['?run=zz&run=none', "Parameter 'run' appears 2 times — using the last one"],
      ['?run=zz', "Unknown column 'zz' in run= — runs told apart by 'run' instead"],
      ['?run=%E0%A4%A', 'Could not read run=%E0%A4%A (bad percent-encoding) — ignored'],
      ['?axes=zz', "Unknown objective 'zz' in axes= — axes in objective order"],
      ['?axes=Makespan,zz', "Unknown objective 'zz' in axes= — left out of the axis order"],
      ['?groups=%E0%A4%A', 'Could not read groups=%E0%A4%A (bad percent-encoding) — ignored'],
    ];
    for (const [search, notice] of cases) {
      const r = open(search);
      expect(r.notices, search).toEqual([notice]);
      expect(specProblems(r.spec, tpls), search).toEqual([]);
    }
  });

  it('garbage in the comparing parameters never throws and always gives a valid spec', () => {
    const names = ['view', 'groups', 'pair', 'hvref', 'run', 'axes', 'group', 'hide', 'objectives', 'v'];
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('overlay', 'multiples', 'parallel', '1to2,anytime', 'anytime,anytime', 'Makespan:4500', 'run', 'none', 'algorithm', 'Makespan,WeightedTardiness', ',', ':', ''),
      fc.string({ unit: 'binary', maxLength: 10 }).map(encodeItem),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 8 }), (pairs) => {
        const r = open(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
        expect(specProblems(r.spec, tpls)).toEqual([]);
      }),
      { seed: 52, numRuns: 1500 },
    );
  });
});

describe('older links and stored specs', () => {
  const v2 = `${HEAD}&weights=Makespan:2&v=2`;

  it('a version-2 link opens with the comparing defaults and the guessed run column', () => {
    const r = open(v2);
    expect(r.notices).toEqual([]);
    expect(r.spec).toEqual({ ...base, weights: { Makespan: 2 } });
    expect(r.spec).toMatchObject({ version: 3, view: 'scatter', compareGroups: null, pair: null, hvReference: null, runColumn: 'run', axisOrder: null });
    expect(encodeQuery(r.spec, tpls)).toBe(`${HEAD}&weights=Makespan:2&view=scatter&run=run&v=4`);
  });

  it('a version-1 link and an unversioned one open the same way', () => {
    const v1 = `${HEAD.replace('&method=weighted-sum', '')}&v=1`;
    expect(open(v1)).toEqual({ spec: base, notices: [] });
    expect(open(v1.replace('&v=1', ''))).toEqual({ spec: base, notices: [] });
  });

  it('an old link that groups by the run column opens without a run column', () => {
    const r = open('?group=run&v=2');
    expect(r.notices).toEqual([]);
    expect(r.spec).toMatchObject({ group: 'run', runColumn: null });
  });

  it('a stored version-2 spec object gains the comparing defaults (no run column guessed without its dataset)', () => {
    const { view: _v, compareGroups: _g, pair: _p, hvReference: _h, runColumn: _r, axisOrder: _a, ...rest } = { ...base, weights: { Makespan: 2 } };
    const stored: ViewSpecV2 = { ...rest, version: 2 };
    expect(migrateSpec(stored)).toEqual({ ...base, weights: { Makespan: 2 }, runColumn: null });
  });
});

describe('persistence', () => {
  it('marks every spec field, the comparing ones included, as carried by the link', () => {
    expect(Object.keys(SPEC_PERSISTENCE).sort()).toEqual(Object.keys(base).sort());
    expect(new Set(Object.values(SPEC_PERSISTENCE))).toEqual(new Set(['url']));
  });
});
