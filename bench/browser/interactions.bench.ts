/**
 * `npx tsx bench/browser/interactions.bench.ts [rows]` (after a build; PARETOSCOPE_BENCH_DIST picks the
 * build directory, PARETOSCOPE_BENCH_PORT the port): in headless Chromium, a seeded synthetic table
 * (default 1,000,000 rows × 3 objectives + a group column) opened by a `?data=` link served inside the
 * browser context, then each interaction — sense toggle, x axis, weight, colour by rank, hide a group,
 * hover, wheel zoom — timed from the input to the last `paretoscope:chart-rendered` mark once the view
 * has settled (nothing computing, no mark for 400 ms), with the longest main-thread task (Long Tasks
 * API) in that span. Prints medians; never fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { mulberry32 } from '../../src/core/testing/arbitraries';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const PORT = Number(process.env.PARETOSCOPE_BENCH_PORT || 4191);
const DIST = process.env.PARETOSCOPE_BENCH_DIST || 'dist';
const RUNS = Number(process.env.PARETOSCOPE_BENCH_RUNS || 5);
const URL_ = 'https://raw.githubusercontent.com/paretoscope-bench/data/main/synthetic.csv';

function syntheticCsv(rows: number): string {
  const rand = mulberry32(20261203);
  const lines = ['family,accuracy,cost,latency'];
  for (let i = 0; i < rows; i++) {
    const c = rand() * 100;
    const l = rand() * 1000;
    const acc = Math.min(99.9, 40 + (30 * Math.log10(1 + c)) / 2 + 0.02 * l + rand() * 15);
    lines.push(`${'abcdefgh'[Math.floor(rand() * 8)]},${acc.toFixed(3)},${c.toFixed(4)},${l.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `act` (page code) and waits until the view settles: ms to the last chart mark, longest task. */
async function measure(page: Page, act: string): Promise<{ ms: number; longest: number }> {
  return page.evaluate(`new Promise((resolve) => {
    const marks = () => performance.getEntriesByName('paretoscope:chart-rendered');
    const before = marks().length;
    const t0 = performance.now();
    ${act}
    let lastCount = before;
    let lastChange = performance.now();
    const poll = () => {
      const all = marks();
      const now = performance.now();
      if (all.length !== lastCount) { lastCount = all.length; lastChange = now; }
      const busy = (document.querySelector('[data-testid=computing]')?.textContent ?? '') !== '';
      if ((!busy && now - lastChange > 400 && now - t0 > 400) || now - t0 > 60000) {
        const end = all.length > before ? all[all.length - 1].startTime : t0;
        const longest = (window.__longTasks || []).filter((t) => t.startTime + t.duration >= t0).reduce((m, t) => Math.max(m, t.duration), 0);
        resolve({ ms: end - t0, longest });
      } else setTimeout(poll, 20);
    };
    poll();
  })`) as Promise<{ ms: number; longest: number }>;
}

async function main() {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`Build first: npx vite build --outDir ${DIST}`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const csv = syntheticCsv(ROWS);
    const executablePath = process.env.PARETOSCOPE_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.context().route(URL_, (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*' }, body: csv }));
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: PerformanceEntry[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    });
    const t0 = Date.now();
    await page.goto(`http://localhost:${PORT}/?data=${URL_}&x=cost&y=accuracy&objectives=accuracy:max,cost:min,latency:min&group=family`);
    const shown = `of ${ROWS.toLocaleString('en-US')}`;
    await page.locator('p:has([data-testid=front-count])').getByText(shown).waitFor({ timeout: 600_000 });
    console.log(`opened ${ROWS.toLocaleString('en-US')} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await page.waitForTimeout(3000);

    const click = (id: string) => `document.querySelector('[data-testid="${id}"]').click();`;
    const select = (id: string, v: string) =>
      `{ const el = document.querySelector('[data-testid="${id}"]'); const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set; set.call(el, '${v}'); el.dispatchEvent(new Event('change', { bubbles: true })); }`;
    const slide = (id: string, v: string) =>
      `{ const el = document.querySelector('[data-testid="${id}"]'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(el, '${v}'); el.dispatchEvent(new Event('input', { bubbles: true })); }`;
    const canvas = `document.querySelector('[data-testid=chart-panel] canvas')`;
    const steps: [string, (i: number) => string][] = [
      ['sense toggle (latency)', (i) => click(`sense-latency-${i % 2 === 0 ? 'max' : 'min'}`)],
      ['x axis change', (i) => select('x-select', i % 2 === 0 ? 'latency' : 'cost')],
      ['weight (cost)', (i) => slide('weight-cost', (0.2 + 0.15 * i).toFixed(2))],
      ['colour by rank / front', (i) => click(`color-${i % 2 === 0 ? 'rank' : 'front'}`)],
      ['hover', (i) => `{ const c = ${canvas}; const r = c.getBoundingClientRect(); c.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: r.left + r.width * 0.3 + ${i * 7}, clientY: r.top + r.height / 2 })); }`],
      ['wheel zoom', (i) => `{ const c = ${canvas}; const r = c.getBoundingClientRect(); c.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: ${i % 2 ? 120 : -120}, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 })); }`],
    ];
    const rows: { interaction: string; 'median ms': number; 'max ms': number; 'longest task ms': number }[] = [];
    for (const [name, act] of steps) {
      const got: { ms: number; longest: number }[] = [];
      for (let i = 0; i < RUNS; i++) got.push(await measure(page, act(i)));
      rows.push({
        interaction: name,
        'median ms': +median(got.map((g) => g.ms)).toFixed(0),
        'max ms': +Math.max(...got.map((g) => g.ms)).toFixed(0),
        'longest task ms': +Math.max(...got.map((g) => g.longest)).toFixed(0),
      });
    }
    console.table(rows);
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
