import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Ships the bundled datasets (data/: files, cards, index.json) with the build under /data/, byte for
 * byte. In dev, Vite serves the project root, so /data/ already resolves there.
 */
function bundledData(): Plugin {
  const root = join(import.meta.dirname, 'data');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return {
    name: 'paretoscope-bundled-data',
    apply: 'build',
    generateBundle() {
      for (const file of walk(root)) {
        this.emitFile({ type: 'asset', fileName: `data/${relative(root, file)}`, source: readFileSync(file) });
      }
    },
  };
}

/**
 * The Content-Security-Policy the app ships with. Everything it loads is its own (scripts, the CSS
 * file, workers, bundled data); `connect-src` also allows http(s) because `data=` links and the import
 * dialog fetch tables from any address the person gives. Images may be blob:/data: (the PNG export
 * draws the SVG figure through a blob: image). `style-src 'self'` with no 'unsafe-inline': the built app
 * has no <style> element and no style attribute in markup — React and d3 set styles through the CSSOM
 * (`element.style`), which CSP does not govern — and e2e/csp.spec.ts fails on any violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers for `vite preview` (and, copied, for a static host: see README "Deploying"). A meta tag
 * cannot carry `frame-ancestors`, so the header adds it: `*`, because embed mode (`embed=1`) exists to
 * be put in an iframe on other sites.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Puts the policy in the built index.html as the first tag of <head>, before any script. Build only:
 * the dev server injects inline scripts and <style> elements (React refresh, CSS hot reload) that a
 * strict policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'paretoscope-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), bundledData(), contentSecurityPolicy()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  // Module workers (the app starts them with { type: 'module' }) so that a worker's dynamic imports
  // become chunks of their own: the parse worker loads the Parquet and Arrow readers, and each
  // decompressor, only for a file that needs them.
  worker: { format: 'es' },
  // No source maps: the served build would publish them to anyone.
  build: {
    sourcemap: false,
    // Libraries the first page needs in chunks of their own: each stays under the size warning and is
    // cached across releases. `$initial` keeps a library used only by a part that loads on first use
    // (import, comparison, parallel coordinates, export) with that part instead of in the first load;
    // e2e/first-load.spec.ts holds the first load to its budget.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](?:react|react-dom|scheduler)[\\/]/, tags: ['$initial'], priority: 20 },
            { name: 'd3', test: /node_modules[\\/](?:d3|d3-[a-z-]+|delaunator|internmap|robust-predicates)[\\/]/, tags: ['$initial'], priority: 15 },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
});
