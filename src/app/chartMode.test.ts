import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../state/testing/bundled';
import { defaultSpec, deriveCompare, deriveView, type ViewSpec } from '../state';
import { shownMode, viewModeOptions } from './ChartBody';

describe('which chart view is drawn', () => {
  const tpls = bundledDataset('moocore-tpls');
  const spec = defaultSpec(tpls);
  const compare = deriveCompare(tpls, spec, deriveView(tpls, spec));

  it('draws the asked view when it can', () => {
    for (const view of ['scatter', 'overlay', 'multiples', 'parallel'] as const) {
      expect(shownMode({ ...spec, view }, compare, 2)).toBe(view);
    }
  });
  it('falls back to the scatter without groups or with one objective, and says why on the buttons', () => {
    const ungrouped: ViewSpec = { ...spec, group: null, view: 'overlay' };
    expect(shownMode(ungrouped, null, 2)).toBe('scatter');
    expect(shownMode({ ...spec, view: 'parallel' }, compare, 1)).toBe('scatter');
    const options = viewModeOptions(ungrouped, null, 1);
    expect(options.find((o) => o.mode === 'overlay')?.unavailable).toMatch(/Group by/);
    expect(options.find((o) => o.mode === 'multiples')?.unavailable).toMatch(/Group by/);
    expect(options.find((o) => o.mode === 'parallel')?.unavailable).toMatch(/two objectives/);
    expect(options.find((o) => o.mode === 'scatter')?.unavailable).toBeNull();
    expect(viewModeOptions(spec, compare, 2).every((o) => o.unavailable === null)).toBe(true);
  });
});
