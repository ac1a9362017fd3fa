/**
 * The two moocore reference tables the core tests use, read from their bundled copies in data/ (kept
 * byte-identical to the published files by src/data/bundled.test.ts). Their format is fixed and plain —
 * a header, then comma-separated cells with no quotes — so this strict reader checks exactly that and
 * fails loudly on anything else, instead of pulling the data layer's CSV parser into core tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DATA = resolve(__dirname, '..', '..', '..', 'data');

function readTable(path: string, header: string): string[][] {
  const lines = readFileSync(resolve(DATA, path), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  if (lines[0] !== header) throw new Error(`${path}: header is ${JSON.stringify(lines[0])}, expected ${JSON.stringify(header)}`);
  const width = header.split(',').length;
  return lines.slice(1).map((line, i) => {
    if (line.includes('"')) throw new Error(`${path}, row ${i + 1}: quoted cells are not expected in this file`);
    const cells = line.split(',');
    if (cells.length !== width) throw new Error(`${path}, row ${i + 1}: ${cells.length} cells, expected ${width}`);
    return cells;
  });
}

function number(cell: string, where: string): number {
  const v = Number(cell);
  if (cell.trim() === '' || !Number.isFinite(v)) throw new Error(`${where}: ${JSON.stringify(cell)} is not a finite number`);
  return v;
}

/** DTLZ1 linear 8-objective front: 10 sets of 60 points, as rows [f1..f8] with their set number. */
export function loadDtlzLinear8d(): { rows: number[][]; set: number[] } {
  const path = 'dtlz-linear-8d/moocore-DTLZLinearShape.8d.front.60pts.10.csv';
  const body = readTable(path, 'f1,f2,f3,f4,f5,f6,f7,f8,set');
  return {
    rows: body.map((r, i) => r.slice(0, 8).map((c) => number(c, `${path}, row ${i + 1}`))),
    set: body.map((r, i) => number(r[8], `${path}, row ${i + 1}`)),
  };
}

/** Flowshop results: 7 algorithms × 15 runs, Makespan and WeightedTardiness (both minimized). */
export function loadTpls(): { names: string[]; x: Float64Array; y: Float64Array; algo: Int32Array; run: Int32Array } {
  const path = 'moocore-tpls/moocore-tpls50x20_1_MWT.csv';
  const body = readTable(path, 'algorithm,Makespan,WeightedTardiness,run');
  const names = [...new Set(body.map((r) => r[0]))];
  return {
    names,
    x: Float64Array.from(body, (r, i) => number(r[1], `${path}, row ${i + 1}`)),
    y: Float64Array.from(body, (r, i) => number(r[2], `${path}, row ${i + 1}`)),
    algo: Int32Array.from(body, (r) => names.indexOf(r[0])),
    run: Int32Array.from(body, (r, i) => number(r[3], `${path}, row ${i + 1}`) - 1),
  };
}
