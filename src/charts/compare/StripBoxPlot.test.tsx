// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jitter, StripBoxPlot, type StripRow } from './StripBoxPlot';

afterEach(cleanup);

const rows: StripRow[] = [
  { key: 'a', label: 'Method A', color: '#123456', points: [1, 2, 3, 4].map((value, index) => ({ value, index, title: `a ${index}` })) },
  { key: 'b', label: 'Method B', color: '#654321', points: [2, NaN, 5].map((value, index) => ({ value, index, title: `b ${index}` })) },
];

const dots = (root: HTMLElement) => Array.from(root.querySelectorAll<SVGCircleElement>('circle[data-dot]'));

describe('StripBoxPlot', () => {
  it('draws a row per group and a dot per finite observation, none picked and not clickable by default', () => {
    const { container } = render(<StripBoxPlot rows={rows} xLabel="Hypervolume" ariaLabel="plot" dotAttributes={{ 'data-dot': '' }} />);
    expect(container.querySelectorAll('g[data-row]')).toHaveLength(2);
    expect(dots(container)).toHaveLength(6);
    expect(container.querySelector('[data-picked]')).toBeNull();
    expect(dots(container)[0].getAttribute('tabindex')).toBeNull();
  });

  it('emphasizes the picked dot, draws it last in its row, and reports clicks by row key and index', () => {
    const onPoint = vi.fn();
    const { container } = render(<StripBoxPlot rows={rows} xLabel="HV" ariaLabel="plot" dotAttributes={{ 'data-dot': '' }} picked={{ row: 'a', index: 1 }} onPoint={onPoint} />);
    const picked = container.querySelectorAll('[data-picked]');
    expect(picked).toHaveLength(1);
    expect(picked[0].querySelector('title')!.textContent).toBe('a 1');
    expect(Number(picked[0].getAttribute('r'))).toBeGreaterThan(Number(dots(container)[0].getAttribute('r')));
    const rowA = Array.from(container.querySelector('g[data-row="a"]')!.querySelectorAll('circle[data-dot]'));
    expect(rowA[rowA.length - 1]).toBe(picked[0]);
    fireEvent.click(dots(container).find((d) => d.querySelector('title')!.textContent === 'b 2')!);
    expect(onPoint).toHaveBeenLastCalledWith('b', 2);
    expect(dots(container)[0].getAttribute('tabindex')).toBe('-1');
  });

  it('jitters by index, within half a box either way', () => {
    for (let i = 0; i < 50; i++) expect(Math.abs(jitter(i))).toBeLessThanOrEqual(0.5);
    expect(jitter(3)).toBe(jitter(3));
  });
});
