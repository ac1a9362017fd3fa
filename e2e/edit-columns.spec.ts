import { expect, test, type Locator } from './support/test';
import { setRole, setSense, type Sense } from './support/mapping';
import { frontCount, waitForChart } from './support/page';

/** Twelve runs: cost and quality trade off; speed is a third measure the import leaves as an attribute. */
const HEADER = ['run', 'cost', 'quality', 'speed'] as const;
const ROWS: [string, number, number, number][] = [
  ['r01', 1.0, 0.20, 9.0],
  ['r02', 2.0, 0.45, 3.5],
  ['r03', 3.0, 0.60, 7.5],
  ['r04', 4.0, 0.55, 8.8],
  ['r05', 5.0, 0.80, 2.0],
  ['r06', 6.0, 0.78, 9.5],
  ['r07', 7.0, 0.90, 1.0],
  ['r08', 2.5, 0.40, 6.0],
  ['r09', 3.5, 0.50, 9.9],
  ['r10', 8.0, 0.95, 4.0],
  ['r11', 6.5, 0.70, 5.0],
  ['r12', 1.5, 0.10, 9.7],
];
const CSV = `${HEADER.join(',')}\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;
const column = (key: (typeof HEADER)[number]) => ROWS.map((r) => r[HEADER.indexOf(key)] as number);

/** The front by the definition: the rows no other row dominates. O(n²), independent of the app's engine. */
function naiveFront(objectives: { values: number[]; sense: Sense }[]): number {
  const n = objectives[0].values.length;
  const better = (a: number, b: number, sense: Sense) => (sense === 'min' ? a < b : a > b);
  const dominates = (j: number, i: number) =>
    objectives.every(({ values, sense }) => values[j] === values[i] || better(values[j], values[i], sense)) &&
    objectives.some(({ values, sense }) => better(values[j], values[i], sense));
  let count = 0;
  for (let i = 0; i < n; i++) {
    let dominated = false;
    for (let j = 0; j < n && !dominated; j++) dominated = j !== i && dominates(j, i);
    if (!dominated) count++;
  }
  return count;
}


async function shot(locator: Locator, path: string) {
  await locator.screenshot({ path, animations: 'disabled' });
}

test('Edit columns turns an attribute into an objective: the front follows, and the stored copy keeps it', async ({ page }, testInfo) => {
  const before = naiveFront([
    { values: column('cost'), sense: 'min' },
    { values: column('quality'), sense: 'max' },
  ]);
  const after = naiveFront([
    { values: column('cost'), sense: 'min' },
    { values: column('quality'), sense: 'max' },
    { values: column('speed'), sense: 'max' },
  ]);
  expect(after).not.toBe(before); // the file is chosen so that the new objective matters

  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('paste-input').fill(CSV);
  await page.getByTestId('paste-submit').click();
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await setRole(mapping, 'run', 'label');
  await setRole(mapping, 'cost', 'objective');
  await setSense(mapping, 'cost', 'min');
  await setRole(mapping, 'quality', 'objective');
  await setSense(mapping, 'quality', 'max');
  await setRole(mapping, 'speed', 'attribute');
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(/dataset=upload-/);
  const id = new URL(page.url()).searchParams.get('dataset');
  await expect.poll(() => frontCount(page)).toBe(before);

  // Edit columns, from the header button next to the dataset controls.
  const open = page.getByTestId('edit-columns');
  await shot(page.locator('header'), testInfo.outputPath('header.png'));
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Edit columns — pasted text' });
  await expect(dialog).toBeVisible();
  const edit = dialog.getByTestId('mapping-step');
  // The stored mapping is the starting point, not fresh guesses.
  await expect(edit.getByTestId('role-speed')).toHaveValue('attribute');
  await expect(edit.getByTestId('role-run')).toHaveValue('label');
  await expect(dialog.getByRole('button', { name: 'Choose other data' })).toHaveCount(0);
  await setRole(edit, 'speed', 'objective');
  await setSense(edit, 'speed', 'max');
  await shot(dialog, testInfo.outputPath('edit-columns-light.png'));

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect.poll(() => frontCount(page)).toBe(after);
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(id);
  await expect(page).toHaveURL(/objectives=cost:min,quality:max,speed:max/);
  // Everything fitted: no notice about the view.
  await expect(page.getByText(/no longer fit/)).toHaveCount(0);

  // The stored copy was updated: the same after a reload, same id and name.
  await page.reload();
  await waitForChart(page);
  await expect.poll(() => frontCount(page)).toBe(after);
  const item = page.getByTestId('my-datasets').locator(`[data-upload-id="${id}"]`);
  await expect(item).toContainText('pasted text');
  await expect(page.getByTestId('my-datasets').locator('[data-upload-id]')).toHaveCount(1);

  // From My datasets too, with the keyboard; Cancel changes nothing and gives focus back.
  const fromList = item.getByRole('button', { name: 'Edit columns of pasted text' });
  await fromList.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('role-speed')).toHaveValue('objective');
  await dialog.getByTestId('role-speed').selectOption('ignore');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(fromList).toBeFocused();
  await expect.poll(() => frontCount(page)).toBe(after);

  // The dark theme reads too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await open.click();
  await expect(dialog.getByTestId('mapping-step')).toBeVisible();
  await shot(dialog, testInfo.outputPath('edit-columns-dark.png'));
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('what no longer fits after Edit columns goes back to the default with one notice; the rest of the view stays', async ({ page }) => {
  const csv = `run,family,${HEADER.slice(1).join(',')}\n${ROWS.map((r, i) => [r[0], i % 2 ? 'A' : 'B', ...r.slice(1)].join(',')).join('\n')}\n`;
  await page.goto('/');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('paste-input').fill(csv);
  await page.getByTestId('paste-submit').click();
  const mapping = page.getByTestId('mapping-step');
  await setRole(mapping, 'run', 'label');
  await setRole(mapping, 'family', 'group');
  await setRole(mapping, 'cost', 'objective');
  await setSense(mapping, 'cost', 'min');
  await setRole(mapping, 'quality', 'objective');
  await setSense(mapping, 'quality', 'max');
  await setRole(mapping, 'speed', 'attribute');
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(/group=family/);
  // A view choice that will still fit: speed on the x axis.
  await page.getByTestId('x-select').selectOption('speed');
  await expect(page).toHaveURL(/x=speed/);

  await page.getByTestId('edit-columns').click();
  const dialog = page.getByRole('dialog', { name: /^Edit columns — / });
  await setRole(dialog.getByTestId('mapping-step'), 'family', 'ignore');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/group=none/);
  await expect(page).toHaveURL(/x=speed/);
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText("Columns of 'pasted text' updated. These no longer fit and went back to the default: the grouping.");
  await expect(notices.getByText(/no longer fit/)).toHaveCount(1);
  await expect.poll(() => frontCount(page)).toBe(
    naiveFront([
      { values: column('cost'), sense: 'min' },
      { values: column('quality'), sense: 'max' },
    ]),
  );
});
