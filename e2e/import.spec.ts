import { expect, test, watchCsp } from './support/test';
import { frontCount, waitForChart } from './support/page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paretoFront } from '../src/core';

const MESSY = join(import.meta.dirname, 'fixtures', 'messy.csv');


/** The front of the messy file once the row with a text cell is left out, computed here with the engine. */
function expectedMessyFront(): number {
  // accuracy (max), cost (min), latency (min) of the rows that import cleanly
  const rows = [
    [81.5, 1200.5, 120],
    [70.1, 300, 40],
    [75, 500, 80],
    [55, 5, 10],
    [72, 150, 60],
  ];
  const cols = [0, 1, 2].map((k) => Float64Array.from(rows, (r) => r[k]));
  return paretoFront(cols, ['max', 'min', 'min']).length;
}

test('a messy CSV: specific error, import without the bad row, the right front, kept across reloads, shared by link', async ({ page, browser, cspViolations }) => {
  expect(readFileSync(MESSY)[0]).toBe(0xef); // the fixture really starts with a BOM
  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('file-input').setInputFiles(MESSY);
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  // Inferred senses from the names.
  await expect(mapping.getByTestId('role-accuracy (%)')).toHaveValue('objective');
  await expect(mapping.getByTestId('role-cost ($)')).toHaveValue('objective');
  await mapping.getByRole('button', { name: /^import/i }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('messy.csv');
  await expect(problems).toContainText('row 3');
  await expect(problems).toContainText('accuracy');
  await expect(problems).toContainText('oops');
  await page.getByTestId('import-excluding').click();
  await waitForChart(page);
  const expected = expectedMessyFront();
  await expect.poll(() => frontCount(page)).toBe(expected);
  await expect(page.getByTestId('front-table').locator('tbody tr')).toHaveCount(expected);
  await expect(page).toHaveURL(/dataset=upload-/);

  // Kept in the browser: still there after a reload, and listed under My datasets.
  await page.reload();
  await waitForChart(page);
  await expect.poll(() => frontCount(page)).toBe(expected);
  await expect(page.getByTestId('my-datasets')).toContainText('messy');
  const xLabel = await page.getByTestId('x-select').locator('option:checked').innerText();
  const senses = await page.locator('[data-testid^="sense-"][aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));

  // Copy link, open it in a fresh browser context (no IndexedDB, no localStorage).
  await page.getByTestId('copy-link').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('#d=');
  const fresh = await browser.newContext();
  await watchCsp(fresh, cspViolations);
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForChart(other);
  await expect.poll(() => frontCount(other)).toBe(expected);
  await expect(other.getByTestId('x-select').locator('option:checked')).toHaveText(xLabel);
  const otherSenses = await other.locator('[data-testid^="sense-"][aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(otherSenses).toEqual(senses);
  await fresh.close();
});

test('data=<url> loads a locally served file', async ({ page }) => {
  await page.goto('/?data=' + encodeURIComponent('/data/moocore-tpls/moocore-tpls50x20_1_MWT.csv'));
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await expect(mapping.getByTestId('role-Makespan')).toBeVisible();
  await mapping.getByTestId('role-Makespan').selectOption('objective');
  await mapping.getByTestId('role-WeightedTardiness').selectOption('objective');
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  expect(await frontCount(page)).toBeGreaterThan(0);
});

test('a broken share link opens the app with a clear message', async ({ page }) => {
  await page.goto('/?dataset=upload-deadbeef#d=not-really-base64!!');
  await expect(page.getByRole('heading', { name: 'Paretoscope' })).toBeVisible();
  await expect(page.getByText(/damaged|cannot be read|could not/i).first()).toBeVisible();
});

test('PNG and SVG exports are valid files with the axis labels', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot&x=total_cost&y=pass_rate_2');
  await waitForChart(page);
  await page.getByTestId('export-menu').click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const pngBytes = readFileSync((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(5000);
  await page.getByTestId('export-menu').click();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svgText = readFileSync((await svg.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, text: doc.documentElement.textContent ?? '' };
  }, svgText);
  expect(parsed.error).toBe(false);
  expect(parsed.text).toContain('Cost');
  expect(parsed.text).toContain('Pass rate');
});
