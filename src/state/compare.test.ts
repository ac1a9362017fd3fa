import { describe, expect, it } from 'vitest';
import {
  attainmentSurfaces,
  coverageMatrix,
  defaultReference,
  headToHead,
  headToHeadSentence,
  hypervolume,
  paretoFront,
  type Sense,
} from '../core';
import type { CategoryColumn, Dataset, NumberColumn } from '../data/types';
import {
  addConstraint,
  addDerived,
  setCompareGroups,
  setGroup,
  setHvReferenceValue,
  setPair,
  setRunColumn,
  setSelected,
  setWeight,
  setX,
  setY,
  swapAxes,
  toggleGroup,
  toggleObjective,
} from './actions';
import { deriveCompare, NOTHING_RANKED } from './compare';
import { AUTO_GROUP_COUNT, type CompareView } from './compareTypes';
import { defaultSpec } from './defaults';
import { deriveView, STATUS_DOMINATED, STATUS_FRONT } from './derive';
import { withDerived } from './derived';
import { bundledDataset } from './testing/bundled';
import { fakeDataset } from './testing/fakeDataset';
import type { ViewSpec } from './viewSpec';

const tpls = bundledDataset('moocore-tpls');
const base = defaultSpec(tpls);
const KEYS = ['Makespan', 'WeightedTardiness'];
const SENSES: Sense[] = ['min', 'min'];
const col = (ds: Dataset, key: string) => (ds.byKey.get(key) as NumberColumn).values;
const COLUMNS = KEYS.map((k) => col(tpls, k));
const algorithm = (tpls.byKey.get('algorithm') as CategoryColumn).values;
const run = (tpls.byKey.get('run') as CategoryColumn).values;
const rows = (keep: (i: number) => boolean) => Uint32Array.from({ length: tpls.rowCount }, (_, i) => i).filter(keep);
const sub = (columns: Float64Array[], r: Uint32Array) => columns.map((c) => Float64Array.from(r, (i) => c[i]));

function compare(spec: ViewSpec, ds: Dataset = tpls): CompareView {
  const view = deriveCompare(ds, spec, deriveView(ds, spec));
  if (!view) throw new Error('no comparison');
  return view;
}

describe('deriveCompare on moocore-tpls (7 strategies × 15 runs)', () => {
  const c = compare(base);
  const view = deriveView(tpls, base);
  const all = rows(() => true);
  const reference = defaultReference(COLUMNS, SENSES, all);

  it('names the groups like the derived view, and uses the default reference over the ranked rows', () => {
    expect(c.column).toBe('algorithm');
    expect(c.names).toBe(view.groupNames);
    expect(c.names).toEqual(['1to2', '2to1', 'adapt2seeds', 'adaptFocus', 'anytime', 'anytimeRestart', 'double']);
    expect(c.objectives.map((o) => o.key)).toEqual(KEYS);
    expect(c.reference).toEqual(reference);
    expect(c.defaultReference).toEqual(reference);
    expect(c.referenceEdited).toEqual([false, false]);
    expect(c.problem).toBeNull();
  });

  it('each compared group\'s hypervolume is core hypervolume of its rows with the shared reference; the others are not measured', () => {
    for (const g of c.groups) {
      const mine = rows((i) => algorithm[i] === g.name);
      expect(g.rows).toBe(mine.length);
      expect(g.frontRows).toEqual(Uint32Array.from(paretoFront(sub(COLUMNS, mine), SENSES), (j) => mine[j]).sort());
      expect(g.frontSize).toBe(g.frontRows.length);
      if (!c.compared.includes(g.index)) {
        expect([g.hypervolume, g.hvRatio, g.igdPlus, g.epsilon].every(Number.isNaN)).toBe(true);
        expect(g.staircase).toBeNull();
        continue;
      }
      expect(g.hypervolume).toBeCloseTo(hypervolume(sub(COLUMNS, mine), SENSES, reference), 6);
      expect(g.hypervolume).toBeGreaterThan(0);
      expect(g.hvRatio).toBeCloseTo(g.hypervolume / c.globalHypervolume, 12);
    }
    expect(c.compared).toHaveLength(6);
    expect(c.groups.reduce((n, g) => n + g.rows, 0)).toBe(tpls.rowCount);
  });

  it('the global front is the view\'s front; shares of it add up to 1', () => {
    expect(c.globalFrontSize).toBe(view.frontRows.length);
    expect(c.globalHypervolume).toBeCloseTo(hypervolume(COLUMNS, SENSES, reference), 6);
    expect(c.groups.reduce((s, g) => s + g.globalShare, 0)).toBeCloseTo(1, 12);
    expect(c.groups.reduce((s, g) => s + g.globalFrontCount, 0)).toBe(c.globalFrontSize);
    for (const g of c.groups) expect(g.globalShare).toBeCloseTo(g.globalFrontCount / c.globalFrontSize, 12);
    // A group reaching the global front with every front point has IGD+ and ε 0; every compared group here misses some.
    for (const g of c.compared.map((k) => c.groups[k])) expect(g.igdPlus).toBeGreaterThan(0);
  });

  it('compares the top six by share, automatically; byShare lists every group best first', () => {
    expect(c.auto).toBe(true);
    expect(c.byShare).toHaveLength(7);
    const shares = c.byShare.map((g) => c.groups[g].globalShare);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(c.compared).toEqual(c.byShare.slice(0, AUTO_GROUP_COUNT));
    expect(c.compared.map((g) => c.names[g])).toEqual(['adapt2seeds', 'adaptFocus', '2to1', 'anytime', 'double', '1to2']);
  });

  it('coverage is core coverageMatrix over the compared groups, with 1 on the diagonal', () => {
    const k = c.compared.length;
    expect(c.coverage).toHaveLength(k * k);
    for (let i = 0; i < k; i++) expect(c.coverage[i * k + i]).toBe(1);
    const codes = Int32Array.from(algorithm, (name) => c.compared.indexOf(c.names.indexOf(name)));
    expect(c.coverage).toEqual(coverageMatrix(COLUMNS, SENSES, codes, k));
    expect([...c.coverage].every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('pairs the first two compared groups, with core\'s head-to-head and sentence', () => {
    const pair = c.pair;
    expect(pair).not.toBeNull();
    if (!pair) return;
    expect([pair.a, pair.b]).toEqual(c.compared.slice(0, 2));
    const a = rows((i) => algorithm[i] === c.names[pair.a]);
    const b = rows((i) => algorithm[i] === c.names[pair.b]);
    const h = headToHead(COLUMNS, SENSES, a, b);
    expect(pair.aDominatedByB).toEqual(h.aDominatedByB);
    expect(pair.bDominatedByA).toEqual(h.bDominatedByA);
    expect(pair.aFront).toEqual(c.groups[pair.a].frontRows);
    expect(pair.sentence).toBe(headToHeadSentence('adapt2seeds', 'adaptFocus', h, h.aFront.length, h.bFront.length));
    expect(pair.sentence).toMatch(/^adaptFocus dominates \d+ of adapt2seeds's 46 front points; adapt2seeds dominates \d+ of adaptFocus's 40$/);
  });

  it('follows the chosen pair and compared groups', () => {
    const s = setPair(setCompareGroups(base, tpls, ['anytime', '1to2']).spec, tpls, ['1to2', 'double']).spec;
    const r = compare(s);
    expect(r.auto).toBe(false);
    expect(r.compared.map((g) => r.names[g])).toEqual(['anytime', '1to2']);
    expect(r.coverage).toHaveLength(4);
    expect([r.pair?.a, r.pair?.b].map((g) => r.names[g ?? -1])).toEqual(['1to2', 'double']);
    expect(r.pair?.sentence).toMatch(/1to2/);
  });

  it('has 15 runs per group with core hypervolumes per run, and best/median/worst surfaces', () => {
    const runs = c.runs;
    expect(runs).not.toBeNull();
    if (!runs) return;
    expect(runs.column).toBe('run');
    expect(runs.runNames).toEqual(Array.from({ length: 15 }, (_, i) => `${i + 1}.0`));
    expect(runs.surfaceAxes).toEqual(KEYS);
    expect(runs.groups.map((g) => g.group)).toEqual(c.compared);
    for (const entry of runs.groups) {
      const name = c.names[entry.group];
      expect(entry.runs).toHaveLength(15);
      expect(entry.runs.map((r) => r.run)).toEqual(Array.from({ length: 15 }, (_, i) => i));
      expect(entry.runs.reduce((n, r) => n + r.rows, 0)).toBe(c.groups[entry.group].rows);
      for (const r of entry.runs) {
        const mine = rows((i) => algorithm[i] === name && run[i] === runs.runNames[r.run]);
        expect(r.rows).toBe(mine.length);
        expect(r.frontSize).toBe(paretoFront(sub(COLUMNS, mine), SENSES).length);
        expect(r.hypervolume).toBeCloseTo(hypervolume(sub(COLUMNS, mine), SENSES, reference), 6);
        expect(r.hypervolume).toBeLessThanOrEqual(c.groups[entry.group].hypervolume + 1e-6);
      }
      expect(entry.surfaces?.map((s) => s.level)).toEqual([1, 8, 15]);
      const mine = rows((i) => algorithm[i] === name);
      const codes = Int32Array.from(mine, (i) => runs.runNames.indexOf(run[i]));
      const [x, y] = sub(COLUMNS, mine);
      expect(entry.surfaces).toEqual(attainmentSurfaces(x, y, ['min', 'min'], codes, 15, [1, 8, 15]));
      // The best surface is the group's own front.
      expect(entry.surfaces?.[0].points).toHaveLength(new Set([...c.groups[entry.group].frontRows].map((i) => `${COLUMNS[0][i]},${COLUMNS[1][i]}`)).size);
    }
  });

  it('gives each run its own front as dataset rows, ascending', () => {
    const runs = c.runs;
    expect(runs).not.toBeNull();
    if (!runs) return;
    for (const entry of runs.groups) {
      const name = c.names[entry.group];
      for (const r of entry.runs) {
        const mine = rows((i) => algorithm[i] === name && run[i] === runs.runNames[r.run]);
        const expected = Uint32Array.from(paretoFront(sub(COLUMNS, mine), SENSES), (j) => mine[j]).sort();
        expect(r.frontRows).toEqual(expected);
        expect(r.frontSize).toBe(r.frontRows.length);
        expect(r.frontRows.every((row, k) => k === 0 || r.frontRows[k - 1] < row)).toBe(true);
      }
    }
    // Memoized: the same inputs give the very same arrays.
    const again = compare(base);
    expect(compare(base).runs?.groups[0].runs[0].frontRows).toBe(again.runs?.groups[0].runs[0].frontRows);
  });

  it('draws surfaces and group staircases in the axes\' order', () => {
    const swapped = compare(swapAxes(base).spec);
    expect(swapped.runs?.surfaceAxes).toEqual(['WeightedTardiness', 'Makespan']);
    const first = swapped.runs?.groups[0].surfaces?.[0].points[0];
    const straight = c.runs?.groups[0].surfaces?.[0].points;
    expect(first).toEqual(straight?.[straight.length - 1].slice().reverse());
    const g = c.groups[c.compared[0]];
    expect(g.staircase?.slice(1, -1).filter((_, i) => i % 2 === 0)).toEqual(
      [...g.frontRows].map((i) => [COLUMNS[0][i], COLUMNS[1][i]]).sort((p, q) => p[0] - q[0]),
    );
    expect(swapped.groups[c.compared[0]].staircase?.[1]).toEqual([...(g.staircase?.[g.staircase.length - 2] ?? [])].reverse());
  });

  it('uses the reference that was set, per objective', () => {
    const s = setHvReferenceValue(base, tpls, 'Makespan', 4600).spec;
    const r = compare(s);
    const ref = [4600, reference[1]];
    expect(r.reference).toEqual(ref);
    expect(r.defaultReference).toEqual(reference);
    expect(r.referenceEdited).toEqual([true, false]);
    for (const g of r.compared.map((k) => r.groups[k])) {
      expect(g.hypervolume).toBeCloseTo(hypervolume(sub(COLUMNS, rows((i) => algorithm[i] === g.name)), SENSES, ref), 6);
    }
    expect(compare(setHvReferenceValue(base, tpls, 'Makespan', reference[0]).spec).referenceEdited).toEqual([false, false]);
  });

  it('without a run column there are no runs', () => {
    expect(compare(setRunColumn(base, tpls, null).spec).runs).toBeNull();
  });
});

describe('hidden groups and constraints', () => {
  it('a hidden group keeps its row count, is never compared, and has no figures', () => {
    const s = toggleGroup(setPair(setCompareGroups(base, tpls, ['anytime', 'double', '1to2']).spec, tpls, ['double', 'anytime']).spec, tpls, 'double').spec;
    const c = compare(s);
    const d = c.groups[c.names.indexOf('double')];
    expect(d.rows).toBe(algorithm.filter((a) => a === 'double').length);
    expect([d.frontSize, d.globalFrontCount, d.globalShare, d.frontRows.length]).toEqual([0, 0, 0, 0]);
    expect([d.hypervolume, d.hvRatio, d.igdPlus, d.epsilon].every(Number.isNaN)).toBe(true);
    expect(d.staircase).toBeNull();
    expect(c.byShare).not.toContain(d.index);
    expect(c.compared.map((g) => c.names[g])).toEqual(['anytime', '1to2']);
    expect([c.pair?.a, c.pair?.b]).toEqual(c.compared); // the chosen pair names a hidden group
    expect(c.groups.reduce((sum, g) => sum + g.globalShare, 0)).toBeCloseTo(1, 12);
    const shown = rows((i) => algorithm[i] !== 'double');
    expect(c.defaultReference).toEqual(defaultReference(COLUMNS, SENSES, shown));
    expect(c.globalHypervolume).toBeCloseTo(hypervolume(sub(COLUMNS, shown), SENSES, c.reference), 6);
  });

  it('only ranked rows count: a constraint narrows every figure and the default reference', () => {
    const s = addConstraint(base, tpls, { column: 'Makespan', op: '<=', value: 4200 }).spec;
    const c = compare(s);
    const ranked = rows((i) => COLUMNS[0][i] <= 4200);
    expect(c.defaultReference).toEqual(defaultReference(COLUMNS, SENSES, ranked));
    for (const g of c.groups) {
      const mine = ranked.filter((i) => algorithm[i] === g.name);
      expect(g.rows).toBe(algorithm.filter((a) => a === g.name).length);
      if (c.compared.includes(g.index)) expect(g.hypervolume).toBeCloseTo(hypervolume(sub(COLUMNS, mine), SENSES, c.reference), 6);
    }
    for (const entry of c.runs?.groups ?? []) {
      for (const r of entry.runs) {
        const mine = ranked.filter((i) => algorithm[i] === c.names[entry.group] && run[i] === c.runs?.runNames[r.run]);
        expect(r.hypervolume).toBeCloseTo(hypervolume(sub(COLUMNS, mine), SENSES, c.reference), 6);
        expect(r.frontSize).toBe(paretoFront(sub(COLUMNS, mine), SENSES).length);
        expect(r.frontRows).toEqual(Uint32Array.from(paretoFront(sub(COLUMNS, mine), SENSES), (j) => mine[j]).sort());
      }
    }
  });

  it('says so when nothing is ranked, with empty figures', () => {
    const s = addConstraint(base, tpls, { column: 'Makespan', op: '<=', value: 0 }).spec;
    const c = compare(s);
    expect(c.problem).toBe(NOTHING_RANKED);
    expect(c.compared).toEqual([]);
    expect(c.pair).toBeNull();
    expect(c.runs).toBeNull();
    expect(c.globalFrontSize).toBe(0);
    expect(c.reference.every(Number.isNaN)).toBe(true);
    expect(c.groups.every((g) => g.rows > 0 && g.frontSize === 0 && Number.isNaN(g.hypervolume))).toBe(true);
    const picked = compare(setCompareGroups(s, tpls, ['1to2', 'double']).spec);
    expect(picked.compared).toHaveLength(2);
    expect([...picked.coverage].every(Number.isNaN)).toBe(true);
  });
});

describe('other shapes of view', () => {
  it('is null without a group column', () => {
    const s = setGroup(base, tpls, null).spec;
    expect(deriveCompare(tpls, s, deriveView(tpls, s))).toBeNull();
  });

  it('with a third objective: no staircases and no surfaces, runs still measured in three objectives', () => {
    let s = addDerived(base, tpls, { key: 'ratio', formula: 'WeightedTardiness / Makespan', sense: 'max' }).spec;
    s = toggleObjective(s, tpls, 'ratio').spec;
    const ds = withDerived(tpls, s.derived);
    const c = compare(s, tpls);
    expect(c.objectives.map((o) => o.key)).toEqual([...KEYS, 'ratio']);
    expect(c.groups.every((g) => g.staircase === null)).toBe(true);
    expect(c.runs?.surfaceAxes).toBeNull();
    expect(c.runs?.groups.every((g) => g.surfaces === null && g.runs.length === 15)).toBe(true);
    const cols = [...COLUMNS, col(ds, 'ratio')];
    const senses: Sense[] = ['min', 'min', 'max'];
    const g = c.groups[0];
    expect(g.hypervolume).toBeCloseTo(hypervolume(sub(cols, rows((i) => algorithm[i] === g.name)), senses, c.reference), 3);
    // The same through the dataset with its derived columns already added.
    expect(deriveCompare(ds, s, deriveView(tpls, s))?.groups[0].hypervolume).toBe(g.hypervolume);
  });

  it('with two ticked objectives off the axes: surfaces in objective order, no staircases', () => {
    let s = addDerived(base, tpls, { key: 'ratio', formula: 'WeightedTardiness / Makespan', sense: 'max' }).spec;
    s = setY(setX(s, tpls, 'ratio').spec, tpls, 'Makespan').spec;
    const c = compare(s);
    expect(c.groups.every((g) => g.staircase === null)).toBe(true);
    expect(c.runs?.surfaceAxes).toEqual(KEYS);
  });

  it('numbers as runs, NaN as no run, few runs give deduplicated levels, names in natural order', () => {
    const ds = fakeDataset({
      id: 'seeds',
      defaults: { group: 'method' },
      columns: [
        { key: 'f', role: 'objective', sense: 'min', values: [1, 2, 3, 1, 2, 3, 2, 1, 5] },
        { key: 'g', role: 'objective', sense: 'min', values: [3, 2, 1, 3, 2, 1, 2, 3, 5] },
        { key: 'method', values: ['A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'B'] },
        { key: 'seed', values: [10, 10, 10, 9, 9, 9, 2, NaN, 2] },
      ],
    });
    const s = defaultSpec(ds);
    expect(s.runColumn).toBe('seed');
    const c = compare(s, ds);
    expect(c.runs?.runNames).toEqual(['2', '9', '10']);
    const [a, b] = c.runs?.groups ?? [];
    expect(a.runs.map((r) => [c.runs?.runNames[r.run], r.rows])).toEqual([['9', 3], ['10', 3]]);
    expect(a.surfaces?.map((x) => x.level)).toEqual([1, 2]);
    expect(b.runs.map((r) => [c.runs?.runNames[r.run], r.rows, r.frontSize])).toEqual([['2', 2, 1]]);
    expect(a.runs.map((r) => [...r.frontRows])).toEqual([[3, 4, 5], [0, 1, 2]]);
    expect([...b.runs[0].frontRows]).toEqual([6]);
    expect(b.surfaces?.map((x) => x.level)).toEqual([1]);
  });

  it('names the empty group "(no value)" in the head-to-head sentence', () => {
    const ds = fakeDataset({
      id: 'blank',
      defaults: { group: 'method' },
      columns: [
        { key: 'f', role: 'objective', sense: 'min', values: [1, 2, 3, 4] },
        { key: 'g', role: 'objective', sense: 'min', values: [1, 2, 3, 4] },
        { key: 'method', values: ['', 'B', '', 'B'] },
      ],
    });
    expect(compare(defaultSpec(ds), ds).pair?.sentence).toBe("B does not dominate (no value)'s only front point; (no value) dominates B's only one");
  });
});

describe('memoized on its true inputs', () => {
  it('returns the same object for selection, weights and scales; a new one for what it reads', () => {
    const first = compare(base);
    expect(compare(setSelected(base, tpls, 5).spec)).toBe(first);
    expect(compare(setWeight(base, tpls, 'Makespan', 3).spec)).toBe(first);
    expect(compare(setPair(base, tpls, ['1to2', 'double']).spec)).not.toBe(first);
    expect(compare(base)).not.toBe(first); // the pair above took the cache
    const again = compare(base);
    expect(compare(setHvReferenceValue(base, tpls, 'Makespan', 5000).spec)).not.toBe(again);
  });
});

describe('consistency with the derived view', () => {
  it('ranked rows are exactly the dominated and front rows', () => {
    const s = addConstraint(base, tpls, { column: 'WeightedTardiness', op: '>=', value: 20000 }).spec;
    const view = deriveView(tpls, s);
    const c = compare(s);
    const ranked = [...view.status].filter((st) => st === STATUS_DOMINATED || st === STATUS_FRONT).length;
    expect(c.groups.reduce((n, g) => n + (g.frontSize > 0 ? 1 : 0), 0)).toBeGreaterThan(0);
    expect(ranked).toBe(rows((i) => COLUMNS[1][i] >= 20000).length);
    expect(c.globalFrontSize).toBe(view.frontRows.length);
  });
});

describe('deriveCompare keeps the page responsive on large fronts in many objectives', () => {
  // Synthetic (seeded): 700 points on the 8-objective simplex, all mutually non-dominated, two groups.
  const n = 700;
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const points = Array.from({ length: n }, () => {
    const v = Array.from({ length: 8 }, () => rnd() + 1e-6);
    const s = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / s);
  });
  const ds = fakeDataset({
    columns: [
      ...Array.from({ length: 8 }, (_, k) => ({ key: `f${k + 1}`, role: 'objective' as const, sense: 'min' as const, values: points.map((p) => p[k]) })),
      { key: 'method', values: points.map((_, i) => (i % 2 ? 'a' : 'b')) },
    ],
    defaults: { x: 'f1', y: 'f2', group: 'method' },
  });
  it('leaves the hypervolumes out past the budget and says so; everything else is exact', () => {
    const spec = defaultSpec(ds);
    const c = compare(spec, ds);
    expect(c.globalFrontSize).toBe(n);
    expect(c.hypervolumeSkipped).toBe(true);
    expect(c.groups.every((g) => Number.isNaN(g.hypervolume))).toBe(true);
    expect(c.groups[0].globalShare + c.groups[1].globalShare).toBeCloseTo(1, 12);
  });
  it('computes them once fewer objectives are ticked', () => {
    let spec = defaultSpec(ds);
    spec = { ...spec, objectives: spec.objectives.map((o, k) => ({ ...o, active: k < 3 })) };
    const c = compare(spec, ds);
    expect(c.hypervolumeSkipped).toBe(false);
    expect(c.groups.every((g) => Number.isFinite(g.hypervolume) && g.hypervolume > 0)).toBe(true);
  });
});
