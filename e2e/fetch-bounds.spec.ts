/**
 * Fetching outside data is bounded and says what went wrong: an address that is not http(s) is refused
 * before any request, a web page is named as such instead of being read as CSV, and a server that never
 * answers leaves the app usable through Cancel — for a `?data=` link and for a share link whose data
 * lives at an address.
 */
import type { ImportRecipe } from '../src/data/import/types';
import { encodeSharedData } from '../src/state/share';
import { defaultDatasetId } from './support/expected';
import { waitForChart } from './support/page';
import { expect, test, type Page } from './support/test';

const PAGE_URL = 'https://example.org/results/leaderboard.csv';
const SILENT_URL = 'https://silent.example.org/results.csv';

/** Requests that leave the app's own origin. */
function outsideRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://localhost')) seen.push(url);
  });
  return seen;
}

test('?data=javascript:… is refused with the reason, before any request, and nothing runs', async ({ page }) => {
  const outside = outsideRequests(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/?data=javascript:alert(1)');
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByRole('alert')).toContainText('javascript:alert(1) was not fetched: a javascript: address runs code; it does not name a data file.');
  expect(dialogs).toBe(0);
  expect(outside).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitForChart(page);
});

test('?data= pointing at a web page (200, text/html) says it is a web page, not a data file', async ({ page }) => {
  await page.route(PAGE_URL, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' },
      body: '<!doctype html><html><head><title>leaderboard.csv · GitHub</title></head><body>a,b</body></html>',
    }),
  );
  await page.goto(`/?data=${PAGE_URL}`);
  const alert = page.getByTestId('import-dialog').getByRole('alert');
  await expect(alert).toContainText(`${PAGE_URL} returned a web page, not a data file`);
  await expect(alert).not.toContainText('HTTP');
});

test('?data= whose server never answers: Cancel in the dialog, then Close, gives a usable app', async ({ page }) => {
  await page.route(SILENT_URL, () => undefined); // never fulfilled
  await page.goto(`/?data=${SILENT_URL}`);
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-cancel-parse').click();
  await expect(dialog.getByTestId('import-progress')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitForChart(page);
  await expect(page.getByTestId('dataset-picker')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
});

test('a share link whose data address never answers shows progress and Cancel, which opens the default dataset', async ({ page }) => {
  await page.route(SILENT_URL, () => undefined); // never fulfilled
  const recipe: ImportRecipe = {
    id: 'upload-silent-e2e',
    name: 'results',
    fileName: 'results.csv',
    source: { kind: 'url', url: SILENT_URL },
    mapping: [
      { key: 'model', label: 'model', role: 'label', type: 'text' },
      { key: 'cost', label: 'cost', role: 'objective', type: 'number', sense: 'min' },
      { key: 'acc', label: 'acc', role: 'objective', type: 'number', sense: 'max' },
    ],
    excludeRows: [],
  };
  await page.goto(`/?dataset=${recipe.id}#d=${encodeSharedData({ v: 1, recipe, url: SILENT_URL })}`);
  const progress = page.getByTestId('incoming-progress');
  await expect(progress).toContainText(`Loading the data this link points to (${SILENT_URL})`);
  await expect(page.getByText('Loading dataset…')).toHaveCount(0);
  await progress.getByRole('button', { name: 'Cancel and open the default dataset' }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(new RegExp(`[?&]dataset=${defaultDatasetId()}(&|$)`));
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByTestId('notices')).toHaveCount(0);
});
