/**
 * `npm run bench`: medians of the core operations on seeded synthetic inputs, against the issue's
 * targets and, where it finishes in reasonable time, a naive O(n²) baseline on the very same input in
 * the same process. Prints a table; never fails. Inputs: uniform random in [0,1)^d and points on the
 * positive orthant of the unit sphere (a curved front where every point is non-dominated).
 */
import { hypervolume, paretoFront, paretoRanks, type Sense } from '../src/core';
import { sphereFront, uniformTable } from '../src/core/testing/arbitraries';
import { naiveFront, naiveRanks } from './naive';

type Op = 'paretoFront' | 'paretoRanks' | 'hypervolume';
interface Case {
  op: Op;
  d: number;
  n: number;
  input: 'uniform' | 'sphere';
  targetMs?: number;
  moocoreMs?: number;
  /** Run the naive baseline on the same input. */
  baseline?: boolean;
  runs?: number;
}

const CASES: Case[] = [
  { op: 'paretoFront', d: 2, n: 1_000_000, input: 'uniform', targetMs: 300, moocoreMs: 333 },
  { op: 'paretoFront', d: 3, n: 100_000, input: 'uniform', targetMs: 40, moocoreMs: 11 },
  { op: 'paretoFront', d: 5, n: 10_000, input: 'uniform', targetMs: 300, baseline: true },
  { op: 'paretoRanks', d: 2, n: 1_000_000, input: 'uniform', targetMs: 1000, moocoreMs: 512 },
  { op: 'paretoRanks', d: 3, n: 100_000, input: 'uniform', targetMs: 800, moocoreMs: 407 },
  { op: 'hypervolume', d: 2, n: 1_000_000, input: 'uniform', targetMs: 500, moocoreMs: 452 },
  { op: 'hypervolume', d: 3, n: 10_000, input: 'sphere', targetMs: 15, moocoreMs: 2.9 },
  { op: 'hypervolume', d: 5, n: 1_000, input: 'sphere', targetMs: 100, moocoreMs: 17 },
  // Side by side with the naive baselines.
  { op: 'paretoFront', d: 2, n: 20_000, input: 'sphere', baseline: true },
  { op: 'paretoFront', d: 3, n: 20_000, input: 'uniform', baseline: true },
  { op: 'paretoFront', d: 8, n: 5_000, input: 'sphere', baseline: true },
  { op: 'paretoRanks', d: 2, n: 10_000, input: 'uniform', baseline: true },
  { op: 'paretoRanks', d: 3, n: 10_000, input: 'uniform', baseline: true },
  { op: 'paretoRanks', d: 5, n: 10_000, input: 'uniform', baseline: true },
];

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => unknown, runs: number, warm = true): number {
  if (warm) fn(); // warm-up: JIT and caches
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

function run(c: Case) {
  const cols = c.input === 'uniform' ? uniformTable(c.n, c.d, 12345 + c.d) : sphereFront(c.n, c.d, 54321 + c.d);
  const senses: Sense[] = Array(c.d).fill('min');
  const reference = Array(c.d).fill(1.1);
  const fast = {
    paretoFront: () => paretoFront(cols, senses),
    paretoRanks: () => paretoRanks(cols, senses),
    hypervolume: () => hypervolume(cols, senses, reference),
  }[c.op];
  const runs = c.runs ?? (c.n >= 1_000_000 ? 5 : 9);
  const ms = time(fast, runs);
  let naiveMs: number | undefined;
  if (c.baseline && c.op !== 'hypervolume') {
    const naive = c.op === 'paretoFront' ? () => naiveFront(cols, senses) : () => naiveRanks(cols, senses);
    // Same answer, or the comparison means nothing.
    const a = Array.from(fast() as Uint32Array).join();
    const b = Array.from(naive()).join();
    if (a !== b) throw new Error(`${c.op} ${c.d}D disagrees with the naive baseline`);
    naiveMs = time(naive, 3, false); // the check above was its warm-up
  }
  return { ...c, ms, naiveMs };
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined ? '—' : x.toFixed(digits));
const header = ['operation', 'obj', 'rows', 'input', 'median ms', 'target ms', 'vs target', 'moocore C ms', 'naive ms', 'speed-up vs naive'];
const rows: string[][] = [];
console.log(`Paretoscope core benchmark — Node ${process.version}, ${new Date().toISOString()}`);
for (const c of CASES) {
  const r = run(c);
  const verdict = r.targetMs === undefined ? '' : r.ms <= r.targetMs ? 'met' : `MISSED (${(r.ms / r.targetMs).toFixed(2)}×)`;
  rows.push([
    r.op,
    String(r.d),
    r.n.toLocaleString('en-US'),
    r.input,
    fmt(r.ms),
    fmt(r.targetMs, 0),
    verdict,
    fmt(r.moocoreMs),
    fmt(r.naiveMs),
    r.naiveMs === undefined ? '—' : `${(r.naiveMs / r.ms).toFixed(1)}×`,
  ]);
  process.stderr.write('.');
}
process.stderr.write('\n');
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
