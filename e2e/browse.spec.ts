import { expect, test } from './support/test';
import { frontCount, waitForChart } from './support/page';
import { cardObjectives, defaultDatasetId, expectedFront, expectedFrontWhere, loadBundled } from './support/expected';


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
  // The group comparison downloads once the chart has drawn: count its controls too.
  await expect(page.getByTestId('group-table')).toBeVisible();
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

test('hiding a group removes it from the chart and recomputes the front', async ({ page }) => {
  const ds = loadBundled('moocore-tpls');
  await page.goto('/?dataset=moocore-tpls&group=algorithm&color=group');
  await waitForChart(page);
  const objectives = cardObjectives(ds);
  expect(await frontCount(page)).toBe(expectedFront(ds, objectives).length);
  // Hide the group that holds the most front points; the front must be recomputed without it.
  const legend = page.getByTestId('group-legend');
  const name = (await legend.locator('button[data-group]').first().getAttribute('data-group'))!;
  const entry = legend.locator(`button[data-group="${name}"]`);
  await entry.click();
  await expect(entry).toHaveAttribute('aria-pressed', 'false');
  // Entries keep their place when counts change.
  await expect(legend.locator('button[data-group]').first()).toHaveAttribute('data-group', name);
  const algo = ds.byKey.get('algorithm')!;
  const kept = expectedFrontWhere(ds, objectives, (i) => algo.values[i] !== name);
  await expect.poll(() => frontCount(page)).toBe(kept.length);
  await expect(page).toHaveURL(new RegExp(`hide=${encodeURIComponent(name)}`));
});

test('selecting a front row shows its details, and the selection survives an axis change', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot&x=total_cost&y=pass_rate_2');
  await waitForChart(page);
  const row = page.getByTestId('front-table').locator('tbody tr').first();
  const label = (await row.locator('td').first().innerText()).trim();
  await row.click();
  await expect(page.getByTestId('selected-label')).toHaveText(label);
  await expect(page).toHaveURL(/sel=\d+/);
  await page.getByTestId('x-select').selectOption('seconds_per_case');
  await expect(page.getByTestId('selected-label')).toHaveText(label);
  await page.keyboard.press('Escape');
});

test('the Source popover names the licence and the repository', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls');
  await waitForChart(page);
  await page.getByRole('button', { name: 'Source' }).click();
  const dialog = page.getByRole('dialog', { name: /Source of/ });
  await expect(dialog).toContainText('LGPL-2.1-or-later');
  await expect(dialog).toContainText('multi-objective/moocore');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the dataset picker switches datasets and marks a new render', async ({ page }) => {
  await page.goto('/');
  await waitForChart(page);
  const before = await page.evaluate(() => performance.getEntriesByName('paretoscope:chart-rendered').length);
  await page.getByTestId('dataset-picker').selectOption('dtlz-linear-8d');
  await expect(page).toHaveURL(/dataset=dtlz-linear-8d/);
  const ds = loadBundled('dtlz-linear-8d');
  await expect.poll(() => frontCount(page)).toBe(expectedFront(ds, cardObjectives(ds)).length);
  await expect(page.getByTestId('frontier-over')).toContainText('Frontier over 8 objectives');
  const after = await page.evaluate(() => performance.getEntriesByName('paretoscope:chart-rendered').length);
  expect(after).toBeGreaterThan(before);
});
