import { describe, expect, it, vi } from 'vitest';

// Count the engine calls behind deriveView: a memoized derivation runs the front once per real change.
vi.mock('../core', async (importOriginal) => {
  const core = await importOriginal<typeof import('../core')>();
  return { ...core, paretoFront: vi.fn(core.paretoFront), paretoRanks: vi.fn(core.paretoRanks) };
});

const { paretoFront, paretoRanks } = await import('../core');
const { deriveView } = await import('./derive');
const { defaultSpec } = await import('./defaults');
const { setColor, setScale, setSelected, setX, toggleGroup } = await import('./actions');
const { zooDataset } = await import('./testing/fakeDataset');

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
