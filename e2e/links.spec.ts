/**
 * Links mean what they say: column names with ',', '$', '(' and spaces survive Copy link → open, and a
 * link written by URLSearchParams or Python's urlencode (separators percent-encoded) opens as written.
 */
import { expect, test, watchCsp, type Page } from './support/test';
import { setRole, setSense } from './support/mapping';
import { frontCount, waitForChart } from './support/page';

const COST = 'Total Cost ($)';
const RATE = 'pass, rate';
/** Eight runs trading cost against pass rate, plus a size column the view does not rank by. */
const ROWS: [string, number, number, number][] = [
  ['alpha', 0.5, 20, 7],
  ['beta', 1.0, 35, 13],
  ['gamma', 1.5, 30, 70],
  ['delta', 2.0, 50, 34],
  ['epsilon', 3.0, 48, 8],
  ['zeta', 4.0, 65, 40],
  ['eta', 5.0, 60, 3],
  ['theta', 8.0, 80, 175],
];
const CSV = `model,${COST},"${RATE}",size\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;

/** The front by the definition (cost min, rate max): the rows no other row dominates. */
function naiveFront(): number {
  const dominates = (a: (typeof ROWS)[number], b: (typeof ROWS)[number]) => a[1] <= b[1] && a[2] >= b[2] && (a[1] < b[1] || a[2] > b[2]);
  return ROWS.filter((r) => !ROWS.some((o) => o !== r && dominates(o, r))).length;
}


/** What a person sees of the view: the axes, the ticked objectives with their senses, the front size. */
async function seen(page: Page) {
  const ticked = await page.locator('li[data-objective][data-active="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-objective')));
  const senses = await page.locator('[data-testid^="sense-"][aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  return {
    x: await page.getByTestId('x-select').inputValue(),
    y: await page.getByTestId('y-select').inputValue(),
    ticked,
    senses,
    front: await frontCount(page),
  };
}

test('a column named with a comma and a $: Copy link opens the same axes, objectives and front elsewhere', async ({ page, browser, cspViolations }) => {
  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('paste-input').fill(CSV);
  await page.getByTestId('paste-submit').click();
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await setRole(mapping, 'model', 'label');
  await setRole(mapping, COST, 'objective');
  await setSense(mapping, COST, 'min');
  await setRole(mapping, RATE, 'objective');
  await setSense(mapping, RATE, 'max');
  await setRole(mapping, 'size', 'attribute');
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(/dataset=upload-/);

  // The axes the other way round from the import's default, through the controls.
  await page.getByTestId('x-select').selectOption(RATE);
  await page.getByTestId('y-select').selectOption(COST);
  await expect(page.getByTestId('x-select')).toHaveValue(RATE);
  await expect(page.getByTestId('y-select')).toHaveValue(COST);
  // The address bar names them readably: quoted where a name holds a separator.
  await expect(page).toHaveURL(/[?&]x=%22pass,%20rate%22&y=Total%20Cost%20\(\$\)&/);
  await expect(page).toHaveURL(/&v=4(&|#|$)/);

  const before = await seen(page);
  expect(before).toMatchObject({ x: RATE, y: COST, front: naiveFront() });
  expect([...before.ticked].sort()).toEqual([COST, RATE].sort());
  await expect(page.getByTestId('notices')).toHaveCount(0);

  await page.getByTestId('copy-link').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('#d=');

  const fresh = await browser.newContext();
  await watchCsp(fresh, cspViolations);
  try {
    const other = await fresh.newPage();
    await other.goto(url);
    await waitForChart(other);
    await expect.poll(() => frontCount(other)).toBe(before.front);
    expect(await seen(other)).toEqual(before);
    await expect(other.getByTestId('notices')).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});

test('a bundled link written by URLSearchParams (separators percent-encoded) opens with its objectives ticked', async ({ page }) => {
  const query = new URLSearchParams({ dataset: 'aider-polyglot', x: 'total_cost', y: 'pass_rate_2', objectives: 'total_cost:min,pass_rate_2:max' }).toString();
  expect(query).toContain('objectives=total_cost%3Amin%2Cpass_rate_2%3Amax');
  for (const search of [query, `${query}&v=4`]) {
    await page.goto(`/?${search}`);
    await waitForChart(page);
    await expect(page.getByTestId('notices')).toHaveCount(0);
    const ticked = await page.locator('li[data-objective][data-active="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-objective')));
    expect(ticked.sort()).toEqual(['pass_rate_2', 'total_cost']);
    await expect(page.getByTestId('sense-total_cost-min')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('sense-pass_rate_2-max')).toHaveAttribute('aria-pressed', 'true');
    // The address is rewritten in the app's own form, which says the same.
    await expect(page).toHaveURL(/objectives=pass_rate_2:max,total_cost:min&/);
  }
});
