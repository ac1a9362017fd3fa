import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoFront, paretoRanks, type Sense } from '../core';
import type { Dataset } from '../data/types';
import { setColor, setGroup, setSense, setX, setY, swapAxes, toggleGroup, toggleObjective } from './actions';
import { defaultSpec } from './defaults';
import { deriveView, staircase, STATUS_DOMINATED, STATUS_FAINT, STATUS_FRONT, STATUS_HIDDEN } from './derive';
import { withDerived } from './derived';
import { datasetAndSpecArb } from './testing/arbitraries';
import { fakeDataset, zooDataset } from './testing/fakeDataset';
import type { ViewSpec } from './viewSpec';

const I = Infinity;

/**
 * Rows: a(1,3) b(2,1) c(3,4) d(4,2) e(2.5,2.5) g(0.5,6) b2 = b again, n(NaN,1), f(0,0) in hidden group H,
 * i(∞,9). Fronts by hand: min/min {g,a,b,b2}; max/max {g,c,d}; min x max y {g}; max x min y {b,b2,d}.
 */
function plane(): Dataset {
  return fakeDataset({
    id: 'plane',
    defaults: { x: 'f1', y: 'f2', group: 'grp' },
    columns: [
      { key: 'name', type: 'text', role: 'label', values: ['a', 'b', 'c', 'd', 'e', 'g', 'b2', 'n', 'f', 'i'] },
      { key: 'grp', values: ['P', 'P', 'Q', 'Q', 'P', 'Q', 'P', 'P', 'H', 'Q'] },
      { key: 'f1', label: 'First', role: 'objective', sense: 'min', values: [1, 2, 3, 4, 2.5, 0.5, 2, NaN, 0, Infinity] },
      { key: 'f2', label: 'Second', unit: 's', role: 'objective', sense: 'min', values: [3, 1, 4, 2, 2.5, 6, 1, 1, 0, 9] },
      { key: 'f3', role: 'objective', sense: 'max', values: [1, 1, 1, 1, 1, 1, 1, 1, 1, NaN] },
    ],
  });
}

function twoObjectiveSpec(ds: Dataset, sx: Sense, sy: Sense): ViewSpec {
  let s = toggleObjective(defaultSpec(ds), ds, 'f3').spec;
  s = toggleGroup(s, ds, 'H').spec;
  s = setSense(s, ds, 'f1', sx).spec;
  return setSense(s, ds, 'f2', sy).spec;
}

describe('staircase', () => {
  const ds = plane();
  const cases: [Sense, Sense, number[], [number, number][]][] = [
    ['min', 'min', [0, 1, 5, 6], [[0.5, I], [0.5, 6], [1, 6], [1, 3], [2, 3], [2, 1], [I, 1]]],
    ['max', 'max', [2, 3, 5], [[-I, 6], [0.5, 6], [0.5, 4], [3, 4], [3, 2], [4, 2], [4, -I]]],
    ['min', 'max', [5], [[0.5, -I], [0.5, 6], [I, 6]]],
    ['max', 'min', [1, 3, 6], [[-I, 1], [2, 1], [2, 2], [4, 2], [4, I]]],
  ];

  for (const [sx, sy, front, polyline] of cases) {
    it(`is the exact attainment boundary for x ${sx}, y ${sy}`, () => {
      const view = deriveView(ds, twoObjectiveSpec(ds, sx, sy));
      expect([...view.frontRows]).toEqual(front);
      expect(view.staircase).toEqual(polyline);
    });
  }

  it('follows the axes when they are swapped (x is then the second objective)', () => {
    const spec = swapAxes(twoObjectiveSpec(ds, 'max', 'min')).spec; // x = f2 (min), y = f1 (max)
    expect(deriveView(ds, spec).staircase).toEqual([[1, -I], [1, 2], [2, 2], [2, 4], [I, 4]]);
  });

  it('with four points alternates the corners on the dominated side', () => {
    // x min, y max: the front rises to the right; corners sit at (x[i+1], y[i]).
    expect(staircase([1, 2, 3], [1, 2, 3], 'min', 'max')).toEqual([[1, -I], [1, 1], [2, 1], [2, 2], [3, 2], [3, 3], [I, 3]]);
    expect(staircase([], [], 'min', 'min')).toEqual([]);
  });

  it('is null unless exactly the two axis columns are ticked', () => {
    const two = twoObjectiveSpec(ds, 'min', 'min');
    expect(deriveView(ds, toggleObjective(two, ds, 'f3').spec).staircase).toBeNull();
    expect(deriveView(ds, setY(two, ds, 'f3').spec).staircase).toBeNull();
    expect(deriveView(ds, setY(two, ds, 'f1').spec).staircase).toBeNull(); // both axes on f1
  });

  it('is empty when nothing can be ranked', () => {
    let s = twoObjectiveSpec(ds, 'min', 'min');
    for (const g of ['P', 'Q']) s = toggleGroup(s, ds, g).spec;
    expect(deriveView(ds, s).staircase).toEqual([]);
  });
});

describe('deriveView', () => {
  it('marks status, missing notes and front for the hand-made plane', () => {
    const ds = plane();
    const view = deriveView(ds, twoObjectiveSpec(ds, 'min', 'min'));
    expect([...view.status]).toEqual([3, 3, 2, 2, 2, 3, 3, 1, 0, 1]);
    expect(view.missing).toEqual([{ key: 'f1', label: 'First', count: 2 }]); // NaN in n, +∞ in i
    expect(view.unrankedCount).toBe(2);
    expect(view.activeObjectives).toEqual([
      { key: 'f1', sense: 'min', label: 'First' },
      { key: 'f2', sense: 'min', label: 'Second', unit: 's' },
    ]);
    expect(view.ranks).toBeNull();
    expect(view.x).toBe((ds.byKey.get('f1') as { values: Float64Array }).values);
    expect(view.groupNames).toEqual(['H', 'P', 'Q']);
    expect([...view.groupCounts]).toEqual([1, 5, 4]);
    expect([...view.groupFrontCounts]).toEqual([0, 3, 1]);
    expect([...(view.groupCodes ?? [])]).toEqual([1, 1, 2, 2, 1, 2, 1, 1, 0, 2]);
  });

  it('hidden groups leave the front, and it is recomputed without them', () => {
    const ds = plane();
    const shown = toggleGroup(twoObjectiveSpec(ds, 'min', 'min'), ds, 'H').spec;
    const all = deriveView(ds, shown);
    expect([...all.frontRows]).toEqual([8]); // f(0,0) dominates every other row
    expect(all.status[8]).toBe(STATUS_FRONT);
    const hideP = deriveView(ds, toggleGroup(shown, ds, 'H').spec);
    expect([...hideP.frontRows]).toEqual([0, 1, 5, 6]);
    const hideQ = deriveView(ds, toggleGroup(toggleGroup(shown, ds, 'H').spec, ds, 'P').spec);
    expect([...hideQ.frontRows]).toEqual([2, 3, 5]); // c, d, g trade off once P and H are gone (i is +∞ in f1)
    expect([...hideQ.status]).toEqual([0, 0, 3, 3, 0, 3, 0, 0, 0, 1]);
  });

  it('counts missing values per ticked objective, for shown rows only', () => {
    const zoo = zooDataset();
    const view = deriveView(zoo, defaultSpec(zoo));
    expect(view.missing).toEqual([
      { key: 'top1', label: 'Top-1 accuracy', count: 1 },
      { key: 'params', label: 'Parameters', count: 1 },
      { key: 'Price [$/1000 examples]', label: 'Price [$/1000 examples]', count: 1 },
    ]);
    expect(view.unrankedCount).toBe(3);
    const hidden = deriveView(zoo, toggleGroup(defaultSpec(zoo), zoo, 'none').spec); // row with params = ∞
    expect(hidden.missing.map((m) => m.count)).toEqual([1, 1]);
    expect(hidden.unrankedCount).toBe(2);
    const unticked = deriveView(zoo, toggleObjective(defaultSpec(zoo), zoo, 'top1').spec);
    expect(unticked.missing.map((m) => m.key)).toEqual(['params', 'Price [$/1000 examples]']);
  });

  it('computes ranks only when colouring by rank', () => {
    const ds = plane();
    const spec = twoObjectiveSpec(ds, 'min', 'min');
    expect(deriveView(ds, spec).ranks).toBeNull();
    const ranks = deriveView(ds, setColor(spec, ds, 'rank').spec).ranks;
    // a b c d e g b2 n f i: rank 1 {a,b,g,b2}, rank 2 {d,e}, rank 3 {c} (e dominates c); n, i missing, f hidden
    expect([...(ranks ?? [])]).toEqual([1, 1, 3, 2, 2, 1, 1, 0, 0, 0]);
  });

  it('has no groups without a group column', () => {
    const ds = plane();
    const view = deriveView(ds, setGroup(defaultSpec(ds), ds, null).spec);
    expect(view.groupCodes).toBeNull();
    expect(view.groupNames).toEqual([]);
    expect(view.groupCounts.length).toBe(0);
  });

  it('front equals paretoFront on the shown rows that are finite in every ticked objective and meet every constraint', () => {
    fc.assert(
      fc.property(datasetAndSpecArb, ({ dataset: loaded, spec }) => {
        const view = deriveView(loaded, spec);
        const dataset = withDerived(loaded, spec.derived);
        const ticked = spec.objectives.filter((o) => o.active);
        const column = (key: string) => (dataset.byKey.get(key) as { values: Float64Array }).values;
        const columns = ticked.map((o) => column(o.key));
        const groupValues = spec.group === null ? null : (dataset.byKey.get(spec.group) as { values: string[] }).values;
        const shown = (i: number) => !groupValues || !spec.hiddenGroups.includes(groupValues[i]);
        // The constraints, written out again independently of constraints.ts.
        const meets = (i: number) =>
          spec.constraints.every((c) => {
            const v = column(c.column)[i];
            return c.op === '<=' ? v <= c.value : c.op === '>=' ? v >= c.value : v >= c.value && v <= (c.value2 as number);
          });
        const finite = (i: number) => columns.every((c) => Number.isFinite(c[i]));
        const rows: number[] = [];
        for (let i = 0; i < dataset.rowCount; i++) if (shown(i) && finite(i) && meets(i)) rows.push(i);
        const compact = columns.map((c) => Float64Array.from(rows, (i) => c[i]));
        const senses = ticked.map((o) => o.sense);
        const expected = rows.length ? [...paretoFront(compact, senses)].map((j) => rows[j]) : [];
        expect([...view.frontRows]).toEqual(expected);

        for (let i = 0; i < dataset.rowCount; i++) {
          const want = !shown(i)
            ? STATUS_HIDDEN
            : !rows.includes(i)
              ? STATUS_FAINT
              : expected.includes(i)
                ? STATUS_FRONT
                : STATUS_DOMINATED;
          expect(view.status[i]).toBe(want);
        }
        const shownRows = [...Array(dataset.rowCount).keys()].filter(shown);
        expect(view.unrankedCount).toBe(shownRows.filter((i) => !finite(i)).length);
        expect(view.decision.filteredCount).toBe(shownRows.filter((i) => !meets(i)).length);
        expect(view.status.filter((s) => s === STATUS_FAINT).length).toBe(shownRows.filter((i) => !finite(i) || !meets(i)).length);
        const missing = ticked
          .map((o, k) => ({ key: o.key, count: [...Array(dataset.rowCount).keys()].filter((i) => shown(i) && !Number.isFinite(columns[k][i])).length }))
          .filter((m) => m.count > 0);
        expect(view.missing.map(({ key, count }) => ({ key, count }))).toEqual(missing);

        const ranked = deriveView(dataset, { ...spec, color: 'rank' }).ranks;
        const expectedRanks = new Uint32Array(dataset.rowCount);
        if (rows.length) paretoRanks(compact, senses).forEach((r, j) => (expectedRanks[rows[j]] = r));
        expect(ranked).toEqual(expectedRanks);
      }),
      { seed: 424242, numRuns: 400 },
    );
  });
});

describe('deriveView memoization', () => {
  it('returns the same object when only the selection or the scales change', () => {
    const zoo = zooDataset();
    const spec = defaultSpec(zoo);
    const first = deriveView(zoo, spec);
    expect(deriveView(zoo, { ...spec, selected: 3 })).toBe(first);
    expect(deriveView(zoo, { ...spec, xScale: 'log', selected: 5 })).toBe(first);
    expect(deriveView(zoo, { ...spec, color: 'group' })).toBe(first); // colour only matters for ranks
  });

  it('recomputes when a true input changes, reusing the front when only an axis moves', () => {
    const zoo = zooDataset();
    const spec = defaultSpec(zoo);
    const first = deriveView(zoo, spec);
    const moved = deriveView(zoo, setX(spec, zoo, 'total_cost').spec);
    expect(moved).not.toBe(first);
    expect(moved.frontRows).toBe(first.frontRows);
    expect(deriveView(zoo, toggleGroup(spec, zoo, 'A').spec).frontRows).not.toBe(first.frontRows);
    expect(deriveView(zoo, setSense(spec, zoo, 'top1', 'min').spec).frontRows).not.toBe(first.frontRows);
    expect(deriveView(zooDataset(), spec)).not.toBe(deriveView(zoo, spec)); // another dataset object
  });
});
