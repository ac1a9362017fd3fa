/**
 * A weight change on a big table (setWeight → deriveView, 100,000 rows × 3 objectives) re-scores the
 * ranking without recomputing the front: the front array stays the very same object. How long it takes
 * is measured by the benchmarks (bench/derive.bench.ts, `npm run bench:browser`), never asserted here.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/testing/arbitraries';
import { setMethod, setWeight } from './actions';
import { defaultSpec } from './defaults';
import { deriveView } from './derive';
import { fakeDataset } from './testing/fakeDataset';

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

describe('a weight change on 100,000 rows', () => {
  it('re-scores the ranking without touching the front', () => {
    const ds = synthetic();
    let spec = defaultSpec(ds);
    const first = deriveView(ds, spec);
    let lastBest: number | null | undefined;
    let bestMoved = false;
    for (const method of ['weighted-sum', 'chebyshev'] as const) {
      spec = setMethod(spec, ds, method).spec;
      deriveView(ds, spec);
      for (let i = 0; i < 6; i++) {
        const w = 0.05 + ((i * 7) % 19) / 20;
        spec = setWeight(spec, ds, 'cost', w).spec;
        const view = deriveView(ds, spec);
        expect(view.frontRows).toBe(first.frontRows);
        expect(view.decision.best).not.toBeNull();
        if (lastBest !== undefined && view.decision.best !== lastBest) bestMoved = true;
        lastBest = view.decision.best;
      }
    }
    // The weights do change the decision (otherwise the identity above would say nothing).
    expect(bestMoved).toBe(true);
  });
});
