import { expect, test, type Page } from './support/test';
import { coverage, headToHead, headToHeadSentence, hypervolume, paretoFront, type Sense } from '../src/core';
import type { Dataset } from '../src/data/types';
import { cardObjectives, expectedFrontWhere, loadBundled } from './support/expected';
import { frontCount, waitForChart } from './support/page';

const TPLS_OBJECTIVES = ['Makespan', 'WeightedTardiness'];
const SENSES: Sense[] = ['min', 'min'];
const ALGORITHMS = ['1to2', '2to1', 'adapt2seeds', 'adaptFocus', 'anytime', 'anytimeRestart', 'double'];

function numbers(ds: Dataset, key: string): Float64Array {
  const c = ds.byKey.get(key);
  if (!c || c.kind !== 'number') throw new Error(`${key} is not numeric`);
  return c.values;
}

function groupColumns(ds: Dataset, group: string, keys: string[]): Float64Array[] {
  const codes = ds.byKey.get('algorithm')!.values as string[];
  const rows: number[] = [];
  for (let i = 0; i < ds.rowCount; i++) if (codes[i] === group) rows.push(i);
  return keys.map((k) => Float64Array.from(rows, (i) => numbers(ds, k)[i]));
}

async function displayedReference(page: Page): Promise<number[]> {
  const inputs = page.getByTestId('hv-ref');
  await expect(inputs).toHaveCount(2);
  return Promise.all(TPLS_OBJECTIVES.map(async (key) => Number(await page.locator(`[data-testid="hv-ref"][data-key="${key}"]`).inputValue())));
}

async function hvCell(page: Page, group: string): Promise<number> {
  const cell = page.getByTestId('group-table').locator(`tr[data-group="${group}"] [data-testid="hv"]`);
  return Number(await cell.getAttribute('data-value'));
}

const sig6 = (v: number) => Number(v.toPrecision(6));

test('each group hypervolume equals the engine on the same file with the displayed reference point', async ({ page }) => {
  const ds = loadBundled('moocore-tpls');
  await page.goto(`/?dataset=moocore-tpls&group=algorithm&groups=${ALGORITHMS.join(',')}`);
  await waitForChart(page);
  const table = page.getByTestId('group-table');
  await expect(table.locator('tbody tr[data-group]')).toHaveCount(ALGORITHMS.length);
  const ref = await displayedReference(page);
  for (const g of ALGORITHMS) {
    const expected = hypervolume(groupColumns(ds, g, TPLS_OBJECTIVES), SENSES, ref);
    expect(sig6(await hvCell(page, g)), g).toBe(sig6(expected));
    // The text shown carries the same six significant digits.
    const shown = (await table.locator(`tr[data-group="${g}"] [data-testid="hv"]`).innerText()).replace(/[,\s\u202f]/g, '');
    expect(sig6(Number(shown.replace('×10', 'e').replace('−', '-'))), `${g} shown as ${shown}`).toBe(sig6(expected));
  }

  // Editing the reference point recomputes every hypervolume with it.
  const makespan = page.locator('[data-testid="hv-ref"][data-key="Makespan"]');
  await makespan.fill('4400');
  await makespan.press('Enter');
  await expect(page).toHaveURL(/hvref=[^&]*Makespan(:|%3A)4400/);
  const edited = await displayedReference(page);
  expect(edited[0]).toBe(4400);
  for (const g of ALGORITHMS) {
    const expected = hypervolume(groupColumns(ds, g, TPLS_OBJECTIVES), SENSES, edited);
    await expect.poll(async () => sig6(await hvCell(page, g)), { message: g }).toBe(sig6(expected));
  }
});

test('the coverage matrix has 1 on its diagonal and the engine coverage elsewhere; head-to-head says what the engine says', async ({ page }) => {
  const ds = loadBundled('moocore-tpls');
  await page.goto('/?dataset=moocore-tpls&group=algorithm&groups=1to2,anytime,double&pair=1to2,double');
  await waitForChart(page);
  const matrix = page.getByTestId('coverage-matrix');
  await expect(matrix.getByTestId('coverage-cell')).toHaveCount(9);
  for (const g of ['1to2', 'anytime', 'double']) {
    await expect(matrix.locator(`[data-testid="coverage-cell"][data-a="${g}"][data-b="${g}"]`)).toHaveAttribute('data-value', '1');
  }
  const front = (g: string) => {
    const cols = groupColumns(ds, g, TPLS_OBJECTIVES);
    const rows = paretoFront(cols, SENSES);
    return cols.map((c) => Float64Array.from(rows, (i) => c[i]));
  };
  const c = coverage(front('1to2'), front('double'), SENSES);
  const cell = matrix.locator('[data-testid="coverage-cell"][data-a="1to2"][data-b="double"]');
  expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(c, 12);

  // Head to head, with the engine on the same rows.
  const algorithm = ds.byKey.get('algorithm')!.values as string[];
  const rowsOf = (g: string) => Uint32Array.from(algorithm.flatMap((v, i) => (v === g ? [i] : [])));
  const cols = TPLS_OBJECTIVES.map((k) => numbers(ds, k));
  const result = headToHead(cols, SENSES, rowsOf('1to2'), rowsOf('double'));
  const sentence = headToHeadSentence('1to2', 'double', result, result.aFront.length, result.bFront.length);
  await expect(page.getByTestId('h2h-sentence')).toHaveText(sentence);
});

test('small multiples show one panel per compared group, with its share of the global front', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls&group=algorithm&groups=1to2,anytime,double');
  await waitForChart(page);
  await page.getByTestId('view-multiples').click();
  await expect(page).toHaveURL(/view=multiples/);
  const panels = page.getByTestId('multiple-panel');
  await expect(panels).toHaveCount(3);
  await expect(panels.nth(0)).toHaveAttribute('data-group', '1to2');
  await expect(panels.nth(0).getByTestId('panel-share')).toContainText('of the global front');
  // Adding a group in the picker adds a panel.
  await page.getByLabel('Find a group').fill('adaptFocus');
  await page.getByRole('checkbox', { name: /adaptFocus/ }).check();
  await expect(panels).toHaveCount(4);
  await expect(page).toHaveURL(/groups=[^&]*adaptFocus/);
  // The overlay draws each group's front in its colour with a key entry.
  await page.getByTestId('view-overlay').click();
  await expect(page).toHaveURL(/view=overlay/);
  await expect(page.getByTestId('chart-panel').getByTestId('scatter')).toContainText('adaptFocus');
});

test('repeated runs: one hypervolume dot per run for each compared group', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls&group=algorithm&groups=1to2,double&run=run');
  await waitForChart(page);
  const plot = page.getByTestId('run-hv-plot');
  await expect(plot.getByTestId('run-dot')).toHaveCount(30);
  await expect(page.getByTestId('attainment')).toBeVisible();
});

test('brushing a parallel axis shrinks the front table as computed', async ({ page }) => {
  const ds = loadBundled('aider-polyglot');
  await page.goto('/?dataset=aider-polyglot&view=parallel');
  await waitForChart(page);
  const brush = page.locator('[data-testid="parallel-brush"][data-key="pass_rate_2"]');
  await expect(brush).toBeVisible();
  const box = (await brush.boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height * 0.05);
  await page.mouse.down();
  await page.mouse.move(x, box.y + box.height * 0.3, { steps: 5 });
  await page.mouse.move(x, box.y + box.height * 0.55, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/filter=[^&]*pass_rate_2/);
  const filter = new URL(page.url()).searchParams.get('filter')!;
  const item = filter.split(',').find((f) => f.startsWith('pass_rate_2:'))!;
  const [, op, lo, hi] = item.split(':');
  expect(op).toBe('between');
  const pass = numbers(ds, 'pass_rate_2');
  const expected = expectedFrontWhere(ds, cardObjectives(ds), (i) => pass[i] >= Number(lo) && pass[i] <= Number(hi));
  const all = expectedFrontWhere(ds, cardObjectives(ds), () => true);
  expect(expected.length).toBeLessThan(all.length);
  await expect.poll(() => frontCount(page)).toBe(expected.length);
  await expect(page.getByTestId('front-table').locator('tbody tr')).toHaveCount(expected.length);
  const rows = await page.getByTestId('front-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
  expect(rows.sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
});

test('parallel coordinates: 8 objectives, keyboard reorder in the link, selection linked with the scatter', async ({ page }) => {
  await page.goto('/?dataset=dtlz-linear-8d&view=parallel');
  await waitForChart(page);
  const axes = page.getByTestId('parallel-axis');
  await expect(axes).toHaveCount(8);
  expect(await axes.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8']);
  // Move f1 one place to the right with the keyboard.
  await page.locator('[data-testid="parallel-title"]').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/axes=f2,f1/);
  await expect.poll(() => axes.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['f2', 'f1', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8']);

  // Selecting a row in the front table selects its line.
  const first = page.getByTestId('front-table').locator('tbody tr').first();
  const row = await first.getAttribute('data-row');
  await first.click();
  await expect(page.getByTestId('parallel-selected')).toHaveAttribute('data-row', row!);
  await expect(page).toHaveURL(new RegExp(`sel=${row}`));
});

test('an embedded link keeps its comparison view', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls&view=multiples&groups=1to2,double&embed=1');
  await expect(page.getByTestId('multiple-panel')).toHaveCount(2);
});

test('hovering a parallel line highlights the same row in the scatter', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot&view=parallel');
  await waitForChart(page);
  const canvas = page.getByTestId('parallel-canvas');
  const box = (await canvas.boundingBox())!;
  let found = false;
  for (let t = 0.1; t < 0.95 && !found; t += 0.03) {
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * t);
    found = (await page.getByTestId('parallel-highlighted').count()) > 0;
  }
  expect(found).toBe(true);
  await expect(page.getByTestId('chart-panel').getByTestId('scatter-highlight')).toHaveCount(1);
});

test('the SVG export of small multiples is one figure with a panel per compared group', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls&view=multiples&groups=1to2,double');
  await waitForChart(page);
  await expect(page.getByTestId('multiple-panel')).toHaveCount(2);
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  expect(download.suggestedFilename()).toMatch(/^moocore-tpls-multiples-.*\.svg$/);
  const { readFileSync } = await import('node:fs');
  const svgText = readFileSync((await download.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.tagName,
      panels: Array.from(doc.querySelectorAll('[data-role="panel"] [data-role="title"]'), (t) => t.textContent ?? ''),
      clipIds: Array.from(doc.querySelectorAll('clipPath'), (c) => c.id),
    };
  }, svgText);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.panels).toHaveLength(2);
  expect(parsed.panels.join('\n')).toContain('1to2');
  expect(parsed.panels.join('\n')).toContain('double');
  for (const title of parsed.panels) expect(title).toMatch(/of the global front \(\d+ of \d+\)/);
  expect(new Set(parsed.clipIds).size).toBe(parsed.clipIds.length);
  expect(svgText).toContain('of the global front');
});

test('the coverage heatmap downloads as a standalone SVG naming the compared groups', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls&group=algorithm&groups=1to2,double');
  await waitForChart(page);
  await expect(page.getByTestId('coverage-cell')).toHaveCount(4);
  await page.getByTestId('coverage-download').click();
  await expect(page.getByRole('menu', { name: 'Download coverage figure' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('coverage-download-svg').click()]);
  expect(download.suggestedFilename()).toBe('moocore-tpls-coverage.svg');
  const { readFileSync } = await import('node:fs');
  const svgText = readFileSync((await download.path())!, 'utf8');
  expect(svgText).toContain('Coverage');
  expect(svgText).toContain('1to2');
  expect(svgText).toContain('double');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.tagName, cells: doc.querySelectorAll('[data-role="cell"]').length };
  }, svgText);
  expect(parsed).toEqual({ error: false, root: 'svg', cells: 4 });
});
