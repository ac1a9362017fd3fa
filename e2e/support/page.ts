/** Reading the app the way a person does: the front count and "the chart has drawn". */
import { expect, type Page } from '@playwright/test';

export async function frontCount(page: Page): Promise<number> {
  const text = await page.getByTestId('front-count').innerText();
  const m = text.match(/(\d[\d,]*)/);
  if (!m) throw new Error(`no number in front-count: ${text}`);
  return Number(m[1].replace(/,/g, ''));
}

export async function waitForChart(page: Page): Promise<void> {
  await expect(page.getByTestId('chart-panel').getByTestId('scatter').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('paretoscope:chart-rendered').length)).toBeGreaterThan(0);
}
