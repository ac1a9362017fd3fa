import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../state/testing/bundled';
import { defaultSpec, deriveView } from '../../state';
import { parallelAxes, spansDecades } from './chartLayers';

describe('parallel axes', () => {
  it('go log for positive columns spanning three decades, linear otherwise', () => {
    const shown = new Uint8Array([2, 2, 2]);
    expect(spansDecades(Float64Array.of(0.5, 20, 900), shown)).toBe(true);
    expect(spansDecades(Float64Array.of(0.5, 20, 400), shown)).toBe(false);
    expect(spansDecades(Float64Array.of(0, 20, 9000), shown)).toBe(false);
    expect(spansDecades(Float64Array.of(0.5, NaN, 900), shown)).toBe(true);
    // Hidden rows do not count.
    expect(spansDecades(Float64Array.of(0.5, 20, 900), new Uint8Array([0, 2, 2]))).toBe(false);
  });
  it('on timm: accuracy linear, throughput log (as on the scatter), parameters and compute log; ticked objectives in order', () => {
    const timm = bundledDataset('timm-imagenet');
    const spec = defaultSpec(timm);
    const axes = parallelAxes(timm, spec, deriveView(timm, spec));
    const scale = Object.fromEntries(axes.map((a) => [a.key, a.scale]));
    expect(axes.map((a) => a.key)).toEqual(spec.objectives.filter((o) => o.active).map((o) => o.key));
    expect(Object.values(scale).filter((s) => s === 'log').length).toBe(3);
    expect(scale[spec.y]).toBe('linear');
    const reordered = parallelAxes(timm, { ...spec, axisOrder: [axes[2].key, axes[0].key] }, deriveView(timm, spec));
    expect(reordered.map((a) => a.key)).toEqual([axes[2].key, axes[0].key, axes[1].key, axes[3].key]);
  });
});
