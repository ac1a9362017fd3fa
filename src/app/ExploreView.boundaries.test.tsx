// @vitest-environment jsdom
/**
 * The explore view with two of its panels broken (their modules replaced by components that throw):
 * each is replaced by its own error box, and every other panel still renders.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSpec, viewStore } from '../state';
import { aiderLikeDataset } from '../state/testing/fakeDataset';
import { ExploreView } from './ExploreView';

vi.mock('../charts/Scatter', () => import('../features/compare/testing/scatterStub'));
vi.mock('../features/details/DetailsPanel', () => ({
  DetailsPanel: () => {
    throw new Error('details exploded');
  },
}));
vi.mock('../features/decide/WeightsPanel', () => ({
  WeightsPanel: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExploreView with failing panels', () => {
  it('shows each failure in its own place and keeps the rest of the page', () => {
    const ds = aiderLikeDataset();
    viewStore.getState().load(ds, defaultSpec(ds));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ExploreView />
      </QueryClientProvider>,
    );
    const boxes = screen.getAllByTestId('error-boundary');
    expect(boxes.map((b) => b.getAttribute('data-part')).sort()).toEqual(['Selection details', 'Weights']);
    expect(screen.getByText('Weights could not be shown')).toBeTruthy();
    expect(screen.getByText('Maximum call stack size exceeded')).toBeTruthy();
    expect(screen.getByText('details exploded')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Reset this view' })).toHaveLength(2);
    // The rest is there: the chart panel, the constraints and derived-columns panels next to the broken weights.
    expect(screen.getByTestId('chart-panel')).toBeTruthy();
    expect(screen.getByTestId('derived-panel')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Axes' })).toBeTruthy();
  });
});
