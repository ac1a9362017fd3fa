import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * e2e tests run against the production build (`vite preview`) in a real headless Chromium:
 * PARETOSCOPE_CHROMIUM if set, else Debian's /usr/bin/chromium if present, else the browser that
 * `npx playwright install chromium` downloaded.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.PARETOSCOPE_CHROMIUM || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
const port = Number(process.env.PARETOSCOPE_E2E_PORT || 4173);
// Another build directory (`vite build --outDir <dir>`) lets two checkouts' e2e runs share a machine.
const outDir = process.env.PARETOSCOPE_E2E_DIST || 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host localhost --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
