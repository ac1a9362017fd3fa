/**
 * Parquet opens like any table: a file built in the test (synthetic, from a fixed seed, with
 * hyparquet-writer: doubles with a few nulls, a text column, several row groups, Snappy pages) is
 * chosen in the import dialog, and linked by `?data=<url>` from another origin; both show the chart
 * with the front a naive computation over the same values finds.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { mulberry32 } from '../src/core/testing/arbitraries';
import { expect, test } from './support/test';
import { setRole, setSense } from './support/mapping';
import { frontCount, waitForChart } from './support/page';

const FILE = 'designs.parquet';
const N = 3_000;

/** Two objectives with a curved trade-off and some noise; one in fifty costs missing. */
function designs() {
  const rand = mulberry32(1212);
  const cost: (number | null)[] = [];
  const mass: number[] = [];
  const family: string[] = [];
  for (let i = 0; i < N; i++) {
    const t = rand();
    cost.push(rand() < 0.02 ? null : 100 * t + 20 * rand());
    mass.push(50 * (1 - Math.sqrt(t)) + 10 * rand());
    family.push(['truss', 'beam', 'shell'][Math.floor(rand() * 3)]);
  }
  return { cost, mass, family };
}

const DATA = designs();
const BYTES = new Uint8Array(
  parquetWriteBuffer({
    columnData: [
      { name: 'cost', data: DATA.cost, type: 'DOUBLE' },
      { name: 'mass', data: DATA.mass, type: 'DOUBLE', nullable: false },
      { name: 'family', data: DATA.family, type: 'STRING' },
    ],
    rowGroupSize: 1_000,
  }),
);

/** The Pareto front size over cost and mass (both min), the naive O(n²) way; rows missing a value are out. */
function naiveFrontCount(): number {
  const points: [number, number][] = [];
  DATA.cost.forEach((c, i) => {
    if (c !== null) points.push([c, DATA.mass[i]]);
  });
  const dominates = (p: number[], q: number[]) => p.every((v, k) => v <= q[k]) && p.some((v, k) => v < q[k]);
  return points.filter((q) => !points.some((p) => dominates(p, q))).length;
}

let server: Server;
let fileUrl: string;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== `/${FILE}`) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/vnd.apache.parquet', 'access-control-allow-origin': '*' }).end(Buffer.from(BYTES));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  fileUrl = `http://localhost:${(server.address() as AddressInfo).port}/${FILE}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the premise: the file has several row groups, nulls, and a front of more than a handful of points', () => {
  expect(BYTES.subarray(0, 4)).toEqual(new Uint8Array([0x50, 0x41, 0x52, 0x31]));
  expect(DATA.cost.filter((c) => c === null).length).toBeGreaterThan(10);
  expect(naiveFrontCount()).toBeGreaterThan(5);
});

test('a Parquet file chosen in the import dialog opens with its front', async ({ page }) => {
  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('file-input').setInputFiles({ name: FILE, mimeType: 'application/vnd.apache.parquet', buffer: Buffer.from(BYTES) });
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  for (const key of ['cost', 'mass']) {
    await setRole(mapping, key, 'objective');
    await setSense(mapping, key, 'min');
  }
  await setRole(mapping, 'family', 'attribute');
  await mapping.getByRole('button', { name: /^import/i }).click();
  const problems = page.getByTestId('import-problems');
  if (await problems.isVisible()) await page.getByTestId('import-excluding').click();
  await waitForChart(page);
  await expect(page).toHaveURL(/dataset=upload-/);
  await page.getByTestId('x-select').selectOption('cost');
  await page.getByTestId('y-select').selectOption('mass');
  await expect.poll(() => frontCount(page)).toBe(naiveFrontCount());
});

test('a ?data= link to a Parquet file opens with its front', async ({ page }) => {
  const params = new URLSearchParams({ data: fileUrl, x: 'cost', y: 'mass', objectives: 'cost:min,mass:min' });
  await page.goto(`/?${params}`);
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).toHaveValue('cost');
  await expect(page.getByTestId('y-select')).toHaveValue('mass');
  await expect(page).toHaveURL(/[?&]dataset=upload-[0-9a-f]+/);
  await expect.poll(() => frontCount(page)).toBe(naiveFrontCount());
});
