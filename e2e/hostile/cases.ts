/**
 * The hostile-input corpus: every case is an input a person (or an attacker) can give the app, with
 * the specific answer the app must show. The spec (e2e/hostile.spec.ts) adds the checks every case
 * shares: the app is there, no uncaught error, the stored dataset is still stored.
 */
import type { Page, Route } from '@playwright/test';
import { expect as baseExpect } from '../support/test';

/** The corpus runs beside other suites on small machines: answers get more time than the default 10 s. */
const expect = baseExpect.configure({ timeout: 30_000 });

/** The chart has drawn (as e2e/support/page.ts, with the corpus's longer wait). */
async function waitForChart(page: Page): Promise<void> {
  await expect(page.getByTestId('chart-panel').getByTestId('scatter').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('paretoscope:chart-rendered').length)).toBeGreaterThan(0);
}
import {
  CHAIN,
  CSV,
  bundleAt,
  bundleInline,
  file,
  gzip,
  gzipBomb,
  hugeCell,
  randomBytes,
  shareFragment,
  shareLinkAt,
  tallCsv,
  utf16,
  wideCsv,
  type FilePayload,
} from './inputs';

export type Category = 'file' | 'link' | 'storage';

export interface HostileCase {
  category: Category;
  name: string;
  /** Gives the input and checks the app's specific answer. */
  run: (page: Page) => Promise<void>;
  /** The case stubs this page's storage: read the stored dataset back from another page. */
  stubsStorage?: boolean;
  /** A known bug the case shows, not fixed yet: the case is skipped with this reason. */
  fixme?: string;
}

// ---- how a person gives the app a file, and where the answer shows ------------------------------

async function openAddData(page: Page): Promise<void> {
  await page.goto('/?dataset=aider-polyglot');
  await waitForChart(page);
  await page.getByRole('button', { name: /add data/i }).click();
}

async function drop(page: Page, payload: FilePayload): Promise<void> {
  await openAddData(page);
  await page.getByTestId('file-input').setInputFiles(payload);
}

const importError = (page: Page) => page.getByTestId('import-error');
const mapping = (page: Page) => page.getByTestId('mapping-step');
const notices = (page: Page) => page.getByTestId('notices');
const dialogAlert = (page: Page) => page.getByTestId('import-dialog').getByRole('alert');

/** The file is refused in the import dialog with `text`, and no mapping step opens. */
function refused(name: string, payload: () => FilePayload, text: string | RegExp): HostileCase {
  return {
    category: 'file',
    name,
    run: async (page) => {
      await drop(page, payload());
      await expect(importError(page)).toContainText(text);
      await expect(mapping(page)).toHaveCount(0);
    },
  };
}

/** The file reaches the mapping step, whose notes say `note` (when given) and which lists `columns`. */
function mapped(name: string, payload: () => FilePayload, opts: { note?: string | RegExp; columns?: string[]; then?: (page: Page) => Promise<void> }): HostileCase {
  return {
    category: 'file',
    name,
    run: async (page) => {
      await drop(page, payload());
      await expect(mapping(page)).toBeVisible();
      if (opts.note !== undefined) await expect(page.getByTestId('guess-notes')).toContainText(opts.note);
      for (const key of opts.columns ?? []) await expect(mapping(page).getByTestId(`role-${key}`)).toBeVisible();
      await opts.then?.(page);
    },
  };
}

/** Imports from the mapping step and waits for the chart of the new upload. */
async function importIt(page: Page): Promise<void> {
  await mapping(page).getByRole('button', { name: /^import/i }).click();
  await expect(page).toHaveURL(/dataset=upload-/);
  await waitForChart(page);
}

/** Nothing the file holds ran as markup: no injected image, no handler fired, no dialog. */
async function noMarkupRan(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('body script:not([src])')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined();
}

// ---- links --------------------------------------------------------------------------------------

const CORS = { 'access-control-allow-origin': '*' };
const REMOTE = 'https://hostile.example.org/results.csv';

function link(name: string, url: () => string, check: (page: Page) => Promise<void>, route?: (route: Route) => Promise<void> | void): HostileCase {
  return {
    category: 'link',
    name,
    run: async (page) => {
      if (route) await page.route(REMOTE, route);
      await page.goto(url());
      await check(page);
    },
  };
}

/** A `?data=` link refused or failed with `text` in the import dialog; Close leaves a working app. */
function dataLink(name: string, address: string, text: string | RegExp, route?: (route: Route) => Promise<void> | void): HostileCase {
  return link(
    name,
    () => `/?data=${encodeURIComponent(address)}`,
    async (page) => {
      await expect(dialogAlert(page)).toContainText(text);
      await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).click();
      await waitForChart(page);
      expect(new URL(page.url()).searchParams.has('data')).toBe(false);
    },
    route,
  );
}

/** A link that opens a view with `text` among the notices. */
function noticed(name: string, url: () => string, text: string | RegExp, route?: (route: Route) => Promise<void> | void): HostileCase {
  return link(
    name,
    url,
    async (page) => {
      await expect(notices(page)).toContainText(text);
      await waitForChart(page);
    },
    route,
  );
}

const aider = '/?dataset=aider-polyglot';
const repeat = (item: string, n: number, sep = ',') => Array.from({ length: n }, () => item).join(sep);

// ---- storage ------------------------------------------------------------------------------------

/** Pastes the small table and imports it; the chart of the upload shows. */
async function pasteAndImport(page: Page): Promise<void> {
  await openAddData(page);
  await page.getByTestId('paste-input').fill(CSV);
  await page.getByTestId('paste-submit').click();
  await importIt(page);
}

function storage(name: string, stub: () => void, check: (page: Page) => Promise<void>): HostileCase {
  return {
    category: 'storage',
    name,
    stubsStorage: true,
    run: async (page) => {
      await page.addInitScript(stub);
      await check(page);
    },
  };
}

const NOT_SAVED = 'Not saved in this browser';

async function unsavedAfterPaste(page: Page, reason: string): Promise<void> {
  await pasteAndImport(page);
  await expect(page.getByTestId('notice').filter({ hasText: NOT_SAVED })).toContainText(`${NOT_SAVED}: ${reason}`);
}

async function themeStillToggles(page: Page): Promise<void> {
  await page.goto('/');
  await waitForChart(page);
  const html = page.locator('html');
  const wasDark = (await html.getAttribute('class'))?.includes('dark') ?? false;
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
}

// ---- the corpus ---------------------------------------------------------------------------------

const binary = 'does not look like text (it holds binary data); Paretoscope reads CSV, TSV, JSON, JSON Lines, Parquet and Arrow';

export const FILE_CASES: HostileCase[] = [
  refused('random bytes', () => file('noise.bin', randomBytes(4096), 'application/octet-stream'), `noise.bin ${binary}`),
  refused('random bytes named .csv', () => file('noise.csv', randomBytes(2048, 7)), `noise.csv ${binary}`),
  refused('a PNG renamed .csv', () => file('chart.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), randomBytes(500, 3)])), `chart.csv ${binary}`),
  refused('text with NUL bytes', () => file('nul.csv', Buffer.from('a,b\n1,2\n\0\0\0,3\n')), `nul.csv ${binary}`),
  mapped('a gzip-compressed CSV', () => file('results.csv.gz', gzip(CSV), 'application/gzip'), {
    note: 'results.csv.gz was decompressed (gzip,',
    columns: ['accuracy', 'latency_ms'],
    then: importIt,
  }),
  refused('a damaged gzip file', () => file('cut.csv.gz', gzip(CSV.repeat(20)).subarray(0, 30), 'application/gzip'), 'cut.csv.gz starts like a gzip file but could not be decompressed'),
  refused('gzip inside gzip', () => file('twice.csv.gz', gzip(gzip(CSV)), 'application/gzip'), 'twice.csv.gz is compressed twice (gzip inside gzip)'),
  refused('a gzip bomb (65 MB unpacked)', () => file('bomb.csv.gz', gzipBomb(65), 'application/gzip'), 'bomb.csv.gz is gzip-compressed and unpacks to more than 64 MB; the limit for a compressed file is 64 MB unpacked'),
  mapped('UTF-16 little-endian with a BOM', () => file('u16le.csv', utf16(CSV, 'le', true)), {
    note: 'u16le.csv was decoded from UTF-16 (little-endian, with a byte order mark)',
    columns: ['model', 'accuracy'],
  }),
  mapped('UTF-16 little-endian without a BOM', () => file('u16le-nobom.csv', utf16(CSV, 'le', false)), {
    note: 'u16le-nobom.csv was decoded from UTF-16 (little-endian, without a byte order mark)',
    columns: ['model', 'accuracy'],
  }),
  mapped('UTF-16 big-endian with a BOM', () => file('u16be.csv', utf16(CSV, 'be', true)), {
    note: 'u16be.csv was decoded from UTF-16 (big-endian, with a byte order mark)',
    columns: ['model', 'accuracy'],
  }),
  mapped('UTF-16 big-endian without a BOM', () => file('u16be-nobom.csv', utf16(CSV, 'be', false)), {
    note: 'u16be-nobom.csv was decoded from UTF-16 (big-endian, without a byte order mark)',
    columns: ['model', 'accuracy'],
  }),
  mapped('Latin-1 with accented names', () => file('latin1.csv', Buffer.from('modèle,précision,coût\nA,0.81,12\nB,0.77,9\nÇ,0.9,20\n', 'latin1')), {
    note: 'latin1.csv is not UTF-8; it was read as Latin-1 (Windows-1252)',
    columns: ['modèle', 'précision', 'coût'],
  }),
  mapped('a UTF-8 BOM before the header', () => file('bom.csv', '\uFEFF' + CSV), { columns: ['model', 'accuracy', 'latency_ms'], then: importIt }),
  mapped('CRLF line endings', () => file('crlf.csv', CSV.replace(/\n/g, '\r\n')), { columns: ['model', 'accuracy', 'latency_ms'], then: importIt }),
  mapped('CR-only line endings', () => file('cr.csv', CSV.replace(/\n/g, '\r')), { columns: ['model', 'accuracy', 'latency_ms'], then: importIt }),
  refused('JSON whose rows are nested one level down', () => file('nested.json', JSON.stringify({ meta: { v: 1 }, results: [{ a: 1, b: 2 }] }), 'application/json'), 'nested.json holds an object, not a table (its field "results" holds an array of rows: save that array on its own)'),
  refused('a bare 42 in a JSON file', () => file('x.json', '42\n', 'application/json'), 'x.json holds a number, not a table: expected an array of objects, {columns, rows} or JSON Lines'),
  refused('a JSON string', () => file('s.json', '"hello"', 'application/json'), 's.json holds a text, not a table: expected an array of objects, {columns, rows} or JSON Lines'),
  refused('broken JSON', () => file('broken.json', '[{"a": 1}, {"a": ]', 'application/json'), /broken\.json: not valid JSON at line 1, column \d+/),
  refused('JSON Lines with a number line', () => file('lines.jsonl', '{"a":1,"b":2}\n7\n{"a":3,"b":4}\n', 'application/x-ndjson'), 'lines.jsonl: line 2 holds a number 7; expected one JSON object per line'),
  refused('an empty file', () => file('empty.csv', ''), 'empty.csv: the file is empty: expected a header row and data rows'),
  refused('a file of blank lines', () => file('blank.csv', '\n \n\t\n'), 'blank.csv: the file is empty: expected a header row and data rows'),
  mapped('a header and no rows', () => file('header.csv', 'model,accuracy,latency_ms\n'), {
    then: async (page) => {
      await mapping(page).getByRole('button', { name: /^import/i }).click();
      await expect(page.getByTestId('import-dialog')).toContainText('header.csv has a header but no data rows.');
    },
  }),
  mapped('ragged rows', () => file('ragged.csv', 'model,accuracy,latency_ms\nA,0.81\nB,0.77,9,extra\nC,0.9,20\n'), {
    then: async (page) => {
      await mapping(page).getByRole('button', { name: /^import/i }).click();
      const problems = page.getByTestId('import-problems');
      await expect(problems).toContainText('found 2 cells, expected 3 cells, one per header cell (the missing cells would be empty)');
      await expect(problems).toContainText('found 4 cells, expected 3 cells, one per header cell (the extra cells would be lost)');
    },
  }),
  refused('a quoted cell never closed', () => file('quote.csv', 'model,accuracy\n"A,0.81\nB,0.77\n'), 'a quoted cell is never closed'),
  refused('text after a closing quote', () => file('after.csv', 'model,accuracy\n"A"x,0.81\nB,0.77\n'), 'a quoted cell has text after its closing quote'),
  mapped('1e999 in a number column', () => file('inf.csv', `${CSV}E,1e999,40\n`), {
    then: async (page) => {
      await mapping(page).getByRole('button', { name: /^import/i }).click();
      const problems = page.getByTestId('import-problems');
      await expect(problems).toContainText('inf.csv');
      await expect(problems).toContainText('1e999');
      await expect(problems).toContainText('row 5');
    },
  }),
  mapped('rows at ±1e308', () => file('huge.csv', `${CSV}E,1e308,500\nF,-1e308,6\n`), {
    then: async (page) => {
      await importIt(page);
      await expect(page.getByTestId('range-note')).toContainText('2 rows are out of drawable range');
    },
  }),
  mapped('decimal commas in a ;-separated file', () => file('semi.csv', 'model;accuracy;latency_ms\nA;0,81;12,5\nB;0,77;9,25\nC;0,9;20\n'), {
    note: 'semi.csv separates cells with semicolons and writes decimal commas: "accuracy", "latency_ms" were read with "0,81" as 0.81.',
    then: importIt,
  }),
  refused(
    'an HTML page saved as .csv',
    () => file('page.csv', '<!doctype html>\n<html><head><title>Results</title></head>\n<body><table><tr><td>a</td></tr></table></body></html>\n'),
    'page.csv holds a web page (HTML), not a data table',
  ),
  mapped('a 100 KB single cell', () => file('bigcell.csv', hugeCell()), { columns: ['model', 'accuracy'], then: importIt }),
  mapped('1,000 columns (the limit)', () => file('wide1000.csv', wideCsv(1000)), { columns: ['c0', 'c999'] }),
  refused('1,001 columns', () => file('wide.csv', wideCsv(1001)), 'wide.csv has 1,001 columns; the limit is 1,000 columns.'),
  refused('2,000,001 rows', () => file('tall.csv', tallCsv(2_000_001)), 'tall.csv has more than 2,000,000 rows; the limit is 2,000,000 rows.'),
  mapped('formula-leading cells (=HYPERLINK, +, -, @)', () => file('formula.csv', 'model,accuracy,latency_ms\n"=HYPERLINK(""http://evil.example"",""x"")",0.81,12\n+cmd,0.77,9\n@SUM(A1),0.9,20\n-2+3,0.5,30\n'), {
    then: async (page) => {
      await expect(page.getByTestId('import-preview')).toContainText('=HYPERLINK("http://evil.example","x")');
      await importIt(page);
    },
  }),
  mapped('markup in headers', () => file('markup-head.csv', 'model,<img src=x onerror="window.__hostile=1">,latency_ms\nA,0.81,12\nB,0.77,9\n'), {
    then: async (page) => {
      await expect(mapping(page)).toContainText('<img src=x onerror="window.__hostile=1">');
      await importIt(page);
      await noMarkupRan(page);
    },
  }),
  mapped('markup in cells', () => file('markup-cell.csv', 'model,accuracy,latency_ms\n<img src=x onerror="window.__hostile=1">,0.81,12\n<script>window.__hostile=2</script>,0.77,9\nC,0.9,20\n'), {
    then: async (page) => {
      await expect(page.getByTestId('import-preview')).toContainText('<script>window.__hostile=2</script>');
      await importIt(page);
      await noMarkupRan(page);
    },
  }),
  mapped('markup in the file name', () => file('<img src=x onerror="window.__hostile=1">.csv', CSV), {
    then: async (page) => {
      await importIt(page);
      await noMarkupRan(page);
    },
  }),
  mapped('a 5,000-character header', () => file('longhead.csv', `model,${'h'.repeat(5000)},latency_ms\nA,0.81,12\nB,0.77,9\n`), { columns: ['model', 'latency_ms'], then: importIt }),
  mapped('duplicate headers', () => file('dup.csv', 'model,cost,cost,cost\nA,1,2,3\nB,2,1,3\n'), { columns: ['cost', 'cost (2)', 'cost (3)'], then: importIt }),
  mapped('empty headers', () => file('nohead.csv', ',accuracy,\nA,0.81,12\nB,0.77,9\n'), { columns: ['column 1', 'accuracy', 'column 3'] }),
];

export const BUNDLE_CASES: HostileCase[] = [
  {
    category: 'file',
    name: 'a bundle whose data address is dead',
    run: async (page) => {
      await page.route(REMOTE, (route) => route.abort('connectionrefused'));
      await drop(page, bundleAt(REMOTE));
      await expect(notices(page)).toContainText(`The bundle's data could not be opened: No answer from ${REMOTE}: a network error`);
      await waitForChart(page);
    },
  },
  {
    category: 'file',
    name: 'a bundle whose view holds a 6,000-term formula',
    run: async (page) => {
      await drop(page, bundleInline(`?v=4&derive=${encodeURIComponent(`d:${CHAIN}:min`)}`));
      await expect(notices(page)).toContainText('A formula can be at most 2,000 characters (this one has 11,999)');
      await waitForChart(page);
    },
  },
  {
    category: 'file',
    name: 'a bundle with a broken version',
    run: async (page) => {
      await drop(page, file('bad.paretoscope.json', JSON.stringify({ paretoscope: 'bundle', version: 'x', view: '', data: {} }), 'application/json'));
      await expect(notices(page)).toContainText('"version" must be a whole number, found "x"');
      await waitForChart(page);
    },
  },
];

export const LINK_CASES: HostileCase[] = [
  dataLink('data=javascript:', 'javascript:window.__hostile=1', 'was not fetched: a javascript: address runs code; it does not name a data file.'),
  dataLink('data=file:///', 'file:///etc/passwd', 'file:///etc/passwd was not fetched: a web page may not read files from your computer'),
  dataLink('data=data: URL', 'data:text/csv,a,b%0A1,2', 'was not fetched: a data: address is not fetched; paste its contents with "Paste" instead.'),
  dataLink('data=ftp://', 'ftp://example.org/results.csv', 'ftp://example.org/results.csv was not fetched: browsers no longer fetch ftp: addresses'),
  dataLink('data=blob:', 'blob:https://example.org/1234', 'was not fetched: a blob: address belongs to another page'),
  dataLink('data= answering a web page (HTML, 200)', REMOTE, `${REMOTE} returned a web page, not a data file`, (route) =>
    route.fulfill({ status: 200, headers: { ...CORS, 'content-type': 'text/html' }, body: '<!doctype html><html><body>a,b</body></html>' }),
  ),
  dataLink('data= answering HTML as text/plain', REMOTE, `${REMOTE} returned a web page, not a data file`, (route) =>
    route.fulfill({ status: 200, headers: { ...CORS, 'content-type': 'text/plain' }, body: '<!DOCTYPE html>\n<html><body><table><tr><td>a</td></tr></table></body></html>' }),
  ),
  dataLink('data= answering 404', REMOTE, `HTTP 404 Not Found from ${REMOTE}: the file is not there; check the address.`, (route) =>
    route.fulfill({ status: 404, headers: CORS, body: 'nope' }),
  ),
  dataLink('data= answering 500', REMOTE, `HTTP 500 Internal Server Error from ${REMOTE}: the server had a problem; try again later.`, (route) =>
    route.fulfill({ status: 500, headers: CORS, body: 'boom' }),
  ),
  dataLink('data= answering 403', REMOTE, `HTTP 403 Forbidden from ${REMOTE}: the server wants a login or refuses access`, (route) =>
    route.fulfill({ status: 403, headers: CORS, body: 'no' }),
  ),
  // (A server that refuses other sites (CORS) cannot be played by page.route: Playwright's fulfilled
  // responses are readable whatever their headers, so that message is covered by fetchUrl's unit tests.)
  dataLink('data= answering 429', REMOTE, `HTTP 429 Too Many Requests from ${REMOTE}: the server is asking for fewer requests; try again later.`, (route) =>
    route.fulfill({ status: 429, headers: CORS, body: '' }),
  ),
  dataLink('data= network error', REMOTE, `No answer from ${REMOTE}: a network error`, (route) => route.abort('connectionrefused')),
  dataLink('data= redirect loop', REMOTE, `${REMOTE} could not be read: the address redirects without end (a redirect loop).`, (route) =>
    route.fulfill({ status: 302, headers: { ...CORS, location: REMOTE }, body: '' }),
  ),
  dataLink('data= announcing 300 MB', REMOTE, `${REMOTE} is 300 MB; the limit is 200 MB.`, (route) =>
    route.fulfill({ status: 200, headers: { ...CORS, 'content-type': 'text/csv', 'content-length': '300000000' }, body: CSV }),
  ),
  link(
    'data= never answering, then Cancel',
    () => `/?data=${encodeURIComponent(REMOTE)}`,
    async (page) => {
      const dialog = page.getByTestId('import-dialog');
      await expect(dialog.getByTestId('import-progress')).toBeVisible();
      await dialog.getByTestId('import-cancel-parse').click();
      await expect(dialog.getByTestId('import-progress')).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await waitForChart(page);
    },
    () => undefined,
  ),
  link(
    'a share link whose data never answers, then Cancel',
    () => shareLinkAt(REMOTE),
    async (page) => {
      const progress = page.getByTestId('incoming-progress');
      await expect(progress).toContainText(`Loading the data this link points to (${REMOTE})`);
      await progress.getByRole('button', { name: 'Cancel and open the default dataset' }).click();
      await waitForChart(page);
    },
    () => undefined,
  ),
  noticed('a share link whose data address answers 404', () => shareLinkAt(REMOTE), `The data this link points to could not be loaded: HTTP 404 Not Found from ${REMOTE}`, (route) =>
    route.fulfill({ status: 404, headers: CORS, body: '' }),
  ),
  noticed('5,000 unknown parameters', () => `${aider}&${Array.from({ length: 5000 }, (_, i) => `p${i}=1`).join('&')}`, "5,000 parameters this version does not know: 'p0', 'p1', 'p2', … — ignored"),
  noticed('one unknown column named 400,000 times', () => `${aider}&v=4&objectives=${repeat('n', 400_000)}`, "Unknown objective 'n' in objectives= — ignored"),
  // The notice quotes the value clipped, with its length (see the report: the length shown is not the value's).
  noticed('a 100 KB value', () => `${aider}&x=${'q'.repeat(100_000)}`, new RegExp(`Unknown column '${'q'.repeat(80)}… \\(\\d[\\d,]* characters\\)' in x=`)),
  noticed('a 6,000-term derive= formula', () => `${aider}&derive=${encodeURIComponent(`d:${CHAIN}:min`)}`, 'A formula can be at most 2,000 characters (this one has 11,999)'),
  noticed('a derive= formula that does not parse', () => `${aider}&derive=${encodeURIComponent('d:total_cost*(:min')}`, /Formula for 'd'/),
  noticed('bad percent-encoding in a value', () => `${aider}&y=%E0%A4`, 'Could not read y=%E0%A4 (bad percent-encoding) — ignored'),
  noticed('bad percent-encoding in a name', () => `${aider}&%E0=1`, "Could not read the parameter '%E0' (bad percent-encoding) — ignored"),
  noticed('markup in a parameter value', () => `${aider}&x=${encodeURIComponent('<img src=x onerror="window.__hostile=1">')}`, '<img src=x onerror="window.__hostile=1">'),
  noticed('an unknown dataset', () => '/?dataset=no-such-dataset', "no-such-dataset"),
  noticed('#d= with characters link data never contains', () => `/#d=${encodeURIComponent('<<>>!!')}`, 'The data in this link is damaged (it was cut off or edited): it holds a character link data never contains'),
  noticed('#d= empty', () => '/#d=', 'The data in this link is damaged (it was cut off or edited): the data part after #d= is empty.'),
  noticed('#d= cut in half', () => `/#d=${shareFragment().slice(0, Math.floor(shareFragment().length / 2))}`, 'The data in this link is damaged (it was cut off or edited): its compressed data ends too early.'),
  noticed('#d= of random base64', () => `/#d=${randomBytes(300, 11).toString('base64url')}`, 'The data in this link is damaged (it was cut off or edited): its compressed data cannot be unpacked'),
  noticed('#d= of JSON that is not shared data', () => `/#d=${Buffer.from('{"v":1}').toString('base64url')}`, 'The data in this link is damaged (it was cut off or edited)'),
];

export const STORAGE_CASES: HostileCase[] = [
  storage(
    'localStorage refuses every write (full)',
    () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    themeStillToggles,
  ),
  storage(
    'localStorage itself throws (site data blocked)',
    () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
    themeStillToggles,
  ),
  storage(
    'indexedDB missing',
    () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    (page) => unsavedAfterPaste(page, 'this browser offers the page no storage (IndexedDB is missing)'),
  ),
  storage(
    'indexedDB.open never answers',
    () => {
      IDBFactory.prototype.open = function () {
        return {} as IDBOpenDBRequest; // no event ever fires
      };
    },
    (page) => unsavedAfterPaste(page, "the browser's storage did not answer"),
  ),
  storage(
    'indexedDB.open fails (private browsing)',
    () => {
      IDBFactory.prototype.open = function () {
        const request = new EventTarget() as IDBOpenDBRequest;
        const error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        Object.defineProperty(request, 'error', { value: error });
        setTimeout(() => {
          const event = new Event('error');
          (request as unknown as { onerror?: (e: Event) => void }).onerror?.(event);
          request.dispatchEvent(event);
        }, 10);
        return request;
      };
    },
    (page) => unsavedAfterPaste(page, 'the browser refuses to store data here (private browsing, or site data is blocked)'),
  ),
];

export const ALL_CASES: HostileCase[] = [...FILE_CASES, ...BUNDLE_CASES, ...LINK_CASES, ...STORAGE_CASES];
