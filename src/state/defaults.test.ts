import { describe, expect, it } from 'vitest';
import { defaultSpec } from './defaults';
import { fakeDataset, zooDataset } from './testing/fakeDataset';
import { specProblems } from './validate';

describe('defaultSpec', () => {
  it("reads the card: axes, group, colour, the card's objectives ticked with their sense, other numeric columns unticked, linear, no selection", () => {
    const zoo = zooDataset();
    expect(defaultSpec(zoo)).toEqual({
      version: 3,
      dataset: 'zoo',
      x: 'params',
      y: 'top1',
      xScale: 'linear',
      yScale: 'linear',
      objectives: [
        { key: 'top1', sense: 'max', active: true },
        { key: 'params', sense: 'min', active: true },
        { key: 'Price [$/1000 examples]', sense: 'min', active: true },
        { key: 'a,b:c', sense: 'max', active: true },
        { key: '', sense: 'max', active: false },
        { key: 'total_cost', sense: 'min', active: false },
      ],
      color: 'front',
      group: 'family',
      hiddenGroups: [],
      selected: null,
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
    expect(specProblems(defaultSpec(zoo), zoo)).toEqual([]);
  });

  it('takes the card\'s suggested log scales where the data allows them', () => {
    const ds = fakeDataset({
      id: 'scales',
      defaults: { x: 'cost', y: 'acc', xScale: 'log', yScale: 'log' },
      columns: [
        { key: 'cost', role: 'objective', sense: 'min', values: [1, 20, 300] },
        { key: 'acc', role: 'objective', sense: 'max', values: [0, 0.5, 0.9] }, // a zero: log is impossible
      ],
    });
    const spec = defaultSpec(ds);
    expect(spec.xScale).toBe('log');
    expect(spec.yScale).toBe('linear');
    expect(specProblems(spec, ds)).toEqual([]);
  });

  it('falls back when the card defaults do not fit the data', () => {
    const ds = fakeDataset({
      id: 'odd',
      defaults: { x: 'missing', y: 'name', group: 'cost', color: 'group' },
      columns: [
        { key: 'name', type: 'text', role: 'label', values: ['a', 'b'] },
        { key: 'cost', values: [1, 2] },
        { key: 'acc', role: 'objective', values: [3, 4] }, // no sense on the card
      ],
    });
    const spec = defaultSpec(ds);
    expect([spec.x, spec.y, spec.group, spec.color]).toEqual(['acc', 'cost', null, 'front']);
    expect(spec.objectives).toEqual([
      { key: 'cost', sense: 'min', active: false },
      { key: 'acc', sense: 'max', active: true },
    ]);
    expect(specProblems(spec, ds)).toEqual([]);
  });

  it('ticks the two axes when the card names no objective', () => {
    const ds = fakeDataset({
      id: 'plain',
      defaults: { x: 'f2', y: 'f1' },
      columns: [
        { key: 'f1', values: [1, 2, 3] },
        { key: 'f2', values: [3, 1, 2] },
        { key: 'f3', values: [0, 0, 1] },
      ],
    });
    const spec = defaultSpec(ds);
    expect(spec.objectives.map((o) => [o.key, o.active])).toEqual([
      ['f1', true],
      ['f2', true],
      ['f3', false],
    ]);
    expect(specProblems(spec, ds)).toEqual([]);
  });
});
