/**
 * `npx tsx bench/columnar.bench.ts [rows]`: a Parquet file of `rows` (default 10,000,000) rows and 3
 * columns of doubles — synthetic, a seeded cloud around a curved trade-off — written once into
 * bench/.data/ (gitignored, never committed), then read through readColumnarFile and its 3-D front
 * computed, each variant in a fresh node process so that its peak memory is its own. Prints time,
 * heap and peak resident memory; never fails.
 *
 * Variants: REQUIRED columns (no nulls: hyparquet hands over Float64Arrays), and OPTIONAL columns with
 * 1% nulls (hyparquet hands over plain arrays, a row group at a time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paretoFront } from '../src/core';
import { mulberry32 } from '../src/core/testing/arbitraries';

const DIR = join(import.meta.dirname, '.data');
const VARIANTS = ['required', 'nulls'] as const;
type Variant = (typeof VARIANTS)[number];

const [mode, arg1, arg2] = process.argv.slice(2);

function pathOf(variant: Variant, rows: number): string {
  return join(DIR, `front-${rows}-${variant}.parquet`);
}

async function generate(variant: Variant, rows: number): Promise<void> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const rand = mulberry32(2026);
  const cols = [new Float64Array(rows), new Float64Array(rows), new Float64Array(rows)];
  for (let i = 0; i < rows; i++) {
    const t = rand();
    const s = rand();
    cols[0][i] = t + 0.2 * rand();
    cols[1][i] = (1 - Math.sqrt(t)) * (1 - s) + 0.2 * rand();
    cols[2][i] = s + 0.2 * rand();
  }
  const data = variant === 'nulls' ? cols.map((c) => Array.from(c, (v) => (rand() < 0.01 ? null : v))) : cols;
  const bytes = parquetWriteBuffer({
    columnData: ['f1', 'f2', 'f3'].map((name, j) => ({ name, data: data[j], type: 'DOUBLE' as const, nullable: variant === 'nulls' })),
    rowGroupSize: 1_000_000,
  });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(pathOf(variant, rows), new Uint8Array(bytes));
}

async function read(path: string): Promise<void> {
  const { readColumnarFile } = await import('../src/data/import/columnar');
  const file = readFileSync(path);
  const bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  const before = process.resourceUsage().maxRSS;
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const table = await readColumnarFile(bytes, path);
  const readMs = performance.now() - t0;
  const readCpu = process.cpuUsage(c0);
  const afterRead = process.memoryUsage();
  const readPeak = process.resourceUsage().maxRSS;
  const columns = table.columns.map((c) => (c.kind === 'number' ? c.values : new Float64Array(0)));
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const front = paretoFront(columns, ['min', 'min', 'min']);
  const frontMs = performance.now() - t1;
  const frontCpu = process.cpuUsage(c1);
  const mb = (b: number) => Math.round(b / 1e6);
  console.log(
    JSON.stringify({
      rows: table.rowCount,
      read: { wallMs: Math.round(readMs), cpuMs: Math.round((readCpu.user + readCpu.system) / 1e3) },
      afterRead: { heapUsedMB: mb(afterRead.heapUsed), arrayBuffersMB: mb(afterRead.arrayBuffers), rssMB: mb(afterRead.rss) },
      // The file's bytes are in memory twice before the read (node's Buffer and the ArrayBuffer handed over).
      peakRssMB: { beforeRead: Math.round(before / 1e3), duringRead: Math.round(readPeak / 1e3) },
      front: { size: front.length, wallMs: Math.round(frontMs), cpuMs: Math.round((frontCpu.user + frontCpu.system) / 1e3) },
    }),
  );
}

if (mode === '--gen') await generate(arg1 as Variant, Number(arg2));
else if (mode === '--read') await read(arg1);
else {
  const rows = Number(mode ?? 10_000_000);
  console.log(`Parquet, ${rows.toLocaleString('en-US')} rows x 3 doubles (synthetic, seeded), node ${process.version}`);
  for (const variant of VARIANTS) {
    const path = pathOf(variant, rows);
    const child = (...args: string[]) =>
      spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', import.meta.filename, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (!existsSync(path)) child('--gen', variant, String(rows));
    const out = child('--read', path).stdout.trim();
    console.log(`${variant.padEnd(9)} file ${(statSync(path).size / 1e6).toFixed(0)} MB  ${out}`);
  }
}
