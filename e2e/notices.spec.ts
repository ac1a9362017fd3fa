import { expect, test } from './support/test';
import { waitForChart } from './support/page';

// Notices a person can read, whatever a link throws at the app: a flood is one notice, at most five show
// at once with "N more" for the rest, and a long one is cut with its full text a click away.

test('a link with 5,000 unknown parameters opens its view with one notice', async ({ page }) => {
  const unknown = Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&');
  // The preview server refuses a 40 KB request line (HTTP 431) before the app sees it; a static host
  // with a larger limit serves the page, as this does: the app itself reads the address in full.
  await page.route(
    (url) => url.search.length > 8000,
    async (route) => route.fulfill({ response: await route.fetch({ url: new URL('/', route.request().url()).href }) }),
  );
  await page.goto(`/?dataset=aider-polyglot&x=seconds_per_case&${unknown}`);
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).toHaveValue('seconds_per_case');
  const notices = page.getByTestId('notice');
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText("5,000 parameters this version does not know: 'p0', 'p1', 'p2', … — ignored");
  await expect(page.getByTestId('notices-more')).toHaveCount(0);
});

test('seven different bad parameters show five notices and "2 more", which shows them all', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot&x=nope&y=nada&xscale=sideways&color=purple&sel=abc&method=magic&zzz=1');
  await waitForChart(page);
  const notices = page.getByTestId('notice');
  await expect(notices).toHaveCount(5);
  const more = page.getByTestId('notices-more');
  await expect(more).toHaveText('2 more');
  await more.click();
  await expect(notices).toHaveCount(7);
  const all = await notices.locator('p').allTextContents();
  for (const word of ['nope', 'nada', 'sideways', 'purple', 'abc', 'magic', 'zzz']) {
    expect(all.filter((t) => t.includes(`'${word}'`))).toHaveLength(1);
  }
  // Dismissing one leaves the others; Dismiss all clears the queue.
  await notices.first().getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notices).toHaveCount(6);
  await page.getByRole('button', { name: 'Dismiss all' }).click();
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('a long notice is cut to a readable length, with Show all for the full text', async ({ page }) => {
  // Sixty groups the dataset does not have: one notice naming them all, far longer than 300 characters.
  const groups = Array.from({ length: 60 }, (_, i) => `nosuchgroup${i}`);
  await page.goto(`/?dataset=aider-polyglot&v=4&view=overlay&groups=${groups.join(',')}`);
  await waitForChart(page);
  const notice = page.getByTestId('notice').filter({ hasText: 'nosuchgroup0' });
  await expect(notice).toHaveCount(1);
  await expect(notice).not.toContainText('nosuchgroup59');
  const showAll = notice.getByRole('button', { name: 'Show all' });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  const cut = (await notice.locator('p').textContent()) ?? '';
  expect(cut.replace(/Show all$/, '').trim().length).toBeLessThanOrEqual(302);
  await showAll.click();
  await expect(notice).toContainText('nosuchgroup59');
  await expect(notice.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  // The notice stays within the page, however long its words.
  const box = await notice.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(1400);
});

test('"Not saved in this browser" stays through the load it preceded and the next dataset, until dismissed', async ({ page }) => {
  // A browser without IndexedDB (some private modes): the import works, but nothing can be kept.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await page.goto('/?dataset=aider-polyglot');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  const csv = 'model,accuracy (%),cost ($)\na,81.5,1200\nb,70.1,300\nc,75,500\nd,55,5\n';
  await page.getByTestId('file-input').setInputFiles({ name: 'runs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await mapping.getByRole('button', { name: /^import/i }).click();
  await waitForChart(page);
  await expect(page).toHaveURL(/dataset=upload-/);
  const unsaved = page.getByTestId('notice').filter({ hasText: 'Not saved in this browser' });
  await expect(unsaved).toHaveCount(1);
  // Opening another dataset keeps it until it is dismissed.
  await page.getByTestId('dataset-picker').selectOption('alpacaeval-judges');
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).not.toHaveValue('accuracy (%)');
  await expect(unsaved).toHaveCount(1);
  await unsaved.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(unsaved).toHaveCount(0);
});
