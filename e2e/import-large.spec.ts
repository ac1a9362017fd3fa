/**
 * A CSV over 1 MB goes through the real parse worker (straight into typed columns) and the app shows the
 * right front; after a reload the dataset opens from the columns kept in the browser, with no parse at
 * all. The data is synthetic, from a fixed seed; the expected front is computed here by a sort-sweep,
 * independently of the app's engine.
 */
import { frontCount, waitForChart } from './support/page';
import { expect, test } from './support/test';
import { mulberry32 as seeded } from '../src/core/testing/arbitraries';

const ROWS = 40_000;

/** Synthetic results: accuracy rises with cost, with noise; a few cells are missing markers or odd text. */
function syntheticCsv(): { csv: string; points: [number, number][] } {
  const rand = seeded(20261203);
  const lines = ['model,family,cost (USD),accuracy,note'];
  const points: [number, number][] = [];
  for (let i = 0; i < ROWS; i++) {
    const cost = Number((0.01 + 99.99 * rand() ** 2).toFixed(6));
    const accuracy = Number((1 - Math.exp(-cost / 15) - 0.35 * rand()).toFixed(9));
    points.push([cost, accuracy]);
    const family = ['alpha', 'beta', 'gamma', 'delta'][i % 4];
    const note = i % 997 === 0 ? 'n/a' : `"run ${i}, seed ${Math.floor(rand() * 1e6)}"`;
    lines.push(`model-${String(i).padStart(6, '0')},${family},${cost},${accuracy},${note}`);
  }
  return { csv: `${lines.join('\n')}\n`, points };
}

/** Points no other point beats on both (cost lower or equal, accuracy higher or equal, one strictly). */
function sweepFront(points: readonly [number, number][]): number {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let best = -Infinity;
  let count = 0;
  for (let i = 0; i < sorted.length; ) {
    // A group of equal costs: only its highest accuracy can be on the front, and only above `best`.
    let j = i;
    while (j < sorted.length && sorted[j][0] === sorted[i][0]) j++;
    const top = sorted[i][1];
    if (top > best) {
      for (let k = i; k < j && sorted[k][1] === top; k++) count++;
      best = top;
    }
    i = j;
  }
  return count;
}

test('a CSV over 1 MB is parsed once, in the worker, and shows the right front, also after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const { csv, points } = syntheticCsv();
  const bytes = Buffer.from(csv);
  expect(bytes.length).toBeGreaterThan(1_000_000);
  const expected = sweepFront(points);
  expect(expected).toBeGreaterThan(5);

  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'synthetic-large.csv', mimeType: 'text/csv', buffer: bytes });
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible({ timeout: 60_000 });
  await expect(mapping).toContainText(`${ROWS.toLocaleString('en-US')} rows`);
  expect(workers.some((url) => /parse\.worker/.test(url))).toBe(true);
  await expect(mapping.getByTestId('role-cost (USD)')).toHaveValue('objective');
  await expect(mapping.getByTestId('role-accuracy')).toHaveValue('objective');
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(/dataset=upload-/);
  await expect.poll(() => frontCount(page), { timeout: 30_000 }).toBe(expected);

  // Reopened from the columns kept in the browser: no parse worker this time.
  workers.length = 0;
  await page.reload();
  await waitForChart(page);
  await expect.poll(() => frontCount(page), { timeout: 30_000 }).toBe(expected);
  expect(workers.filter((url) => /parse\.worker/.test(url))).toEqual([]);
  await expect(page.getByTestId('my-datasets')).toContainText('synthetic-large');
});
