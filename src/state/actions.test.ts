import { describe, expect, it } from 'vitest';
import {
  setColor,
  setGroup,
  setScale,
  setSelected,
  setSense,
  setX,
  setY,
  showAllGroups,
  swapAxes,
  toggleGroup,
  toggleObjective,
} from './actions';
import { defaultSpec } from './defaults';
import { zooDataset } from './testing/fakeDataset';
import { specProblems } from './validate';
import type { ViewSpec } from './viewSpec';

const zoo = zooDataset();
const base = defaultSpec(zoo); // x params, y top1, group family, colour front
const valid = (spec: ViewSpec) => expect(specProblems(spec, zoo)).toEqual([]);

describe('setX / setY', () => {
  it('moves a numeric column onto an axis, awkward keys included', () => {
    for (const key of ['Price [$/1000 examples]', '', 'a,b:c', 'total_cost']) {
      const r = setX(base, zoo, key);
      expect(r.spec.x).toBe(key);
      expect(r.notice).toBeUndefined();
      valid(r.spec);
    }
    expect(setY(base, zoo, '').spec.y).toBe('');
  });

  it('refuses unknown and non-numeric columns and returns the same spec', () => {
    const unknown = setX(base, zoo, 'nope');
    expect(unknown.spec).toBe(base);
    expect(unknown.notice).toBe("Unknown column 'nope'");
    const text = setY(base, zoo, 'family');
    expect(text.spec).toBe(base);
    expect(text.notice).toBe("Column 'family' is not numeric");
  });

  it('returns the same spec when the column is already on the axis', () => {
    expect(setX(base, zoo, 'params')).toEqual({ spec: base });
    expect(setX(base, zoo, 'params').spec).toBe(base);
  });

  it('switches a log axis to linear when the new column has values ≤ 0', () => {
    const log = setScale(base, zoo, 'x', 'log').spec;
    expect(log.xScale).toBe('log');
    const r = setX(log, zoo, 'total_cost');
    expect(r.spec.x).toBe('total_cost');
    expect(r.spec.xScale).toBe('linear');
    expect(r.notice).toBe('Log scale needs positive values: total_cost has 4 values ≤ 0 — x axis switched to linear');
    expect(setX(log, zoo, 'a,b:c').spec.xScale).toBe('log');
  });

  it('keeps the selection', () => {
    const selected = setSelected(base, zoo, 4).spec;
    expect(setX(selected, zoo, 'top1').spec.selected).toBe(4);
    expect(swapAxes(selected).spec.selected).toBe(4);
  });
});

describe('swapAxes', () => {
  it('exchanges columns and scales together', () => {
    const log = setScale(base, zoo, 'x', 'log').spec;
    const r = swapAxes(log);
    expect([r.spec.x, r.spec.y, r.spec.xScale, r.spec.yScale]).toEqual(['top1', 'params', 'linear', 'log']);
    valid(r.spec);
    expect(swapAxes(r.spec).spec).toEqual(log);
  });

  it('returns the same spec when both axes are identical', () => {
    const same = setY(base, zoo, 'params').spec;
    expect(swapAxes(same).spec).toBe(same);
  });
});

describe('setScale', () => {
  it('refuses log on a column with values ≤ 0, saying how many', () => {
    const onCost = setY(base, zoo, 'total_cost').spec;
    const r = setScale(onCost, zoo, 'y', 'log');
    expect(r.spec).toBe(onCost);
    expect(r.notice).toBe('Log scale needs positive values: total_cost has 4 values ≤ 0');
  });

  it('uses the singular for one value and ignores NaN and ±Infinity', () => {
    const ds = zooDataset();
    const col = ds.byKey.get('params');
    if (col?.kind !== 'number') throw new Error('fixture');
    col.values[0] = 0; // the fixture already holds Infinity in params
    const r = setScale(base, ds, 'x', 'log');
    expect(r.notice).toBe('Log scale needs positive values: Parameters has 1 value ≤ 0');
  });

  it('accepts log on positive columns and back to linear', () => {
    const log = setScale(base, zoo, 'x', 'log');
    expect(log.spec.xScale).toBe('log');
    expect(log.notice).toBeUndefined();
    expect(setScale(log.spec, zoo, 'x', 'linear').spec).toEqual(base);
    expect(setScale(base, zoo, 'x', 'linear').spec).toBe(base);
  });

  it('refuses an unknown scale type', () => {
    const r = setScale(base, zoo, 'x', 'sqrt' as 'log');
    expect(r.spec).toBe(base);
    expect(r.notice).toBe("Unknown scale 'sqrt' (use linear or log)");
  });
});

describe('objectives', () => {
  it("lists every numeric column as an objective: the card's ticked at its sense, the others unticked at their guessed sense", () => {
    expect(base.objectives).toEqual([
      { key: 'top1', sense: 'max', active: true },
      { key: 'params', sense: 'min', active: true },
      { key: 'Price [$/1000 examples]', sense: 'min', active: true },
      { key: 'a,b:c', sense: 'max', active: true },
      { key: '', sense: 'max', active: false },
      { key: 'total_cost', sense: 'min', active: false },
    ]);
  });

  it('setSense flips one objective and only that one', () => {
    const r = setSense(base, zoo, 'params', 'max');
    expect(r.spec.objectives.map((o) => o.sense)).toEqual(['max', 'max', 'min', 'max', 'max', 'min']);
    expect(setSense(base, zoo, 'params', 'min').spec).toBe(base);
    expect(setSense(base, zoo, 'family', 'min')).toEqual({ spec: base, notice: "Unknown objective 'family'" });
    expect(setSense(base, zoo, 'top1', 'up' as 'min').notice).toBe("Unknown direction 'up' for 'top1' (use min or max)");
  });

  it('toggleObjective unticks and reticks, but keeps at least one ticked', () => {
    let spec = base;
    for (const key of ['top1', 'params', 'a,b:c']) spec = toggleObjective(spec, zoo, key).spec;
    expect(spec.objectives.filter((o) => o.active).map((o) => o.key)).toEqual(['Price [$/1000 examples]']);
    const last = toggleObjective(spec, zoo, 'Price [$/1000 examples]');
    expect(last.spec).toBe(spec);
    expect(last.notice).toBe('At least one objective must stay ticked');
    expect(toggleObjective(spec, zoo, 'top1').spec.objectives[0].active).toBe(true);
    expect(toggleObjective(base, zoo, 'model').notice).toBe("Unknown objective 'model'");
  });
});

describe('colour and groups', () => {
  it('setColor checks the mode and needs a group column for group colouring', () => {
    expect(setColor(base, zoo, 'rank').spec.color).toBe('rank');
    expect(setColor(base, zoo, 'front').spec).toBe(base);
    expect(setColor(base, zoo, 'pink' as 'rank').notice).toBe("Unknown colouring 'pink' (use front, rank or group)");
    const ungrouped = setGroup(base, zoo, null).spec;
    const r = setColor(ungrouped, zoo, 'group');
    expect(r.spec).toBe(ungrouped);
    expect(r.notice).toBe('Colour by group needs a group column');
    expect(setColor(base, zoo, 'group').spec.color).toBe('group');
  });

  it('setGroup validates the column and resets what depended on the old one', () => {
    const hidden = toggleGroup(setColor(base, zoo, 'group').spec, zoo, 'B').spec;
    expect(hidden.hiddenGroups).toEqual(['B']);
    const none = setGroup(hidden, zoo, null).spec;
    expect([none.group, none.hiddenGroups, none.color]).toEqual([null, [], 'front']);
    valid(none);
    expect(setGroup(none, zoo, 'family').spec.hiddenGroups).toEqual([]);
    expect(setGroup(hidden, zoo, 'family').spec).toBe(hidden);
    expect(setGroup(base, zoo, 'top1').notice).toBe("Column 'top1' is not a category column");
    expect(setGroup(base, zoo, 'nope').notice).toBe("Unknown column 'nope'");
    // A text column (one value per row, like model names) is not a grouping unless the card says so.
    expect(setGroup(base, zoo, 'model')).toEqual({ spec: base, notice: "Column 'model' is not a category column" });
  });

  it('toggleGroup hides and shows values that exist, including the empty one', () => {
    let spec = toggleGroup(base, zoo, '').spec;
    spec = toggleGroup(spec, zoo, 'x,y:z').spec;
    expect(spec.hiddenGroups).toEqual(['', 'x,y:z']);
    valid(spec);
    expect(toggleGroup(spec, zoo, '').spec.hiddenGroups).toEqual(['x,y:z']);
    const unknown = toggleGroup(spec, zoo, 'Z');
    expect(unknown).toEqual({ spec, notice: "Unknown group 'Z' in 'family'" });
    expect(toggleGroup(setGroup(base, zoo, null).spec, zoo, 'A').notice).toBe('No group column is chosen');
    expect(showAllGroups(spec).spec.hiddenGroups).toEqual([]);
    expect(showAllGroups(base).spec).toBe(base);
  });
});

describe('setSelected', () => {
  it('selects existing rows and clears', () => {
    const r = setSelected(base, zoo, 11);
    expect(r.spec.selected).toBe(11);
    expect(setSelected(r.spec, zoo, null).spec.selected).toBeNull();
    expect(setSelected(base, zoo, null).spec).toBe(base);
  });

  it('refuses rows that do not exist', () => {
    for (const row of [-1, 12, 1.5, NaN]) {
      const r = setSelected(base, zoo, row);
      expect(r.spec).toBe(base);
      expect(r.notice).toBe(`Row ${row} does not exist (the dataset has 12 rows)`);
    }
  });
});
