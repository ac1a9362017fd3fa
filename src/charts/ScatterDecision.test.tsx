// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { KNEE_DEFINITION } from './decisionTheme';
import { Scatter } from './Scatter';
import { mockChartLayout, scatterProps } from './testing/scatter';
import type { ScatterProps } from './types';

mockChartLayout();

function props(over: Partial<ScatterProps> = {}): ScatterProps {
  return scatterProps({ tooltip: (row) => ({ title: `Model ${row}`, rows: [] }), ariaLabel: 'Scatter of total cost against pass rate', ...over });
}

describe('Scatter deciding overlays', () => {
  it('draws none of them, and no key, when none is given', () => {
    render(<Scatter {...props()} />);
    expect(screen.queryByTestId('decision-legend')).toBeNull();
    expect(screen.queryByTestId('decision-marks')).toBeNull();
    expect(screen.queryByTestId('reference-marker')).toBeNull();
  });

  it('marks the best row with a star and its name, and says so in the key', () => {
    render(<Scatter {...props({ best: 1 })} />);
    const marker = screen.getByTestId('best-marker');
    expect(marker.textContent).toBe('Model 1');
    expect(screen.getByTestId('legend-best').getAttribute('title')).toBe('Best under the current weights: Model 1');
  });

  it('does not mark a best row that is not drawn', () => {
    render(<Scatter {...props({ best: 4, status: Uint8Array.of(3, 3, 2, 3, 0) })} />);
    expect(screen.queryByTestId('best-marker')).toBeNull();
  });

  it('rings the knee with its definition as hover text', () => {
    render(<Scatter {...props({ knee: 3 })} />);
    expect(screen.getByTestId('knee-point').querySelector('title')?.textContent).toBe(KNEE_DEFINITION);
    expect(screen.getByTestId('legend-knee').getAttribute('title')).toBe(KNEE_DEFINITION);
  });

  it('draws the equal-score line or corner', () => {
    const { rerender } = render(<Scatter {...props({ best: 1, levelSet: { kind: 'line', a: -1, b: 1, c: 1 } })} />);
    const line = screen.getByTestId('level-set');
    expect(line.getAttribute('data-kind')).toBe('line');
    expect(line.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    rerender(<Scatter {...props({ best: 1, levelSet: { kind: 'corner', x: 2, y: 3, xToward: -1, yToward: 1 } })} />);
    expect(screen.getByTestId('level-set').getAttribute('data-kind')).toBe('corner');
    expect(screen.getByTestId('legend-level-set')).toBeTruthy();
  });

  it('marks front points no weighted sum can pick, and counts only the drawn ones', () => {
    render(<Scatter {...props({ unsupported: Uint8Array.of(0, 1, 0, 1, 1) })} />);
    expect(screen.getByTestId('unsupported-marks').getAttribute('d')?.match(/M/g)).toHaveLength(3);
    expect(screen.getByTestId('legend-unsupported').textContent).toContain('no weighted sum (3)');
    render(<Scatter {...props({ unsupported: Uint8Array.of(0, 1, 0, 1, 1), status: Uint8Array.of(3, 3, 2, 3, 0) })} />);
    expect(screen.getAllByTestId('legend-unsupported')[1].textContent).toContain('(2)');
  });

  it('moves the reference point with the arrow keys and by dragging, in data units', () => {
    const onReferenceDrag = vi.fn();
    render(<Scatter {...props({ referencePoint: { x: 3, y: 3 }, onReferenceDrag })} />);
    const marker = screen.getByTestId('reference-marker');
    expect(marker.getAttribute('aria-label')).toMatch(/Total cost \(USD\) 3, Pass rate \(%\) 3/);
    fireEvent.keyDown(marker, { key: 'ArrowRight' });
    const [nx, ny] = onReferenceDrag.mock.lastCall!;
    expect(nx).toBeGreaterThan(3);
    expect(ny).toBe(3);
    fireEvent.keyDown(marker, { key: 'ArrowUp', shiftKey: true });
    expect(onReferenceDrag.mock.lastCall![1]).toBeGreaterThan(3);
    onReferenceDrag.mockClear();
    fireEvent.pointerDown(marker, { pointerId: 1, button: 0, clientX: 300, clientY: 200 });
    fireEvent.pointerMove(marker, { pointerId: 1, clientX: 100, clientY: 100 });
    fireEvent.pointerUp(marker, { pointerId: 1, clientX: 100, clientY: 100 });
    expect(onReferenceDrag).toHaveBeenCalledTimes(1);
    const [dx, dy] = onReferenceDrag.mock.lastCall!;
    expect(Number.isFinite(dx) && Number.isFinite(dy)).toBe(true);
    // Further left and higher than before: lower x, higher y.
    expect(dx).toBeLessThan(3);
    expect(dy).toBeGreaterThan(3);
  });

  it('shows a reference marker that cannot be moved without onReferenceDrag', () => {
    render(<Scatter {...props({ referencePoint: { x: 3, y: 3 } })} />);
    expect(screen.getByTestId('reference-marker').getAttribute('tabindex')).toBe('-1');
  });

  it('brushes with Shift-drag: reports data ranges, draws the rectangle meanwhile, keeps the selection', () => {
    const onBrush = vi.fn();
    const onSelect = vi.fn();
    render(<Scatter {...props({ onBrush, onSelect })} />);
    expect(screen.getByTestId('legend-brush')).toBeTruthy();
    expect(screen.getByTestId('scatter').textContent).toMatch(/Shift and drag draws a rectangle/);
    const canvas = screen.getByTestId('scatter-canvas');
    fireEvent.pointerDown(canvas, { pointerId: 2, button: 0, shiftKey: true, clientX: 100, clientY: 100 });
    act(() => {
      fireEvent.pointerMove(canvas, { pointerId: 2, clientX: 300, clientY: 250 });
    });
    expect(screen.getByTestId('brush-rect').getAttribute('width')).toBe('200');
    fireEvent.pointerUp(canvas, { pointerId: 2, clientX: 300, clientY: 250 });
    fireEvent.click(canvas, { clientX: 300, clientY: 250 });
    expect(onBrush).toHaveBeenCalledTimes(1);
    const [bx, by] = onBrush.mock.lastCall!;
    expect(bx[0]).toBeLessThan(bx[1]);
    expect(by[0]).toBeLessThan(by[1]);
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.queryByTestId('brush-rect')).toBeNull();
  });

  it('treats a tiny or Shift-less drag as no brush', () => {
    const onBrush = vi.fn();
    render(<Scatter {...props({ onBrush })} />);
    const canvas = screen.getByTestId('scatter-canvas');
    fireEvent.pointerDown(canvas, { pointerId: 3, button: 0, shiftKey: true, clientX: 100, clientY: 100 });
    fireEvent.pointerUp(canvas, { pointerId: 3, clientX: 102, clientY: 101 });
    fireEvent.pointerDown(canvas, { pointerId: 4, button: 0, clientX: 100, clientY: 100 });
    fireEvent.pointerUp(canvas, { pointerId: 4, clientX: 300, clientY: 300 });
    expect(onBrush).not.toHaveBeenCalled();
  });
});
