// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeDataset } from '../../state/testing/fakeDataset';
import { RankingTable } from './RankingTable';

afterEach(cleanup);

const n = 14;
const dataset = fakeDataset({
  labelKey: 'model',
  columns: [
    { key: 'model', label: 'Model', type: 'text', role: 'label', values: Array.from({ length: n }, (_, i) => `model-${i}`) },
    { key: 'pass_rate_2', label: 'Pass rate', unit: '%', values: Array.from({ length: n }, (_, i) => 40 + i) },
    { key: 'total_cost', label: 'Cost', unit: 'USD', values: Array.from({ length: n }, (_, i) => 1 + i * 2.5) },
  ],
});
const ranking = Array.from({ length: 12 }, (_, i) => ({ row: 13 - i, score: 0.01 + i * 0.0371 }));

describe('RankingTable', () => {
  it('names the winner in best-point and lists the top 10 with rank, name, score and objectives', () => {
    render(<RankingTable ranking={ranking} dataset={dataset} objectiveKeys={['pass_rate_2', 'total_cost']} best={13} onSelect={() => {}} />);
    expect(screen.getByTestId('best-point').textContent).toBe('model-13');
    const table = screen.getByTestId('ranking-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(11); // header + 10
    expect(within(table).getByText('Pass rate (%)')).toBeTruthy();
    expect(within(table).getByText('Cost (USD)')).toBeTruthy();
    const first = rows[1].querySelectorAll('td');
    expect(first[0].textContent).toBe('1');
    expect(first[1].textContent).toContain('model-13');
    expect(first[2].textContent).toBe('0.01');
    expect(first[3].textContent).toBe('53');
    expect(first[4].textContent).toBe('33.5');
    expect(rows[2].querySelectorAll('td')[2].textContent).toBe('0.0471');
  });

  it('selects a row on click, and the winner from its name', () => {
    const onSelect = vi.fn();
    render(<RankingTable ranking={ranking} dataset={dataset} objectiveKeys={['pass_rate_2']} best={13} selected={12} onSelect={onSelect} />);
    const row = screen.getByTestId('ranking-table').querySelector('tr[data-row="11"]')!;
    fireEvent.click(row);
    expect(onSelect).toHaveBeenLastCalledWith(11);
    fireEvent.click(screen.getByTestId('best-point'));
    expect(onSelect).toHaveBeenLastCalledWith(13);
    expect(screen.getByTestId('ranking-table').querySelector('tr[data-row="12"]')!.getAttribute('aria-selected')).toBe('true');
  });

  it('says when nothing is ranked', () => {
    render(<RankingTable ranking={[]} dataset={dataset} objectiveKeys={['pass_rate_2']} best={null} onSelect={() => {}} />);
    expect(screen.queryByTestId('best-point')).toBeNull();
    expect(screen.queryByTestId('ranking-table')).toBeNull();
    expect(screen.getByTestId('ranking-empty')).toBeTruthy();
  });

  it('falls back to row numbers without a label column, and shows negative (reference-point) scores', () => {
    const plain = fakeDataset({ columns: [{ key: 'a', values: [1, 2, 3] }] });
    render(<RankingTable ranking={[{ row: 2, score: -0.0351 }]} dataset={plain} objectiveKeys={['a']} best={2} onSelect={() => {}} />);
    expect(screen.getByTestId('best-point').textContent).toBe('Row 3');
    expect(screen.getByTestId('ranking-table').querySelectorAll('td')[2].textContent).toBe('-0.0351');
  });
});
