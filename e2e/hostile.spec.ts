/**
 * The hostile-input corpus (e2e/hostile/cases.ts): files, links and storage faults an attacker or an
 * unlucky person could give the app. Every case is its own test and must leave
 * - the app on screen (its heading, no error box),
 * - no uncaught page error and no Content-Security-Policy violation,
 * - the case's own specific message (checked inside the case),
 * - the dataset stored before it still stored, with its original text (read back from IndexedDB).
 * How long each case took is logged, never asserted.
 *
 * Each worker keeps one browser context for all its cases: a small table is pasted and imported once,
 * then every case opens its own page in that context, so a case that damaged storage would show up in
 * the read-back.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ALL_CASES } from './hostile/cases';
import { CSV } from './hostile/inputs';
import { expect as baseExpect, expectNoCspViolations, test, watchCsp, type CspViolation } from './support/test';

// Many cases in one file: they run in parallel, and each may wait longer than the default on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

async function waitForChart(page: Page): Promise<void> {
  await expect(page.getByTestId('chart-panel').getByTestId('scatter').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('paretoscope:chart-rendered').length)).toBeGreaterThan(0);
}

interface Shared {
  context: BrowserContext;
  storedId: string;
  violations: CspViolation[];
}

let shared: Shared | undefined;

/** One context per worker, holding one pasted upload. */
async function sharedContext(browser: Browser, baseURL: string): Promise<Shared> {
  if (shared) return shared;
  const violations: CspViolation[] = [];
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  await watchCsp(context, violations);
  // The preview server refuses request lines over its limit (HTTP 431) before the app sees them; a
  // static host with a larger limit serves the page, as this does, and the app reads the address in full.
  await context.route(
    (url) => url.origin === new URL(baseURL).origin && url.search.length > 8000,
    async (route) => route.fulfill({ response: await route.fetch({ url: new URL('/', route.request().url()).href }) }),
  );
  const page = await context.newPage();
  await page.goto('/?dataset=aider-polyglot');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('paste-input').fill(CSV);
  await page.getByTestId('paste-submit').click();
  await page.getByTestId('mapping-step').getByRole('button', { name: /^import/i }).click();
  await expect(page).toHaveURL(/dataset=upload-/);
  await waitForChart(page);
  const storedId = new URL(page.url()).searchParams.get('dataset') ?? '';
  expect(storedId).toMatch(/^upload-/);
  expect(await storedTexts(page, storedId)).toContain(CSV);
  await page.close();
  shared = { context, storedId, violations };
  return shared;
}

/**
 * The values IndexedDB holds under keys naming `id` as text: the upload's metadata, its columns (as
 * JSON) and its original file (a Blob, read as text).
 */
async function storedTexts(page: Page, id: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('paretoscope');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('uploads')) {
            db.close();
            return resolve([]);
          }
          const store = db.transaction('uploads', 'readonly').objectStore('uploads');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            const mine = keys.result.filter((k): k is string => typeof k === 'string' && k.includes(id));
            const values: string[] = [];
            if (mine.length === 0) return resolve(values);
            let left = mine.length;
            for (const k of mine) {
              const get = store.get(k);
              get.onsuccess = () => {
                const value: unknown = get.result;
                const text = value instanceof Blob ? value.text() : Promise.resolve(typeof value === 'string' ? value : JSON.stringify(value));
                void text.then((t) => {
                  values.push(t);
                  if (--left === 0) {
                    db.close();
                    resolve(values);
                  }
                }, reject);
              };
            }
          };
        };
      }),
    id,
  );
}

test.afterAll(async () => {
  await shared?.context.close();
  shared = undefined;
});

for (const c of ALL_CASES) {
  test(`${c.category}: ${c.name}`, async ({ browser, baseURL }) => {
    test.fixme(c.fixme !== undefined, c.fixme);
    const s = await sharedContext(browser, baseURL!);
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
    page.on('dialog', (d) => {
      errors.push(`a ${d.type()} dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    const cspBefore = s.violations.length;
    const started = Date.now();
    try {
      await c.run(page);
      await expect(page.getByRole('heading', { name: 'Paretoscope' })).toBeVisible();
      await expect(page.getByTestId('error-boundary')).toHaveCount(0);
    } finally {
      console.log(`hostile ${c.category}: ${c.name} — ${Date.now() - started} ms`);
    }
    expect(errors).toEqual([]);
    expectNoCspViolations(s.violations.slice(cspBefore));

    // The dataset stored before the case is still stored, with its original text. A page whose
    // storage the case stubbed reads nothing real: another page of the same browser reads it back.
    let reader = page;
    if (c.stubsStorage || !page.url().startsWith(baseURL!)) {
      reader = await s.context.newPage();
      await reader.goto('/');
    }
    expect(await storedTexts(reader, s.storedId)).toContain(CSV);
    if (reader !== page) await reader.close();
    await page.close();
  });
}
