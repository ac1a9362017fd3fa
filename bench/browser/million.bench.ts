/**
 * The million-row browser benchmark (issue "A million rows stay fluid"), in real headless Chromium
 * against the production build, with SYNTHETIC tables from a fixed seed (bench/browser/synthetic.ts).
 * It prints figures and ratios against a peer measured in the same run, never against constants, and
 * never fails on a figure — only on a real error (no build, no browser, a page that never answers).
 *
 * Parts (all by default; pick some with arguments or PARETOSCOPE_BENCH=load,interact,…):
 * - load      `/?data=<1M-row CSV>` opened as a person does (the mapping step's Import clicked the
 *             moment it shows) until the chart has drawn with its front, against the Plotly peer page
 *             (plotlyPeer.ts) on the same file: time, main-thread long tasks, JS heap before/after GC.
 * - interact  on the 1M-row, 3-objective CSV: change the x column, flip an objective's sense, move a
 *             weight, add a constraint, hover a point, zoom with the wheel — input to the painted frame,
 *             and the longest main-thread task meanwhile.
 * - parquet   the 1M- and 10M-row Parquet files by `?data=`: time and heap, or the app's message while
 *             it cannot open them.
 *
 * "Chart with front" is the app's own signal: the front count line reads "N on the frontier of
 * 1,000,000 rows" with N > 0 and the scatter has set its `paretoscope:chart-rendered` mark; "ready" is
 * the first moment after the next frame has painted (rAF, then a message). Times are ms from
 * navigation start. Heap is the page's main-thread JS heap (CDP Runtime.getHeapUsage); a worker's heap
 * is not in it.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { ensureSyntheticFiles, OUT_DIR, sweepFrontCount, twoObjectives, type SyntheticFiles } from './synthetic';
import { writePlotlyPeer } from './plotlyPeer';
import { serveApp, serveFiles, type Served } from './serve';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, process.env.PARETOSCOPE_BENCH_DIST || 'dist');
const LOAD_RUNS = Number(process.env.PARETOSCOPE_BENCH_RUNS || 3);
const INTERACT_RUNS = 3;
const LOAD_TIMEOUT_MS = 240_000;
/** An interaction slower than this is printed as "> 60 s" and the next one starts. */
const INTERACT_TIMEOUT_MS = 60_000;
/** Untimed steps (undoing a constraint, flipping a sense back) may take this long. */
const SETTLE_TIMEOUT_MS = 180_000;

const fmtMs = (ms: number | null | undefined) => (ms === Infinity ? `> ${INTERACT_TIMEOUT_MS / 1000} s` : ms == null || !Number.isFinite(ms) ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMB = (bytes: number | null | undefined) => (bytes == null ? 'n/a' : `${(bytes / 1048576).toFixed(0)} MB`);
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !b ? 'n/a' : `${(a / b).toFixed(2)}×`);
function median(xs: (number | null)[]): number | null {
  const s = xs.filter((x): x is number => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Page-side code is a string: tsx's transform would otherwise inject helpers the page does not have. */
const OBSERVE_LONG_TASKS = `
  window.__bench = window.__bench || { marks: {}, longtasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__bench.noLongTasks = String(e); }
`;

/**
 * Watches the app as it opens a `?data=` link: clicks Import on the mapping step as soon as it shows
 * (marks.mapping), notes an import error (error), and marks dom (front line and chart drawn) and ready
 * (the frame after painted).
 */
const WATCH_APP = (rows: string) => `
  ${OBSERVE_LONG_TASKS}
  (() => {
    const B = window.__bench;
    const now = () => performance.now();
    const afterPaint = (cb) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = cb; ch.port2.postMessage(0); });
    const check = () => {
      if (B.marks.dom || B.error) return;
      const step = document.querySelector('[data-testid="mapping-step"]');
      if (step && !B.marks.mapping) {
        const button = [...step.querySelectorAll('button')].find((b) => /^\\s*import/i.test(b.textContent || ''));
        if (button && !button.disabled) { B.marks.mapping = now(); button.click(); }
      }
      const alert = document.querySelector('[data-testid="import-dialog"] [role="alert"]');
      if (alert && alert.textContent) { B.error = alert.textContent.trim(); B.marks.error = now(); return; }
      const count = document.querySelector('[data-testid="front-count"]');
      const line = count && count.closest('p');
      if (!line || !line.textContent.includes('of ${rows} rows')) return;
      const front = Number((count.textContent.match(/\\d[\\d,]*/) || ['0'])[0].replace(/,/g, ''));
      if (!(front > 0) || performance.getEntriesByName('paretoscope:chart-rendered').length === 0) return;
      B.front = front;
      B.marks.dom = now();
      afterPaint(() => (B.marks.ready = now()));
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-render-count', 'disabled'] });
  })();
`;

/**
 * Opened, or refused. A function, not a string: Playwright evaluates a string predicate with `new
 * Function`, which the app's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
const OPENED = () => {
  const b = (window as unknown as { __bench?: { marks: Record<string, number>; error?: string } }).__bench;
  return !!b && (b.marks.ready !== undefined || !!b.error);
};

interface LoadResult {
  readyMs: number | null;
  marks: Record<string, number>;
  front: number | null;
  error: string | null;
  longTasksOver200: number;
  longestTask: number;
  heapBefore: number | null;
  heapAfterGc: number | null;
}

interface Bench {
  browser: Browser;
  app: Served;
  files: Served;
}

async function heap(cdp: CDPSession): Promise<{ before: number; after: number }> {
  const before = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const after = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  return { before, after };
}

async function newPage(bench: Bench, init: string): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await bench.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addInitScript({ content: init });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Opens `url` in a fresh context and waits for `window.__bench.marks.ready` (or an error). */
async function measureLoad(bench: Bench, url: string, init: string): Promise<LoadResult> {
  const { context, page, cdp } = await newPage(bench, init);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(OPENED, null, { timeout: LOAD_TIMEOUT_MS, polling: 250 });
    // Let what follows the first paint (storing the upload, idle work) finish before weighing the heap.
    await page.waitForTimeout(1000);
    const got = (await page.evaluate('({ marks: window.__bench.marks, front: window.__bench.front ?? null, error: window.__bench.error ?? null, longtasks: window.__bench.longtasks })')) as {
      marks: Record<string, number>;
      front: number | null;
      error: string | null;
      longtasks: [number, number][];
    };
    const h = await heap(cdp);
    const end = got.marks.ready ?? got.marks.error ?? Infinity;
    const during = got.longtasks.filter(([start]) => start <= end);
    return {
      readyMs: got.marks.ready ?? null,
      marks: got.marks,
      front: got.front,
      error: got.error ?? (pageErrors.length ? `page error: ${pageErrors[0]}` : null),
      longTasksOver200: during.filter(([, d]) => d > 200).length,
      longestTask: during.reduce((m, [, d]) => Math.max(m, d), 0),
      heapBefore: h.before,
      heapAfterGc: h.after,
    };
  } catch (err) {
    const shot = join(OUT_DIR, `failed-${Date.now()}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new Error(`${url}: ${err instanceof Error ? err.message : String(err)} (screenshot ${shot}; page errors: ${pageErrors.join(' | ') || 'none'})`);
  } finally {
    await context.close();
  }
}

function summarize(runs: LoadResult[]) {
  return {
    ready: median(runs.map((r) => r.readyMs)),
    over200: median(runs.map((r) => r.longTasksOver200)),
    longest: median(runs.map((r) => r.longestTask)),
    heapBefore: median(runs.map((r) => r.heapBefore)),
    heapAfter: median(runs.map((r) => r.heapAfterGc)),
    front: runs.find((r) => r.front != null)?.front ?? null,
    mark: (name: string) => median(runs.map((r) => r.marks[name] ?? null)),
  };
}

const appLink = (bench: Bench, file: string) => `${bench.app.url}/?data=${encodeURIComponent(`${bench.files.url}/data/${file}`)}`;
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

async function partLoad(bench: Bench, files: SyntheticFiles, out: string[]): Promise<void> {
  const file = baseName(files.csv2);
  const { cost, error } = twoObjectives(1_000_000);
  const expected = sweepFrontCount(cost, error);
  const app: LoadResult[] = [];
  const peer: LoadResult[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    // Alternated, so a slow spell of the shared machine hits both.
    app.push(await measureLoad(bench, appLink(bench, file), WATCH_APP('1,000,000')));
    console.error(`  load run ${i + 1}: app ${fmtMs(app[i].readyMs)}${app[i].error ? ` (${app[i].error})` : ''}`);
    peer.push(await measureLoad(bench, `${bench.files.url}/peer/plotly.html?data=${encodeURIComponent(`/data/${file}`)}`, OBSERVE_LONG_TASKS));
    console.error(`  load run ${i + 1}: Plotly ${fmtMs(peer[i].readyMs)}${peer[i].error ? ` (${peer[i].error})` : ''}`);
  }
  const a = summarize(app);
  const p = summarize(peer);
  const errors = [...app, ...peer].map((r) => r.error).filter(Boolean);
  out.push('', `## Load to chart with front — ${file} (synthetic, 1,000,000 rows, 2 objectives), median of ${LOAD_RUNS}`, '');
  out.push('| measure                              | Paretoscope | Plotly peer | app/peer |');
  out.push('|--------------------------------------|-------------|-------------|----------|');
  const row = (name: string, x: string, y: string, r: string) => out.push(`| ${name.padEnd(36)} | ${x.padStart(11)} | ${y.padStart(11)} | ${r.padStart(8)} |`);
  row('load → chart with front painted', fmtMs(a.ready), fmtMs(p.ready), ratio(a.ready, p.ready));
  row('long tasks > 200 ms (count)', String(a.over200 ?? 'n/a'), String(p.over200 ?? 'n/a'), '');
  row('longest main-thread task', fmtMs(a.longest), fmtMs(p.longest), ratio(a.longest, p.longest));
  row('JS heap after load', fmtMB(a.heapBefore), fmtMB(p.heapBefore), ratio(a.heapBefore, p.heapBefore));
  row('JS heap after forced GC', fmtMB(a.heapAfter), fmtMB(p.heapAfter), ratio(a.heapAfter, p.heapAfter));
  row('front size', String(a.front ?? 'n/a'), String(p.front ?? 'n/a'), a.front === p.front ? 'agree' : 'DIFFER');
  out.push('');
  out.push(`runs (ms): app ${app.map((r) => fmtMs(r.readyMs)).join(', ')}; Plotly ${peer.map((r) => fmtMs(r.readyMs)).join(', ')}`);
  out.push(`app: mapping step shown (Import clicked at once) at ${fmtMs(a.mark('mapping'))}; front line and chart in the DOM at ${fmtMs(a.mark('dom'))}`);
  out.push(`Plotly peer: fetched ${fmtMs(p.mark('fetched'))}, parsed ${fmtMs(p.mark('parsed'))}, front ${fmtMs(p.mark('front'))}, plotly_afterplot ${fmtMs(p.mark('afterplot'))}`);
  out.push(`front check: the generator's own sort-and-sweep in node finds ${expected}; app ${a.front ?? 'n/a'}, Plotly page ${p.front ?? 'n/a'}`);
  if (errors.length) out.push(`errors: ${[...new Set(errors)].join(' | ')}`);
}

// ---------------------------------------------------------------------------------------------------
// Interactions

const AFTER_PAINT = `(cb) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = cb; ch.port2.postMessage(0); })`;

/**
 * Runs `act` in the page, then waits until `done()` holds — checked on every DOM mutation of the chart
 * panel and every frame — and for the frame after that to paint. Returns [t0, t1] in page time.
 */
async function timed(page: Page, act: string, done: string, timeoutMs = INTERACT_TIMEOUT_MS): Promise<[number, number]> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const afterPaint = ${AFTER_PAINT};
    const marks = () => performance.getEntriesByName('paretoscope:chart-rendered').length;
    const scatter = () => document.querySelector('[data-testid="chart-panel"] [data-testid="scatter"]');
    const drawMs = { seen: false };
    const startMarks = marks();
    let finished = false;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.type === 'attributes' && r.attributeName === 'data-draw-ms')) drawMs.seen = true;
      poll();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    const poll = () => {
      if (finished) return;
      let ok = false;
      try { ok = (${done})({ startMarks, marks, scatter, drawMs }); } catch (e) { ok = false; }
      if (ok) {
        finished = true;
        observer.disconnect();
        afterPaint(() => resolve([t0, performance.now()]));
      } else if (performance.now() - t0 > ${timeoutMs}) {
        finished = true;
        observer.disconnect();
        reject(new Error('the app did not redraw within ${timeoutMs} ms'));
      } else requestAnimationFrame(poll);
    };
    ${act}
    poll();
  })`) as Promise<[number, number]>;
}

async function longestBetween(page: Page, t0: number, t1: number): Promise<number> {
  // Long-task entries arrive after their task ends; give them a moment.
  await page.waitForTimeout(150);
  const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
  return tasks.filter(([s, d]) => s + d >= t0 && s <= t1).reduce((m, [, d]) => Math.max(m, d), 0);
}


const NEW_MARK = `(s) => s.marks() > s.startMarks`;

/**
 * Waits until the page is quiet — five frames in a row less than 100 ms apart, or at most a minute —
 * so that work left over from one interaction (a worker's answer landing, a deferred redraw) does not
 * land in the next.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    let last = start, calm = 0;
    const frame = (t) => {
      calm = t - last < 100 ? calm + 1 : 0;
      last = t;
      if (calm >= 5 || t - start > 60000) resolve(undefined); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })`);
}
/** Sets an input's or select's value the way React notices (the native setter, then the event). */
const SET_VALUE = (find: string, value: string, event: 'input' | 'change') => `{
  const el = ${find};
  if (!el) throw new Error('no element for ${event}');
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${value});
  el.dispatchEvent(new Event('${event}', { bubbles: true }));
}`;
const CANVAS = `document.querySelector('[data-testid="chart-panel"] [data-testid="scatter-canvas"]')`;

interface Interaction {
  name: string;
  /** Untimed, before each run (filling a form, moving the mouse away). */
  prepare?: (page: Page) => Promise<void>;
  act: (i: number) => string;
  done: string;
  /** Untimed, after the last run (undo what would change the other measures). */
  cleanup?: (page: Page, runs: number) => Promise<void>;
  timeoutMs?: number;
}

/** Removes every constraint, each time waiting for the app to redraw (untimed). */
async function removeConstraints(page: Page): Promise<void> {
  while ((await page.getByRole('button', { name: /^Remove constraint/ }).count()) > 0) {
    await timed(page, `document.querySelector('button[aria-label^="Remove constraint"]').click();`, NEW_MARK, SETTLE_TIMEOUT_MS);
    await settle(page);
  }
}

/** The next objective sense button not pressed: clicking it flips that objective; the next call flips it back. */
const FLIP_SENSE = `document.querySelector('[data-testid^="sense-"][aria-pressed="false"]').click();`;

function interactions(hoverAt: { x: number; y: number }[], center: { x: number; y: number }): Interaction[] {
  return [
    {
      name: 'x axis column',
      // Another numeric column than the current x and y.
      act: () =>
        SET_VALUE(
          `document.querySelector('[data-testid="x-select"]')`,
          `[...document.querySelector('[data-testid="x-select"]').options].map((o) => o.value).find((v) => v !== document.querySelector('[data-testid="x-select"]').value && v !== document.querySelector('[data-testid="y-select"]').value)`,
          'change',
        ),
      done: NEW_MARK,
    },
    {
      name: 'objective min ↔ max',
      act: () => FLIP_SENSE,
      done: NEW_MARK,
      cleanup: async (page, runs) => {
        if (runs % 2) await timed(page, FLIP_SENSE, NEW_MARK, SETTLE_TIMEOUT_MS);
      },
    },
    {
      name: 'weight slider',
      act: (i) => SET_VALUE(`document.querySelector('input[type="range"][data-testid^="weight-"]')`, `'${['0.25', '0.8', '0.4', '0.6'][i % 4]}'`, 'input'),
      done: NEW_MARK,
    },
    {
      name: 'add a constraint (cost ≤ 12)',
      prepare: async (page) => {
        await removeConstraints(page);
        await page.getByTestId('constraint-column').selectOption('cost');
        await page.getByTestId('constraint-op').selectOption('<=');
        await page.getByTestId('constraint-value').fill('12');
        await page.waitForTimeout(300);
      },
      act: () => `document.querySelector('[data-testid="constraint-add"]').click();`,
      done: NEW_MARK,
      cleanup: removeConstraints,
    },
    {
      name: 'hover a point (tooltip shown)',
      prepare: async (page) => {
        await page.evaluate(`${CANVAS}.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false, pointerType: 'mouse', isPrimary: true }))`);
        await page.waitForFunction(() => !document.querySelector('[data-testid="scatter-tooltip"]'), null, { timeout: 5000 }).catch(() => undefined);
        await page.waitForTimeout(200);
      },
      act: (i) => {
        const p = hoverAt[i % hoverAt.length];
        return `${CANVAS}.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, cancelable: true, clientX: ${p.x}, clientY: ${p.y}, pointerType: 'mouse', isPrimary: true }));`;
      },
      done: `() => !!document.querySelector('[data-testid="scatter-tooltip"]')`,
    },
    {
      name: 'zoom (one wheel step)',
      act: (i) =>
        `${CANVAS}.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: ${center.x}, clientY: ${center.y}, deltaY: ${i % 2 ? 120 : -120}, deltaMode: 0 }));`,
      done: `(s) => s.drawMs.seen`,
      prepare: async (page) => page.waitForTimeout(400),
    },
  ];
}

async function partInteract(bench: Bench, files: SyntheticFiles, out: string[]): Promise<void> {
  const file = baseName(files.csv3);
  const { context, page } = await newPage(bench, WATCH_APP('1,000,000'));
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  out.push('', `## Interactions on ${file} (synthetic, 1,000,000 rows, 3 objectives + a category), ${INTERACT_RUNS} runs each`, '');
  try {
    await page.goto(appLink(bench, file), { waitUntil: 'commit' });
    await page.waitForFunction(OPENED, null, { timeout: LOAD_TIMEOUT_MS, polling: 250 });
    const opened = (await page.evaluate('({ ready: window.__bench.marks.ready, error: window.__bench.error, front: window.__bench.front })')) as { ready?: number; error?: string; front?: number };
    if (opened.error) {
      out.push(`not measured: the app did not open the file: ${opened.error}`);
      return;
    }
    out.push(`opened (load → chart with front, one run) in ${fmtMs(opened.ready)}; front ${opened.front} rows`, '');
    console.error(`  opened in ${fmtMs(opened.ready)}`);
    await settle(page);
    const box = await page.getByTestId('chart-panel').getByTestId('scatter-canvas').first().boundingBox();
    if (!box) throw new Error('no scatter canvas');
    const at = (fx: number, fy: number) => ({ x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) });
    const hoverAt = [at(0.5, 0.5), at(0.35, 0.6), at(0.6, 0.4), at(0.45, 0.45)];
    out.push('| interaction                    | median ms | max ms | longest task (median) | longest task (max) |');
    out.push('|--------------------------------|-----------|--------|-----------------------|--------------------|');
    for (const it of interactions(hoverAt, at(0.5, 0.5))) {
      const times: (number | null)[] = [];
      const longest: (number | null)[] = [];
      const notes: string[] = [];
      for (let i = 0; i < INTERACT_RUNS; i++) {
        try {
          await it.prepare?.(page);
          const [t0, t1] = await timed(page, it.act(i), it.done, it.timeoutMs);
          times.push(t1 - t0);
          longest.push(await longestBetween(page, t0, t1));
        } catch (err) {
          const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
          times.push(message.includes('did not redraw within') ? Infinity : null);
          longest.push(null);
          notes.push(message);
        }
        await settle(page);
      }
      try {
        await it.cleanup?.(page, INTERACT_RUNS);
        await settle(page);
      } catch (err) {
        notes.push(`undoing it: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      const ok = times.filter((t): t is number => t != null);
      const longOk = longest.filter((t): t is number => t != null);
      out.push(
        `| ${it.name.padEnd(30)} | ${fmtMs(median(times)).padStart(9)} | ${fmtMs(ok.length ? Math.max(...ok) : null).padStart(6)} | ${fmtMs(median(longest)).padStart(21)} | ${fmtMs(longOk.length ? Math.max(...longOk) : null).padStart(18)} |`,
      );
      console.error(`  ${it.name}: ${times.map(fmtMs).join(', ')}`);
      if (notes.length) out.push(`|   ↳ ${[...new Set(notes)].join('; ')}`);
    }
    out.push('', '(longest task: 0 ms = no main-thread task over 50 ms during the interaction)');
    if (pageErrors.length) out.push(`page errors: ${[...new Set(pageErrors)].join(' | ')}`);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Parquet

async function partParquet(bench: Bench, files: SyntheticFiles, out: string[]): Promise<void> {
  out.push('', '## Parquet by ?data= (synthetic, 3 numeric columns)', '');
  out.push('| file                               | rows       | runs | load → chart with front | heap after GC | long tasks > 200 ms | longest task | result |');
  out.push('|------------------------------------|------------|------|-------------------------|---------------|---------------------|--------------|--------|');
  const cases = [
    { path: files.parquet1m, rows: '1,000,000', runs: LOAD_RUNS },
    // One run: ten times the data; a failed open is as quick as the others, a real one is long.
    { path: files.parquet10m, rows: '10,000,000', runs: 1 },
  ];
  for (const c of cases) {
    const file = baseName(c.path);
    const runs: LoadResult[] = [];
    for (let i = 0; i < c.runs; i++) {
      const r = await measureLoad(bench, appLink(bench, file), WATCH_APP(c.rows));
      runs.push(r);
      console.error(`  ${file} run ${i + 1}: ${r.error ? `not supported yet: ${r.error}` : fmtMs(r.readyMs)}`);
      if (r.error) break; // the same refusal every time
    }
    const s = summarize(runs);
    const error = runs.find((r) => r.error)?.error;
    const result = error ? `not supported yet: ${error}` : `front ${s.front}`;
    out.push(
      `| ${file.padEnd(34)} | ${c.rows.padStart(10)} | ${String(runs.length).padStart(4)} | ${(error ? '—' : fmtMs(s.ready)).padStart(23)} | ${(error ? '—' : fmtMB(s.heapAfter)).padStart(13)} | ${String(error ? '—' : s.over200).padStart(19)} | ${(error ? '—' : fmtMs(s.longest)).padStart(12)} | ${result} |`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------

const PARTS = ['load', 'interact', 'parquet'] as const;
type Part = (typeof PARTS)[number];

export async function main(parts: readonly Part[] = PARTS): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`Build first: npx vite build (no ${DIST}/index.html)`);
  console.error('million-row browser benchmark: preparing synthetic files (written once, into bench/.out/)…');
  const files = await ensureSyntheticFiles((s) => console.error(`  ${s}`), {
    csv2: parts.includes('load'),
    csv3: parts.includes('interact'),
    parquet1m: parts.includes('parquet'),
    parquet10m: parts.includes('parquet'),
  });
  const peerDir = join(OUT_DIR, 'peer');
  writePlotlyPeer(peerDir);
  const app = await serveApp(DIST);
  const served = await serveFiles({
    data: OUT_DIR,
    peer: peerDir,
    vendor: {
      'plotly.min.js': join(ROOT, 'node_modules/plotly.js-dist-min/plotly.min.js'),
      'papaparse.min.js': join(ROOT, 'node_modules/papaparse/papaparse.min.js'),
    },
  });
  const executablePath = process.env.PARETOSCOPE_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
  const bench: Bench = { browser, app, files: served };
  const out: string[] = [`# Paretoscope million-row browser benchmark — ${new Date().toISOString()}, headless Chromium ${browser.version()}, production build`];
  out.push('All tables are SYNTHETIC (seeded generator, bench/browser/synthetic.ts). Times are from navigation start to the painted frame.');
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  out.push(`Machine: ${cpus().length} cores, load average ${load()} at the start — a busy machine slows both sides; compare ratios, not absolute times.`);
  let failed: unknown = null;
  try {
    for (const part of parts) {
      console.error(`${part}…`);
      const t0 = performance.now();
      try {
        if (part === 'load') await partLoad(bench, files, out);
        if (part === 'interact') await partInteract(bench, files, out);
        if (part === 'parquet') await partParquet(bench, files, out);
      } catch (err) {
        // A real error (a page that never answered, a missing element): said, the other parts still run.
        out.push('', `## ${part}: ERROR — ${err instanceof Error ? err.message : String(err)}`);
        failed = err;
      }
      console.error(`${part} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    out.push('', `load average at the end: ${load()}`);
  } finally {
    await browser.close();
    await app.close();
    await served.close();
  }
  console.log(out.join('\n'));
  if (failed) throw failed;
}

/** Parts from the arguments or PARETOSCOPE_BENCH (comma-separated); unknown names are an error. */
export function partsFrom(words: string[]): Part[] {
  const asked = words.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean);
  const unknown = asked.filter((w) => !(PARTS as readonly string[]).includes(w));
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; expected some of ${PARTS.join(', ')}`);
  return asked.length ? (asked as Part[]) : [...PARTS];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(partsFrom([...process.argv.slice(2), ...(process.env.PARETOSCOPE_BENCH ? [process.env.PARETOSCOPE_BENCH] : [])])).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
