// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDER_MARK } from '../useDrawMarks';
import { ParallelCoordinates } from './ParallelCoordinates';
import { BOTTOM, TOP } from './parallelLayout';
import { axisDomain, axisScale } from './scales';
import type { ParallelAxis, ParallelProps } from './types';

// jsdom has no layout and no canvas: every element is 900×420 at the origin, and getContext says "no canvas".
const rect = { x: 0, y: 0, left: 0, top: 0, width: 900, height: 420, right: 900, bottom: 420, toJSON: () => ({}) };
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect as DOMRect);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => vi.restoreAllMocks());
afterEach(cleanup);

const status = Uint8Array.of(3, 2, 2, 1, 0);
const axes: ParallelAxis[] = [
  { key: 'cost', label: 'Total cost (USD)', sense: 'min', values: Float64Array.of(1, 2, 3, 4, 100) },
  { key: 'acc', label: 'Top-1 accuracy (%)', sense: 'max', values: Float64Array.of(90, 80, 70, 60, 0) },
  { key: 'params', label: 'Parameters (M)', sense: 'min', values: Float64Array.of(10, 100, NaN, 1000, 1), scale: 'log' },
];

function props(over: Partial<ParallelProps> = {}): ParallelProps {
  return {
    axes,
    status,
    color: { mode: 'front' },
    brushes: {},
    onBrush: vi.fn(),
    onReorder: vi.fn(),
    highlighted: null,
    selected: null,
    onHover: vi.fn(),
    onSelect: vi.fn(),
    tooltip: (row) => ({ title: `Model ${row}`, rows: [] }),
    ariaLabel: 'Parallel coordinates of 3 objectives; 1 row on the frontier',
    ...over,
  };
}

/** The scale the chart uses for an axis at the default height. */
function scaleOf(axis: ParallelAxis) {
  const type = axis.scale ?? 'linear';
  return axisScale(type, axis.sense, axisDomain(axis.values, status, type), TOP, 420 - BOTTOM);
}

const brushOf = (key: string) => screen.getAllByTestId('parallel-brush').find((el) => el.getAttribute('data-key') === key)!;
const titleOf = (key: string) => screen.getAllByTestId('parallel-axis').find((el) => el.getAttribute('data-key') === key)!.querySelector<SVGGElement>('[data-testid="parallel-title"]')!;

describe('ParallelCoordinates', () => {
  it('is a focusable, labelled group with one axis per entry, in order, each with a title and a hint', () => {
    render(<ParallelCoordinates {...props()} />);
    const chart = screen.getByTestId('parallel');
    expect(chart.getAttribute('role')).toBe('group');
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(chart.getAttribute('aria-label')).toMatch(/3 objectives/);
    expect(chart.style.height).toBe('420px');
    expect(screen.getAllByTestId('parallel-axis').map((el) => el.getAttribute('data-key'))).toEqual(['cost', 'acc', 'params']);
    expect(screen.getAllByTestId('parallel-brush').map((el) => el.getAttribute('data-key'))).toEqual(['cost', 'acc', 'params']);
    expect(screen.getAllByTestId('parallel-hint').map((el) => el.textContent)).toEqual(['↑ lower is better', '↑ higher is better', '↑ lower is better']);
    expect(titleOf('acc').querySelector('title')!.textContent).toBe('Top-1 accuracy (%)');
    expect(titleOf('acc').getAttribute('tabindex')).toBe('0');
  });

  it('marks a render once per new input, not for hover, selection or rebuilt equal props', () => {
    performance.clearMarks(RENDER_MARK);
    const { rerender } = render(<ParallelCoordinates {...props()} />);
    const count = () => screen.getByTestId('parallel').getAttribute('data-render-count');
    expect(count()).toBe('1');
    rerender(<ParallelCoordinates {...props({ axes: axes.slice(), color: { mode: 'front' }, selected: 1, highlighted: 2 })} />);
    expect(count()).toBe('1');
    rerender(<ParallelCoordinates {...props({ status: Uint8Array.of(3, 3, 2, 1, 0) })} />);
    expect(count()).toBe('2');
    expect(performance.getEntriesByName(RENDER_MARK)).toHaveLength(2);
  });

  it('moves an axis with the arrow keys on its title, announcing the move', () => {
    const onReorder = vi.fn();
    render(<ParallelCoordinates {...props({ onReorder })} />);
    fireEvent.keyDown(titleOf('cost'), { key: 'ArrowRight' });
    expect(onReorder).toHaveBeenLastCalledWith(['acc', 'cost', 'params']);
    expect(screen.getByTestId('parallel-announce').textContent).toBe('Moved Total cost (USD) to position 2 of 3.');
    fireEvent.keyDown(titleOf('params'), { key: 'ArrowLeft', altKey: true });
    expect(onReorder).toHaveBeenLastCalledWith(['cost', 'params', 'acc']);
    fireEvent.keyDown(titleOf('cost'), { key: 'ArrowLeft' });
    expect(onReorder).toHaveBeenCalledTimes(2);
  });

  it('moves an axis when its title is dragged sideways', () => {
    const onReorder = vi.fn();
    render(<ParallelCoordinates {...props({ onReorder })} />);
    const xOf = (key: string) => Number(/translate\(([\d.]+)/.exec(screen.getAllByTestId('parallel-axis').find((el) => el.getAttribute('data-key') === key)!.getAttribute('transform')!)![1]);
    const [x0, x2] = [xOf('cost'), xOf('params')];
    fireEvent.pointerDown(titleOf('cost'), { clientX: x0, clientY: 30 });
    act(() => void window.dispatchEvent(new MouseEvent('pointermove', { clientX: x2 - 10, clientY: 30 })));
    expect(screen.getByTestId('parallel-drop')).toBeTruthy();
    act(() => void window.dispatchEvent(new MouseEvent('pointerup', { clientX: x2 - 10, clientY: 30 })));
    expect(onReorder).toHaveBeenCalledWith(['acc', 'params', 'cost']);
  });

  it('reports a vertical drag on an axis as a brush in data units, on release', () => {
    const onBrush = vi.fn();
    render(<ParallelCoordinates {...props({ onBrush })} />);
    fireEvent.pointerDown(brushOf('acc'), { clientX: 400, clientY: 150 });
    act(() => void window.dispatchEvent(new MouseEvent('pointermove', { clientX: 400, clientY: 250 })));
    expect(screen.getByTestId('parallel-brush-range')).toBeTruthy();
    expect(onBrush).not.toHaveBeenCalled();
    act(() => void window.dispatchEvent(new MouseEvent('pointerup', { clientX: 400, clientY: 260 })));
    const s = scaleOf(axes[1]);
    // 'max': higher values at the top, so the top of the drag is the high end.
    const [lo, hi] = onBrush.mock.calls[0][1];
    expect(onBrush.mock.calls[0][0]).toBe('acc');
    expect(lo).toBeCloseTo(s.toValue(260));
    expect(hi).toBeCloseTo(s.toValue(150));
    expect(lo).toBeLessThan(hi);
  });

  it('brushes a log axis in data units', () => {
    const onBrush = vi.fn();
    render(<ParallelCoordinates {...props({ onBrush })} />);
    fireEvent.pointerDown(brushOf('params'), { clientY: 300 });
    act(() => void window.dispatchEvent(new MouseEvent('pointermove', { clientY: 120 })));
    act(() => void window.dispatchEvent(new MouseEvent('pointerup', { clientY: 120 })));
    const s = scaleOf(axes[2]);
    const [lo, hi] = onBrush.mock.calls[0][1];
    expect(lo).toBeCloseTo(s.toValue(120));
    expect(hi).toBeCloseTo(s.toValue(300));
    expect(Math.log10(hi / lo)).toBeGreaterThan(0.5);
  });

  it('shows the controlled brush with a clear button; a click on the axis, Escape on the title or the × clears it', () => {
    const onBrush = vi.fn();
    render(<ParallelCoordinates {...props({ onBrush, brushes: { cost: [1.5, 3] } })} />);
    expect(screen.getAllByTestId('parallel-brush-range')).toHaveLength(1);
    const clear = screen.getByTestId('parallel-brush-clear');
    expect(clear.getAttribute('data-key')).toBe('cost');
    expect(clear.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(clear, { key: 'Enter' });
    expect(onBrush).toHaveBeenLastCalledWith('cost', null);
    fireEvent.click(clear);
    expect(onBrush).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(titleOf('cost'), { key: 'Escape' });
    expect(onBrush).toHaveBeenCalledTimes(3);
    fireEvent.pointerDown(brushOf('cost'), { clientY: 380 });
    act(() => void window.dispatchEvent(new MouseEvent('pointerup', { clientY: 381 })));
    expect(onBrush).toHaveBeenCalledTimes(4);
    expect(onBrush).toHaveBeenLastCalledWith('cost', null);
    // A click on an axis without a brush reports nothing.
    fireEvent.pointerDown(brushOf('acc'), { clientY: 200 });
    act(() => void window.dispatchEvent(new MouseEvent('pointerup', { clientY: 200 })));
    expect(onBrush).toHaveBeenCalledTimes(4);
  });

  it('hovers and selects the nearest line, and draws highlighted and selected lines on top', () => {
    const onHover = vi.fn();
    const onSelect = vi.fn();
    const { rerender } = render(<ParallelCoordinates {...props({ onHover, onSelect })} />);
    const chart = screen.getByTestId('parallel');
    const xs = screen.getAllByTestId('parallel-axis').map((el) => Number(/translate\(([\d.]+)/.exec(el.getAttribute('transform')!)![1]));
    // Halfway between the first two axes, on row 1's line.
    const [s0, s1] = [scaleOf(axes[0]), scaleOf(axes[1])];
    const px = (xs[0] + xs[1]) / 2;
    const py = (s0.toPixel(2) + s1.toPixel(80)) / 2;
    fireEvent.pointerMove(chart, { clientX: px, clientY: py + 2 });
    expect(onHover).toHaveBeenLastCalledWith(1);
    expect(screen.getByRole('tooltip').textContent).toContain('Model 1');
    expect(screen.getByTestId('parallel-highlighted').getAttribute('data-row')).toBe('1');
    fireEvent.click(screen.getByTestId('parallel-canvas'), { clientX: px, clientY: py });
    expect(onSelect).toHaveBeenLastCalledWith(1);
    fireEvent.click(screen.getByTestId('parallel-canvas'), { clientX: px, clientY: 400 });
    expect(onSelect).toHaveBeenLastCalledWith(null);
    fireEvent.pointerLeave(chart);
    expect(onHover).toHaveBeenLastCalledWith(null);

    rerender(<ParallelCoordinates {...props({ highlighted: 3, selected: 0 })} />);
    expect(screen.getByTestId('parallel-highlighted').getAttribute('data-row')).toBe('3');
    const sel = screen.getByTestId('parallel-selected');
    expect(sel.getAttribute('data-row')).toBe('0');
    expect(sel.querySelectorAll('circle')).toHaveLength(3);
    // Row 2 has no value on the last axis: its line stops at the second.
    rerender(<ParallelCoordinates {...props({ selected: 2 })} />);
    expect(screen.getByTestId('parallel-selected').querySelectorAll('circle')).toHaveLength(2);
    rerender(<ParallelCoordinates {...props({ selected: 4 })} />);
    expect(screen.queryByTestId('parallel-selected')).toBeNull();
  });

  it('says so when there is nothing to draw', () => {
    render(<ParallelCoordinates {...props({ status: new Uint8Array(5) })} />);
    expect(screen.getByTestId('parallel-empty').textContent).toBe('No rows to show');
  });
});
