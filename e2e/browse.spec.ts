import { expect, test, type Page } from '@playwright/test';
import { cardObjectives, defaultDatasetId, expectedFront, loadBundled } from './support/expected';

async function frontCount(page: Page): Promise<number> {
  const text = await page.getByTestId('front-count').innerText();
  const m = text.match(/(\d[\d,]*)/);
  if (!m) throw new Error(`no number in front-count: ${text}`);
  return Number(m[1].replace(/,/g, ''));
}

async function waitForChart(page: Page) {
  await expect(page.getByTestId('scatter')).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('paretoscope:chart-rendered').length)).toBeGreaterThan(0);
}

test('the default dataset renders a chart whose front matches the engine on the same file', async ({ page }) => {
  const ds = loadBundled(defaultDatasetId());
  const expected = expectedFront(ds, cardObjectives(ds));
  await page.goto('/');
  await waitForChart(page);
  expect(await frontCount(page)).toBe(expected.length);
  await expect(page.getByTestId('front-table').locator('tbody tr')).toHaveCount(expected.length);
  await expect(page.getByTestId('frontier-over')).toContainText(`Frontier over ${cardObjectives(ds).length} objectives`);
});

test('a hand-written URL opens exactly that view, and toggling a sense gives the right front', async ({ page }) => {
  const ds = loadBundled('aider-polyglot');
  await page.goto('/?dataset=aider-polyglot&x=total_cost&y=pass_rate_2&objectives=total_cost:min,pass_rate_2:max');
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).toHaveValue('total_cost');
  await expect(page.getByTestId('y-select')).toHaveValue('pass_rate_2');
  await expect(page.getByTestId('frontier-over')).toContainText('Frontier over 2 objectives');
  const two = expectedFront(ds, [
    { key: 'total_cost', sense: 'min' },
    { key: 'pass_rate_2', sense: 'max' },
  ]);
  expect(await frontCount(page)).toBe(two.length);
  const rows = await page.getByTestId('front-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
  expect(rows.sort((a, b) => a - b)).toEqual(two);
  // Rows whose cost is unknown are counted in a visible note, not ranked.
  await expect(page.getByTestId('missing-note')).toContainText('18 rows');

  // Flip cost to max: the "most expensive and best" front.
  await page.getByTestId('sense-total_cost-max').click();
  const flipped = expectedFront(ds, [
    { key: 'total_cost', sense: 'max' },
    { key: 'pass_rate_2', sense: 'max' },
  ]);
  await expect.poll(() => frontCount(page)).toBe(flipped.length);
  await expect(page).toHaveURL(/total_cost%3Amax|total_cost:max/);
  expect(flipped).not.toEqual(two);
});

test('log scale works on positive data and is refused with a clear message otherwise', async ({ page }) => {
  await page.goto('/?dataset=alpacaeval-judges');
  await waitForChart(page);
  const priceKey = 'Price [$/1000 examples]';
  await page.getByTestId('x-select').selectOption(priceKey);
  await page.getByTestId('x-scale-log').click();
  await expect(page.getByTestId('notices')).toContainText(/log/i);
  await expect(page.getByTestId('x-scale-linear')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/?dataset=aider-polyglot&x=total_cost&y=pass_rate_2');
  await waitForChart(page);
  await page.getByTestId('x-scale-log').click();
  await expect(page.getByTestId('x-scale-log')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/xscale=log/);
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('reload restores the view and back/forward step through views', async ({ page }) => {
  await page.goto('/?dataset=timm-imagenet');
  await waitForChart(page);
  await page.getByTestId('y-select').selectOption('top1');
  await page.getByTestId('x-select').selectOption('param_count');
  await page.getByTestId('x-scale-log').click();
  await page.getByTestId('color-rank').click();
  const before = await frontCount(page);
  const url = page.url();
  await page.reload();
  await waitForChart(page);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('x-select')).toHaveValue('param_count');
  await expect(page.getByTestId('x-scale-log')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('color-rank')).toHaveAttribute('aria-pressed', 'true');
  expect(await frontCount(page)).toBe(before);
  await page.goBack();
  await expect(page.getByTestId('color-rank')).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(page.getByTestId('color-rank')).toHaveAttribute('aria-pressed', 'true');
});

test('invalid URL values are ignored with a visible notice, never a crash', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot&x=nope&yscale=sideways&objectives=zzz:min');
  await waitForChart(page);
  await expect(page.getByTestId('notices')).toContainText('nope');
  expect(await frontCount(page)).toBeGreaterThan(0);
});

test('every control can be reached with the keyboard', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot');
  await waitForChart(page);
  const controls = await page
    .locator('button:visible, select:visible, input:visible, a[href]:visible, [tabindex="0"]:visible')
    .evaluateAll((els) => els.filter((e) => !(e as HTMLButtonElement).disabled).length);
  const reached = new Set<string>();
  for (let i = 0; i < controls + 20; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (!el.dataset.kbd) el.dataset.kbd = String(Math.random());
      return el.dataset.kbd;
    });
    if (id) reached.add(id);
  }
  const unreachable = await page
    .locator('button:visible, select:visible, input:visible, a[href]:visible, [tabindex="0"]:visible')
    .evaluateAll((els) =>
      els
        .filter((e) => !(e as HTMLButtonElement).disabled && !(e as HTMLElement).dataset.kbd)
        .map((e) => e.outerHTML.slice(0, 120)),
    );
  expect(unreachable).toEqual([]);
  expect(reached.size).toBeGreaterThanOrEqual(controls);
});
