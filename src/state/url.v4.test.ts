/**
 * Links mean what they say (link grammar v=4): a value reads the same whether its separators are
 * literal or percent-encoded, as URLSearchParams and Python's urlencode write them; column names with
 * any character survive Copy link → open; older links keep opening.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { defaultSpec } from './defaults';
import { derivedArb, specArb } from './testing/arbitraries';
import { bundledDataset } from './testing/bundled';
import { fakeDataset, zooDataset } from './testing/fakeDataset';
import {
  decodeValue,
  encodeParams,
  encodeQuery,
  encodeValue,
  LINK_VERSION,
  parseQuery,
  readList,
  readNames,
  resolveSpec,
  writeList,
  writeNames,
  writeScalar,
} from './url';
import { specProblems } from './validate';
import type { ViewSpec } from './viewSpec';

/** Every UTF-8 byte as %XX: the most encoded a value can be. */
const encodeEveryByte = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** The three ways a link's values get written: ours, URLSearchParams (= Python urlencode), every byte escaped. */
const ways = (spec: ViewSpec, dataset?: Dataset): [string, string][] => {
  const params = encodeParams(spec, dataset);
  return [
    ['encodeQuery', encodeQuery(spec, dataset)],
    ['URLSearchParams', new URLSearchParams(params).toString()],
    ['every byte', params.map(([k, v]) => `${k}=${encodeEveryByte(v)}`).join('&')],
  ];
};

describe('the issue link', () => {
  const aider = bundledDataset('aider-polyglot');
  const base = defaultSpec(aider);
  const ticked = (spec: ViewSpec) => spec.objectives.filter((o) => o.active).map((o) => `${o.key}:${o.sense}`);

  it('reads objectives written by URLSearchParams or Python, with v absent, v=3 or v=4', () => {
    const form = new URLSearchParams({ dataset: 'aider-polyglot', objectives: 'total_cost:min,pass_rate_2:max' }).toString();
    expect(form).toBe('dataset=aider-polyglot&objectives=total_cost%3Amin%2Cpass_rate_2%3Amax');
    for (const search of [`?${form}`, `?${form}&v=3`, `?${form}&v=4`, '?dataset=aider-polyglot&objectives=total_cost:min,pass_rate_2:max']) {
      const r = resolveSpec(parseQuery(search), aider);
      expect(r.notices, search).toEqual([]);
      expect(ticked(r.spec), search).toEqual(['pass_rate_2:max', 'total_cost:min']);
      expect(r.spec.objectives.find((o) => o.key === 'seconds_per_case')?.active).toBe(false);
    }
  });

  it('reads a whole aider view written by URLSearchParams like the one written by encodeQuery', () => {
    const spec = { ...base, objectives: base.objectives.map((o) => ({ ...o, active: o.key === 'total_cost' || o.key === 'pass_rate_2' })) };
    for (const [how, search] of ways(spec, aider)) expect(resolveSpec(parseQuery(search), aider), how).toEqual({ spec, notices: [] });
  });
});

/** Columns named the way real tables name them, and worse. */
const odd = fakeDataset({
  id: 'odd',
  labelKey: 'name',
  defaults: { x: 'Total Cost ($)', y: 'pass, rate', group: 'team' },
  columns: [
    { key: 'name', type: 'text', role: 'label', values: ['a', 'b', 'c', 'd'] },
    { key: 'Total Cost ($)', role: 'objective', sense: 'min', values: [1, 2, 3, 4] },
    { key: 'pass, rate', role: 'objective', sense: 'max', values: [10, 30, 20, 40] },
    { key: 'time:s', role: 'objective', sense: 'min', values: [5, 4, 3, 2] },
    { key: ' padded ', role: 'objective', sense: 'max', values: [1, 1, 2, 2] },
    { key: 'team', values: ['x,y', 'A:B', '"q"', 'plain'] },
  ],
});
const oddBase = defaultSpec(odd);
const openOdd = (search: string) => resolveSpec(parseQuery(search), odd);

describe('every list parameter reads the same with literal or percent-encoded separators', () => {
  /** [parameter, logical value, what it should set] */
  const cases: [string, string, Partial<ViewSpec>][] = [
    [
      'objectives',
      '"Total Cost ($)":min,"pass, rate":max',
      {
        objectives: [
          { key: 'Total Cost ($)', sense: 'min', active: true },
          { key: 'pass, rate', sense: 'max', active: true },
          { key: 'time:s', sense: 'min', active: false },
          { key: ' padded ', sense: 'max', active: false },
        ],
      },
    ],
    [
      'senses',
      '"time:s":max',
      {
        objectives: [
          { key: 'Total Cost ($)', sense: 'min', active: true },
          { key: 'pass, rate', sense: 'max', active: true },
          { key: 'time:s', sense: 'max', active: true },
          { key: ' padded ', sense: 'max', active: true },
        ],
      },
    ],
    ['hide', '"x,y","A:B"', { hiddenGroups: ['x,y', 'A:B'] }],
    ['weights', '"Total Cost ($)":2,"pass, rate":0.5', { weights: { 'Total Cost ($)': 2, 'pass, rate': 0.5 } }],
    ['ref', '"pass, rate":25,"time:s":3', { referencePoint: { 'pass, rate': 25, 'time:s': 3 } }],
    [
      'filter',
      '"Total Cost ($)":le:3,"pass, rate":between:10:35:brush',
      {
        constraints: [
          { column: 'Total Cost ($)', op: '<=', value: 3, source: 'chip' },
          { column: 'pass, rate', op: 'between', value: 10, value2: 35, source: 'brush' },
        ],
      },
    ],
    [
      'derive',
      '"cost, per pass":"Total Cost ($)" / max("pass, rate", 1):min:"Cost: per pass":$',
      { derived: [{ key: 'cost, per pass', formula: '"Total Cost ($)" / max("pass, rate", 1)', sense: 'min', label: 'Cost: per pass', unit: '$' }] },
    ],
    ['groups', '"x,y","A:B",plain', { compareGroups: ['x,y', 'A:B', 'plain'] }],
    ['pair', '"""q""","x,y"', { pair: ['"q"', 'x,y'] }],
    ['hvref', '"pass, rate":5,"Total Cost ($)":9', { hvReference: { 'pass, rate': 5, 'Total Cost ($)': 9 } }],
    ['axes', '"time:s","pass, rate"', { axisOrder: ['time:s', 'pass, rate'] }],
  ];

  for (const [name, logical, expected] of cases) {
    it(`${name}=`, () => {
      const written = [
        encodeValue(logical), // literal ',' ':'
        encodeURIComponent(logical), // %2C %3A, spaces %20
        new URLSearchParams({ [name]: logical }).toString().slice(name.length + 1), // spaces '+'
        encodeEveryByte(logical),
      ];
      expect(new Set(written).size).toBeGreaterThanOrEqual(3);
      for (const value of written) {
        const r = openOdd(`?${name}=${value}&v=4`);
        expect(r.notices, value).toEqual([]);
        expect(r.spec, value).toMatchObject(expected);
        expect(specProblems(r.spec, odd)).toEqual([]);
      }
    });
  }

  it('single-value parameters too: x=, y=, group=, run=', () => {
    for (const value of ['Total Cost ($)', '"Total Cost ($)"', ' Total Cost ($) ']) {
      for (const written of [encodeValue(value), encodeURIComponent(value), new URLSearchParams({ x: value }).toString().slice(2)]) {
        expect(openOdd(`?x=${written}&v=4`), written).toEqual({ spec: oddBase, notices: [] });
      }
    }
    expect(openOdd('?x=%22%20padded%20%22&y=pass,+rate&v=4').spec).toMatchObject({ x: ' padded ', y: 'pass, rate' });
  });
});

describe('spaces as + and as %20', () => {
  it('reads the same view', () => {
    const a = openOdd('?x=Total+Cost+(%24)&objectives=%22Total+Cost+(%24)%22:min,time:s&v=4');
    const b = openOdd('?x=Total%20Cost%20(%24)&objectives=%22Total%20Cost%20(%24)%22:min,time:s&v=4');
    expect(a).toEqual(b);
    expect(a.notices).toEqual(["Unknown objective 'time' in objectives= — ignored"]); // an unquoted ':' splits
    expect(openOdd('?objectives="Total Cost ($)":min,"time:s":min&v=4').notices).toEqual([]);
  });

  it('in an older link too', () => {
    expect(openOdd('?x=Total+Cost+(%24)').spec.x).toBe('Total Cost ($)');
    expect(openOdd('?x=Total%20Cost%20($)&v=3').spec.x).toBe('Total Cost ($)');
  });
});

describe('older links keep opening', () => {
  const zoo = zooDataset();

  it('a v=3 app link with %2C and %3A inside a key', () => {
    const old =
      '?dataset=zoo&x=Price%20%5B$/1000%20examples%5D&y=top1&xscale=log&yscale=linear&objectives=params:min,a%2Cb%3Ac:min&senses=top1:min' +
      '&color=group&group=family&hide=x%2Cy%3Az,,none&sel=7&method=weighted-sum&weights=a%2Cb%3Ac:2&hvref=a%2Cb%3Ac:1e%2B21' +
      '&filter=a%2Cb%3Ac:ge:2&view=scatter&groups=x%2Cy%3Az,A&pair=x%2Cy%3Az,A&run=none&axes=a%2Cb%3Ac,params&v=3';
    const r = resolveSpec(parseQuery(old), zoo);
    expect(r.notices).toEqual([]);
    expect(r.spec).toMatchObject({
      x: 'Price [$/1000 examples]',
      hiddenGroups: ['x,y:z', '', 'none'],
      weights: { 'a,b:c': 2 },
      hvReference: { 'a,b:c': 1e21 },
      constraints: [{ column: 'a,b:c', op: '>=', value: 2, source: 'chip' }],
      compareGroups: ['x,y:z', 'A'],
      pair: ['x,y:z', 'A'],
      axisOrder: ['a,b:c', 'params'],
    });
    expect(r.spec.objectives.filter((o) => o.active).map((o) => `${o.key}:${o.sense}`)).toEqual(['params:min', 'a,b:c:min']);
    // …and is rewritten in the new form, which opens the same view
    expect(encodeQuery(r.spec, zoo)).toContain('&objectives=params:min,%22a,b:c%22:min&');
    expect(resolveSpec(parseQuery(encodeQuery(r.spec, zoo)), zoo)).toEqual({ spec: r.spec, notices: [] });
  });

  it('an older derive= keeps its formulas, escapes and raw pluses', () => {
    const aider = bundledDataset('aider-polyglot');
    const r = resolveSpec(parseQuery('?derive=cop:total_cost%20/%20(pass_rate_2%20/%20100):min:Cost%20of%20pass:USD,s:total_cost+seconds_per_case&v=3'), aider);
    expect(r.notices).toEqual([]);
    expect(r.spec.derived).toEqual([
      { key: 'cop', formula: 'total_cost / (pass_rate_2 / 100)', sense: 'min', label: 'Cost of pass', unit: 'USD' },
      { key: 's', formula: 'total_cost+seconds_per_case' },
    ]);
  });
});

describe('derive=', () => {
  const aider = bundledDataset('aider-polyglot');
  const derive = (search: string) => resolveSpec(parseQuery(search), aider);

  it('a hand-typed formula keeps its commas inside calls and its pluses', () => {
    const r = derive('?derive=m:min(total_cost,seconds_per_case),s:total_cost+seconds_per_case:min:Cost+and+time&v=4');
    expect(r.notices).toEqual([]);
    expect(r.spec.derived).toEqual([
      { key: 'm', formula: 'min(total_cost,seconds_per_case)' },
      { key: 's', formula: 'total_cost+seconds_per_case', sense: 'min', label: 'Cost and time' },
    ]);
  });

  it('a form-encoded value (URLSearchParams, Python) has its spaces as + and a plus as %2B', () => {
    const withPlus = new URLSearchParams({ derive: 's:total_cost + seconds_per_case:min:Cost and time', v: '4' }).toString();
    expect(withPlus).toContain('total_cost+%2B+seconds_per_case');
    expect(derive(`?${withPlus}`).spec.derived).toEqual([{ key: 's', formula: 'total_cost + seconds_per_case', sense: 'min', label: 'Cost and time' }]);
    // no plus in it: told apart by the ':' a form encoder escapes
    const noPlus = new URLSearchParams({ derive: 'r:total_cost * 2', v: '4' }).toString();
    expect(noPlus).toBe('derive=r%3Atotal_cost+*+2&v=4');
    expect(derive(`?${noPlus}`).spec.derived).toEqual([{ key: 'r', formula: 'total_cost * 2' }]);
  });

  it('the formula is written as it is: quoted column names and calls need no quoting of their own', () => {
    const spec = openOdd('?derive=per:"Total Cost ($)" / max("pass, rate", 1):min&v=4').spec;
    expect(encodeParams(spec, odd)[1]).toEqual(['derive', 'per:"Total Cost ($)" / max("pass, rate", 1):min']);
    expect(encodeQuery(spec, odd)).toContain('&derive=per:%22Total%20Cost%20($)%22%20/%20max(%22pass,%20rate%22,%201):min&');
  });
});

describe('quotes', () => {
  it('names that need them get them; the rest stay bare', () => {
    expect(writeList([['Total Cost ($)', 'min'], ['pass, rate', 'max'], ['a:b', 'min'], ['say "hi"', 'max'], [' x', 'min']])).toBe(
      'Total Cost ($):min,"pass, rate":max,"a:b":min,"say ""hi""":max," x":min',
    );
    expect(writeNames(['', 'a'])).toBe(',a');
    expect(writeNames([''])).toBe('""');
    expect(writeScalar('')).toBe('""');
    expect(writeList([])).toBe('');
  });

  it('reads them back, trims what is not quoted, and lets a lone quote be a quote', () => {
    expect(readList('"Total Cost ($)":min, "pass, rate" : max')).toEqual([['Total Cost ($)', 'min'], ['pass, rate', 'max']]);
    expect(readList('"say ""hi""":max')).toEqual([['say "hi"', 'max']]);
    expect(readList('"open:max')).toEqual([['"open', 'max']]);
    expect(readList('say "hi":max')).toEqual([['say "hi"', 'max']]);
    expect(readList('""')).toEqual([['']]);
    expect(readList('')).toEqual([]);
    expect(readList('%E0%A4%A')).toBeNull();
    expect(readNames('"a,b",c:d')).toEqual(['a,b', 'c:d']);
    expect(readNames('')).toEqual(['']);
  });

  it('an older value is read item by item when it holds a literal separator, else decoded first', () => {
    expect(readList('a%2Cb%3Ac:max,d:min', true)).toEqual([['a,b:c', 'max'], ['d', 'min']]);
    expect(readList('a%3Amax%2Cd%3Amin', true)).toEqual([['a', 'max'], ['d', 'min']]);
    expect(readList('a%3Amax%2Cd%3Amin', false)).toEqual([['a', 'max'], ['d', 'min']]);
    expect(readNames('x%2Cy%3Az,,none', true)).toEqual(['x,y:z', '', 'none']);
  });

  it('a column really called none is "none" in group= and run=', () => {
    const named = fakeDataset({
      id: 'named',
      columns: [
        { key: 'f', role: 'objective', sense: 'min', values: [1, 2] },
        { key: 'none', values: ['a', 'b'] },
      ],
    });
    expect(resolveSpec(parseQuery('?group="none"&run=none&v=4'), named).spec).toMatchObject({ group: 'none', runColumn: null });
    expect(resolveSpec(parseQuery('?group=none&v=4'), named).spec.group).toBeNull();
  });

  it('encodeValue keeps the separators readable and escapes what would end or change a parameter', () => {
    expect(encodeValue('"Total Cost ($)":min,a/b@c*(d)^e')).toBe('%22Total%20Cost%20($)%22:min,a/b@c*(d)^e');
    expect(encodeValue("a&b=c+d#e%f 'g' é🎉")).toBe('a%26b%3Dc%2Bd%23e%25f%20%27g%27%20%C3%A9%F0%9F%8E%89');
    expect(decodeValue('a+b%20c')).toBe('a b c');
  });
});

describe('round trip over random column names', () => {
  /** Names with every character that has broken a link codec: separators, quotes, escapes, edges, emoji. */
  const NAMES = [
    'Total Cost ($)', 'pass, rate', 'a:b', 'x:min,y:max', '"quoted"', 'say "hi"', '""', '"', "it's", '100%', '%2C', '%3A', '%',
    'a+b', 'C++', '(a,b)', 'min(a,b)', ' lead', 'trail ', ' both ', '\tTab', 'naïve', '日本語', '🎉 party', '👩‍🔬', 'none', '',
    ',', ':', ' ', '$', '#', '&', 'a=b', '?', '/', '@', '\\', '<>', '`', '~', '^',
  ];
  const unit = fc.constantFrom(...',:+%()$"\' ab', 'é', '日', '🎉', '\u00a0');
  const nameArb = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NAMES) }, { weight: 3, arbitrary: fc.array(unit, { minLength: 1, maxLength: 8 }).map((u) => u.join('')) });

  const datasetArb: fc.Arbitrary<Dataset> = fc
    .record({
      keys: fc.uniqueArray(nameArb, { minLength: 4, maxLength: 6 }),
      id: nameArb,
      rows: fc.integer({ min: 2, max: 6 }),
      senses: fc.array(fc.constantFrom<'min' | 'max'>('min', 'max'), { minLength: 6, maxLength: 6 }),
      groups: fc.array(nameArb, { minLength: 6, maxLength: 6 }),
      numbers: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 36, maxLength: 36 }),
    })
    .map(({ keys, id, rows, senses, groups, numbers }) => {
      const [groupKey, ...numericKeys] = keys;
      return fakeDataset({
        id,
        columns: [
          ...numericKeys.map((key, i) => ({
            key,
            ...(i < numericKeys.length - 1 ? { role: 'objective' as const, sense: senses[i] } : {}),
            values: numbers.slice(i * 6, i * 6 + rows),
          })),
          { key: groupKey, values: groups.slice(0, rows) },
        ],
      });
    });
  const viewArb = datasetArb.chain((dataset) => derivedArb(dataset).chain((derived) => specArb(dataset, derived).map((spec) => ({ dataset, spec }))));

  it('the arbitrary really makes the awkward names', () => {
    const sample = fc.sample(viewArb, { seed: 4, numRuns: 200 });
    const keys = sample.flatMap(({ dataset }) => dataset.columns.map((c) => c.spec.key));
    for (const c of [',', ':', '"', '+', '%', ' ', '🎉']) expect(keys.filter((k) => k.includes(c)).length, c).toBeGreaterThan(20);
    expect(keys.filter((k) => /^\s|\s$/.test(k)).length).toBeGreaterThan(20);
    expect(sample.filter(({ spec }) => spec.hiddenGroups.length > 0 && spec.derived.length > 0 && spec.constraints.length > 0).length).toBeGreaterThan(5);
  });

  it('decode(encode(view)) deep-equals the view, written by encodeQuery, by URLSearchParams and with every byte escaped', () => {
    fc.assert(
      fc.property(viewArb, fc.boolean(), ({ dataset, spec }, withDataset) => {
        expect(specProblems(spec, dataset)).toEqual([]);
        for (const [how, search] of ways(spec, withDataset ? dataset : undefined)) {
          expect(resolveSpec(parseQuery(search), dataset), how).toEqual({ spec, notices: [] });
        }
        const ours = encodeQuery(spec, dataset);
        expect(new URL(`https://example.org/app/${ours}#x`).search).toBe(ours);
        expect(ours.endsWith(`&v=${LINK_VERSION}`)).toBe(true);
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });
});

describe('the README examples', () => {
  it('the bundled link by hand and as URLSearchParams or urlencode write it open the same view', () => {
    const aider = bundledDataset('aider-polyglot');
    const byHand = resolveSpec(parseQuery('?dataset=aider-polyglot&x=total_cost&y=pass_rate_2&objectives=total_cost:min,pass_rate_2:max&v=4'), aider);
    const form = resolveSpec(parseQuery('?dataset=aider-polyglot&x=total_cost&y=pass_rate_2&objectives=total_cost%3Amin%2Cpass_rate_2%3Amax&v=4'), aider);
    expect(byHand.notices).toEqual([]);
    expect(form).toEqual(byHand);
    expect(resolveSpec(parseQuery('?dataset=aider-polyglot&objectives=total_cost:min, pass_rate_2:max&v=4'), aider).notices).toEqual([]);
  });

  it('the link with a comma and a $ in column names, as typed (the browser escapes quotes and spaces) and as Copy link writes it', () => {
    const typed = '?x="pass, rate"&y=Total Cost ($)&objectives=Total Cost ($):min,"pass, rate":max&v=4';
    const inAddressBar = new URL(`https://example.org/${typed}`).search;
    const copied = '?x=%22pass,%20rate%22&y=Total%20Cost%20($)&objectives=Total%20Cost%20($):min,%22pass,%20rate%22:max&v=4';
    const r = openOdd(copied);
    expect(r.notices).toEqual([]);
    expect(r.spec).toMatchObject({ x: 'pass, rate', y: 'Total Cost ($)' });
    expect(r.spec.objectives.filter((o) => o.active).map((o) => o.key)).toEqual(['Total Cost ($)', 'pass, rate']);
    expect(openOdd(typed)).toEqual(r);
    expect(openOdd(inAddressBar)).toEqual(r);
    expect(encodeQuery(r.spec, odd)).toContain('&x=%22pass,%20rate%22&y=Total%20Cost%20($)&xscale=linear&yscale=linear&objectives=Total%20Cost%20($):min,%22pass,%20rate%22:max&');
    expect(openOdd(typed.replace('=Total Cost ($):min', '="Total Cost ($)":min'))).toEqual(r); // quotes where none are needed do no harm
  });
});
