import { scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { layerShape, markPath, type LayerInput } from './layerGeometry';

// Data 0..10 over 0..100 px on x; 0..10 over 100..0 px on y.
const xs = scaleLinear().domain([0, 10]).range([0, 100]);
const ys = scaleLinear().domain([0, 10]).range([100, 0]);
const x = Float64Array.of(1, 2, 3, 50, NaN);
const y = Float64Array.of(1, 2, 3, 5, 5);
const input = (over: Partial<LayerInput> = {}): LayerInput => ({
  x, y, drawn: (r) => r !== 1 && Number.isFinite(x[r]), xScale: xs, yScale: ys, xLog: false, yLog: false, ...over,
});
const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('layer marks', () => {
  it('draw a dot and a ring as closed circles of their size, a cross as two strokes', () => {
    expect(markPath('dot', 10, 20)).toBe('M6.5,20a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0Z');
    expect(markPath('ring', 10, 20)).toMatch(/^M4.5,20a5.5,5.5/);
    expect(markPath('cross', 10, 20).match(/M/g)).toHaveLength(2);
  });

  it('mark only rows the base draws and that fall in the plot', () => {
    const s = layerShape({ id: 'a', color: 'red', rows: [0, 1, 2, 3, 4, 7, -2, 0.5], mark: 'ring' }, input());
    expect(s.count).toBe(2); // 0 and 2; 1 is not drawn, 3 lies outside the plot, 4 is NaN, the rest are not rows
    expect(s.mark).toBe('ring');
    expect(s.line).toBe('');
  });

  it('default to dots', () => {
    expect(layerShape({ id: 'a', color: 'red', rows: [0] }, input()).mark).toBe('dot');
  });
});

describe('layer lines', () => {
  it('run ±Infinity to the plot edge and break at NaN', () => {
    const s = layerShape({ id: 'a', color: 'red', line: [[2, -Infinity], [2, 8], [Infinity, 8], [NaN, NaN], [5, 5], [6, 4]] }, input());
    expect(s.line.match(/M/g)).toHaveLength(2);
    const v = vertices(s.line);
    expect(v[0]).toEqual([20, 100]); // down to the bottom edge
    expect(v[2]).toEqual([100, 20]); // out to the right edge
  });

  it('follow the zoomed scales and clip to the visible window', () => {
    const zx = scaleLinear().domain([4, 6]).range([0, 100]);
    const zy = scaleLinear().domain([4, 6]).range([100, 0]);
    const s = layerShape({ id: 'a', color: 'red', line: [[0, 0], [10, 10]] }, input({ xScale: zx, yScale: zy }));
    expect(vertices(s.line)).toEqual([[0, 100], [100, 0]]);
  });

  it('treat non-positive values on a log axis as the low edge', () => {
    const lx = scaleLog().domain([1, 100]).range([0, 100]);
    const s = layerShape({ id: 'a', color: 'red', line: [[0, 5], [10, 5], [10, 0]] }, input({ xScale: lx, xLog: true }));
    const v = vertices(s.line);
    expect(v[0]).toEqual([0, 50]);
    expect(v[1][0]).toBeCloseTo(50);
    expect(v[2]).toEqual([50, 100]);
  });

  it('draw nothing for a single vertex or a line wholly outside the window', () => {
    expect(layerShape({ id: 'a', color: 'red', line: [[1, 1]] }, input()).line).toBe('');
    expect(layerShape({ id: 'a', color: 'red', line: [[20, 20], [30, 30]] }, input()).line).toBe('');
  });
});
