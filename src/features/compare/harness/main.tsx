/**
 * Dev-only page for looking at the comparison panels on SYNTHETIC figures (the test fixture plus made-up
 * points; no dataset behind them). Served by `npx vite` at /src/features/compare/harness/index.html; not
 * part of the build. It plays the app: it keeps the choices locally and rebuilds the fixture.
 * `?theme=dark` for the dark theme.
 */
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../index.css';
import type { ScatterProps } from '../../../charts/types';
import { CoverageMatrix, GroupPicker, GroupTable, HeadToHead, RunsPanel } from '..';
import { FIXTURE_GROUPS, compareFixture, fixtureColors, manyGroups } from '../testing/fixture';

document.documentElement.classList.toggle('dark', new URLSearchParams(location.search).get('theme') === 'dark');

/** Seeded uniform numbers (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = [...FIXTURE_GROUPS, ...manyGroups(40).map((g) => ({ ...g, onGlobal: 0 }))];
const RUNS = [
  [1210, 1250, 1190, 1302, 1233, 1228, 1260, 1199, 1241, 1222],
  [1290, 1301, 1277, 1312, 1296, 1288, 1305, 1299, 1310, 1284],
  [960, 1001, 990, 1020, 940, 975, 1012, 998, 986, 1003],
  [400, 520],
];

/** Synthetic points: each group's front rows on a curve, its other rows behind it. */
function syntheticScatter(names: string[], colors: string[]): Omit<ScatterProps, 'height'> {
  const n = names.length * 1000;
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const status = new Uint8Array(n);
  const codes = new Int32Array(n).fill(-1);
  const rnd = random(7);
  GROUPS.forEach((g, k) => {
    const lift = [0.25, 0, 0.6, 1.2, 1.8][k] ?? 2.5;
    for (let i = 0; i < Math.min(g.rows, 300); i++) {
      const row = k * 1000 + i;
      const onFront = i % 3 === 0 && i / 3 < g.frontSize;
      const t = onFront ? (i / 3 + 0.5) / g.frontSize : rnd();
      const xv = 1 + 4 * t;
      x[row] = xv;
      y[row] = 1 + 4 / xv + lift + (onFront ? 0 : 0.2 + rnd() * 2);
      codes[row] = k;
      status[row] = onFront && k === 1 ? 3 : 2;
    }
  });
  return {
    x,
    y,
    status,
    xLabel: 'Error (%)',
    yLabel: 'Latency (ms)',
    xScale: 'linear',
    yScale: 'linear',
    xSense: 'min',
    ySense: 'min',
    color: { mode: 'group', codes, names, colors },
    staircase: null,
    selected: null,
    onSelect: () => {},
    tooltip: (row) => ({ title: `Row ${row}`, rows: [] }),
    ariaLabel: 'Synthetic scatter',
  };
}

function Harness() {
  const [groups, setGroups] = useState<string[] | null>(null);
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [edited, setEdited] = useState(false);
  const [runColumn, setRunColumn] = useState<string | null>('seed');
  const names = GROUPS.map((g) => g.name);
  const compared = groups ? groups.map((g) => names.indexOf(g)) : [0, 1, 2, 3];
  const compare = useMemo(() => {
    const pairIdx = pair ? ([names.indexOf(pair[0]), names.indexOf(pair[1])] as [number, number]) : undefined;
    return compareFixture({
      groups: GROUPS,
      compared,
      auto: groups === null,
      pair: compared.length >= 2 ? pairIdx : null,
      runs: runColumn ? compared.map((_, j) => RUNS[j % RUNS.length]) : undefined,
      referenceEdited: [edited, false],
    });
  }, [groups, pair, edited, runColumn]); // eslint-disable-line react-hooks/exhaustive-deps
  const colors = fixtureColors(compare);
  const scatter = useMemo(() => syntheticScatter(names, colors), []); // eslint-disable-line react-hooks/exhaustive-deps
  const base = { compare, colors, groupLabel: 'Algorithm' };
  return (
    <main className="mx-auto grid max-w-6xl grid-cols-1 gap-4 p-4 lg:grid-cols-[20rem_1fr]">
      <p className="text-xs text-amber-700 lg:col-span-2 dark:text-amber-400">Synthetic figures for a visual check; no dataset behind them.</p>
      <div className="space-y-4">
        <GroupPicker {...base} onChange={setGroups} />
        <CoverageMatrix {...base} />
      </div>
      <div className="min-w-0 space-y-4">
        <GroupTable {...base} datasetId="synthetic" onReference={() => setEdited(true)} onResetReference={() => setEdited(false)} />
        <HeadToHead {...base} onPair={setPair} scatter={scatter} />
        <RunsPanel {...base} runColumns={[{ key: 'seed', label: 'Seed' }]} runColumn={runColumn} onRunColumn={setRunColumn} scatter={scatter} />
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
