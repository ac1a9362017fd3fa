import { path as d3path, scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { clampToAxis, regionCorner, stepPath, traceRegion } from './staircase';

// x: [0, 10] -> [0, 100] px; y: [0, 1] -> [50, 0] px (up is larger).
const x = scaleLinear().domain([0, 10]).range([0, 100]);
const y = scaleLinear().domain([0, 1]).range([50, 0]);

describe('clampToAxis', () => {
  it('maps ±Infinity to the ends of the domain', () => {
    expect(clampToAxis(Infinity, x, false)).toBe(100);
    expect(clampToAxis(-Infinity, x, false)).toBe(0);
    expect(clampToAxis(Infinity, y, false)).toBe(0);
    expect(clampToAxis(-Infinity, y, false)).toBe(50);
  });

  it('clamps values outside the (zoomed) window to its edge', () => {
    expect(clampToAxis(25, x, false)).toBe(100);
    expect(clampToAxis(-3, x, false)).toBe(0);
    expect(clampToAxis(5, x, false)).toBe(50);
  });

  it('treats non-positive values on a log axis as the low end', () => {
    const lx = scaleLog().domain([1, 100]).range([0, 200]);
    expect(clampToAxis(0, lx, true)).toBe(0);
    expect(clampToAxis(-5, lx, true)).toBe(0);
    expect(clampToAxis(10, lx, true)).toBeCloseTo(100);
    expect(clampToAxis(Infinity, lx, true)).toBe(200);
  });

  it('keeps NaN', () => {
    expect(clampToAxis(NaN, x, false)).toBeNaN();
  });
});

describe('stepPath', () => {
  it('draws the vertices as given, extending infinite ends to the plot edge', () => {
    // min x, max y: up from the bottom edge at x=2, steps, then right to the edge.
    const pts: [number, number][] = [[2, -Infinity], [2, 0.2], [5, 0.2], [5, 0.6], [Infinity, 0.6]];
    expect(stepPath(pts, x, y)).toBe('M20,50L20,40L50,40L50,20L100,20');
  });

  it('breaks the line at a NaN vertex', () => {
    const pts: [number, number][] = [[1, 0], [2, 0], [NaN, 0.5], [3, 1], [4, 1]];
    expect(stepPath(pts, x, y)).toBe('M10,50L20,50M30,0L40,0');
  });

  it('is empty for no vertices', () => {
    expect(stepPath([], x, y)).toBe('');
  });

  it('stays exact for axis-aligned steps when zoomed in past the vertices', () => {
    const zx = scaleLinear().domain([4, 6]).range([0, 100]);
    const pts: [number, number][] = [[0, 0.5], [5, 0.5], [5, 0.8], [9, 0.8]];
    expect(stepPath(pts, zx, y)).toBe('M0,25L50,25L50,10L100,10');
  });
});

describe('the dominated region', () => {
  it('closes through the corner both infinite ends point to', () => {
    expect(regionCorner([[2, -Infinity], [2, 0.2], [Infinity, 0.2]])).toEqual([Infinity, -Infinity]);
    expect(regionCorner([[-Infinity, 0.9], [3, 0.9], [3, Infinity]])).toEqual([-Infinity, Infinity]);
  });

  it('has none when the ends do not both reach an edge, or the line is broken', () => {
    expect(regionCorner([[1, 1], [2, 2]])).toBeNull();
    expect(regionCorner([[2, -Infinity], [2, 0.2], [3, 0.2]])).toBeNull();
    expect(regionCorner([[2, -Infinity], [NaN, 0.2], [Infinity, 0.2]])).toBeNull();
    expect(regionCorner([[2, -Infinity]])).toBeNull();
  });

  it('counts a non-positive value as the low edge on a log axis', () => {
    expect(regionCorner([[2, 0], [2, 5], [Infinity, 5]], false, true)).toEqual([Infinity, -Infinity]);
  });

  it('traces a closed polygon', () => {
    const p = d3path();
    expect(traceRegion([[2, -Infinity], [2, 0.2], [Infinity, 0.2]], x, y, false, false, p)).toBe(true);
    expect(p.toString()).toBe('M20,50L20,40L100,40L100,50Z');
  });
});
