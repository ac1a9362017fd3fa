/**
 * `npm run bench`: medians of the core operations on seeded synthetic inputs, against the issue's
 * targets, against moocore (the C library behind the Python package of the same name) on the very
 * same input in the same run, and, where it finishes in reasonable time, against a naive O(n²)
 * baseline in the same process. Prints a table; never fails. Inputs: uniform random in [0,1)^d and
 * points on the positive orthant of the unit sphere (a curved front where every point is
 * non-dominated); the reference point is 1.1 in every objective.
 *
 * moocore is measured live, never quoted: each case's input is written to a temporary file (raw
 * float64, row-major) and a small Python script loads it with numpy, then times
 * `moocore.is_nondominated`, `moocore.pareto_rank` or `moocore.hypervolume` (median of runs after a
 * warm-up, loading excluded) and reports its answer, which is checked against ours. The interpreter
 * is `$MOOCORE_PYTHON`, else `python3`; without moocore (`pip install moocore`) the column says so and
 * is left empty. `MOOCORE=0` skips it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** Time moocore on the same input. */
  peer?: boolean;
  /** Run the naive baseline on the same input. */
  baseline?: boolean;
  runs?: number;
}

const CASES: Case[] = [
  { op: 'paretoFront', d: 2, n: 1_000_000, input: 'uniform', targetMs: 300, peer: true },
  { op: 'paretoFront', d: 3, n: 100_000, input: 'uniform', targetMs: 40, peer: true },
  { op: 'paretoFront', d: 5, n: 10_000, input: 'uniform', targetMs: 300, baseline: true, peer: true },
  { op: 'paretoRanks', d: 2, n: 1_000_000, input: 'uniform', targetMs: 1000, peer: true },
  { op: 'paretoRanks', d: 3, n: 100_000, input: 'uniform', targetMs: 800, peer: true },
  { op: 'hypervolume', d: 2, n: 1_000_000, input: 'uniform', targetMs: 500, peer: true },
  { op: 'hypervolume', d: 3, n: 10_000, input: 'sphere', targetMs: 15, peer: true },
  { op: 'hypervolume', d: 4, n: 1_000, input: 'sphere', peer: true },
  { op: 'hypervolume', d: 4, n: 10_000, input: 'sphere', peer: true, runs: 5 },
  { op: 'hypervolume', d: 5, n: 1_000, input: 'sphere', targetMs: 100, peer: true },
  { op: 'hypervolume', d: 6, n: 500, input: 'sphere', peer: true, runs: 3 },
  { op: 'hypervolume', d: 8, n: 100, input: 'sphere', peer: true, runs: 3 },
  // Side by side with the naive baselines.
  { op: 'paretoFront', d: 2, n: 20_000, input: 'sphere', baseline: true },
  { op: 'paretoFront', d: 3, n: 20_000, input: 'uniform', baseline: true },
  { op: 'paretoFront', d: 8, n: 5_000, input: 'sphere', baseline: true },
  { op: 'paretoRanks', d: 2, n: 10_000, input: 'uniform', baseline: true },
  { op: 'paretoRanks', d: 3, n: 10_000, input: 'uniform', baseline: true },
  { op: 'paretoRanks', d: 5, n: 10_000, input: 'uniform', baseline: true },
];

// ---------------------------------------------------------------------------------------------
// moocore, live

/** Loads the input, times one moocore call (median of `runs` after a warm-up) and prints JSON. */
const PEER_SCRIPT = `
import json, sys, time
try:
    import numpy as np
    import moocore
except ImportError as e:
    print(json.dumps({"missing": str(e)})); sys.exit(0)
path, n, d, op, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
x = np.fromfile(path, dtype="<f8").reshape(n, d)
ref = np.full(d, 1.1)
call = {
    "paretoFront": lambda: moocore.is_nondominated(x),
    "paretoRanks": lambda: moocore.pareto_rank(x),
    "hypervolume": lambda: moocore.hypervolume(x, ref=ref),
}[op]
out = call()
ts = []
for _ in range(runs):
    s = time.perf_counter(); call(); ts.append(time.perf_counter() - s)
ts.sort()
m = len(ts) // 2
ms = 1e3 * (ts[m] if len(ts) % 2 else (ts[m - 1] + ts[m]) / 2)
if op == "paretoFront": check = int(np.count_nonzero(out))
elif op == "paretoRanks": check = [int(out.max()) + 1, int(out.sum()) + n]
else: check = float(out)
print(json.dumps({"ms": ms, "check": check, "version": moocore.__version__}))
`;

const PYTHON = process.env.MOOCORE_PYTHON || 'python3';
let peerNote = process.env.MOOCORE === '0' ? 'moocore skipped (MOOCORE=0)' : '';
let peerVersion = '';
const scratch = mkdtempSync(join(tmpdir(), 'paretoscope-bench-'));

interface PeerResult {
  ms: number;
  check: number | number[];
}

function peer(c: Case, cols: Float64Array[], runs: number): PeerResult | undefined {
  if (peerNote) return undefined;
  const { n, d } = c;
  const rows = new Float64Array(n * d);
  for (let k = 0; k < d; k++) for (let i = 0; i < n; i++) rows[i * d + k] = cols[k][i];
  const file = join(scratch, 'input.f64');
  writeFileSync(file, new Uint8Array(rows.buffer));
  const r = spawnSync(PYTHON, ['-c', PEER_SCRIPT, file, String(n), String(d), c.op, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.error || r.status !== 0) {
    peerNote = `moocore not measured: ${PYTHON} failed (${r.error?.message ?? r.stderr.trim().split('\n').pop()})`;
    return undefined;
  }
  const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
  if (out.missing) {
    peerNote = `moocore not installed (${out.missing}): pip install moocore`;
    return undefined;
  }
  peerVersion = out.version;
  return { ms: out.ms, check: out.check };
}

/** Our answer in moocore's terms (front size; [number of ranks, sum of ranks]; hypervolume). */
function agrees(op: Op, ours: unknown, theirs: number | number[]): boolean {
  if (op === 'paretoFront') return (ours as Uint32Array).length === theirs;
  if (op === 'paretoRanks') {
    const r = ours as Uint32Array;
    let max = 0;
    let sum = 0;
    for (let i = 0; i < r.length; i++) {
      if (r[i] > max) max = r[i];
      sum += r[i];
    }
    const [tMax, tSum] = theirs as number[];
    return max === tMax && sum === tSum;
  }
  const a = ours as number;
  const b = theirs as number;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

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
  let peerMs: number | undefined;
  let peerCheck = '';
  if (c.peer) {
    const p = peer(c, cols, runs);
    if (p) {
      peerMs = p.ms;
      peerCheck = agrees(c.op, fast(), p.check) ? 'agrees' : `MISMATCH (${JSON.stringify(p.check)})`;
    }
  }
  return { ...c, ms, naiveMs, peerMs, peerCheck };
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined ? '—' : x.toFixed(digits));
const header = ['operation', 'obj', 'rows', 'input', 'median ms', 'target ms', 'vs target', 'moocore ms', 'ours / moocore', 'same answer', 'naive ms', 'speed-up vs naive'];
const rows: string[][] = [];
console.log(`Paretoscope core benchmark — Node ${process.version}, ${new Date().toISOString()}`);
try {
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
      fmt(r.peerMs),
      r.peerMs === undefined ? '—' : `${(r.ms / r.peerMs).toFixed(2)}×`,
      r.peerCheck || '—',
      fmt(r.naiveMs),
      r.naiveMs === undefined ? '—' : `${(r.naiveMs / r.ms).toFixed(1)}×`,
    ]);
    process.stderr.write('.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.stderr.write('\n');
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
console.log(
  peerNote ||
    `moocore ${peerVersion} (${PYTHON}), same input, same run; "ours / moocore" below 1 means ours is faster. ` +
      'moocore times exclude loading and the Python call overhead is included (small next to these sizes).',
);
