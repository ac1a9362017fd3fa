import { describe, expect, it } from 'vitest';
import {
  addBrushConstraint,
  addConstraint,
  addDerived,
  removeDerived,
  resetHvReference,
  setAxisBrush,
  setAxisOrder,
  setCompareGroups,
  setGroup,
  setHvReferenceValue,
  setPair,
  setRunColumn,
  setSense,
  setViewMode,
  toggleCompareGroup,
  toggleGroup,
  toggleObjective,
} from './actions';
import { autoCompareGroups } from './compare';
import type { ViewMode } from './compareTypes';
import { defaultSpec } from './defaults';
import { bundledDataset } from './testing/bundled';
import { fakeDataset, zooDataset } from './testing/fakeDataset';
import { specProblems } from './validate';
import type { ViewSpec } from './viewSpec';

const tpls = bundledDataset('moocore-tpls');
const base = defaultSpec(tpls); // group 'algorithm', run column 'run', Makespan × WeightedTardiness, both ticked
const zoo = zooDataset();
const zooBase = defaultSpec(zoo); // group 'family', no run column
const valid = (spec: ViewSpec, ds = tpls) => expect(specProblems(spec, ds)).toEqual([]);
const ungrouped = setGroup(base, tpls, null).spec;

describe('setViewMode', () => {
  it('switches between the four views', () => {
    for (const mode of ['overlay', 'multiples', 'parallel', 'scatter'] as ViewMode[]) {
      const r = setViewMode(mode === 'scatter' ? setViewMode(base, tpls, 'parallel').spec : base, tpls, mode);
      expect(r).toEqual({ spec: { ...base, view: mode } });
      valid(r.spec);
    }
    expect(setViewMode(base, tpls, 'scatter').spec).toBe(base);
  });

  it('refuses an unknown view', () => {
    const r = setViewMode(base, tpls, 'pie' as ViewMode);
    expect(r.spec).toBe(base);
    expect(r.notice).toBe("Unknown view 'pie' (use scatter, overlay, multiples, parallel)");
  });

  it('refuses overlay and small multiples without a group column, not parallel coordinates', () => {
    expect(setViewMode(ungrouped, tpls, 'overlay')).toEqual({ spec: ungrouped, notice: 'Overlay needs a group column — choose one under Colour' });
    expect(setViewMode(ungrouped, tpls, 'multiples')).toEqual({ spec: ungrouped, notice: 'Small multiples need a group column — choose one under Colour' });
    expect(setViewMode(ungrouped, tpls, 'parallel').spec.view).toBe('parallel');
  });
});

describe('setCompareGroups', () => {
  it('keeps the order given, drops repeats, allows hidden groups', () => {
    const hidden = toggleGroup(base, tpls, 'double').spec;
    const r = setCompareGroups(hidden, tpls, ['double', '1to2', 'anytime', '1to2']);
    expect(r).toEqual({ spec: { ...hidden, compareGroups: ['double', '1to2', 'anytime'] } });
    valid(r.spec);
  });

  it('leaves out unknown values with a notice; nothing left (or nothing given) means automatic', () => {
    expect(setCompareGroups(base, tpls, ['1to2', 'zz', 'yy'])).toEqual({
      spec: { ...base, compareGroups: ['1to2'] },
      notice: "Unknown groups 'zz', 'yy' in 'algorithm' — left out",
    });
    expect(setCompareGroups(base, tpls, ['zz'])).toEqual({ spec: base, notice: "Unknown group 'zz' in 'algorithm' — comparing the top groups" });
    const picked = setCompareGroups(base, tpls, ['1to2']).spec;
    expect(setCompareGroups(picked, tpls, []).spec.compareGroups).toBeNull();
    expect(setCompareGroups(picked, tpls, null).spec.compareGroups).toBeNull();
    expect(setCompareGroups(base, tpls, null).spec).toBe(base);
    expect(setCompareGroups(picked, tpls, ['1to2']).spec).toBe(picked);
  });

  it('refuses without a group column', () => {
    expect(setCompareGroups(ungrouped, tpls, ['1to2'])).toEqual({ spec: ungrouped, notice: 'No group column is chosen — choose one under Colour' });
  });
});

describe('toggleCompareGroup', () => {
  const auto = autoCompareGroups(tpls, base);

  it('starts from the automatic list, which is the top six by share of the global front', () => {
    expect(auto).toEqual(['adapt2seeds', 'adaptFocus', '2to1', 'anytime', 'double', '1to2']);
    expect(toggleCompareGroup(base, tpls, 'double').spec.compareGroups).toEqual(['adapt2seeds', 'adaptFocus', '2to1', 'anytime', '1to2']);
    expect(toggleCompareGroup(base, tpls, 'anytimeRestart').spec.compareGroups).toEqual([...auto, 'anytimeRestart']);
  });

  it('adds at the end and removes from an explicit list', () => {
    let s = setCompareGroups(base, tpls, ['1to2', 'double']).spec;
    s = toggleCompareGroup(s, tpls, 'anytime').spec;
    expect(s.compareGroups).toEqual(['1to2', 'double', 'anytime']);
    s = toggleCompareGroup(s, tpls, '1to2').spec;
    expect(s.compareGroups).toEqual(['double', 'anytime']);
    valid(s);
  });

  it('keeps one group compared, refuses hidden and unknown groups and a missing group column', () => {
    const one = setCompareGroups(base, tpls, ['1to2']).spec;
    expect(toggleCompareGroup(one, tpls, '1to2')).toEqual({ spec: one, notice: 'At least one group must stay compared' });
    const hidden = toggleGroup(base, tpls, 'anytimeRestart').spec;
    expect(toggleCompareGroup(hidden, tpls, 'anytimeRestart')).toEqual({ spec: hidden, notice: "Group 'anytimeRestart' is hidden — show it to compare it" });
    expect(toggleCompareGroup(base, tpls, 'zz')).toEqual({ spec: base, notice: "Unknown group 'zz' in 'algorithm'" });
    expect(toggleCompareGroup(ungrouped, tpls, '1to2').spec).toBe(ungrouped);
  });
});

describe('setPair', () => {
  it('sets two different known groups, or automatic', () => {
    const r = setPair(base, tpls, ['1to2', 'anytime']);
    expect(r).toEqual({ spec: { ...base, pair: ['1to2', 'anytime'] } });
    valid(r.spec);
    expect(setPair(r.spec, tpls, ['1to2', 'anytime']).spec).toBe(r.spec);
    expect(setPair(r.spec, tpls, null).spec.pair).toBeNull();
    expect(setPair(base, tpls, null).spec).toBe(base);
  });

  it('refuses the same group twice, unknown groups and a missing group column', () => {
    expect(setPair(base, tpls, ['1to2', '1to2'])).toEqual({ spec: base, notice: 'A head-to-head needs two different groups' });
    expect(setPair(base, tpls, ['1to2', 'zz'])).toEqual({ spec: base, notice: "Unknown group 'zz' in 'algorithm'" });
    expect(setPair(base, tpls, ['1to2'] as unknown as [string, string])).toEqual({ spec: base, notice: 'A head-to-head needs two groups' });
    expect(setPair(ungrouped, tpls, ['1to2', 'anytime']).spec).toBe(ungrouped);
  });
});

describe('hypervolume reference', () => {
  it('sets and removes one coordinate at a time, and resets all', () => {
    let s = setHvReferenceValue(base, tpls, 'Makespan', 4500).spec;
    s = setHvReferenceValue(s, tpls, 'WeightedTardiness', 3e4).spec;
    expect(s.hvReference).toEqual({ Makespan: 4500, WeightedTardiness: 30000 });
    valid(s);
    expect(setHvReferenceValue(s, tpls, 'Makespan', 4500).spec).toBe(s);
    const one = setHvReferenceValue(s, tpls, 'Makespan', null).spec;
    expect(one.hvReference).toEqual({ WeightedTardiness: 30000 });
    expect(setHvReferenceValue(one, tpls, 'WeightedTardiness', null).spec.hvReference).toBeNull();
    expect(resetHvReference(s).spec.hvReference).toBeNull();
    expect(resetHvReference(base).spec).toBe(base);
    expect(setHvReferenceValue(s, tpls, 'Makespan', -0).spec.hvReference).toEqual({ Makespan: 0, WeightedTardiness: 30000 });
  });

  it('refuses unknown and unticked objectives and values that are not finite', () => {
    expect(setHvReferenceValue(base, tpls, 'run', 3)).toEqual({ spec: base, notice: "Unknown objective 'run'" });
    for (const v of [NaN, Infinity, -Infinity]) {
      expect(setHvReferenceValue(base, tpls, 'Makespan', v)).toEqual({
        spec: base,
        notice: `The hypervolume reference of 'Makespan' must be a finite number, got ${v}`,
      });
    }
    const zooOne = toggleObjective(zooBase, zoo, 'top1').spec;
    expect(setHvReferenceValue(zooOne, zoo, 'top1', 3)).toEqual({ spec: zooOne, notice: "'top1' is not ticked — the hypervolume counts ticked objectives only" });
  });

  it('follows the ticked objectives: unticking drops the value, flipping the sense resets it', () => {
    let s = setHvReferenceValue(zooBase, zoo, 'params', 100).spec;
    s = setHvReferenceValue(s, zoo, 'top1', 10).spec;
    const unticked = toggleObjective(s, zoo, 'params');
    expect(unticked.spec.hvReference).toEqual({ top1: 10 });
    valid(unticked.spec, zoo);
    expect(toggleObjective(toggleObjective(s, zoo, 'top1').spec, zoo, 'params').spec.hvReference).toBeNull();
    expect(setSense(s, zoo, 'top1', 'min')).toEqual({
      spec: { ...s, objectives: s.objectives.map((o) => (o.key === 'top1' ? { ...o, sense: 'min' } : o)), hvReference: { params: 100 } },
      notice: "The hypervolume reference of 'top1' is back to its default",
    });
    expect(setSense(zooBase, zoo, 'top1', 'min').notice).toBeUndefined();
  });

  it('removing a derived objective drops its hypervolume reference and its place in the axis order', () => {
    let s = addDerived(base, tpls, { key: 'sum', formula: 'Makespan + WeightedTardiness', sense: 'min' }).spec;
    s = toggleObjective(s, tpls, 'sum').spec;
    s = setHvReferenceValue(s, tpls, 'sum', 5e4).spec;
    s = setAxisOrder(s, tpls, ['sum', 'Makespan']).spec;
    valid(s);
    const r = removeDerived(s, tpls, 'sum');
    expect(r.spec.hvReference).toBeNull();
    expect(r.spec.axisOrder).toEqual(['Makespan']);
    valid(r.spec);
    expect(removeDerived(setAxisOrder(s, tpls, ['sum']).spec, tpls, 'sum').spec.axisOrder).toBeNull();
  });
});

describe('setRunColumn', () => {
  it('takes a category or number column that is not the group column, or none', () => {
    expect(setRunColumn(base, tpls, null).spec.runColumn).toBeNull();
    expect(setRunColumn(base, tpls, 'run').spec).toBe(base);
    const num = setRunColumn(zooBase, zoo, 'total_cost');
    expect(num.spec.runColumn).toBe('total_cost');
    valid(num.spec, zoo);
  });

  it('refuses the group column, free text, derived and unknown columns', () => {
    expect(setRunColumn(base, tpls, 'algorithm')).toEqual({
      spec: base,
      notice: "Column 'algorithm' is the group column — runs must be told apart by another column",
    });
    expect(setRunColumn(zooBase, zoo, 'model').notice).toBe("Column 'model' is free text — runs are told apart by a category or number column");
    expect(setRunColumn(base, tpls, 'zz').notice).toBe("Unknown column 'zz'");
    const derived = addDerived(base, tpls, { key: 'twice', formula: 'Makespan * 2' }).spec;
    expect(setRunColumn(derived, tpls, 'twice').notice).toBe("The derived column 'twice' cannot tell runs apart");
  });
});

describe('setGroup and comparing', () => {
  it('a new group column compares the automatic groups and pair again, and stops being the run column', () => {
    let s = setCompareGroups(base, tpls, ['1to2', 'anytime']).spec;
    s = setPair(s, tpls, ['1to2', 'anytime']).spec;
    s = toggleGroup(s, tpls, 'double').spec;
    const r = setGroup(s, tpls, 'run');
    expect(r.notice).toBeUndefined();
    expect(r.spec).toMatchObject({ group: 'run', hiddenGroups: [], compareGroups: null, pair: null, runColumn: null });
    valid(r.spec);
    const back = setRunColumn(r.spec, tpls, 'algorithm').spec;
    expect(setGroup(back, tpls, 'algorithm').spec.runColumn).toBeNull();
  });

  it('dropping the group column takes overlay and small multiples back to the scatter, with a notice', () => {
    const overlay = setViewMode(setCompareGroups(base, tpls, ['1to2']).spec, tpls, 'overlay').spec;
    const r = setGroup(overlay, tpls, null);
    expect(r.notice).toBe('Overlay needs a group column — showing the scatter');
    expect(r.spec).toMatchObject({ group: null, view: 'scatter', compareGroups: null, pair: null, runColumn: 'run' });
    valid(r.spec);
    expect(setGroup(setViewMode(base, tpls, 'multiples').spec, tpls, null).notice).toBe('Small multiples need a group column — showing the scatter');
    const parallel = setGroup(setViewMode(base, tpls, 'parallel').spec, tpls, null);
    expect(parallel.notice).toBeUndefined();
    expect(parallel.spec.view).toBe('parallel');
  });
});

describe('setAxisOrder', () => {
  it('stores objective keys in order, drops unknown keys with a notice and repeats quietly', () => {
    expect(setAxisOrder(zooBase, zoo, ['a,b:c', 'top1', 'a,b:c']).spec.axisOrder).toEqual(['a,b:c', 'top1']);
    expect(setAxisOrder(zooBase, zoo, ['top1', 'model', 'zz'])).toEqual({
      spec: { ...zooBase, axisOrder: ['top1'] },
      notice: "Unknown objectives 'model', 'zz' — left out of the axis order",
    });
    expect(setAxisOrder(zooBase, zoo, ['zz'])).toEqual({ spec: zooBase, notice: "Unknown objective 'zz' — axes in objective order" });
    const set = setAxisOrder(zooBase, zoo, ['params']).spec;
    expect(setAxisOrder(set, zoo, []).spec.axisOrder).toBeNull();
    expect(setAxisOrder(set, zoo, null).spec.axisOrder).toBeNull();
    expect(setAxisOrder(set, zoo, ['params']).spec).toBe(set);
    // An unticked objective may be listed: it is skipped while unticked.
    const unticked = setAxisOrder(toggleObjective(zooBase, zoo, 'top1').spec, zoo, ['top1', 'params']).spec;
    expect(unticked.axisOrder).toEqual(['top1', 'params']);
    valid(unticked, zoo);
  });
});

describe('setAxisBrush', () => {
  const chip = addConstraint(base, tpls, { column: 'WeightedTardiness', op: '<=', value: 40000 }).spec;

  it('adds a brush per column, in either order, and replaces that column\'s brush where it stood', () => {
    let s = setAxisBrush(chip, tpls, 'Makespan', [4300, 4000]).spec;
    expect(s.constraints).toEqual([
      { column: 'WeightedTardiness', op: '<=', value: 40000, source: 'chip' },
      { column: 'Makespan', op: 'between', value: 4000, value2: 4300, source: 'brush' },
    ]);
    s = setAxisBrush(s, tpls, 'WeightedTardiness', [1e4, 2e4]).spec;
    s = setAxisBrush(s, tpls, 'Makespan', [4100, 4200]).spec;
    expect(s.constraints).toEqual([
      { column: 'WeightedTardiness', op: '<=', value: 40000, source: 'chip' },
      { column: 'Makespan', op: 'between', value: 4100, value2: 4200, source: 'brush' },
      { column: 'WeightedTardiness', op: 'between', value: 10000, value2: 20000, source: 'brush' },
    ]);
    valid(s);
    expect(setAxisBrush(s, tpls, 'Makespan', [4200, 4100]).spec).toBe(s);
  });

  it('null clears that column\'s brush only', () => {
    let s = setAxisBrush(chip, tpls, 'Makespan', [4000, 4300]).spec;
    s = setAxisBrush(s, tpls, 'WeightedTardiness', [1e4, 2e4]).spec;
    const r = setAxisBrush(s, tpls, 'Makespan', null).spec;
    expect(r.constraints).toEqual([
      { column: 'WeightedTardiness', op: '<=', value: 40000, source: 'chip' },
      { column: 'WeightedTardiness', op: 'between', value: 10000, value2: 20000, source: 'brush' },
    ]);
    expect(setAxisBrush(r, tpls, 'Makespan', null).spec).toBe(r);
  });

  it('refuses ranges that are not two finite numbers and columns that are not numeric', () => {
    expect(setAxisBrush(base, tpls, 'Makespan', [1, NaN])).toEqual({ spec: base, notice: "A brushed range on 'Makespan' needs two finite numbers" });
    expect(setAxisBrush(base, tpls, 'Makespan', [1] as unknown as [number, number]).spec).toBe(base);
    expect(setAxisBrush(base, tpls, 'algorithm', [1, 2])).toEqual({ spec: base, notice: "Column 'algorithm' is not numeric" });
    expect(setAxisBrush(base, tpls, 'zz', [1, 2]).notice).toBe("Unknown column 'zz'");
  });

  it('the scatter rectangle still replaces every brush', () => {
    const s = setAxisBrush(setAxisBrush(chip, tpls, 'Makespan', [4000, 4300]).spec, tpls, 'WeightedTardiness', [1, 2]).spec;
    const r = addBrushConstraint(s, tpls, [4000, 4100], [1e4, 3e4]).spec;
    expect(r.constraints.filter((c) => c.source === 'brush')).toHaveLength(2);
    expect(r.constraints[0]).toEqual({ column: 'WeightedTardiness', op: '<=', value: 40000, source: 'chip' });
  });
});

describe('the default view guesses the run column', () => {
  it('finds moocore-tpls\'s run column', () => {
    expect(base.runColumn).toBe('run');
    expect(base.group).toBe('algorithm');
    valid(base);
  });

  it('matches keys or labels like seed, trial, rep; never the group column or free text', () => {
    const ds = (columns: Parameters<typeof fakeDataset>[0]['columns'], group?: string) =>
      fakeDataset({ id: 'runs', columns, ...(group ? { defaults: { group } } : {}) });
    const obj = { key: 'f', role: 'objective' as const, sense: 'min' as const, values: [1, 2] };
    expect(defaultSpec(ds([obj, { key: 'Seeds', values: [1, 2] }])).runColumn).toBe('Seeds');
    expect(defaultSpec(ds([obj, { key: 'r', label: 'Replicate', values: ['a', 'b'] }])).runColumn).toBe('r');
    expect(defaultSpec(ds([obj, { key: 'rep', values: ['a', 'b'] }, { key: 'trial', values: [1, 2] }], 'rep')).runColumn).toBe('trial');
    expect(defaultSpec(ds([obj, { key: 'run', type: 'text', role: 'label', values: ['a', 'b'] }])).runColumn).toBeNull();
    expect(defaultSpec(ds([obj, { key: 'running', values: [1, 2] }, { key: 'rerun', values: [1, 2] }])).runColumn).toBeNull();
  });
});
