import { describe, expect, it } from 'vitest';
import * as actions from './actions';
import { deriveCompare } from './compare';
import { defaultSpec } from './defaults';
import { deriveView } from './derive';
import { syntheticRuns } from './testing/computeWorker';

describe('deriveCompare and the axes', () => {
  it('an axis change redraws the staircases but reuses the figures (coverage, pair, runs)', () => {
    const ds = syntheticRuns(800, 11);
    const spec = actions.toggleObjective(defaultSpec(ds), ds, 'latency').spec; // two objectives: cost, accuracy
    const before = deriveCompare(ds, spec, deriveView(ds, spec))!;
    expect(before.groups.some((g) => g.staircase !== null)).toBe(true);
    const swapped = actions.swapAxes(spec).spec;
    const after = deriveCompare(ds, swapped, deriveView(ds, swapped))!;
    expect(after).not.toBe(before);
    expect(after.coverage).toBe(before.coverage);
    expect(after.pair).toBe(before.pair);
    const g = before.compared[0];
    expect(after.groups[g].staircase).toEqual(before.groups[g].staircase!.map(([x, y]) => [y, x]));
    // The run surfaces follow the axes' order, so they are computed again; the runs' figures are the same.
    expect(after.runs?.surfaceAxes).toEqual([swapped.x, swapped.y]);
    expect(after.runs?.groups.map((r) => r.runs.map((run) => run.hypervolume))).toEqual(before.runs?.groups.map((r) => r.runs.map((run) => run.hypervolume)));
    // Moving x to a column that is not an objective: no staircases, same figures.
    const off = actions.setX(spec, ds, 'latency').spec;
    const third = deriveCompare(ds, off, deriveView(ds, off))!;
    expect(third.coverage).toBe(before.coverage);
    expect(third.groups.every((grp) => grp.staircase === null)).toBe(true);
  });
});
