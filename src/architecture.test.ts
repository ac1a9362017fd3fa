/**
 * Keeps the layering honest: imports flow core <- data <- state <- charts <- features <- app
 * (workers import core, data and state's pure derivations), and core/ stays pure — no React, DOM or d3-selection, no packages at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname);
const LAYERS = ['core', 'data', 'state', 'charts', 'features', 'app'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
export function importsOf(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;\s])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

function layerOf(file: string): string {
  return relative(SRC, file).split(sep)[0];
}

describe('architecture', () => {
  it('finds imports in every syntax it guards against', () => {
    const code = `import React from 'react';\nimport { select } from "d3-selection";\nexport * from './x';\nimport 'side-effect';\nconst m = import('lazy');\nconst r = require('cjs');`;
    expect(importsOf(code)).toEqual(['react', 'd3-selection', './x', 'side-effect', 'lazy', 'cjs']);
  });

  it('core/ imports nothing outside core/ (no React, DOM, d3-selection or other packages)', () => {
    const coreDir = join(SRC, 'core');
    const offenders: string[] = [];
    for (const file of sourceFiles(coreDir)) {
      const isTest = /\.test\.ts$/.test(file) || file.includes(`${sep}testing${sep}`);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(coreDir)) offenders.push(`${relative(SRC, file)} -> ${spec}`);
        } else if (!(isTest && ['vitest', 'fast-check', 'node:fs', 'node:path'].includes(spec))) {
          offenders.push(`${relative(SRC, file)} -> ${spec}`);
        }
      }
      const code = readFileSync(file, 'utf8');
      if (!isTest && /\b(document|window|globalThis)\s*\.|\blocalStorage\b|\bHTMLElement\b/.test(code)) {
        offenders.push(`${relative(SRC, file)} uses a DOM global`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("workers reach no React, store or DOM code through the state modules they import", () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) {
          if (/^(react|react-dom|zustand|@tanstack|d3)(\/|-|$)/.test(spec)) offenders.push(`${relative(SRC, file)} -> ${spec}`);
          continue;
        }
        const target = resolve(dirname(file), spec);
        const path = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].find((p) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        });
        if (path) visit(path);
      }
    };
    for (const file of sourceFiles(join(SRC, 'workers'))) if (!/\.test\.tsx?$/.test(file)) visit(file);
    expect([...seen].some((f) => f.includes(`${sep}state${sep}derive.ts`))).toBe(true);
    expect(offenders).toEqual([]);
  });

  it('layers import only from layers below them', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = layerOf(file);
      const rank = LAYERS.indexOf(from as (typeof LAYERS)[number]);
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const to = layerOf(resolve(dirname(file), spec));
        if (to === from) continue;
        // Workers run core/ math, data/ parsing (imports are parsed in a worker with the very
        // parseTable the main thread uses for small files) and state/'s derivation (large views are
        // derived in a worker with the very deriveView the page uses for small ones), nothing that
        // touches React or the store.
        if (from === 'workers') {
          if (to !== 'core' && to !== 'data' && to !== 'state') offenders.push(`${relative(SRC, file)} -> ${spec} (workers import core, data and state only)`);
          continue;
        }
        const toRank = LAYERS.indexOf(to as (typeof LAYERS)[number]);
        if (rank >= 0 && toRank > rank) offenders.push(`${relative(SRC, file)} -> ${spec} (${from} may not import ${to})`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
