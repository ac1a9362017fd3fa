import { describe, expect, it } from 'vitest';
import { NOTICE_MAX } from './noticeText';
import { zooDataset } from './testing/fakeDataset';
import { parseQuery, resolveSpec } from './url';
import { specProblems } from './validate';

// Links built to flood the app: each must give a valid view and a few short notices. The inputs are big
// enough that a quadratic reading (or one notice per item) would take seconds and megabytes; the tests
// assert on what comes out, never on the time it took.
const zoo = zooDataset();
const open = (search: string) => {
  const r = resolveSpec(parseQuery(search), zoo);
  expect(specProblems(r.spec, zoo)).toEqual([]);
  return r;
};
const repeat = (item: string, n: number, sep = ',') => Array.from({ length: n }, () => item).join(sep);
const totalLength = (notices: string[]) => notices.reduce((n, s) => n + s.length, 0);

describe('link floods', () => {
  it('5,000 unknown parameters give one notice naming the first few', () => {
    const search = '?' + Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&') + '&x=top1';
    const r = open(search);
    expect(r.notices).toEqual(["5,000 parameters this version does not know: 'p0', 'p1', 'p2', … — ignored"]);
    expect(r.spec.x).toBe('top1');
  });

  it('a few unknown parameters are still named one by one', () => {
    expect(open('?foo=1&bar=2').notices).toEqual(["Unknown parameter 'foo' ignored", "Unknown parameter 'bar' ignored"]);
  });

  it('the same unknown parameter 100,000 times is one notice', () => {
    const r = open('?' + repeat('zzz=1', 100_000, '&'));
    expect(r.notices).toEqual(["Unknown parameter 'zzz' ignored"]);
  });

  it('a known parameter repeated 200,000 times is read once, the last value used, with one notice', () => {
    const r = open('?' + repeat('x=params', 199_999, '&') + '&x=top1');
    expect(r.notices).toEqual(["Parameter 'x' appears 200,000 times — using the last one"]);
    expect(r.spec.x).toBe('top1');
  });

  it('a list naming one column 400,000 times ticks it once, without notices', () => {
    const r = open(`?v=4&objectives=${repeat('top1:min', 400_000)}`);
    expect(r.notices).toEqual([]);
    expect(r.spec.objectives.filter((o) => o.active).map((o) => o.key)).toEqual(['top1']);
    expect(r.spec.objectives.find((o) => o.key === 'top1')?.sense).toBe('min');
  });

  it('a list naming one unknown column 400,000 times says so once', () => {
    const r = open(`?v=4&objectives=${repeat('nope', 400_000)}`);
    expect(r.notices).toEqual([
      "Unknown objective 'nope' in objectives= — ignored",
      expect.stringMatching(/^objectives= ticks no known objective — keeping /),
    ]);
    expect(totalLength(r.notices)).toBeLessThan(400);
  });

  it('5,000 different unknown objectives are one notice', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    const r = open(`?v=4&objectives=top1,${items}`);
    expect(r.notices).toEqual(["5,000 unknown objectives in objectives=: 'c0', 'c1', 'c2', … — ignored"]);
    expect(r.spec.objectives.filter((o) => o.active).map((o) => o.key)).toEqual(['top1']);
  });

  it('the last of repeated directions and weights wins, as it did before repeats were dropped', () => {
    const r = open(`?v=4&senses=${repeat('params:max', 1000)},params:min&weights=${repeat('top1:3', 1000)},top1:2`);
    expect(r.notices).toEqual([]);
    expect(r.spec.objectives.find((o) => o.key === 'params')?.sense).toBe('min');
    expect(r.spec.weights.top1).toBe(2);
  });

  it('hide=, groups= and axes= naming one value 400,000 times read in one pass', () => {
    const r = open(`?v=4&hide=${repeat('A', 400_000)}&axes=${repeat('top1', 400_000)}&groups=${repeat('B', 400_000)}`);
    expect(r.spec.hiddenGroups).toEqual(['A']);
    expect(r.spec.compareGroups).toEqual(['B']);
    expect(totalLength(r.notices)).toBeLessThan(600);
  });

  it('a 100 KB value is quoted truncated, with its length', () => {
    const big = 'q'.repeat(100_000);
    const r = open(`?x=${big}`);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toContain(`'${'q'.repeat(80)}… (100,000 characters)'`);
    expect(r.notices[0].length).toBeLessThan(300);
  });

  it('a 100 KB value that cannot be decoded, or a 100 KB parameter name, is quoted truncated', () => {
    const big = 'q'.repeat(100_000);
    const bad = open(`?y=%E0${big}`);
    expect(bad.notices).toEqual([`Could not read y=%E0${'q'.repeat(77)}… (100,003 characters) (bad percent-encoding) — ignored`]);
    const name = open(`?${big}=1`);
    expect(name.notices).toHaveLength(1);
    expect(name.notices[0].length).toBeLessThan(200);
  });

  it('1,000 unreadable parameter names give one notice', () => {
    const r = open('?' + Array.from({ length: 1000 }, (_, i) => `%E0${i}=1`).join('&'));
    expect(r.notices).toEqual(["Could not read 1,000 parameter names (bad percent-encoding): '%E00', '%E01', '%E02', … — ignored"]);
  });

  it('a pair= of 100,000 groups is one short notice', () => {
    const r = open(`?v=4&view=overlay&pair=${Array.from({ length: 100_000 }, (_, i) => `g${i}`).join(',')}`);
    const pair = r.notices.filter((n) => n.startsWith('pair='));
    expect(pair).toEqual(["pair= needs two groups, got 100,000 items: 'g0', 'g1', 'g2', … — using the first two compared"]);
  });

  it('no notice from a link is longer than the notice limit', () => {
    const big = 'w'.repeat(50_000);
    const r = open(`?v=4&weights=${big}:x&ref=${big}:y&hvref=${big}:z&derive=${big}&filter=${big}:le:1&sel=${big}`);
    expect(r.notices.length).toBeGreaterThan(3);
    for (const n of r.notices) expect(n.length).toBeLessThanOrEqual(NOTICE_MAX + 40);
  });
});

describe('filter floods', () => {
  it('a filter= listing 400,000 constraints uses the first 100 and says so once', () => {
    const r = open(`?v=4&filter=${repeat('top1:ge:1', 400_000)}`);
    expect(r.spec.constraints).toHaveLength(100);
    expect(r.spec.constraints[0]).toEqual({ column: 'top1', op: '>=', value: 1, source: 'chip' });
    expect(r.notices).toEqual(['filter= lists 400,000 constraints — the first 100 are used, the rest ignored']);
  });
});
