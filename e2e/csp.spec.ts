/**
 * The app under its own Content-Security-Policy: the policy is in the built page and in the preview
 * server's headers, the main flows (a bundled dataset, PNG/SVG/CSV exports, the import dialog with its
 * parse worker) cause no violation, and the watcher really sees a violation when there is one.
 */
import { join } from 'node:path';
import { expect, test } from './support/test';
import { waitForChart } from './support/page';

const BEAMS = join(import.meta.dirname, 'fixtures', 'beam-designs.csv');

test('the built page carries a strict CSP and the server sends the security headers', async ({ page, request }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['content-security-policy']).toContain('frame-ancestors *');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).not.toBeNull();
  const directives = new Map(meta!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
  expect(directives.get('default-src')).toBe("'self'");
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('style-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
  expect(directives.get('form-action')).toBe("'none'");
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
  // The meta tag comes before every script, so it governs them all.
  const order = await page.evaluate(() => Array.from(document.head.children, (e) => e.tagName + (e.getAttribute('http-equiv') ?? '')));
  expect(order.indexOf('METAContent-Security-Policy')).toBeLessThan(order.indexOf('SCRIPT'));
  // No source maps: none referenced from the served scripts, none served.
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    expect(await (await request.get(src)).text()).not.toContain('sourceMappingURL');
    const map = await request.get(`${src}.map`);
    expect(map.ok() && (map.headers()['content-type'] ?? '').includes('json')).toBe(false);
  }
});

test('a bundled dataset, PNG/SVG/CSV exports and the import dialog run without a CSP violation', async ({ page }) => {
  await page.goto('/?dataset=aider-polyglot&x=total_cost&y=pass_rate_2');
  await waitForChart(page);
  for (const kind of ['png', 'svg', 'csv-all']) {
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
    expect((await download.path()) ?? '').not.toBe('');
  }
  // Parallel coordinates and the dark figure draw other marks.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-dark').click();
  const [dark] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(dark.suggestedFilename()).toMatch(/\.png$/);

  // The import dialog: choose a file, which goes through the parse worker, and map it.
  await page.getByRole('button', { name: /add data/i }).click();
  await page.getByTestId('file-input').setInputFiles(BEAMS);
  await expect(page.getByTestId('mapping-step')).toBeVisible();
  const violations = await page.evaluate(() => window.__cspViolations ?? null);
  expect(violations).toEqual([]);
});

test('the watcher sees a violation: an injected inline script is refused and reported', async ({ page, cspViolations }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Paretoscope' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injectedRan = true';
    document.head.append(s);
    const el = document.createElement('div');
    el.setAttribute('style', 'color: red');
    document.body.append(el);
    return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.map((v) => v.directive).sort()).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
  // Expected here; the other tests' zero rests on this watcher.
  cspViolations.length = 0;
});
