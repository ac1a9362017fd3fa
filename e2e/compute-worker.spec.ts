/**
 * A large table is derived in the compute worker: a seeded synthetic CSV of 200,000 rows, opened by a
 * `?data=` link (served inside the browser context, no network), shows the front over its two
 * objectives, and toggling a sense gives the front counted here the plain way from the file itself.
 * The CSP is watched (the worker must load from 'self' like the rest of the app).
 */
import { mulberry32 } from '../src/core/testing/arbitraries';
import { frontCount, waitForChart } from './support/page';
import { expect, test } from './support/test';

const ROWS = 200_000;
const URL_ = 'https://raw.githubusercontent.com/paretoscope-e2e/fixtures/main/synthetic-200k.csv';

/** Synthetic runs (seeded): a cost, a score rising with cost plus noise, and a family. */
function syntheticCsv(): { text: string; cost: Float64Array; score: Float64Array } {
  const rand = mulberry32(20261203);
  const cost = new Float64Array(ROWS);
  const score = new Float64Array(ROWS);
  const lines = ['run,family,cost,score'];
  for (let i = 0; i < ROWS; i++) {
    // Four decimals for the cost, six for the score: few ties, and the file says exactly what is counted.
    cost[i] = Number((rand() * 100).toFixed(4));
    score[i] = Number((40 * Math.log10(1 + cost[i]) + rand() * 30).toFixed(6));
    lines.push(`r${i},${'abcdefgh'[Math.floor(rand() * 8)]},${cost[i]},${score[i]}`);
  }
  return { text: `${lines.join('\n')}\n`, cost, score };
}

/**
 * Rows no other row dominates in two objectives, by a sweep: best-first by the first objective (ties by
 * the second, best first), a row is kept when it beats the best second objective seen among rows
 * strictly better in the first, or equals a kept row exactly.
 */
function frontSize(a: Float64Array, b: Float64Array, aSense: 'min' | 'max', bSense: 'min' | 'max'): number {
  const sa = aSense === 'min' ? 1 : -1;
  const sb = bSense === 'min' ? 1 : -1;
  const order = Array.from({ length: a.length }, (_, i) => i).sort((i, j) => sa * (a[i] - a[j]) || sb * (b[i] - b[j]));
  let count = 0;
  let bestB = Infinity; // best (oriented) b among rows strictly better in a
  let k = 0;
  while (k < order.length) {
    let end = k;
    while (end < order.length && a[order[end]] === a[order[k]]) end++;
    // Within a run of equal a, only rows with the group's best b can be undominated, and only if they beat bestB.
    const first = sb * b[order[k]];
    if (first < bestB) for (let t = k; t < end && sb * b[order[t]] === first; t++) count++;
    bestB = Math.min(bestB, first);
    k = end;
  }
  return count;
}

test('a 200,000-row table opened by link is derived in the worker; toggling a sense gives the right front', async ({ page }) => {
  test.setTimeout(180_000);
  const { text, cost, score } = syntheticCsv();
  await page.context().route(URL_, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*' }, body: text }),
  );
  await page.goto(`/?data=${URL_}&x=cost&y=score&objectives=cost:min,score:max`);
  await expect(page.getByTestId('front-count')).toBeVisible({ timeout: 120_000 });
  await waitForChart(page);
  // Derived off the page: the chart has its (quiet, empty while idle) computing status.
  await expect(page.getByTestId('computing')).toHaveCount(1);
  await expect(page.getByText(`of ${ROWS.toLocaleString('en-US')} rows`)).toBeVisible();
  await expect.poll(() => frontCount(page)).toBe(frontSize(cost, score, 'min', 'max'));

  await page.getByTestId('sense-cost-max').click();
  const both = frontSize(cost, score, 'max', 'max');
  await expect.poll(() => frontCount(page), { timeout: 30_000 }).toBe(both);
  await expect(page.getByTestId('computing')).toHaveText('');

  await page.getByTestId('sense-score-min').click();
  await expect.poll(() => frontCount(page), { timeout: 30_000 }).toBe(frontSize(cost, score, 'max', 'min'));
  // No notice that the worker failed and the page took over.
  await expect(page.getByText(/could not be computed in the background/)).toHaveCount(0);
});
