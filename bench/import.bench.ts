/**
 * `npx tsx --expose-gc bench/import.bench.ts`: the import pipeline on a seeded synthetic 1,000,000-row CSV
 * (two number columns, as a `?data=` link of a results table): parse (straight into typed columns),
 * guess the mapping, check, build the Dataset, and the share link's compact CSV. Prints medians and the
 * heap the parsed table holds; never fails. The parse worker runs this same code off the main thread.
 */
import { buildImported, checkImport, inferMapping, makeRecipe, parseText, tableToCsv } from '../src/data/import';
import { mulberry32 as seeded } from '../src/core/testing/arbitraries';

const ROWS = Number(process.env.ROWS ?? 1_000_000);

function csv(): string {
  const rand = seeded(12);
  const lines = ['cost,accuracy'];
  for (let i = 0; i < ROWS; i++) lines.push(`${(rand() * 100).toFixed(6)},${rand().toFixed(6)}`);
  return `${lines.join('\n')}\n`;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers) / 1e6;
};

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const text = csv();
console.log(`synthetic CSV: ${ROWS.toLocaleString('en-US')} rows, ${(text.length / 1e6).toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for heap figures)'}`);
const rows: string[][] = [];
for (let run = 0; run < 3; run++) {
  const before = heapMb();
  const parse = time(() => parseText(text, 'bench.csv'));
  const held = heapMb() - before;
  const table = parse.value;
  const infer = time(() => inferMapping(table));
  const recipe = makeRecipe('bench.csv', { kind: 'file' }, infer.value);
  const check = time(() => checkImport(table, recipe.mapping, 'bench.csv'));
  const build = time(() => buildImported(table, recipe));
  const share = time(() => tableToCsv(table, recipe));
  rows.push([parse.ms, infer.ms, check.ms, build.ms, share.ms, held].map((x) => x.toFixed(0)));
}
console.table(rows.map(([parse, infer, check, build, share, held]) => ({ 'parse ms': parse, 'infer ms': infer, 'check ms': check, 'build ms': build, 'share csv ms': share, 'table heap MB': held })));
