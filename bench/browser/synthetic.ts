/**
 * The big synthetic tables the million-row browser benchmark opens. All of them are SYNTHETIC: drawn
 * from a fixed seed (mulberry32), so every run and every machine measures the same bytes.
 *
 * The shape imitates a real results table rather than uniform noise: each row is a point on a curved
 * trade-off front (cheaper runs make more errors, faster ones too) pushed away from it by a one-sided,
 * exponentially distributed noise, so most rows are dominated and the front is a thin, realistic set.
 * Values are rounded to four decimals, as exported tables usually are (which also makes ties possible,
 * as in real data).
 *
 * Files (written once into bench/.out/, gitignored; regenerated when missing or when VERSION changes):
 * - synthetic-1m-2col.csv      1,000,000 rows: cost, error
 * - synthetic-1m-3col.csv      1,000,000 rows: cost, error, latency_ms, family (8 categories)
 * - synthetic-1m-3col.parquet  the same 1,000,000 rows' three numeric columns
 * - synthetic-10m-3col.parquet 10,000,000 rows: cost, error, latency_ms (row groups of 1,000,000)
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { mulberry32 } from '../../src/core/testing/arbitraries';

/** Bump when the generator changes, so stale files are rewritten. */
const VERSION = 'v1';
const SEED_2 = 20261203;
const SEED_3 = 20261204;
export const FAMILIES = ['atlas', 'birch', 'cobalt', 'dune', 'ember', 'fjord', 'garnet', 'heron'] as const;

export const OUT_DIR = join(import.meta.dirname, '..', '.out');

export interface SyntheticFiles {
  csv2: string;
  csv3: string;
  parquet1m: string;
  parquet10m: string;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
/** Exponential with the given mean, from one uniform draw. */
const expo = (rand: () => number, mean: number) => -mean * Math.log(1 - rand());

/**
 * Two objectives, both minimized: cost in dollars spread over four decades (0.01–100), error in [0, 1].
 * On the front, error falls as cost rises along a convex curve; every row sits some way behind it.
 */
export function twoObjectives(rows: number, seed = SEED_2): { cost: Float64Array; error: Float64Array } {
  const rand = mulberry32(seed);
  const cost = new Float64Array(rows);
  const error = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const u = rand();
    cost[i] = round4(10 ** (-2 + 4 * u) * (1 + expo(rand, 0.25)));
    error[i] = round4(Math.min(1, 0.04 + 0.6 * (1 - u) ** 2 + expo(rand, 0.04)));
  }
  return { cost, error };
}

/**
 * Three objectives, all minimized: cost, error and latency (ms), from a point on the positive octant
 * of a sphere (a concave 3-D front) plus one-sided noise; `family` (one of eight names) follows the
 * region of the front, as a model family would.
 */
export function threeObjectives(rows: number, seed = SEED_3): { cost: Float64Array; error: Float64Array; latency: Float64Array; family: Uint8Array } {
  const rand = mulberry32(seed);
  const cost = new Float64Array(rows);
  const error = new Float64Array(rows);
  const latency = new Float64Array(rows);
  const family = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    // A direction on the positive octant (|normal| draws via Box–Muller, then normalized).
    const g = [0, 0, 0].map(() => Math.abs(Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())) + 1e-9);
    const norm = Math.hypot(g[0], g[1], g[2]);
    const [a, b, c] = g.map((v) => v / norm);
    const push = expo(rand, 0.05);
    cost[i] = round4(0.05 + 20 * (a + push + expo(rand, 0.01)));
    error[i] = round4(Math.min(1, 0.02 + 0.5 * (b + push + expo(rand, 0.01))));
    latency[i] = round4(40 + 900 * (c + push + expo(rand, 0.01)));
    family[i] = Math.min(7, Math.floor((Math.atan2(b, a) / (Math.PI / 2)) * 4) * 2 + (c > 0.5 ? 1 : 0));
  }
  return { cost, error, latency, family };
}

/** Writes `lines(i)` for every row, in chunks, to a CSV file (header first). */
async function writeCsv(path: string, header: string, rows: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  const CHUNK = 50_000;
  for (let start = 0; start < rows; start += CHUNK) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(rows, start + CHUNK); i++) parts.push(line(i));
    if (!out.write(`${parts.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

function writeParquet(path: string, cols: { cost: Float64Array; error: Float64Array; latency: Float64Array }, rowGroupSize: number): void {
  parquetWriteFile({
    filename: path,
    columnData: [
      { name: 'cost', data: cols.cost, type: 'DOUBLE', nullable: false },
      { name: 'error', data: cols.error, type: 'DOUBLE', nullable: false },
      { name: 'latency_ms', data: cols.latency, type: 'DOUBLE', nullable: false },
    ],
    rowGroupSize,
  });
}

/**
 * The 2-D Pareto front size (both minimized) by sort and sweep: sort by x then y, keep the best y seen;
 * a row is on the front when its y beats it, or when it repeats the (x, y) of the row that set it
 * (equal rows do not dominate each other). O(n log n); the same algorithm as the Plotly peer page.
 */
export function sweepFrontCount(x: Float64Array, y: Float64Array): number {
  const order = Uint32Array.from({ length: x.length }, (_, i) => i).sort((i, j) => x[i] - x[j] || y[i] - y[j]);
  let bestY = Infinity;
  let bestX = NaN;
  let count = 0;
  for (const i of order) {
    if (y[i] < bestY) {
      bestY = y[i];
      bestX = x[i];
      count++;
    } else if (y[i] === bestY && x[i] === bestX) count++;
  }
  return count;
}

const fresh = (path: string, stamp: string) => existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === VERSION && statSync(path).size > 0;

/** Writes whichever files are missing or stale; returns their paths. Logs what it writes and how long it took. */
export async function ensureSyntheticFiles(log: (s: string) => void = console.log, which: Partial<Record<keyof SyntheticFiles, boolean>> = {}): Promise<SyntheticFiles> {
  mkdirSync(OUT_DIR, { recursive: true });
  const files: SyntheticFiles = {
    csv2: join(OUT_DIR, 'synthetic-1m-2col.csv'),
    csv3: join(OUT_DIR, 'synthetic-1m-3col.csv'),
    parquet1m: join(OUT_DIR, 'synthetic-1m-3col.parquet'),
    parquet10m: join(OUT_DIR, 'synthetic-10m-3col.parquet'),
  };
  const want = (k: keyof SyntheticFiles) => which[k] ?? true;
  const make = async (key: keyof SyntheticFiles, write: () => Promise<void> | void) => {
    const path = files[key];
    const stamp = `${path}.version`;
    if (!want(key) || fresh(path, stamp)) return;
    const t0 = performance.now();
    await write();
    writeFileSync(stamp, VERSION);
    log(`wrote ${path.slice(OUT_DIR.length + 1)} (synthetic, ${(statSync(path).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await make('csv2', async () => {
    const { cost, error } = twoObjectives(1_000_000);
    await writeCsv(files.csv2, 'cost,error', cost.length, (i) => `${cost[i]},${error[i]}`);
  });
  let three: ReturnType<typeof threeObjectives> | null = null;
  const three1m = () => (three ??= threeObjectives(1_000_000));
  await make('csv3', async () => {
    const { cost, error, latency, family } = three1m();
    await writeCsv(files.csv3, 'cost,error,latency_ms,family', cost.length, (i) => `${cost[i]},${error[i]},${latency[i]},${FAMILIES[family[i]]}`);
  });
  await make('parquet1m', () => writeParquet(files.parquet1m, three1m(), 1_000_000));
  three = null;
  // The first million rows of the 10M file are the 1M file's rows (same seed, same sequence).
  await make('parquet10m', () => writeParquet(files.parquet10m, threeObjectives(10_000_000), 1_000_000));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSyntheticFiles().then(
    (files) => console.log(files),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
