/**
 * "With 100k rows, moving a weight slider re-ranks and redraws without jank": the state part of a
 * weight change (setWeight → deriveView) on 100,000 rows × 3 objectives, timed in node. Prints the
 * figures; fails only far above the budget, so a slow machine does not make it flaky.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/testing/arbitraries';
import { setMethod, setWeight } from './actions';
import { defaultSpec } from './defaults';
import { deriveView } from './derive';
import { fakeDataset } from './testing/fakeDataset';
import { encodeQuery } from './url';

const ROWS = 100_000;

function synthetic() {
  const rand = mulberry32(20261127);
  const acc: number[] = [];
  const cost: number[] = [];
  const latency: number[] = [];
  for (let i = 0; i < ROWS; i++) {
    const c = rand() * 100;
    const l = rand() * 1000;
    cost.push(c);
    latency.push(l);
    acc.push(Math.min(99.9, 40 + (30 * Math.log10(1 + c)) / 2 + 0.02 * l + rand() * 15));
  }
  return fakeDataset({
    id: 'synthetic-100k',
    defaults: { x: 'cost', y: 'accuracy' },
    columns: [
      { key: 'accuracy', role: 'objective', sense: 'max', values: acc },
      { key: 'cost', role: 'objective', sense: 'min', values: cost },
      { key: 'latency', role: 'objective', sense: 'min', values: latency },
    ],
  });
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('a weight change on 100,000 rows', () => {
  it('re-ranks well under 50 ms without touching the front', () => {
    const ds = synthetic();
    let spec = defaultSpec(ds);
    const t0 = performance.now();
    const first = deriveView(ds, spec);
    const firstMs = performance.now() - t0;

    const times: Record<string, number[]> = { 'weighted-sum': [], chebyshev: [], encode: [] };
    for (const method of ['weighted-sum', 'chebyshev'] as const) {
      spec = setMethod(spec, ds, method).spec;
      deriveView(ds, spec);
      for (let i = 0; i < 25; i++) {
        const w = 0.05 + ((i * 7) % 19) / 20;
        const t = performance.now();
        spec = setWeight(spec, ds, 'cost', w).spec;
        const view = deriveView(ds, spec);
        times[method].push(performance.now() - t);
        expect(view.frontRows).toBe(first.frontRows);
        expect(view.decision.best).not.toBeNull();
        const e = performance.now();
        encodeQuery(spec, ds);
        times.encode.push(performance.now() - e);
      }
    }
    const report = {
      rows: ROWS,
      frontSize: first.frontRows.length,
      firstDeriveMs: +firstMs.toFixed(1),
      weightedSumMedianMs: +median(times['weighted-sum']).toFixed(2),
      weightedSumMaxMs: +Math.max(...times['weighted-sum']).toFixed(2),
      chebyshevMedianMs: +median(times.chebyshev).toFixed(2),
      encodeQueryMedianMs: +median(times.encode).toFixed(3),
    };
    console.log(`setWeight → deriveView, 100k rows × 3 objectives: ${JSON.stringify(report)}`);
    expect(report.weightedSumMedianMs).toBeLessThan(50);
    expect(report.chebyshevMedianMs).toBeLessThan(50);
  });
});
