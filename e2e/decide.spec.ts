import { expect, test, type Page } from './support/test';
import { paretoFront, scalarize, type Sense } from '../src/core';
import type { Dataset } from '../src/data/types';
import { loadBundled } from './support/expected';
import { frontCount, waitForChart } from './support/page';

const OBJECTIVES: { key: string; sense: Sense }[] = [
  { key: 'pass_rate_2', sense: 'max' },
  { key: 'total_cost', sense: 'min' },
  { key: 'seconds_per_case', sense: 'min' },
];

/** Rows ranked by the app: finite in every ticked objective and passing `keep`. */
function rankedRows(ds: Dataset, keep: (row: number) => boolean = () => true): number[] {
  const cols = OBJECTIVES.map((o) => (ds.byKey.get(o.key) as { values: Float64Array }).values);
  const rows: number[] = [];
  for (let i = 0; i < ds.rowCount; i++) if (keep(i) && cols.every((c) => Number.isFinite(c[i]))) rows.push(i);
  return rows;
}

/**
 * The winner under the weighted sum with range normalization, computed with the core. As documented,
 * a ticked objective the link gives no weight weighs 1.
 */
function expectedBest(ds: Dataset, weights: Record<string, number>): string {
  const rows = rankedRows(ds);
  const cols = OBJECTIVES.map((o) => Float64Array.from(rows, (i) => (ds.byKey.get(o.key) as { values: Float64Array }).values[i]));
  const scores = scalarize(cols, OBJECTIVES.map((o) => o.sense), OBJECTIVES.map((o) => weights[o.key] ?? 1), {
    method: 'weighted-sum',
    normalization: 'range',
  });
  let best = 0;
  for (let j = 1; j < scores.length; j++) if (scores[j] < scores[best]) best = j;
  const label = ds.byKey.get(ds.labelKey!)!;
  return String(label.values[rows[best]]);
}

async function bestLabel(page: Page): Promise<string> {
  return (await page.getByTestId('best-point').innerText()).trim();
}

test('weights in the link pick the winner the engine picks; moving a slider moves it', async ({ page }) => {
  const ds = loadBundled('aider-polyglot');
  await page.goto('/?dataset=aider-polyglot&weights=pass_rate_2:0.8,total_cost:0.2&method=weighted-sum');
  await waitForChart(page);
  const first = expectedBest(ds, { pass_rate_2: 0.8, total_cost: 0.2 });
  await expect.poll(() => bestLabel(page)).toContain(first);

  // Move the cost weight to the first value (computed here) at which the engine's winner changes.
  const candidates = ['0.05', '0.5', '1', '2', '5'];
  const moved = candidates.find((w) => expectedBest(ds, { pass_rate_2: 0.8, total_cost: Number(w) }) !== first);
  expect(moved).toBeDefined();
  const second = expectedBest(ds, { pass_rate_2: 0.8, total_cost: Number(moved) });
  await page.getByTestId('weight-input-total_cost').fill(moved!);
  await page.getByTestId('weight-input-total_cost').press('Enter');
  await expect.poll(() => bestLabel(page)).toContain(second);
  await expect(page).toHaveURL(new RegExp(`weights=[^&]*total_cost(%3A|:)${moved!.replace('.', '\\.')}`));
});

test('a constraint shrinks the front as computed', async ({ page }) => {
  const ds = loadBundled('aider-polyglot');
  await page.goto('/?dataset=aider-polyglot&objectives=pass_rate_2:max,total_cost:min');
  await waitForChart(page);
  await page.getByTestId('constraint-column').selectOption('total_cost');
  await page.getByTestId('constraint-op').selectOption('<=');
  await page.getByTestId('constraint-value').fill('5');
  await page.getByTestId('constraint-add').click();
  await expect(page.getByTestId('constraint-chip')).toContainText('5');
  const cost = (ds.byKey.get('total_cost') as { values: Float64Array }).values;
  const pass = (ds.byKey.get('pass_rate_2') as { values: Float64Array }).values;
  const rows: number[] = [];
  for (let i = 0; i < ds.rowCount; i++) if (Number.isFinite(cost[i]) && Number.isFinite(pass[i]) && cost[i] <= 5) rows.push(i);
  const front = paretoFront([Float64Array.from(rows, (i) => pass[i]), Float64Array.from(rows, (i) => cost[i])], ['max', 'min']);
  await expect.poll(() => frontCount(page)).toBe(front.length);
  await expect(page).toHaveURL(/filter=/);
});

test('a derived cost-of-pass column works as an axis and survives a reload', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot');
  await waitForChart(page);
  await page.getByTestId('derive-name').fill('cost_of_pass');
  await page.getByTestId('derive-formula').fill('total_cost / (pass_rate_2 / 100)');
  await page.getByTestId('derive-add').click();
  await page.getByTestId('x-select').selectOption('cost_of_pass');
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).toHaveValue('cost_of_pass');
  await page.reload();
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).toHaveValue('cost_of_pass');
  await expect(page).toHaveURL(/derive=/);
});

test('a formula error points at its position', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot');
  await waitForChart(page);
  await page.getByTestId('derive-name').fill('bad');
  await page.getByTestId('derive-formula').fill('total_cost / (pass_rate_2 ');
  await page.getByTestId('derive-add').click();
  await expect(page.getByText(/position \d+/).first()).toBeVisible();
});
