/**
 * `npm run bench:browser [-- part …]`: the browser benchmarks, one after the other, against the build
 * in dist/. Parts: `weights` (weights.bench.ts, 100,000 rows), and the million-row benchmark's `load`,
 * `interact` and `parquet` (million.bench.ts). No part named runs them all; PARETOSCOPE_BENCH=load,…
 * picks them too. Each benchmark prints its own table; this exits non-zero only when one of them hit a
 * real error, never because of a figure.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MILLION = ['load', 'interact', 'parquet'];
const ALL = ['weights', ...MILLION];

const asked = [...process.argv.slice(2), process.env.PARETOSCOPE_BENCH ?? '']
  .flatMap((w) => w.split(','))
  .map((w) => w.trim())
  .filter(Boolean);
const unknown = asked.filter((w) => !ALL.includes(w));
if (unknown.length) {
  console.error(`unknown part(s) ${unknown.join(', ')}; expected some of ${ALL.join(', ')}`);
  process.exit(2);
}
const parts = asked.length ? asked : ALL;
const started = performance.now();
let failures = 0;
const run = (file: string, args: string[]) => {
  // The million-row benchmark reads its parts from the arguments only.
  const env = { ...process.env, PARETOSCOPE_BENCH: '' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, file), ...args], { stdio: 'inherit', env });
  if (result.status !== 0) failures++;
};
if (parts.includes('weights')) run('weights.bench.ts', []);
const million = MILLION.filter((p) => parts.includes(p));
if (million.length) run('million.bench.ts', million);
console.error(`browser benchmarks: ${parts.join(', ')} in ${((performance.now() - started) / 60000).toFixed(1)} min`);
process.exitCode = failures ? 1 : 0;
