/**
 * Rendering the Scatter in jsdom: jsdom has no layout and no canvas, so every element gets an
 * 800 × 500 box and `getContext` says "no canvas" (the chart then skips the canvas draw, and
 * everything else still renders). Call `mockChartLayout()` once per test file.
 */
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { ScatterProps } from '../types';

export const CHART_RECT = { x: 0, y: 0, left: 0, top: 0, width: 800, height: 500, right: 800, bottom: 500, toJSON: () => ({}) };

export function mockChartLayout(): void {
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(CHART_RECT as DOMRect);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(cleanup);
}

/** Five rows: three on the front (0, 1, 3), one dominated (2), one excluded (4). */
export const X = Float64Array.of(1, 2, 3, 4, 5);
export const Y = Float64Array.of(5, 3, 4, 1, 2);
export const STATUS = Uint8Array.of(3, 3, 2, 3, 1);

/** Props for a small scatter of X against Y; `over` replaces any of them. */
export function scatterProps(over: Partial<ScatterProps> = {}): ScatterProps {
  const x = over.x ?? X;
  return {
    x,
    y: Y,
    status: STATUS,
    xLabel: 'Total cost (USD)',
    yLabel: 'Pass rate (%)',
    xScale: 'linear',
    yScale: 'linear',
    xSense: 'min',
    ySense: 'max',
    color: { mode: 'front' },
    staircase: null,
    selected: null,
    onSelect: () => {},
    tooltip: (row) => ({ title: `Row ${row}`, rows: [{ label: 'x', value: String(x[row]) }] }),
    ariaLabel: 'Scatter of total cost against pass rate; 3 of 5 points on the frontier',
    ...over,
  };
}
