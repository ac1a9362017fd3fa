// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Scatter } from './Scatter';
import { mockChartLayout, scatterProps } from './testing/scatter';
import type { ScatterProps } from './types';
import { RENDER_MARK } from './useDrawMarks';

mockChartLayout();

function props(over: Partial<ScatterProps> = {}): ScatterProps {
  return scatterProps({ staircase: [[1, -Infinity], [1, 5], [Infinity, 5]], ...over });
}

const count = () => screen.getByTestId('scatter').getAttribute('data-render-count');

describe('Scatter', () => {
  it('is a focusable, labelled group with a canvas, axis titles and sense hints', () => {
    render(<Scatter {...props()} />);
    const chart = screen.getByTestId('scatter');
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(chart.getAttribute('aria-label')).toMatch(/3 of 5 points/);
    expect(screen.getByTestId('scatter-canvas').tagName).toBe('CANVAS');
    expect(screen.getByText('Total cost (USD)')).toBeTruthy();
    expect(screen.getByText('Pass rate (%)')).toBeTruthy();
    expect(screen.getByTestId('scatter-x-hint').textContent).toBe('← better');
    expect(screen.getByTestId('scatter-y-hint').textContent).toBe('better →');
    expect(screen.queryByRole('button', { name: 'Reset zoom' })).toBeNull();
    expect(screen.getByTestId('scatter-region')).toBeTruthy();
  });

  it('marks a render once per new input, not for selection or an equivalent colour object', () => {
    performance.clearMarks(RENDER_MARK);
    const { rerender } = render(<Scatter {...props()} />);
    expect(count()).toBe('1');
    expect(performance.getEntriesByName(RENDER_MARK)).toHaveLength(1);
    rerender(<Scatter {...props({ selected: 1, color: { mode: 'front' }, staircase: [[1, -Infinity], [1, 5], [Infinity, 5]] })} />);
    expect(count()).toBe('1');
    rerender(<Scatter {...props({ status: Uint8Array.of(3, 2, 2, 3, 1) })} />);
    expect(count()).toBe('2');
    rerender(<Scatter {...props({ color: { mode: 'rank', ranks: Uint32Array.of(1, 1, 2, 1, 0), maxRank: 2 } })} />);
    expect(count()).toBe('3');
    expect(screen.getByTestId('scatter-rank-legend')).toBeTruthy();
    expect(performance.getEntriesByName(RENDER_MARK)).toHaveLength(3);
  });

  it('says so when there is nothing to draw', () => {
    render(<Scatter {...props({ x: new Float64Array(0), y: new Float64Array(0), status: new Uint8Array(0), staircase: null })} />);
    expect(screen.getByTestId('scatter-empty').textContent).toBe('No points to show');
  });

  it('does not crash on non-positive values on log axes', () => {
    render(<Scatter {...props({ x: Float64Array.of(-1, 0, 10), y: Float64Array.of(0, 1, 2), status: Uint8Array.of(3, 3, 3), xScale: 'log', yScale: 'log' })} />);
    expect(count()).toBe('1');
  });

  it('steps the selection along the front with the arrow keys, clears it with Escape', () => {
    const onSelect = vi.fn();
    const { rerender } = render(<Scatter {...props({ onSelect })} />);
    const chart = screen.getByTestId('scatter');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenLastCalledWith(0); // leftmost front point
    rerender(<Scatter {...props({ onSelect, selected: 0 })} />);
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenLastCalledWith(1);
    rerender(<Scatter {...props({ onSelect, selected: 1 })} />);
    expect(screen.getByTestId('scatter-selection')).toBeTruthy();
    expect(screen.getByRole('tooltip').textContent).toContain('Row 1');
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('selects the clicked point and clears on empty space; hover shows the tooltip', () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const { rerender } = render(<Scatter {...props({ onSelect, onHover, selected: 3 })} />);
    const ring = screen.getByTestId('scatter-selection').querySelectorAll('circle')[1];
    const cx = Number(ring.getAttribute('cx'));
    const cy = Number(ring.getAttribute('cy'));
    rerender(<Scatter {...props({ onSelect, onHover, selected: null })} />);
    const canvas = screen.getByTestId('scatter-canvas');
    act(() => {
      fireEvent.pointerMove(canvas, { clientX: cx + 2, clientY: cy - 1 });
    });
    expect(onHover).toHaveBeenLastCalledWith(3);
    expect(screen.getByRole('tooltip').textContent).toContain('Row 3');
    fireEvent.click(canvas, { clientX: cx + 2, clientY: cy - 1 });
    expect(onSelect).toHaveBeenLastCalledWith(3);
    fireEvent.click(canvas, { clientX: 2, clientY: 2 });
    expect(onSelect).toHaveBeenLastCalledWith(null);
    act(() => {
      fireEvent.pointerLeave(canvas);
    });
    expect(onHover).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
