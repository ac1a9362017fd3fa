// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { paddedDomain } from './domain';
import { Scatter } from './Scatter';
import type { ScatterHandle } from './types';

const rect = { x: 0, y: 0, left: 0, top: 0, width: 800, height: 500, right: 800, bottom: 500, toJSON: () => ({}) };
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect as DOMRect);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => vi.restoreAllMocks());
afterEach(cleanup);

describe('Scatter handle for exports', () => {
  it('tells the visible data window and the chart size', () => {
    const ref = createRef<ScatterHandle>();
    render(
      <Scatter
        ref={ref}
        x={Float64Array.of(1, 10, 100)}
        y={Float64Array.of(5, 3, 4)}
        status={Uint8Array.of(3, 3, 2)}
        xLabel="Cost"
        yLabel="Score"
        xScale="log"
        yScale="linear"
        color={{ mode: 'front' }}
        staircase={null}
        selected={null}
        onSelect={() => {}}
        tooltip={() => ({ title: '', rows: [] })}
        ariaLabel="chart"
        height={500}
      />,
    );
    const state = ref.current!.viewState();
    const [x0, x1] = paddedDomain([1, 100], 'log');
    expect(state.xDomain[0]).toBeCloseTo(x0);
    expect(state.xDomain[1]).toBeCloseTo(x1);
    expect(state.yDomain).toEqual(paddedDomain([3, 5], 'linear'));
    expect(state.width).toBe(800);
    expect(state.height).toBe(500);
    expect(state.zoomed).toBe(false);
  });
});
