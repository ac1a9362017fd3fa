/**
 * The first load stays small: opening the app downloads only what draws the default chart, at most
 * FIRST_LOAD_BUDGET bytes of JavaScript gzipped (node's zlib, default level — what a static host's gzip
 * sends, give or take). Importing, comparing groups, parallel coordinates and exports download on first
 * use, and work when they arrive; a part whose code cannot be downloaded says so in its place.
 *
 * Measured twice: from the build (the entry script, everything it imports statically and every
 * modulepreload in index.html — what any page of the app downloads before it can run), and in the
 * browser (every script the page fetched until the chart has drawn).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from './support/test';
import { waitForChart } from './support/page';
/** The mark the charts set once drawn (src/charts/useDrawMarks.ts). */
const RENDER_MARK = 'paretoscope:chart-rendered';

/**
 * Gzipped JavaScript of the first load, in bytes (1 kB = 1000 bytes, as Vite reports sizes). Issue #12
 * asks for FIRST_LOAD_TARGET; the first load measured 232.0 kB when the lazily loaded parts were split
 * off (React alone is 67.5 kB of it), 237.0 kB once the compute workers' client joined it, so the budget
 * is a ratchet just above that: a change that makes
 * the first load bigger fails here, and the budget comes down as more moves out of the first load.
 */
const FIRST_LOAD_BUDGET = 238_000;
const FIRST_LOAD_TARGET = 180_000;

const DIST = process.env.PARETOSCOPE_E2E_DIST || 'dist';

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Chunk files (under assets/) a chunk imports statically: `import{…}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[^\w$.])import\s*(?:[\w$*{][^;'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) found.push(m[1]);
  return found;
}

/** The entry script, its static imports (transitively) and index.html's modulepreloads, each with its gzipped size. */
function initialScripts(): Map<string, number> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  expect(roots.length, 'index.html names its entry script').toBeGreaterThan(0);
  const sizes = new Map<string, number>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (sizes.has(file)) continue;
    const code = readFileSync(join(DIST, 'assets', file));
    sizes.set(file, gzipped(code));
    queue.push(...staticImports(code.toString('utf8')));
  }
  return sizes;
}

const total = (sizes: Iterable<number>) => [...sizes].reduce((a, b) => a + b, 0);
const listing = (sizes: Map<string, number>) => [...sizes].map(([f, n]) => `${f} ${kb(n)}`).join(', ');

/** Every script the page fetches from now on, by file name, with its gzipped size. */
function recordScripts(page: Page): Map<string, number> {
  const seen = new Map<string, number>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;
    const name = url.pathname.split('/').pop()!;
    try {
      seen.set(name, gzipped(await response.body()));
    } catch {
      seen.set(name, 0); // a fetch the test aborted on purpose
    }
  });
  return seen;
}

const LAZY_PARTS = /^(ImportDialog|CompareSection|ParallelView|exportFile|EditColumnsDialog|import)-/;

test('the built first load (entry script, its static imports, modulepreloads) is within the budget', () => {
  const sizes = initialScripts();
  const sum = total(sizes.values());
  console.log(`first load from the build: ${kb(sum)} gzipped (target ${kb(FIRST_LOAD_TARGET)}, budget ${kb(FIRST_LOAD_BUDGET)}) — ${listing(sizes)}`);
  expect(sum, `first-load JavaScript ${kb(sum)} gzipped over the ${kb(FIRST_LOAD_BUDGET)} budget: ${listing(sizes)}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  // The parts that load on first use are files of their own, outside the first load.
  const lazy = readFileSync(join(DIST, 'index.html'), 'utf8') + [...sizes.keys()].join('\n');
  expect(lazy).not.toMatch(/(ImportDialog|CompareSection|ParallelView|exportFile)-/);
});

test('opening the app downloads only the first load before the chart is drawn', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/');
  await waitForChart(page);
  // Scripts whose fetch started before the chart's first draw (Resource Timing against the chart's mark).
  const early = await page.evaluate((mark) => {
    const drawn = performance.getEntriesByName(mark)[0].startTime;
    return performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime < drawn)
      .map((e) => new URL(e.name).pathname.split('/').pop()!);
  }, RENDER_MARK);
  await expect.poll(() => early.every((f) => scripts.has(f))).toBe(true);
  const sizes = new Map(early.map((f) => [f, scripts.get(f)!]));
  const sum = total(sizes.values());
  console.log(`first load in the browser (scripts fetched before the chart drew): ${kb(sum)} gzipped — ${listing(sizes)}`);
  expect(sum, `scripts before the chart: ${listing(sizes)}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  expect(early.filter((f) => LAZY_PARTS.test(f))).toEqual([]);
  // What the browser fetched is what the build says the first load is.
  expect(new Set(early)).toEqual(new Set(initialScripts().keys()));
  // The group comparison below the chart (every bundled dataset opens grouped) comes once the chart is up.
  await expect(page.getByTestId('group-table')).toBeVisible();
  await expect.poll(() => [...scripts.keys()].some((f) => f.startsWith('CompareSection-'))).toBe(true);
});

test('import, parallel coordinates, comparison and export download on first use and work', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/?dataset=moocore-tpls');
  await waitForChart(page);
  const before = new Set(scripts.keys());
  const fetchedSince = (mark: Set<string>) => [...scripts.keys()].filter((f) => !mark.has(f));

  // Add data: the import dialog and its pipeline arrive, and the dialog takes pasted text.
  await page.getByRole('button', { name: 'Add data' }).click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => fetchedSince(before).some((f) => f.startsWith('ImportDialog-'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Parallel coordinates.
  const beforeParallel = new Set(scripts.keys());
  await page.getByTestId('view-parallel').click();
  await expect(page.getByTestId('parallel-axis').first()).toBeVisible();
  await expect.poll(() => fetchedSince(beforeParallel).some((f) => f.startsWith('ParallelView-'))).toBe(true);
  await page.getByTestId('view-scatter').click();

  // Comparing groups: without a grouping there is no comparison; choosing one brings it back.
  await page.getByTestId('group-select').selectOption('');
  await expect(page.getByTestId('compare-section')).toHaveCount(0);
  await page.getByTestId('group-select').selectOption('algorithm');
  await expect(page.getByTestId('group-table')).toBeVisible();
  await expect.poll(() => [...scripts.keys()].some((f) => f.startsWith('CompareSection-'))).toBe(true);

  // Export: the SVG figure is written by code fetched at the first export.
  const beforeExport = new Set(scripts.keys());
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  expect((await download).suggestedFilename()).toMatch(/^moocore-tpls-.*\.svg$/);
  await expect.poll(() => fetchedSince(beforeExport).some((f) => f.startsWith('exportFile-'))).toBe(true);
});

test('a link straight into a lazily loaded view opens it', async ({ page }) => {
  await page.goto('/?dataset=moocore-tpls&group=algorithm&view=parallel');
  await expect(page.getByTestId('parallel-axis').first()).toBeVisible();
  await expect(page.getByTestId('group-table')).toBeVisible();
});

test('a part whose code cannot be downloaded says so, keeps the page, and loads after Reload the page', async ({ page }) => {
  let block = true;
  await page.route(/\/assets\/ParallelView-[^/]+\.js$/, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/?dataset=moocore-tpls');
  await waitForChart(page);
  await page.getByTestId('view-parallel').click();
  const failure = page.getByTestId('part-load-error');
  await expect(failure).toContainText('Parallel coordinates could not be loaded: its code did not download');
  // The rest of the page is still there.
  await expect(page.getByTestId('front-count')).toBeVisible();
  await expect(page.getByTestId('export-menu')).toBeVisible();
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Chromium keeps a failed module download failed for the page's lifetime: the reload asks again, and the view is in the address.
  block = false;
  await expect(page).toHaveURL(/view=parallel/);
  await failure.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByTestId('parallel-axis').first()).toBeVisible();
});
