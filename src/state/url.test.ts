import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setColor, setGroup, setScale, setSelected, setSense, setX, toggleGroup, toggleObjective } from './actions';
import { defaultSpec } from './defaults';
import { datasetAndSpecArb, datasetArb } from './testing/arbitraries';
import { zooDataset } from './testing/fakeDataset';
import { decodeItem, encodeItem, encodeQuery, migrate, parseQuery, resolveSpec } from './url';
import { specProblems } from './validate';
import type { ViewSpec } from './viewSpec';

const zoo = zooDataset();
const base = defaultSpec(zoo);
const open = (search: string) => resolveSpec(parseQuery(search), zoo);

/** A view touching every parameter, with the awkward keys of the fixture. */
function busySpec(): ViewSpec {
  let s = base;
  s = setX(s, zoo, 'Price [$/1000 examples]').spec;
  s = setScale(s, zoo, 'x', 'log').spec;
  s = setSense(s, zoo, 'a,b:c', 'min').spec;
  s = toggleObjective(s, zoo, 'top1').spec;
  s = setSense(s, zoo, 'top1', 'min').spec; // unticked with a non-card sense
  s = setColor(s, zoo, 'group').spec;
  s = toggleGroup(s, zoo, 'x,y:z').spec;
  s = toggleGroup(s, zoo, '').spec;
  s = toggleGroup(s, zoo, 'none').spec;
  return setSelected(s, zoo, 7).spec;
}

describe('encodeQuery', () => {
  it('writes the whole view, readable, keys with separators in double quotes', () => {
    expect(encodeQuery(base, zoo)).toBe(
      '?dataset=zoo&x=params&y=top1&xscale=linear&yscale=linear' +
        '&objectives=top1:max,params:min,Price%20%5B$/1000%20examples%5D:min,%22a,b:c%22:max&color=front&group=family&method=weighted-sum&view=scatter&run=none&v=4',
    );
    expect(encodeQuery(busySpec(), zoo)).toBe(
      '?dataset=zoo&x=Price%20%5B$/1000%20examples%5D&y=top1&xscale=log&yscale=linear' +
        '&objectives=params:min,Price%20%5B$/1000%20examples%5D:min,%22a,b:c%22:min&senses=top1:min' +
        '&color=group&group=family&hide=%22x,y:z%22,,none&sel=7&method=weighted-sum&view=scatter&run=none&v=4',
    );
  });

  it('lists every unticked objective in senses= when no dataset is given', () => {
    const s = toggleObjective(base, zoo, 'params').spec;
    expect(encodeQuery(s)).toContain('&senses=params:min,:max,total_cost:min&');
    expect(encodeQuery(s, zoo)).not.toContain('senses=');
    expect(resolveSpec(parseQuery(encodeQuery(s)), zoo)).toEqual({ spec: s, notices: [] });
  });

  it("writes no grouping as group=none and a column called 'none' in quotes", () => {
    expect(encodeQuery(setGroup(base, zoo, null).spec)).toContain('&group=none&');
    expect(encodeQuery({ ...base, group: 'none' })).toContain('&group=%22none%22&');
    expect(parseQuery('group="none"&v=4').group).toBe('none');
    expect(parseQuery('group=%6Eone&v=4').group).toBeNull(); // v4 decodes first: %6Eone is none
    expect(parseQuery('group=%6Eone').group).toBe('none'); // an older link's escape still works
    expect(parseQuery('group=%6Eone&v=3').group).toBe('none');
    expect(parseQuery('group=none').group).toBeNull();
  });

  it('escapes every character that could end or split a parameter', () => {
    expect(encodeItem('a&b=c+d#e%f,g:h i')).toBe('a%26b%3Dc%2Bd%23e%25f%2Cg%3Ah%20i');
    expect(encodeItem("(it's)*!")).toBe('%28it%27s%29%2A%21');
    expect(decodeItem('a+b%20c')).toBe('a b c');
    expect(decodeItem('%E0%A4%A')).toBeNull();
  });
});

describe('round trip', () => {
  it('decode(encode(spec)) deep-equals spec for the fixture views', () => {
    for (const spec of [base, busySpec(), setGroup(busySpec(), zoo, null).spec, setX(base, zoo, '').spec]) {
      expect(resolveSpec(parseQuery(encodeQuery(spec, zoo)), zoo)).toEqual({ spec, notices: [] });
      expect(resolveSpec(parseQuery(encodeQuery(spec)), zoo)).toEqual({ spec, notices: [] });
    }
  });

  it('decode(encode(spec)) deep-equals spec for random valid specs over awkward keys', () => {
    fc.assert(
      fc.property(datasetAndSpecArb, fc.boolean(), ({ dataset, spec }, withDataset) => {
        expect(specProblems(spec, dataset)).toEqual([]);
        const search = encodeQuery(spec, withDataset ? dataset : undefined);
        expect(resolveSpec(parseQuery(search), dataset)).toEqual({ spec, notices: [] });
      }),
      { seed: 20261127, numRuns: 600 },
    );
  });

  it('survives a trip through the browser URL parser unchanged', () => {
    fc.assert(
      fc.property(datasetAndSpecArb, ({ dataset, spec }) => {
        const search = encodeQuery(spec, dataset);
        const url = new URL(`https://example.org/app/${search}#top`);
        expect(url.search).toBe(search);
        expect(resolveSpec(parseQuery(url.search), dataset).spec).toEqual(spec);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('resolveSpec notices', () => {
  it('names the unknown column and what is shown instead', () => {
    expect(open('?x=foo')).toEqual({ spec: base, notices: ["Unknown column 'foo' in x= — showing 'params' instead"] });
    expect(open('?y=family').notices).toEqual(["Column 'family' is not numeric in y= — showing 'top1' instead"]);
  });

  it('refuses a log scale on values ≤ 0 with the count', () => {
    const r = open('?x=total_cost&xscale=log');
    expect(r.spec.x).toBe('total_cost');
    expect(r.spec.xScale).toBe('linear');
    expect(r.notices).toEqual(['Log scale needs positive values: total_cost has 4 values ≤ 0 — x axis stays linear']);
  });

  it('ignores unknown parameters, one notice each', () => {
    expect(open('?zz=1&x=top1&Zz=2&zz=3')).toEqual({
      spec: setX(base, zoo, 'top1').spec,
      notices: ["Unknown parameter 'zz' ignored", "Unknown parameter 'Zz' ignored"],
    });
  });

  it('uses the last of repeated parameters and says so', () => {
    const r = open('?x=top1&x=a%2Cb%3Ac');
    expect(r.spec.x).toBe('a,b:c');
    expect(r.notices).toEqual(["Parameter 'x' appears 2 times — using the last one"]);
  });

  it('reads parameter names in any case', () => {
    expect(open('?X=top1&YSCALE=log').spec).toMatchObject({ x: 'top1', yScale: 'log' });
  });

  it('explains wrong types', () => {
    const cases: [string, string][] = [
      ['?xscale=loga', "Unknown scale 'loga' in xscale= — use linear or log; x axis stays linear"],
      ['?color=pink', "Unknown colouring 'pink' (use front, rank or group) in color= — colouring by front instead"],
      ['?sel=abc', "sel= must be a row number, got 'abc' — nothing selected"],
      ['?sel=-1', "sel= must be a row number, got '-1' — nothing selected"],
      ['?sel=99', 'Row 99 does not exist (the dataset has 12 rows) in sel= — nothing selected'],
      ['?group=top1', "Column 'top1' is not a category column in group= — grouping by 'family' instead"],
      ['?hide=Q', "Unknown group 'Q' in 'family' in hide= — ignored"],
      ['?group=none&color=group', 'Colour by group needs a group column in color= — colouring by front instead'],
      ['?objectives=top1:up', "Unknown direction 'up' for 'top1' (use min or max) in objectives= — keeping its direction"],
      ['?objectives=foo:max,top1', "Unknown objective 'foo' in objectives= — ignored"],
      ['?senses=top1', "senses= needs column:min or column:max, got 'top1' — ignored"],
      ['?v=5', 'This link was made by a newer Paretoscope (v=5) — settings this version does not know are ignored'],
      ['?v=one', "Unknown version 'one' in v= — read as version 4"],
      ['?x=%E0%A4%A', 'Could not read x=%E0%A4%A (bad percent-encoding) — ignored'],
      ['?dataset=imagenet&x=top1', "This link is for dataset 'imagenet' — showing 'zoo' with its default view instead"],
    ];
    for (const [search, notice] of cases) expect(open(search).notices, search).toEqual([notice]);
    expect(open('?objectives=foo:max').notices).toHaveLength(2); // the unknown one, then "ticks no known objective"
  });

  it('ticks exactly the listed objectives; an item without a sense keeps its sense', () => {
    const r = open('?objectives=a%2Cb%3Ac,params:max');
    expect(r.notices).toEqual([]);
    expect(r.spec.objectives).toEqual([
      { key: 'top1', sense: 'max', active: false },
      { key: 'params', sense: 'max', active: true },
      { key: 'Price [$/1000 examples]', sense: 'min', active: false },
      { key: 'a,b:c', sense: 'max', active: true },
      { key: '', sense: 'max', active: false },
      { key: 'total_cost', sense: 'min', active: false },
    ]);
    expect(open('?objectives=').notices).toEqual([
      "objectives= ticks no known objective — keeping 'top1', 'params', 'Price [$/1000 examples]', 'a,b:c' ticked",
    ]);
    expect(open('?objectives=top1:min,top1:max').spec.objectives[0]).toEqual({ key: 'top1', sense: 'max', active: true });
  });

  it('accepts hand-typed keys: literal ":" in a key, "+" or %20 for spaces, "[ ]" and "$" unescaped', () => {
    const r = open('?x=Price+[$/1000 examples]&objectives=a,b:c:max');
    expect(r.spec.x).toBe('Price [$/1000 examples]');
    // 'a,b:c' cannot be typed raw in a list (',' separates items); 'b:c:max' reads as key 'b:c'
    expect(r.notices).toEqual([
      "Unknown objective 'a' in objectives= — ignored",
      "Unknown objective 'b:c' in objectives= — ignored",
      "objectives= ticks no known objective — keeping 'top1', 'params', 'Price [$/1000 examples]', 'a,b:c' ticked",
    ]);
  });
});

describe('migrate', () => {
  it('reads an unversioned link as version 1, and versions 1 to 3 as version 4', () => {
    expect(migrate(parseQuery('x=top1')).v).toBe('4');
    expect(migrate(parseQuery('x=top1&v=1')).v).toBe('4');
    expect(migrate(parseQuery('x=top1&v=2')).v).toBe('4');
    expect(migrate(parseQuery('x=top1&v=3')).v).toBe('4');
    expect(migrate(parseQuery('x=top1&v=4')).v).toBe('4');
    expect(migrate(parseQuery('x=top1&v=9')).v).toBe('9');
    expect(open('?x=top1')).toEqual(open('?x=top1&v=1'));
    expect(open('?x=top1')).toEqual(open('?x=top1&v=2'));
    expect(open('?x=top1')).toEqual(open('?x=top1&v=3'));
    expect(open('?x=top1')).toEqual(open('?x=top1&v=4'));
    expect(open('?x=top1').notices).toEqual([]);
    expect(open('?x=top1&v=1').notices).toEqual([]);
  });
});

describe('garbage in', () => {
  const check = (search: string) => {
    const r = resolveSpec(parseQuery(search), zoo);
    expect(specProblems(r.spec, zoo)).toEqual([]);
    return r;
  };

  it('random strings never throw and always give a valid spec', () => {
    const alphabet = fc.constantFrom(...'&=,:%+?#xyvE0aA9 .[]$'.split(''), 'x=', 'sel=', 'hide=', 'objectives=', 'group=', '%E0', '%2C');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: alphabet, maxLength: 40 })), (s) => {
        check(s);
      }),
      { seed: 99, numRuns: 2000 },
    );
  });

  it('known parameters with random values never throw and always give a valid spec', () => {
    const names = ['v', 'dataset', 'x', 'y', 'xscale', 'yscale', 'objectives', 'senses', 'color', 'group', 'hide', 'sel', 'zz'];
    const value = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('top1', 'params', 'log', 'linear', 'max', 'min', 'top1:max', 'params:min,top1:max', 'none', 'family', 'A', '3', '-1', '1e3', '', 'zoo', 'total_cost'),
      fc.string({ unit: 'binary', maxLength: 8 }).map(encodeItem),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 10 }), (pairs) => {
        check(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
      }),
      { seed: 5, numRuns: 2000 },
    );
  });

  it('every truncation of a valid link gives a valid spec', () => {
    const full = encodeQuery(busySpec(), zoo);
    for (let i = 0; i <= full.length; i++) check(full.slice(0, i));
  });

  it('links over random datasets: every truncation and junk suffix is safe', () => {
    fc.assert(
      fc.property(datasetAndSpecArb, datasetArb, fc.nat(), ({ dataset, spec }, other, cut) => {
        const search = encodeQuery(spec, dataset);
        const cutAt = cut % (search.length + 1);
        for (const [s, ds] of [[search.slice(0, cutAt), dataset], [`${search}&x=%&y`, dataset], [search, other]] as const) {
          const r = resolveSpec(parseQuery(s), ds);
          expect(specProblems(r.spec, ds)).toEqual([]);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('app parameters', () => {
  it('skips data=, map= and embed= without a notice, and keeps embed=1 through rewrites', async () => {
    const { parseQuery } = await import('./query');
    const { keepEmbed } = await import('./urlSync');
    const raw = parseQuery('?dataset=zoo&embed=1&data=%2Fx.csv&map=cost:objective:min');
    expect(raw.unknown).toEqual([]);
    expect(raw.dataset).toBe('zoo');
    expect(keepEmbed('?dataset=a&embed=1', '?dataset=b')).toBe('?dataset=b&embed=1');
    expect(keepEmbed('?dataset=a', '?dataset=b')).toBe('?dataset=b');
    expect(keepEmbed('?embed=1', '?embed=1&x=y')).toBe('?embed=1&x=y');
  });
});
