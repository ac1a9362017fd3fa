// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Scatter } from './Scatter';
import { mockChartLayout, scatterProps } from './testing/scatter';
import type { ScatterLayer } from './types';
import { RENDER_MARK } from './useDrawMarks';

mockChartLayout();

const props = scatterProps;
const renderCount = (chart: HTMLElement) => chart.getAttribute('data-render-count');
const marksOf = (layer: HTMLElement) => within(layer).queryByTestId('layer-marks');
const layerEl = (id: string) => screen.getAllByTestId('scatter-layer').find((g) => g.getAttribute('data-layer') === id)!;
const tickLabels = (chart: HTMLElement) => Array.from(chart.querySelectorAll('[data-testid="scatter-axes"] .tick text'), (t) => t.textContent);
/** Labelled ticks of one axis: d3 places x ticks at translate(px,0), y ticks at translate(0,py). */
const axisLabels = (chart: HTMLElement, axis: 'x' | 'y') =>
  Array.from(chart.querySelectorAll('[data-testid="scatter-axes"] .tick'))
    .filter((t) => /translate\(([^,]+),([^)]+)\)/.exec(t.getAttribute('transform') ?? '')?.[axis === 'x' ? 2 : 1].trim() === '0')
    .map((t) => t.textContent)
    .filter(Boolean);

const front: ScatterLayer = { id: 'a', color: '#0072b2', line: [[1, -Infinity], [1, 5], [2, 5], [2, 3], [4, 3], [4, 1], [Infinity, 1]], label: 'Method A' };

describe('Scatter layers', () => {
  it('draws one path per line and one mark per drawable row, in the layer\'s shape', () => {
    const layers: ScatterLayer[] = [
      front,
      { id: 'b', color: '#e69f00', rows: [0, 1, 2], mark: 'ring', dash: 'dashed' },
      { id: 'c', color: '#009e73', rows: Uint32Array.of(3), mark: 'cross' },
      { id: 'd', color: '#cc79a7', rows: [1, 3] },
    ];
    render(<Scatter {...props({ layers })} />);
    expect(screen.getAllByTestId('scatter-layer')).toHaveLength(4);
    const lines = screen.getAllByTestId('layer-line');
    expect(lines).toHaveLength(1);
    expect(lines[0].getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(lines[0].getAttribute('d')?.match(/M/g)).toHaveLength(1);
    expect(lines[0].getAttribute('stroke-dasharray')).toBeNull();

    const ring = marksOf(layerEl('b'))!;
    expect(ring.getAttribute('data-mark')).toBe('ring');
    expect(ring.getAttribute('data-count')).toBe('3');
    expect(ring.getAttribute('fill')).toBe('none');
    expect(ring.getAttribute('d')?.match(/a5\.5,5\.5/g)).toHaveLength(6); // two arcs per circle of r 5.5
    const cross = marksOf(layerEl('c'))!;
    expect(cross.getAttribute('data-mark')).toBe('cross');
    expect(cross.getAttribute('d')?.match(/M/g)).toHaveLength(2); // the two strokes of one ×
    const dot = marksOf(layerEl('d'))!;
    expect(dot.getAttribute('data-mark')).toBe('dot');
    expect(dot.getAttribute('fill')).toBe('#cc79a7');
    expect(dot.getAttribute('data-count')).toBe('2');
    expect(within(layerEl('b')).queryByTestId('layer-line')).toBeNull();
  });

  it('styles lines: dash, width and opacity, clipped to the plot', () => {
    const layers: ScatterLayer[] = [
      { ...front, dash: 'dotted', width: 3, opacity: 0.5 },
      { id: 'e', color: '#000', line: [[0, 0], [10, 10]], dash: 'dashed' },
    ];
    render(<Scatter {...props({ layers })} />);
    const [dotted, dashed] = screen.getAllByTestId('layer-line');
    expect(dotted.getAttribute('stroke-dasharray')).toBe('1.5 3');
    expect(dotted.getAttribute('stroke-linecap')).toBe('round');
    expect(dotted.getAttribute('stroke-width')).toBe('3');
    expect(layerEl('a').getAttribute('opacity')).toBe('0.5');
    expect(dashed.getAttribute('stroke-dasharray')).toBe('6 4');
    const group = screen.getByTestId('scatter-layers');
    const clip = group.querySelector('clipPath');
    expect(clip?.id).toBeTruthy();
    expect(group.querySelector(`[clip-path="url(#${clip!.id})"]`)).toBeTruthy();
    // Clipped: every vertex of the diagonal lies inside the plot.
    const rect = clip!.querySelector('rect')!;
    const w = Number(rect.getAttribute('width'));
    const h = Number(rect.getAttribute('height'));
    const vertices = [...dashed.getAttribute('d')!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(vertices.length).toBeGreaterThanOrEqual(2);
    for (const [px, py] of vertices) {
      expect(px).toBeGreaterThanOrEqual(0);
      expect(px).toBeLessThanOrEqual(w);
      expect(py).toBeGreaterThanOrEqual(0);
      expect(py).toBeLessThanOrEqual(h);
    }
  });

  it('skips rows the base does not draw (status 0, NaN, out of range, non-positive on a log axis)', () => {
    const status = Uint8Array.of(3, 0, 2, 3, 1);
    const x = Float64Array.of(1, 2, NaN, 4, 5);
    const { rerender } = render(<Scatter {...props({ x, status, layers: [{ id: 'r', color: 'red', rows: [0, 1, 2, 3, 4, 9, -1, 1.5] }] })} />);
    expect(screen.getByTestId('layer-marks').getAttribute('data-count')).toBe('3'); // rows 0, 3, 4
    rerender(<Scatter {...props({ x: Float64Array.of(-1, 2, 3, 4, 5), xScale: 'log', layers: [{ id: 'r', color: 'red', rows: [0, 1] }] })} />);
    expect(screen.getByTestId('layer-marks').getAttribute('data-count')).toBe('1');
    rerender(<Scatter {...props({ status: Uint8Array.of(0, 0, 0, 0, 0), layers: [{ id: 'r', color: 'red', rows: [0, 1] }] })} />);
    expect(screen.queryByTestId('layer-marks')).toBeNull();
  });

  it('keys the labelled layers, with the full label as hover text when it is cut', () => {
    const long = 'A rather long method name with its configuration, its seed and every one of its settings spelled out in full, far wider than the chart itself';
    const layers: ScatterLayer[] = [
      front,
      { id: 'b', color: '#e69f00', rows: [0, 1], mark: 'cross', label: long },
      { id: 'c', color: '#999', rows: [2] },
    ];
    render(<Scatter {...props({ layers })} />);
    const entries = screen.getAllByTestId('layer-key-entry');
    expect(entries.map((e) => e.getAttribute('data-layer'))).toEqual(['a', 'b']);
    expect(entries[0].textContent).toBe('Method A');
    expect(entries[1].getAttribute('title')).toBe(long);
    expect(entries[1].textContent).toMatch(/…/);
    expect(entries[0].querySelector('svg path')?.getAttribute('stroke')).toBe('#0072b2');
  });

  it('grows the top margin for the layer key, under the deciding key', () => {
    const plotTop = () => Number(screen.getByTestId('scatter-canvas').style.top.replace('px', ''));
    const { rerender } = render(<Scatter {...props()} />);
    const bare = plotTop();
    rerender(<Scatter {...props({ layers: [front] })} />);
    const keyed = plotTop();
    expect(keyed).toBeGreaterThan(bare);
    rerender(<Scatter {...props({ layers: [front], best: 1 })} />);
    const both = plotTop();
    expect(both).toBeGreaterThan(keyed);
    const legend = screen.getByTestId('decision-legend');
    const key = screen.getByTestId('layer-key');
    // The key starts below the deciding key's row and ends above the plot.
    expect(parseFloat(key.style.top)).toBeGreaterThanOrEqual(parseFloat(legend.style.height) - 12);
    expect(parseFloat(key.style.top) + 20 * key.children.length).toBeLessThanOrEqual(both);
  });

  it('wraps eight labelled layers to rows instead of hiding them', () => {
    const layers: ScatterLayer[] = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, color: '#333', rows: [i % 5], label: `NSGA-II variant ${i}` }));
    render(<Scatter {...props({ layers })} />);
    const key = screen.getByTestId('layer-key');
    expect(key.children.length).toBeGreaterThan(1);
    expect(screen.getAllByTestId('layer-key-entry')).toHaveLength(8);
  });

  it('marks a render once when only the layers change, without redrawing the canvas', () => {
    performance.clearMarks(RENDER_MARK);
    const onHover = () => {};
    const { rerender } = render(<Scatter {...props({ layers: [front], onHover })} />);
    const chart = screen.getByTestId('scatter');
    expect(renderCount(chart)).toBe('1');
    expect(performance.getEntriesByName(RENDER_MARK)).toHaveLength(1);
    // An equal layer list rebuilt by the parent is no change.
    rerender(<Scatter {...props({ layers: [{ ...front, line: front.line!.map(([a, b]) => [a, b]) }], onHover })} />);
    expect(performance.getEntriesByName(RENDER_MARK)).toHaveLength(1);
    rerender(<Scatter {...props({ layers: [front, { id: 'b', color: 'red', rows: [1] }], onHover })} />);
    expect(renderCount(chart)).toBe('1');
    expect(performance.getEntriesByName(RENDER_MARK)).toHaveLength(2);
  });
});

describe('Scatter domain, highlight and muted tone', () => {
  it('gives charts of different data the same axes when they share a domain', () => {
    const a = render(<Scatter {...props()} />);
    const b = render(<Scatter {...props({ x: Float64Array.of(10, 20, 30, 40, 50), y: Float64Array.of(0.5, 0.1, 0.2, 0.3, 0.9) })} />);
    const [ca, cb] = screen.getAllByTestId('scatter');
    expect(tickLabels(ca)).not.toEqual(tickLabels(cb));
    const domain = { x: [0, 60] as [number, number], y: [0, 6] as [number, number] };
    a.rerender(<Scatter {...props({ domain })} />);
    b.rerender(<Scatter {...props({ domain: { x: [0, 60], y: [0, 6] }, x: Float64Array.of(10, 20, 30, 40, 50), y: Float64Array.of(0.5, 0.1, 0.2, 0.3, 0.9) })} />);
    expect(tickLabels(ca).length).toBeGreaterThan(4);
    expect(tickLabels(ca)).toEqual(tickLabels(cb));
    // The window is used as given: its ends are ticks.
    expect(tickLabels(ca)).toContain('60');
    expect(tickLabels(ca)).toContain('0');
  });

  it('ignores a domain with non-positive bounds on a log axis', () => {
    const { rerender } = render(<Scatter {...props({ xScale: 'log' })} />);
    const chart = screen.getByTestId('scatter');
    const fitted = axisLabels(chart, 'x');
    expect(fitted.length).toBeGreaterThan(1);
    rerender(<Scatter {...props({ xScale: 'log', domain: { x: [0, 1000], y: [0, 10] } })} />);
    // x falls back to the data fit; y takes the window.
    expect(axisLabels(chart, 'x')).toEqual(fitted);
    expect(axisLabels(chart, 'y')).toContain('10');
    rerender(<Scatter {...props({ xScale: 'log', domain: { x: [1, 1000], y: [0, 10] } })} />);
    expect(axisLabels(chart, 'x').at(-1)).toMatch(/^1,?000$/);
  });

  it('rings a highlighted row like a hover, without a tooltip, and only when it is drawn', () => {
    const { rerender } = render(<Scatter {...props({ highlighted: 2 })} />);
    const ring = screen.getByTestId('scatter-highlight');
    expect(ring.querySelectorAll('circle')).toHaveLength(2);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.queryByTestId('scatter-hover')).toBeNull();
    rerender(<Scatter {...props({ highlighted: 2, status: Uint8Array.of(3, 3, 0, 3, 1) })} />);
    expect(screen.queryByTestId('scatter-highlight')).toBeNull();
    rerender(<Scatter {...props({ highlighted: 99 })} />);
    expect(screen.queryByTestId('scatter-highlight')).toBeNull();
  });

  it('keeps hover and click working on muted points, and redraws the canvas when the tone changes', () => {
    const { rerender } = render(<Scatter {...props({ selected: 3, staircase: [[1, -Infinity], [1, 5], [Infinity, 5]] })} />);
    const chart = screen.getByTestId('scatter');
    const sel = screen.getByTestId('scatter-selection').querySelectorAll('circle')[1];
    const cx = Number(sel.getAttribute('cx'));
    const cy = Number(sel.getAttribute('cy'));
    const normalRegion = screen.getByTestId('scatter-region').getAttribute('fill');
    const selected: number[] = [];
    rerender(<Scatter {...props({ baseTone: 'muted', onSelect: (r) => r !== null && selected.push(r), staircase: [[1, -Infinity], [1, 5], [Infinity, 5]] })} />);
    expect(renderCount(chart)).toBe('2');
    expect(screen.getByTestId('scatter-region').getAttribute('fill')).not.toBe(normalRegion);
    const canvas = screen.getByTestId('scatter-canvas');
    act(() => {
      fireEvent.pointerMove(canvas, { clientX: cx + 1, clientY: cy });
    });
    expect(screen.getByRole('tooltip').textContent).toContain('Row 3');
    fireEvent.click(canvas, { clientX: cx + 1, clientY: cy });
    expect(selected).toEqual([3]);
  });
});
