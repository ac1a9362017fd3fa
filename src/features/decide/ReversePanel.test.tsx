// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReversePanel, type ReversePanelProps } from './ReversePanel';

afterEach(cleanup);

const objectives = [
  { key: 'pass_rate_2', label: 'Pass rate', unit: '%', sense: 'max' as const },
  { key: 'total_cost', label: 'Cost', unit: 'USD', sense: 'min' as const },
];

function setup(over: Partial<ReversePanelProps> = {}) {
  const props: ReversePanelProps = {
    selectedLabel: 'gpt-5 (medium)',
    objectives,
    pseudoWeights: [0.625, 0.375],
    weightRange: { min: 0.55, max: 0.71 },
    unsupported: false,
    unsupportedCount: 0,
    ...over,
  };
  render(<ReversePanel {...props} />);
  return props;
}

describe('ReversePanel', () => {
  it('asks for a selection first', () => {
    setup({ selectedLabel: null, pseudoWeights: null, weightRange: undefined });
    expect(screen.getByTestId('reverse-panel').textContent).toMatch(/Select a front point/);
    expect(screen.queryByTestId('weight-range')).toBeNull();
  });

  it('shows the pseudo-weights as bars with shares, and can use them as weights', () => {
    const onUseWeights = vi.fn();
    setup({ onUseWeights });
    expect(screen.getByTestId('reverse-selected').textContent).toBe('gpt-5 (medium)');
    expect(screen.getByTestId('pseudo-weight-pass_rate_2').textContent).toContain('63%');
    expect(screen.getByTestId('pseudo-weight-total_cost').textContent).toContain('38%');
    fireEvent.click(screen.getByTestId('reverse-use-weights'));
    expect(onUseWeights).toHaveBeenCalledWith({ pass_rate_2: 0.625, total_cost: 0.375 });
  });

  it('gives the weighted-sum range in two objectives, or says no weight makes it win', () => {
    setup({ currentShare: 0.8 });
    expect(screen.getByTestId('weight-range').textContent).toMatch(/when Pass rate weighs 55% to 71% \(and Cost the rest\)/);
    cleanup();
    setup({ weightRange: null, unsupported: true, unsupportedCount: 3 });
    expect(screen.getByTestId('weight-range').textContent).toMatch(/for no weights at all/);
    expect(screen.getByTestId('reverse-unsupported').textContent).toMatch(/No weighted sum can pick this point/);
    expect(screen.getByTestId('unsupported-count').textContent).toMatch(/^3 front points no weighted sum can pick/);
  });

  it('leaves the range out with more than two objectives', () => {
    setup({ weightRange: undefined, objectives: [...objectives, { key: 'seconds_per_case', label: 'Time', sense: 'min' }], pseudoWeights: [0.5, 0.3, 0.2] });
    expect(screen.queryByTestId('weight-range')).toBeNull();
    expect(screen.getByTestId('pseudo-weight-seconds_per_case').textContent).toContain('20%');
  });

  it('explains a selection off the front (NaN pseudo-weights)', () => {
    setup({ pseudoWeights: [NaN, NaN], weightRange: null });
    expect(screen.getByTestId('reverse-off-front')).toBeTruthy();
    expect(screen.queryByTestId('weight-range')).toBeNull();
    expect(screen.queryByTestId('reverse-use-weights')).toBeNull();
  });
});
