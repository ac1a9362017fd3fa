// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ScatterProps } from '../../charts/types';
import { HeadToHead } from './HeadToHead';
import { compareFixture, fixtureColors } from './testing/fixture';
import { cleanupAfterEach, drawn, SCATTER_LABELS } from './testing/scatterStub';

vi.mock('../../charts/Scatter', () => import('./testing/scatterStub'));
cleanupAfterEach();

function setup(scatter: Omit<ScatterProps, 'height'> | null = SCATTER_LABELS) {
  const compare = compareFixture({ compared: [0, 1, 2] });
  const onPair = vi.fn();
  const colors = fixtureColors(compare);
  render(<HeadToHead compare={compare} colors={colors} groupLabel="Algorithm" onPair={onPair} scatter={scatter} />);
  return { compare, onPair, colors };
}

describe('HeadToHead', () => {
  it('shows the sentence and the counts of both sides', () => {
    setup();
    expect(screen.getByTestId('h2h-sentence').textContent).toBe("moead dominates 7 of nsga2's 14 front points; nsga2 dominates none of moead's");
    expect(screen.getByTestId('h2h-counts').textContent).toContain('nsga2 front: 14 · dominated by moead: 7');
    expect(screen.getByTestId('h2h-counts').textContent).toContain('moead front: 11 · dominated by nsga2: 0');
  });

  it('offers the compared groups first, then the others, and cannot pick the same group on both sides', () => {
    const { onPair } = setup();
    const a = screen.getByLabelText('A') as HTMLSelectElement;
    const b = screen.getByLabelText('B') as HTMLSelectElement;
    expect(a.value).toBe('0');
    expect(b.value).toBe('1');
    expect(Array.from(a.options).map((o) => o.textContent)).toEqual(['nsga2', 'moead (the other side)', 'spea2', '(no value)', 'random']);
    expect(Array.from(a.querySelectorAll('optgroup')).map((g) => g.label)).toEqual(['Compared', 'Other groups']);
    expect(a.options[1].disabled).toBe(true);
    expect(b.options[0].disabled).toBe(true);
    fireEvent.change(a, { target: { value: '1' } });
    expect(onPair).not.toHaveBeenCalled();
    fireEvent.change(a, { target: { value: '4' } });
    expect(onPair).toHaveBeenLastCalledWith(['random', 'moead']);
    fireEvent.change(b, { target: { value: '3' } });
    expect(onPair).toHaveBeenLastCalledWith(['nsga2', '']);
  });

  it('swaps A and B', () => {
    const { onPair } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Swap A and B' }));
    expect(onPair).toHaveBeenCalledWith(['moead', 'nsga2']);
  });

  it('draws the figure over the muted scatter: both fronts as dots, dominated points as crosses in the dominator’s colour', () => {
    const { compare, colors } = setup();
    expect(drawn.length).toBeGreaterThan(0);
    const props = drawn[drawn.length - 1];
    expect(props.height).toBe(380);
    expect(props.baseTone).toBe('muted');
    expect(props.xLabel).toBe('Error (%)');
    const layers = props.layers!;
    expect(layers.map((l) => [l.label, l.color, l.mark ?? 'dot'])).toEqual([
      ['nsga2 front', colors[0], 'dot'],
      ['moead front', colors[1], 'dot'],
      ['nsga2 points moead dominates', colors[1], 'cross'],
      ['moead points nsga2 dominates', colors[0], 'cross'],
    ]);
    expect(Array.from(layers[2].rows!)).toEqual(Array.from(compare.pair!.aDominatedByB));
  });

  it('without a chart, shows the sentence only', () => {
    setup(null);
    expect(screen.getByTestId('h2h-sentence')).toBeTruthy();
    expect(screen.queryByTestId('scatter')).toBeNull();
    expect(drawn).toHaveLength(0);
  });
});
