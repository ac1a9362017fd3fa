/**
 * `?data=<url>` links that name their view: the file is fetched from a real local server (another
 * origin, with CORS, as a file on GitHub or a gist would be), imported with the guesses and shown with
 * the link's axes and objectives — without the mapping dialog, and without a word about the default
 * dataset on the way.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, watchCsp, type BrowserContext, type Page } from './support/test';
import { inferMapping, parseText } from '../src/data/import';
import { defaultDatasetId } from './support/expected';
import { frontCount, waitForChart } from './support/page';

const FILE = 'beam-designs.csv';
const TEXT = readFileSync(join(import.meta.dirname, 'fixtures', FILE), 'utf8');
// Beam designs from a design-space sweep. The link ranks them by cost and deflection; nothing in the name
// "deflection" says which way is better, so the guesses leave it an unticked attribute.
const VIEW = { x: 'cost_usd', y: 'deflection', yscale: 'log', objectives: 'cost_usd:min,deflection:min' };

let server: Server;
let fileUrl: string;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== `/${FILE}`) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'access-control-allow-origin': '*' }).end(TEXT);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  fileUrl = `http://localhost:${(server.address() as AddressInfo).port}/${FILE}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The Pareto front size over cost and deflection (both min), the naive O(n²) way, from the file itself. */
function naiveFrontCount(): number {
  const lines = TEXT.trim().split('\n');
  const header = lines[0].split(',');
  const [a, b] = [header.indexOf('cost_usd'), header.indexOf('deflection')];
  const points = lines.slice(1).map((l) => {
    const cells = l.split(',');
    return [Number(cells[a]), Number(cells[b])];
  });
  const dominates = (p: number[], q: number[]) => p.every((v, k) => v <= q[k]) && p.some((v, k) => v < q[k]);
  return points.filter((q) => !points.some((p) => dominates(p, q))).length;
}

async function expectLinkView(page: Page, host = 'localhost') {
  await waitForChart(page);
  await expect(page.getByTestId('x-select')).toHaveValue(VIEW.x);
  await expect(page.getByTestId('y-select')).toHaveValue(VIEW.y);
  await expect(page.getByTestId('y-scale-log')).toHaveAttribute('aria-pressed', 'true');
  // The address bar now names the kept copy, with the link's view.
  await expect(page).toHaveURL(/[?&]dataset=upload-[0-9a-f]+/);
  const search = new URL(page.url()).searchParams;
  expect(search.get('x')).toBe(VIEW.x);
  expect(search.get('y')).toBe(VIEW.y);
  expect(search.get('yscale')).toBe('log');
  expect(search.get('objectives')?.split(',').sort()).toEqual(VIEW.objectives.split(',').sort());
  expect(search.has('data')).toBe(false);
  await expect.poll(() => frontCount(page)).toBe(naiveFrontCount());
  // Nothing was said about the default dataset (or anything else) on the way.
  const notices = page.getByTestId('notices');
  await expect(notices).toHaveCount(0);
  await expect(page.getByText(new RegExp(defaultDatasetId()))).toHaveCount(0);
  // The guesses are offered for review, not forced.
  const review = page.getByTestId('review-columns-notice');
  await expect(review).toBeVisible();
  await expect(review).toContainText(`Opened ${FILE} from ${host}`);
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
}

test('the premise: the guesses leave one of the link’s objectives unticked', () => {
  const guessed = inferMapping(parseText(TEXT, FILE));
  expect(guessed.find((m) => m.key === 'deflection')?.role).not.toBe('objective');
});

test('?data=<url> with x, y and objectives opens that view on the file, with a Review columns notice', async ({ page }) => {
  await page.goto(`/?data=${fileUrl}&x=${VIEW.x}&y=${VIEW.y}&yscale=log&objectives=${VIEW.objectives}`);
  await expectLinkView(page);
  await page.screenshot({ path: test.info().outputPath('data-link.png') });

  // Review columns is Edit columns on the kept copy, starting from how it was read.
  await page.getByTestId('review-columns').click();
  const dialog = page.getByTestId('edit-columns-dialog');
  await expect(dialog.getByTestId('mapping-step')).toBeVisible();
  await expect(dialog.getByTestId('role-deflection')).toHaveValue('attribute');
  await expect(page.getByTestId('review-columns-notice')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the same link written by URLSearchParams (separators percent-encoded) opens the same view', async ({ page }) => {
  const search = new URLSearchParams({ data: fileUrl, ...VIEW }).toString();
  expect(search).toContain('cost_usd%3Amin%2Cdeflection%3Amin');
  await page.goto(`/?${search}`);
  await expectLinkView(page);
  await page.getByTestId('review-columns-notice').getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.getByTestId('review-columns-notice')).toHaveCount(0);
});

test('a ?data= link whose file is not there says which address and why; closing opens the app without the link', async ({ page }) => {
  const missing = fileUrl.replace(FILE, 'gone.csv');
  await page.goto(`/?data=${missing}&x=${VIEW.x}&y=${VIEW.y}&objectives=${VIEW.objectives}`);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('gone.csv');
  await expect(dialog).toContainText('404');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await waitForChart(page);
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
});

/** Serves the fixture at a public https address, inside the browser context (no network). */
const PUBLIC_URL = `https://raw.githubusercontent.com/paretoscope-e2e/fixtures/main/${FILE}`;
async function servePublicly(context: BrowserContext) {
  await context.route(PUBLIC_URL, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*' }, body: TEXT }),
  );
}

test('Copy link for data from a public https address is a short ?data= link that reopens the view; embedding is an option', async ({ page, browser, cspViolations }) => {
  await servePublicly(page.context());
  await page.goto(`/?data=${PUBLIC_URL}&x=${VIEW.x}&y=${VIEW.y}&yscale=log&objectives=${VIEW.objectives}`);
  await waitForChart(page);
  await expect.poll(() => frontCount(page)).toBe(naiveFrontCount());

  await page.getByTestId('copy-link').click();
  const short = await page.getByTestId('share-url').inputValue();
  expect(short).toContain(`?data=${PUBLIC_URL}&`);
  expect(short).not.toContain('#');
  expect(short).not.toContain('dataset=');
  expect(short.length).toBeLessThan(400);
  await page.getByTestId('share-dialog').screenshot({ path: test.info().outputPath('share-dialog.png') });
  await page.getByRole('checkbox', { name: /Embed the data instead/ }).check();
  await expect(page.getByTestId('share-url')).toHaveValue(/#d=/);
  await page.getByRole('checkbox', { name: /Embed the data instead/ }).uncheck();
  await expect(page.getByTestId('share-url')).toHaveValue(short);

  const fresh = await browser.newContext();
  await watchCsp(fresh, cspViolations);
  await servePublicly(fresh);
  const other = await fresh.newPage();
  await other.goto(short);
  await expectLinkView(other, 'raw.githubusercontent.com');
  await fresh.close();
});
