/**
 * `npx tsx bench/charts.bench.ts`: the scatter's pure per-interaction work at 1,000,000 rows, on the
 * chart harness' seeded synthetic "ml" table (cost over four decades on a log axis, a pass rate, 5 %
 * filtered rows drawn faint, 1 % missing values): point styling, the software raster of every layer
 * into an ImageData-sized buffer (the full redraw minus putImageData), the hover index build and a
 * hover query. Prints medians of CPU time; never fails. The browser side (putImageData, React) is measured by
 * bench/browser/scatter.bench.ts.
 */
import { toAxisSpace } from '../src/charts/domain';
import { buildHitIndex, findNearest } from '../src/charts/hitTest';
import { deriveView, makeTable } from '../src/charts/harness/data';
import { buildPointStyles, type StyledPoints } from '../src/charts/pointStyles';
import { compositeStyles, type RasterSprite } from '../src/charts/raster';
import { LIGHT_THEME } from '../src/charts/theme';
import type { ScatterColor } from '../src/charts/types';
import { axisMap } from '../src/charts/viewScales';
import { mulberry32 } from '../src/core/testing/arbitraries';
import { color as d3color } from 'd3';

const N = Number(process.env.ROWS || 1_000_000);
const W = 1000;
const H = 600;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median CPU time of this process per call, in ms: on a shared machine the wall clock also counts
 * other people's work. (The browser bench reports wall-clock times.)
 */
function time(fn: () => unknown, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.cpuUsage();
    fn();
    const d = process.cpuUsage(s);
    t.push((d.user + d.system) / 1000);
  }
  return median(t);
}

/**
 * A disk's pixels with analytic anti-aliasing (4×4 supersampling): what sprites.ts gets from the
 * canvas, without a canvas.
 */
function diskRaster(radius: number, pad: number, css: string): RasterSprite {
  const c = d3color(css)!.rgb();
  const alpha = c.opacity;
  const size = Math.ceil(2 * pad + 2);
  const mid = size / 2;
  const ox: number[] = [];
  const oy: number[] = [];
  const words: number[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hit = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (Math.hypot(x + (sx + 0.5) / 4 - mid, y + (sy + 0.5) / 4 - mid) <= radius) hit++;
      const a = Math.round((hit / 16) * alpha * 255);
      if (a === 0) continue;
      ox.push(x);
      oy.push(y);
      const pm = (v: number) => Math.round((v * a) / 255);
      words.push(((a << 24) | (pm(c.b) << 16) | (pm(c.g) << 8) | pm(c.r)) >>> 0);
    }
  }
  return { size, ox: Int16Array.from(ox), oy: Int16Array.from(oy), rgba: Uint32Array.from(words), lin: new Int32Array(ox.length), linWidth: -1 };
}

interface SpritePair {
  raster: RasterSprite;
  under?: { raster: RasterSprite } | null;
  half: number;
}

function spritesOf(styled: StyledPoints, dpr: number): SpritePair[] {
  return styled.styles.map((s) => {
    const r = s.radius * dpr;
    const sw = s.stroke ? s.strokeWidth * dpr : 0;
    if (s.fill && s.stroke && sw > 0) {
      const pad = r + sw;
      return { raster: diskRaster(r, pad, s.fill), under: { raster: diskRaster(r + sw, pad, s.stroke) }, half: Math.ceil(2 * pad + 2) / 2 };
    }
    return { raster: diskRaster(r, r, s.fill ?? s.stroke ?? '#000'), half: Math.ceil(2 * r + 2) / 2 };
  });
}

function main() {
  const t0 = performance.now();
  const table = makeTable('ml', N, 42);
  const d = deriveView(table, new Set());
  console.log(`synthetic 'ml' table, ${N.toLocaleString('en')} rows, front ${d.front.length}: ${(performance.now() - t0).toFixed(0)} ms to make`);
  const ax = toAxisSpace(d.x, 'log');
  const ay = toAxisSpace(d.y, 'linear');
  let xlo = Infinity, xhi = -Infinity, ylo = Infinity, yhi = -Infinity;
  for (let i = 0; i < N; i++) {
    if (ax[i] === ax[i]) { xlo = Math.min(xlo, ax[i]); xhi = Math.max(xhi, ax[i]); }
    if (ay[i] === ay[i]) { ylo = Math.min(ylo, ay[i]); yhi = Math.max(yhi, ay[i]); }
  }
  const xWin: [number, number] = [xlo - 0.05 * (xhi - xlo), xhi + 0.05 * (xhi - xlo)];
  const yWin: [number, number] = [ylo - 0.05 * (yhi - ylo), yhi + 0.05 * (yhi - ylo)];
  const front: ScatterColor = { mode: 'front' };
  const rank: ScatterColor = { mode: 'rank', ranks: d.ranks, maxRank: d.maxRank };
  const rows: [string, number][] = [];

  rows.push(['point styles (front colours)', time(() => buildPointStyles(ax, ay, d.status, front, LIGHT_THEME), 7)]);
  rows.push(['point styles (rank colours)', time(() => buildPointStyles(ax, ay, d.status, rank, LIGHT_THEME), 7)]);

  for (const [label, color] of [['front colours', front], ['rank colours', rank]] as const) {
    for (const dpr of [1, 2]) {
      const styled = buildPointStyles(ax, ay, d.status, color, LIGHT_THEME);
      const sprites = spritesOf(styled, dpr);
      const w = W * dpr;
      const h = H * dpr;
      const pixels = new Uint32Array(w * h);
      for (const [view, k, tx, ty] of [['full view', 1, 0, 0], ['zoomed 8×', 8, -3.5 * W, -3.5 * H]] as const) {
        const mx = axisMap(xWin, [0, W], k, tx);
        const my = axisMap(yWin, [H, 0], k, ty);
        const ms = time(() => {
          pixels.fill(0);
          compositeStyles(pixels, w, h, styled, 0, styled.styles.length, ax, ay, mx, my, dpr, (s, pass) => (pass === 'under' ? sprites[s].under?.raster : sprites[s].raster) ?? null, (s) => sprites[s].half);
        }, 7);
        rows.push([`raster all layers, ${label}, ${view}, ${w}×${h}`, ms]);
      }
    }
  }

  rows.push(['hit index build', time(() => buildHitIndex(ax, ay, xWin, yWin), 5)]);
  const index = buildHitIndex(ax, ay, xWin, yWin);
  const rand = mulberry32(7);
  const queries = Array.from({ length: 2000 }, () => [rand(), rand()] as const);
  for (const k of [1, 64]) {
    const per = time(() => {
      for (const [qu, qv] of queries) findNearest(index, d.status, qu, qv, W * k, H * k, 9);
    }, 5) / queries.length;
    rows.push([`hover query (zoom ${k}×), mean of ${queries.length}`, per]);
  }

  const width = Math.max(...rows.map(([l]) => l.length));
  for (const [label, ms] of rows) console.log(`${label.padEnd(width)}  ${ms < 1 ? ms.toFixed(3) : ms.toFixed(1)} ms`);
}

main();
