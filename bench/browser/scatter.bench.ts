/**
 * `npx tsx bench/browser/scatter.bench.ts`: the scatter at 1,000,000 rows in real headless Chromium
 * (software rendering, `--disable-gpu`), against a production build (PARETOSCOPE_BENCH_DIST, default
 * dist), with a seeded synthetic table opened through a `?data=` link whose file the browser is handed
 * by a route (no file on disk, no second server). For each interaction it prints the canvas redraw
 * (`data-draw-ms`, the scatter's own draw), the latency to the next `paretoscope:chart-rendered` mark
 * where the interaction produces one, and the longest main-thread task seen (Long Tasks API).
 * Prints figures; never fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { mulberry32 } from '../../src/core/testing/arbitraries';

const PORT = Number(process.env.PARETOSCOPE_BENCH_PORT || 4191);
const DIST = process.env.PARETOSCOPE_BENCH_DIST || 'dist';
const ROWS = Number(process.env.ROWS || 1_000_000);
const RUNS = Number(process.env.RUNS || 9);

/** A noisy accuracy / cost / latency trade-off, one row per synthetic run. */
function syntheticCsv(rows: number, seed: number): string {
  const rand = mulberry32(seed);
  const lines = ['name,accuracy,cost,latency_ms'];
  for (let i = 0; i < rows; i++) {
    const c = 10 ** (-2 + 4 * rand());
    const l = rand() * 1000;
    const acc = Math.min(99.9, 40 + 12 * Math.log10(1 + 100 * c) + 0.01 * l + rand() * 15);
    lines.push(`run${i},${acc.toFixed(3)},${c.toPrecision(5)},${l.toFixed(2)}`);
  }
  return lines.join('\n');
}

const quantile = (xs: number[], q: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Long tasks, recorded from the first script on. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

async function longestTaskSince(page: Page, t: number): Promise<number> {
  return page.evaluate(`Math.max(0, ...window.__longTasks.filter(([s]) => s >= ${t}).map(([, d]) => d))`) as Promise<number>;
}

/** Polls an expression (waitForFunction's string form is an eval, which the app's CSP forbids). */
async function waitFor(page: Page, expr: string, timeoutMs = 300_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(expr).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;
const drawMs = (page: Page) => page.evaluate(`Number(document.querySelector('[data-testid=scatter]').dataset.drawMs)`) as Promise<number>;
const settle = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');

/** ms from running `act` in the page to the next chart-rendered mark (see weights.bench.ts). */
async function latency(page: Page, act: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const before = performance.getEntriesByName('paretoscope:chart-rendered').length;
    const t0 = performance.now();
    ${act}
    const poll = () => {
      const all = performance.getEntriesByName('paretoscope:chart-rendered');
      if (all.length > before) return resolve(all[all.length - 1].startTime - t0);
      if (performance.now() - t0 > 30000) return reject(new Error('no chart-rendered mark within 30 s'));
      setTimeout(poll, 1);
    };
    poll();
  })`) as Promise<number>;
}

interface Row {
  name: string;
  draw: number[];
  latency: number[];
  longest: number;
}

async function measure(page: Page, name: string, runs: number, act: (i: number) => Promise<number | null>): Promise<Row> {
  const t = await now(page);
  const row: Row = { name, draw: [], latency: [], longest: 0 };
  for (let i = 0; i < runs; i++) {
    const ms = await act(i);
    await settle(page);
    if (ms !== null) row.latency.push(ms);
    row.draw.push(await drawMs(page));
    await page.waitForTimeout(150);
  }
  row.longest = await longestTaskSince(page, t);
  return row;
}

async function main() {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`Build first: npx vite build --outDir ${DIST}`);
  // The vite binary itself, not npx: killing npx would leave the server running.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const csv = syntheticCsv(ROWS, 20261203);
    const executablePath = process.env.PARETOSCOPE_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const file = `http://localhost:${PORT}/synthetic-${ROWS}.csv`;
    await page.route(file, (route) => route.fulfill({ body: csv, contentType: 'text/csv' }));
    const t0 = Date.now();
    await page.goto(`http://localhost:${PORT}/?data=${encodeURIComponent(file)}&x=cost&y=accuracy&xscale=log&objectives=accuracy:max,cost:min,latency_ms:min`);
    await waitFor(page, `Number(document.querySelector('[data-testid=scatter]')?.dataset.renderCount) > 0 && document.body.textContent.includes('${ROWS.toLocaleString('en-US')}')`);
    await page.waitForTimeout(3000);
    console.log(`opened ${ROWS.toLocaleString('en-US')} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s; first draw ${(await drawMs(page)).toFixed(1)} ms`);
    const canvas = page.getByTestId('scatter-canvas');
    const box = (await canvas.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const rows: Row[] = [];

    rows.push(
      await measure(page, 'zoom (wheel) frame', RUNS, async (i) => {
        await page.mouse.move(cx + (i % 3) * 20, cy);
        await page.mouse.wheel(0, i % 2 === 0 ? -240 : 200);
        return null;
      }),
    );
    await page.mouse.dblclick(cx, cy);
    await page.waitForTimeout(800);
    rows.push(
      await measure(page, 'pan (drag) frame', RUNS, async (i) => {
        await page.mouse.wheel(0, -300);
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        await page.mouse.move(cx + (i % 2 ? 40 : -40), cy + 10, { steps: 1 });
        await page.mouse.up();
        return null;
      }),
    );
    await page.mouse.dblclick(cx, cy);
    await page.waitForTimeout(800);

    // Hover: from the pointer event to the frame after it, with the hover mark and tooltip drawn.
    const hover: number[] = [];
    const th = await now(page);
    const rand = mulberry32(5);
    for (let i = 0; i < RUNS * 4; i++) {
      const x = box.x + box.width * (0.1 + 0.8 * rand());
      const y = box.y + box.height * (0.1 + 0.8 * rand());
      hover.push(
        (await page.evaluate(`new Promise((resolve) => {
          const el = document.querySelector('[data-testid=scatter-canvas]');
          const t0 = performance.now();
          el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: ${x}, clientY: ${y}, pointerType: 'mouse' }));
          const sync = performance.now() - t0;
          requestAnimationFrame(() => resolve([sync, performance.now() - t0]));
        })`)) as number,
      );
      await page.waitForTimeout(30);
    }
    const hoverSync = (hover as unknown as [number, number][]).map((h) => h[0]);
    const hoverFrame = (hover as unknown as [number, number][]).map((h) => h[1]);
    const hoverLongest = await longestTaskSince(page, th);

    rows.push(
      await measure(page, 'colour switch (restyle)', RUNS, (i) =>
        latency(page, `document.querySelector('[data-testid="color-${i % 2 === 0 ? 'rank' : 'front'}"]').click();`),
      ),
    );
    rows.push(
      await measure(page, 'sense toggle (cost)', RUNS, (i) =>
        latency(page, `document.querySelector('[data-testid="sense-cost-${i % 2 === 0 ? 'max' : 'min'}"]').click();`),
      ),
    );
    const xs = await page.getByTestId('x-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const y = await page.getByTestId('y-select').inputValue();
    const choices = xs.filter((v) => v !== y).slice(0, 2);
    rows.push(
      await measure(page, `axis change (x: ${choices.join(' ↔ ')})`, RUNS, (i) =>
        latency(
          page,
          `const el = document.querySelector('[data-testid="x-select"]');
           el.value = ${JSON.stringify(choices[(i + 1) % choices.length])};
           el.dispatchEvent(new Event('change', { bubbles: true }));`,
        ),
      ),
    );
    await browser.close();

    const f = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(1)).padStart(9);
    console.log(`Scatter at ${ROWS.toLocaleString('en-US')} rows — ${new Date().toISOString()}, ${RUNS} runs each, headless Chromium, --disable-gpu, ${DIST}`);
    console.log('| interaction                          | draw median ms | draw max | to rendered median | longest task ms |');
    console.log('|--------------------------------------|----------------|----------|--------------------|-----------------|');
    for (const r of rows) {
      console.log(`| ${r.name.padEnd(36)} | ${f(quantile(r.draw, 0.5)).padStart(14)} | ${f(Math.max(...r.draw)).padStart(8)} | ${f(r.latency.length ? quantile(r.latency, 0.5) : undefined).padStart(18)} | ${f(r.longest).padStart(15)} |`);
    }
    console.log(`| hover: handler, then to next frame   | ${f(quantile(hoverSync, 0.5)).padStart(14)} | ${f(Math.max(...hoverSync)).padStart(8)} | ${f(quantile(hoverFrame, 0.5)).padStart(18)} | ${f(hoverLongest).padStart(15)} |`);
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
