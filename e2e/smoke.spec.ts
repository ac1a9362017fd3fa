import { expect, test } from './support/test';

test('the app loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Paretoscope' })).toBeVisible();
});
