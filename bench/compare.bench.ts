/**
 * `npm run bench`, second part: the "compare methods" math — set coverage, per-group indicators against
 * the global front, head to head, attainment surfaces — and `deriveCompare` end to end on a synthetic
 * dataset and on the bundled ones. Prints medians (and the fastest run) and, where a naive baseline
 * from ./naive finishes in reasonable time, its median on the very same input in the same process.
 *
 * Every naive baseline is also a check: its result must equal the engine's (coverage fractions and row
 * lists exactly), or this exits non-zero after printing the table. Times are printed, never asserted.
 *
 * Synthetic inputs are seeded (mulberry32): "shell" rows are points on the positive orthant of the unit
 * sphere pushed out by a random 0–20% (plus a small per-group offset, so methods differ), which gives
 * fronts of realistic size; "simplex" rows lie on the plane Σf = 1, so every row is on the front.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attainmentSurfaces,
  coverage,
  coverageMatrix,
  defaultReference,
  groupIndicators,
  headToHead,
  paretoFront,
  type Sense,
} from '../src/core';
import { mulberry32, sphereFront } from '../src/core/testing/arbitraries';
import { buildDataset } from '../src/data/buildDataset';
import { parseCard } from '../src/data/card';
import type { Column, Dataset } from '../src/data/types';
import { defaultSpec, deriveCompare, deriveView } from '../src/state';
import { fakeDataset } from '../src/state/testing/fakeDataset';
import { naiveAttainment, naiveCoverage, naiveCoverageMatrix, naiveFront, naiveHeadToHead } from './naive';

// ---------------------------------------------------------------------------------------------
// Inputs

/** `n` rows near the unit sphere: radius `inner` + up to 20%, from `seed`. */
function shell(n: number, d: number, seed: number, inner = 1): Float64Array[] {
  const cols = sphereFront(n, d, seed);
  const rand = mulberry32(seed ^ 0x5bd1e995);
  for (let i = 0; i < n; i++) {
    const r = inner + 0.2 * rand();
    for (let k = 0; k < d; k++) cols[k][i] *= r;
  }
  return cols;
}

/** `groups` × `perGroup` shell rows, group g pushed out by a further 1% × g; codes are the groups. */
function groupedShell(groups: number, perGroup: number, d: number, seed: number): { columns: Float64Array[]; codes: Int32Array } {
  const n = groups * perGroup;
  const columns = Array.from({ length: d }, () => new Float64Array(n));
  const codes = new Int32Array(n);
  for (let g = 0; g < groups; g++) {
    const part = shell(perGroup, d, seed + 7919 * g, 1 + 0.01 * g);
    for (let k = 0; k < d; k++) columns[k].set(part[k], g * perGroup);
    codes.fill(g, g * perGroup, (g + 1) * perGroup);
  }
  return { columns, codes };
}

/** `n` points on the simplex Σf = 1 (uniform, via normalized exponentials): a linear front, all non-dominated. */
function simplex(n: number, d: number, seed: number): Float64Array[] {
  const rand = mulberry32(seed);
  const cols = Array.from({ length: d }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < d; k++) sum += cols[k][i] = -Math.log(1 - rand());
    for (let k = 0; k < d; k++) cols[k][i] /= sum;
  }
  return cols;
}

const mins = (d: number): Sense[] => Array(d).fill('min');
const rowsWhere = (codes: Int32Array, g: number) => Uint32Array.from(codes.keys()).filter((i) => codes[i] === g);

// ---------------------------------------------------------------------------------------------
// Timing and the table

interface Timing {
  median: number;
  min: number;
}

/** `runs` timed calls after one warm-up; `fresh` (untimed) builds each call's argument. */
function time<T>(fn: (arg: T) => unknown, runs: number, fresh: () => T, warm = true): Timing {
  if (warm) fn(fresh());
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const arg = fresh();
    const s = performance.now();
    fn(arg);
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  const m = t.length >> 1;
  return { median: t.length % 2 ? t[m] : (t[m - 1] + t[m]) / 2, min: t[0] };
}
const timed = (fn: () => unknown, runs: number, warm = true) => time(fn, runs, () => undefined, warm);

/** One call, timed: for the slow cases, where the call whose result is checked is also the one timed. */
function once<T>(fn: () => T): { value: T; timing: Timing } {
  const s = performance.now();
  const value = fn();
  const ms = performance.now() - s;
  return { value, timing: { median: ms, min: ms } };
}

interface Row {
  name: string;
  obj: number | string;
  size: string;
  input: string;
  fast: Timing;
  naive?: Timing;
  /** 'agrees', 'MISMATCH', or '' when there is nothing to check against. */
  check: string;
  note: string;
}

const rows: Row[] = [];
let mismatches = 0;
console.log(`\nParetoscope comparison benchmark — Node ${process.version}, ${new Date().toISOString()}`);

function verdict(same: boolean, what: string): string {
  if (same) return 'agrees';
  mismatches++;
  console.error(`\nMISMATCH: ${what} disagrees with its naive baseline`);
  return 'MISMATCH';
}

const count = (n: number) => n.toLocaleString('en-US');
const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => Object.is(v, b[i]));
const done = (row: Row) => {
  rows.push(row);
  process.stderr.write('.');
};

// ---------------------------------------------------------------------------------------------
// Coverage

for (const d of [2, 3]) {
  const n = 10_000;
  const a = shell(n, d, 101 + d);
  const b = shell(n, d, 202 + d, 1.01);
  const senses = mins(d);
  const fast = coverage(a, b, senses);
  const naive = naiveCoverage(a, b, senses);
  done({
    name: 'coverage C(A,B)',
    obj: d,
    size: `${count(n)} vs ${count(n)} rows`,
    input: 'synthetic shell',
    fast: timed(() => coverage(a, b, senses), 9),
    naive: timed(() => naiveCoverage(a, b, senses), 3, false),
    check: verdict(Object.is(fast, naive), `coverage ${d}-D`),
    note: `C = ${fast.toFixed(3)}`,
  });
}

for (const [groups, perGroup] of [
  [10, 2_000],
  [20, 5_000],
]) {
  for (const d of [2, 3]) {
    const { columns, codes } = groupedShell(groups, perGroup, d, 303 + d + groups);
    const senses = mins(d);
    const fast = coverageMatrix(columns, senses, codes, groups);
    const slow = once(() => naiveCoverageMatrix(columns, senses, codes, groups));
    const naive = slow.value;
    const fronts = Array.from({ length: groups }, (_, g) => paretoFront(columns.map((c) => Float64Array.from(rowsWhere(codes, g), (i) => c[i])), senses).length);
    done({
      name: 'coverageMatrix',
      obj: d,
      size: `${groups} groups × ${count(perGroup)} rows`,
      input: 'synthetic shell',
      fast: timed(() => coverageMatrix(columns, senses, codes, groups), 7),
      naive: groups * perGroup > 50_000 ? slow.timing : timed(() => naiveCoverageMatrix(columns, senses, codes, groups), 3, false),
      check: verdict(sameArray(fast, naive), `coverageMatrix ${d}-D ${groups} groups`),
      note: `group fronts ${Math.min(...fronts)}–${Math.max(...fronts)} pts; naive = pairwise fronts + pairwise coverage${groups * perGroup > 50_000 ? ' (1 run)' : ''}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Per-group indicators with one shared reference (computed once, outside the timing)

for (const [d, n, groups] of [
  [2, 100_000, 50],
  [3, 20_000, 20],
]) {
  const { columns, codes } = groupedShell(groups, n / groups, d, 404 + d);
  const senses = mins(d);
  const reference = defaultReference(columns, senses);
  const table = groupIndicators(columns, senses, codes, groups, reference, { withinBudget: true });
  const naive = naiveFront(columns, senses);
  done({
    name: 'groupIndicators',
    obj: d,
    size: `${count(n)} rows, ${groups} groups`,
    input: 'synthetic shell',
    fast: timed(() => groupIndicators(columns, senses, codes, groups, reference, { withinBudget: true }), 7),
    check: verdict(sameArray(table.globalFront, naive), `groupIndicators ${d}-D global front`),
    note: `global front ${table.globalFront.length} pts (checked against naiveFront); HV + IGD+ + ε per group`,
  });
}

// 8 objectives: exact hypervolumes are computed within a work budget (core HYPERVOLUME_WORK_BUDGET),
// which follows the shape of the front: the bundled DTLZ fronts fit, a random simplex front of the same
// size does not and is given up early.
{
  const d = 8;
  const senses = mins(d);
  const reference = Array(d).fill(1.1);
  for (const n of [150, 600]) {
    const columns = simplex(n, d, 505);
    const codes = Int32Array.from({ length: n }, (_, i) => i % 10);
    const table = groupIndicators(columns, senses, codes, 10, reference, { withinBudget: true });
    done({
      name: 'groupIndicators (work budget)',
      obj: d,
      size: `${count(n)} rows, 10 groups`,
      input: 'synthetic simplex',
      fast: timed(() => groupIndicators(columns, senses, codes, 10, reference, { withinBudget: true }), 3),
      check: '',
      note: table.hypervolumeSkipped
        ? `front ${table.globalFront.length} pts: hypervolumes given up at the budget (IGD+ and ε only)`
        : `front ${table.globalFront.length} pts: exact 8-D HV ${table.globalHypervolume.toFixed(4)}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Head to head

for (const d of [2, 3]) {
  const n = 50_000;
  const a = shell(n, d, 606 + d);
  const b = shell(n, d, 707 + d, 1.01);
  const columns = a.map((c, k) => {
    const both = new Float64Array(2 * n);
    both.set(c);
    both.set(b[k], n);
    return both;
  });
  const aRows = Uint32Array.from({ length: n }, (_, i) => i);
  const bRows = Uint32Array.from({ length: n }, (_, i) => n + i);
  const senses = mins(d);
  const fast = headToHead(columns, senses, aRows, bRows);
  const slow = once(() => naiveHeadToHead(columns, senses, aRows, bRows));
  const naive = slow.value;
  const same = (['aFront', 'bFront', 'aDominatedByB', 'bDominatedByA'] as const).every((k) => sameArray(fast[k], naive[k]));
  done({
    name: 'headToHead',
    obj: d,
    size: `${count(n)} vs ${count(n)} rows`,
    input: 'synthetic shell',
    fast: timed(() => headToHead(columns, senses, aRows, bRows), 7),
    naive: d === 2 ? timed(() => naiveHeadToHead(columns, senses, aRows, bRows), 3, false) : slow.timing,
    check: verdict(same, `headToHead ${d}-D`),
    note: `fronts ${fast.aFront.length} / ${fast.bFront.length}; dominated ${fast.aDominatedByB.length} / ${fast.bDominatedByA.length}${d === 2 ? '' : '; naive 1 run'}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Attainment surfaces: 15 runs, levels best / median / worst

for (const perRun of [1_000, 40]) {
  const runs = 15;
  const levels = [1, 8, 15];
  const n = runs * perRun;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let r = 0; r < runs; r++) {
    const [x, y] = shell(perRun, 2, 808 + r);
    xs.set(x, r * perRun);
    ys.set(y, r * perRun);
    codes.fill(r, r * perRun, (r + 1) * perRun);
  }
  const senses: [Sense, Sense] = ['min', 'min'];
  const fast = attainmentSurfaces(xs, ys, senses, codes, runs, levels);
  const withNaive = n <= 1_000; // O(N³): 600 rows take about a second
  let check = '';
  let naive: Timing | undefined;
  if (withNaive) {
    const slow = naiveAttainment(xs, ys, senses, codes, runs, levels);
    const same = slow.every((s, l) => s.level === fast[l].level && sameArray(s.points.flat(), fast[l].points.flat()));
    check = verdict(same, `attainmentSurfaces ${runs} × ${perRun}`);
    naive = timed(() => naiveAttainment(xs, ys, senses, codes, runs, levels), 3, false);
  }
  done({
    name: 'attainmentSurfaces',
    obj: 2,
    size: `${runs} runs × ${count(perRun)} pts`,
    input: 'synthetic shell',
    fast: timed(() => attainmentSurfaces(xs, ys, senses, codes, runs, levels), 15),
    ...(naive ? { naive } : {}),
    check,
    note: `levels [${levels.join(', ')}]: ${fast.map((s) => s.points.length).join(' / ')} vertices${withNaive ? '; naive = every corner, runs counted by scan' : ''}`,
  });
}

// ---------------------------------------------------------------------------------------------
// deriveCompare end to end: defaultSpec + deriveView + deriveCompare on a copy of the dataset that no
// memo has seen (every column copied), so nothing is reused from the previous call.

function freshCopy(ds: Dataset): Dataset {
  const columns = ds.columns.map((c) => ({ ...c, values: c.values.slice() }) as Column);
  return { ...ds, columns, byKey: new Map(columns.map((c) => [c.spec.key, c])) };
}

function syntheticDataset(): Dataset {
  const n = 100_000;
  const groups = 40;
  const runs = 15;
  const rand = mulberry32(909);
  const [f1, f2, f3] = shell(n, 3, 910);
  const method: string[] = [];
  const run: string[] = [];
  for (let i = 0; i < n; i++) {
    const g = Math.floor(rand() * groups);
    // Methods differ: method g sits 0.5% × g further out.
    const push = 1 + 0.005 * g;
    f1[i] *= push;
    f2[i] *= push;
    f3[i] *= push;
    method.push(`method ${g + 1}`);
    run.push(`seed ${Math.floor(rand() * runs) + 1}`);
  }
  return fakeDataset({
    id: 'synthetic-100k',
    defaults: { x: 'f1', y: 'f2', group: 'method' },
    columns: [
      { key: 'f1', role: 'objective', sense: 'min', values: Array.from(f1) },
      { key: 'f2', role: 'objective', sense: 'min', values: Array.from(f2) },
      { key: 'f3', role: 'objective', sense: 'min', values: Array.from(f3) },
      { key: 'method', values: method },
      { key: 'run', values: run },
    ],
  });
}

const DATA = join(import.meta.dirname, '..', 'data');

/** A bundled dataset, read from data/ the way the app builds it (card, then files). */
function loadBundled(id: string): Dataset {
  const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { id: string; card: string }[];
  const entry = index.find((e) => e.id === id);
  if (!entry) throw new Error(`no bundled dataset ${id}`);
  const card = parseCard(JSON.parse(readFileSync(join(DATA, entry.card), 'utf8')), entry.card);
  return buildDataset(card, Object.fromEntries(card.files.map((f) => [f, readFileSync(join(DATA, f), 'utf8')])));
}

const endToEnd: { ds: Dataset; input: string; group: string }[] = [
  { ds: syntheticDataset(), input: 'synthetic shell', group: 'method' },
  { ds: loadBundled('timm-imagenet'), input: 'bundled timm-imagenet', group: 'family' },
  { ds: loadBundled('moocore-tpls'), input: 'bundled moocore-tpls', group: 'algorithm' },
  { ds: loadBundled('dtlz-linear-8d'), input: 'bundled dtlz-linear-8d', group: 'set' },
];

for (const { ds, input, group } of endToEnd) {
  const derive = (copy: Dataset) => {
    const spec = { ...defaultSpec(copy), group };
    const view = deriveView(copy, spec);
    return { spec, view, compare: deriveCompare(copy, spec, view) };
  };
  const { spec, view, compare: c } = derive(freshCopy(ds));
  if (!c || c.problem !== null) throw new Error(`${input}: nothing to compare (${c?.problem ?? 'no comparison'})`);
  // The comparison alone, on a view already derived (a fresh copy each time, so deriveCompare recomputes).
  const compareOnly = time(
    ({ copy, view: v }: { copy: Dataset; view: ReturnType<typeof deriveView> }) => deriveCompare(copy, spec, v),
    5,
    () => {
      const copy = freshCopy(ds);
      return { copy, view: deriveView(copy, spec) };
    },
  );
  const runs = c.runs ? `, ${c.runs.runNames.length} runs of "${c.runs.column}"${c.runs.surfaceAxes ? ' + attainment surfaces' : ''}` : '';
  done({
    name: 'defaultSpec+deriveView+deriveCompare',
    obj: view.activeObjectives.length,
    size: `${count(ds.rowCount)} rows, ${c.names.length} groups (${group})${runs}`,
    input,
    fast: time(derive, 5, () => freshCopy(ds)),
    check: '',
    note: `deriveCompare alone ${compareOnly.median.toFixed(1)} ms; global front ${c.globalFrontSize}, ${c.compared.length} compared${c.hypervolumeSkipped ? ', HV skipped (budget)' : ''}`,
  });
}
process.stderr.write('\n');

// ---------------------------------------------------------------------------------------------

const fmt = (x: number | undefined) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const header = ['operation', 'obj', 'size', 'input', 'median ms', 'min ms', 'naive ms', 'speed-up vs naive', 'check', 'note'];
const table = rows.map((r) => [
  r.name,
  String(r.obj),
  r.size,
  r.input,
  fmt(r.fast.median),
  fmt(r.fast.min),
  fmt(r.naive?.median),
  r.naive ? `${(r.naive.median / r.fast.median).toFixed(1)}×` : '—',
  r.check || '—',
  r.note,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of table) console.log(line(r));
console.log(
  'Synthetic inputs are seeded; naive baselines (bench/naive.ts) run on the same input in the same process, and their results must equal the engine\'s.',
);
if (mismatches > 0) {
  console.error(`${mismatches} result(s) disagree with the naive baseline`);
  process.exitCode = 1;
}
