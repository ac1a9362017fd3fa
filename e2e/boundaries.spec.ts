/**
 * Faults that once left a white page: a formula long enough to overflow the stack in a link, and a
 * localStorage that something else on the origin filled to its quota.
 */
import { expect, test, type Page } from './support/test';

/** Collects uncaught page errors (a stack overflow or a crashed start-up would land here). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return errors;
}

test('a derive= link with a 6,000-term formula opens the app with a notice, not a white page', async ({ page }) => {
  const errors = pageErrors(page);
  const chain = Array.from({ length: 6000 }, () => '1').join('-');
  await page.goto(`/?derive=${encodeURIComponent(`d:${chain}:min`)}`);
  await expect(page.getByRole('heading', { name: 'Paretoscope' })).toBeVisible();
  await expect(page.getByTestId('notices')).toContainText('A formula can be at most 2,000 characters (this one has 11,999)');
  await expect(page.getByTestId('chart-panel')).toBeVisible();
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
  // The refused parameter is dropped from the address; the rest of the view stands.
  await expect(page).not.toHaveURL(/derive=/);
  expect(errors).toEqual([]);
});

test('a 6,000-term formula pasted into Derived columns is refused with its length', async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('derived-panel')).toBeVisible();
  await page.getByTestId('derive-name').fill('d');
  await page.getByTestId('derive-formula').fill(Array.from({ length: 6000 }, () => '1').join('-'));
  await page.getByTestId('derive-add').click();
  await expect(page.getByTestId('derive-error')).toContainText('A formula can be at most 2,000 characters (this one has 11,999)');
  await expect(page.getByTestId('derived-item')).toHaveCount(0);
  await expect(page.getByTestId('chart-panel')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the app starts and remembers a theme change for the session when localStorage is full', async ({ page }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    // Fill the origin's storage as another app on the same origin could: big blocks, then ever smaller ones.
    try {
      if (localStorage.getItem('filler-done') !== null) return;
    } catch {
      return;
    }
    let size = 1 << 20;
    let k = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${k++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Paretoscope' })).toBeVisible();
  // The storage really is full: a write of a few characters is refused.
  const refused = await page.evaluate(() => {
    try {
      localStorage.setItem('probe', 'xyz');
      return null;
    } catch (e) {
      return (e as Error).name;
    }
  });
  expect(refused).toBe('QuotaExceededError');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  const wasDark = (await html.getAttribute('class'))?.includes('dark') ?? false;
  await toggle.click();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
  await expect(page.getByTestId('chart-panel')).toBeVisible();
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
  expect(errors).toEqual([]);
});
