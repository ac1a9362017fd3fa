import { describe, expect, it, vi } from 'vitest';

// Count the engine calls behind deriveView: a memoized derivation runs the front once per real change.
vi.mock('../core', async (importOriginal) => {
  const core = await importOriginal<typeof import('../core')>();
  return {
    ...core,
    paretoFront: vi.fn(core.paretoFront),
    paretoRanks: vi.fn(core.paretoRanks),
    kneePoint: vi.fn(core.kneePoint),
    supportAnalysis: vi.fn(core.supportAnalysis),
    scalarize: vi.fn(core.scalarize),
  };
});

const { paretoFront, paretoRanks, kneePoint, supportAnalysis, scalarize } = await import('../core');
const { deriveView } = await import('./derive');
const { defaultSpec } = await import('./defaults');
const { addConstraint, addDerived, setColor, setMethod, setReferenceValue, setScale, setSelected, setWeight, setX, toggleGroup } = await import('./actions');
const { aiderLikeDataset, zooDataset } = await import('./testing/fakeDataset');

describe('deriveView computes the front once per change of its true inputs', () => {
  it('does not recompute for selection or scale changes, nor the front for an axis change', () => {
    const zoo = zooDataset();
    const spec = defaultSpec(zoo);
    const front = vi.mocked(paretoFront);
    const ranks = vi.mocked(paretoRanks);
    front.mockClear();
    ranks.mockClear();

    deriveView(zoo, spec);
    expect(front).toHaveBeenCalledTimes(1);
    for (const row of [0, 3, 7, null]) deriveView(zoo, setSelected(spec, zoo, row).spec);
    deriveView(zoo, setScale(spec, zoo, 'x', 'log').spec);
    deriveView(zoo, setX(spec, zoo, 'a,b:c').spec);
    expect(front).toHaveBeenCalledTimes(1);
    expect(ranks).not.toHaveBeenCalled();

    const byRank = setColor(spec, zoo, 'rank').spec;
    deriveView(zoo, byRank);
    deriveView(zoo, setSelected(byRank, zoo, 2).spec);
    expect(ranks).toHaveBeenCalledTimes(1);
    expect(front).toHaveBeenCalledTimes(1);

    deriveView(zoo, toggleGroup(spec, zoo, 'A').spec);
    expect(front).toHaveBeenCalledTimes(2);
  });
});

describe('moving a weight re-scores only', () => {
  it('never recomputes the front, the knee or the unsupported points for weights, method or reference point', () => {
    const ds = aiderLikeDataset();
    let spec = defaultSpec(ds);
    const mocks = [paretoFront, kneePoint, supportAnalysis, scalarize].map((f) => vi.mocked(f));
    mocks.forEach((m) => m.mockClear());
    const first = deriveView(ds, spec);
    const [front, knee, support, score] = mocks;
    expect([front, knee, support, score].map((m) => m.mock.calls.length)).toEqual([1, 1, 1, 1]);

    for (const w of [0.1, 0.5, 2, 7]) {
      spec = setWeight(spec, ds, 'total_cost', w).spec;
      const view = deriveView(ds, spec);
      expect(view.frontRows).toBe(first.frontRows);
      expect(view.decision.unsupported).toBe(first.decision.unsupported);
      expect(view.decision.scores).not.toBe(first.decision.scores);
    }
    spec = setMethod(spec, ds, 'asf').spec;
    deriveView(ds, spec);
    spec = setReferenceValue(spec, ds, 'pass_rate_2', 70).spec;
    deriveView(ds, spec);
    expect(front).toHaveBeenCalledTimes(1);
    expect(knee).toHaveBeenCalledTimes(1);
    expect(support).toHaveBeenCalledTimes(1);
    expect(score).toHaveBeenCalledTimes(7);

    // Selection, scales and axes reuse the scores too.
    deriveView(ds, setSelected(spec, ds, 2).spec);
    deriveView(ds, setX(spec, ds, 'seconds_per_case').spec);
    expect(score).toHaveBeenCalledTimes(7);
    // A constraint or a derived column (even an unticked one: a new dataset) is a new front.
    deriveView(ds, addConstraint(spec, ds, { column: 'total_cost', op: '<=', value: 30 }).spec);
    expect(front).toHaveBeenCalledTimes(2);
    deriveView(ds, addDerived(spec, ds, { key: 'cop', formula: 'total_cost / pass_rate_2', sense: 'min' }).spec);
    expect(front).toHaveBeenCalledTimes(3);
  });
});
