/**
 * A share link whose data would take more than 1 MB in the browser's storage asks before keeping it:
 * "Don't keep it" stores nothing and opens the default dataset with a notice; "Keep this data" keeps it
 * and opens it. Runs with the CSP watched, like every spec importing ./support/test.
 */
import { formatBytes, inferMapping, makeRecipe, parseText } from '../src/data/import';
import { encodeSharedData } from '../src/state/share';
import { waitForChart } from './support/page';
import { expect, test } from './support/test';

/** ~1.3 MB of CSV in 6,000 long rows (few rows: quick to open) repeating 40 distinct ones, so the link stays small. */
function bigLink(): { url: string; id: string; bytes: number } {
  const lines = ['model,cost,score'];
  const distinct = Array.from({ length: 40 }, (_, k) => `model-${String(k).padStart(2, '0')}-${'x'.repeat(200)},${k + 1},${(k * 7) % 40}`);
  for (let i = 0; i < 6_000; i++) lines.push(distinct[i % distinct.length]);
  const csv = lines.join('\n') + '\n';
  const mapping = inferMapping(parseText(csv, 'big.csv'));
  const recipe = makeRecipe('big.csv', { kind: 'file' }, mapping);
  const fragment = encodeSharedData({ v: 1, recipe, csv });
  return { url: `/?dataset=${recipe.id}#d=${fragment}`, id: recipe.id, bytes: new TextEncoder().encode(csv).length };
}

test('a share link carrying more than 1 MB asks before keeping it', async ({ page }) => {
  const link = bigLink();
  expect(link.bytes).toBeGreaterThan(1_000_000);
  expect(link.url.length).toBeLessThan(100_000);

  await page.goto(link.url);
  const ask = page.getByTestId('keep-large-data');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText(`${formatBytes(link.bytes)} of data`);
  await page.getByTestId('keep-large-no').click();
  await expect(page.getByText(/was not kept in this browser, as you chose/)).toBeVisible();
  await waitForChart(page);
  await expect(page).not.toHaveURL(new RegExp(link.id));

  await page.goto('about:blank');
  await page.goto(link.url);
  await page.getByTestId('keep-large-yes').click();
  await waitForChart(page);
  await expect(page).toHaveURL(new RegExp(link.id));
  await expect(page.getByTestId('keep-large-data')).toHaveCount(0);
});
