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

export default defineConfig({
  plugins: [react(), tailwindcss(), bundledData()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
