/**
 * `npx tsx bench/derive.bench.ts [rows]`: the state part of each interaction on a large table — the
 * named action, `deriveView`, `deriveCompare` (the table has a group column) and the URL encoding —
 * timed in node on a synthetic, seeded table (default 1,000,000 rows × 3 objectives + a group column
 * of 8 values). This is the work the compute worker does off the main thread for large tables; the
 * figures say how long a result takes to come back, and (for the sync path below the worker threshold)
 * how long the main thread would be blocked. Times are printed, never asserted.
 */
import { mulberry32 } from '../src/core/testing/arbitraries';
import type { Dataset } from '../src/data/types';
import { addConstraint, defaultSpec, deriveCompare, deriveView, encodeQuery, setColor, setSense, setWeight, setX, toggleGroup, type ViewSpec } from '../src/state';
import { fakeDataset } from '../src/state/testing/fakeDataset';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const GROUPS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

/** Synthetic rows: accuracy grows with cost and latency, plus noise (so the front is a few dozen to hundreds). */
function synthetic(n: number): Dataset {
  const rand = mulberry32(20261203);
  const acc = new Array<number>(n);
  const cost = new Array<number>(n);
  const latency = new Array<number>(n);
  const family = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const c = rand() * 100;
    const l = rand() * 1000;
    cost[i] = c;
    latency[i] = l;
    acc[i] = Math.min(99.9, 40 + (30 * Math.log10(1 + c)) / 2 + 0.02 * l + rand() * 15);
    family[i] = GROUPS[Math.floor(rand() * GROUPS.length)];
  }
  return fakeDataset({
    id: `synthetic-${n}`,
    defaults: { x: 'cost', y: 'accuracy', group: 'family', color: 'front' },
    columns: [
      { key: 'family', values: family },
      { key: 'accuracy', role: 'objective', sense: 'max', values: acc },
      { key: 'cost', role: 'objective', sense: 'min', values: cost },
      { key: 'latency', role: 'objective', sense: 'min', values: latency },
    ],
  });
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}

const t0 = performance.now();
const ds = synthetic(ROWS);
console.log(`synthetic table: ${ROWS.toLocaleString('en-US')} rows in ${(performance.now() - t0).toFixed(0)} ms`);

let spec: ViewSpec = defaultSpec(ds);
const steps: [string, (s: ViewSpec) => ViewSpec][] = [
  ['first view', (s) => s],
  ['sense toggle (latency → max)', (s) => setSense(s, ds, 'latency', 'max').spec],
  ['sense toggle back', (s) => setSense(s, ds, 'latency', 'min').spec],
  ['x axis → latency', (s) => setX(s, ds, 'latency').spec],
  ['x axis → cost', (s) => setX(s, ds, 'cost').spec],
  ['weight cost 0.5', (s) => setWeight(s, ds, 'cost', 0.5).spec],
  ['weight cost 0.7', (s) => setWeight(s, ds, 'cost', 0.7).spec],
  ['constraint cost ≤ 50', (s) => addConstraint(s, ds, { column: 'cost', op: '<=', value: 50 }).spec],
  ['colour by rank', (s) => setColor(s, ds, 'rank').spec],
  ['colour by front', (s) => setColor(s, ds, 'front').spec],
  ['hide group beta', (s) => toggleGroup(s, ds, 'beta').spec],
];

const rows: Record<string, string | number>[] = [];
for (const [name, step] of steps) {
  const [next, actionMs] = time(() => step(spec));
  spec = next;
  const [view, viewMs] = time(() => deriveView(ds, spec));
  const [, compareMs] = time(() => deriveCompare(ds, spec, view));
  const [, encodeMs] = time(() => encodeQuery(spec, ds));
  rows.push({
    step: name,
    action: +actionMs.toFixed(1),
    deriveView: +viewMs.toFixed(1),
    deriveCompare: +compareMs.toFixed(1),
    encode: +encodeMs.toFixed(1),
    total: +(actionMs + viewMs + compareMs + encodeMs).toFixed(1),
    front: view.frontRows.length,
  });
}
console.table(rows);
