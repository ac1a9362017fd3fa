/**
 * What a dropped file holds decides how it is read: a gzip CSV is decompressed and imported, binary data
 * and JSON that is not a table get their own messages, and values too large for a linear axis leave the
 * other points drawn with a note saying how many rows are out of range.
 */
import { gzipSync } from 'node:zlib';
import { frontCount, waitForChart } from './support/page';
import { expect, test, type Page } from './support/test';

const CSV = 'model,accuracy,latency_ms\nA,0.81,12\nB,0.77,9\nC,0.9,20\nD,0.5,30\n';

async function drop(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

test('a gzip-compressed CSV is decompressed, says so, and imports', async ({ page }) => {
  const started = Date.now();
  await drop(page, 'results.csv.gz', gzipSync(Buffer.from(CSV)), 'application/gzip');
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await expect(page.getByTestId('guess-notes')).toContainText('results.csv.gz was decompressed (gzip,');
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(/dataset=upload-/);
  // A, B and C trade accuracy for latency; D is worse than B on both.
  await expect.poll(() => frontCount(page)).toBe(3);
  test.info().annotations.push({ type: 'response', description: `gzip import in ${Date.now() - started} ms` });
});

test('binary data gets its own message, not a CSV quoting error', async ({ page }) => {
  const bytes = Buffer.alloc(512);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 97 + 13) & 255;
  await drop(page, 'x.bin', bytes);
  await expect(page.getByTestId('import-error')).toHaveText(
    'x.bin does not look like text (it holds binary data); Paretoscope reads CSV, TSV, JSON, JSON Lines, Parquet and Arrow',
  );
  await expect(page.getByTestId('mapping-step')).toHaveCount(0);
});

test('a bare 42 in a JSON file is named as a number, not a table', async ({ page }) => {
  await drop(page, 'x.json', Buffer.from('42\n'), 'application/json');
  await expect(page.getByTestId('import-error')).toHaveText(
    'x.json holds a number, not a table: expected an array of objects, {columns, rows} or JSON Lines',
  );
});

test('rows at ±1e308 leave the other points drawn, with a note saying how many are out of range', async ({ page }) => {
  await drop(page, 'huge.csv', Buffer.from(`${CSV}E,1e308,500\nF,-1e308,6\n`), 'text/csv');
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page.getByTestId('range-note')).toContainText('2 rows are out of drawable range');
  // E (the most accurate) and F (the fastest) are ranked on the front with A, B and C though not drawn.
  await expect.poll(() => frontCount(page)).toBe(5);
});
