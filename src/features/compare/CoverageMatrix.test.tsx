// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoverageMatrix } from './CoverageMatrix';
import { compareFixture, fixtureColors } from './testing/fixture';

afterEach(cleanup);

describe('CoverageMatrix', () => {
  it('draws k² cells, row A and column B, with exact values, 1 on the diagonal and — for NaN', () => {
    const compare = compareFixture({ compared: [0, 1, 3], coverage: [1, 0.6666666666666666, NaN, 0.25, 1, 0, 0, 0.5, 1] });
    render(<CoverageMatrix compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" />);
    const matrix = screen.getByTestId('coverage-matrix');
    const cells = screen.getAllByTestId('coverage-cell');
    expect(cells).toHaveLength(9);
    expect(matrix.contains(cells[0])).toBe(true);
    const cell = (a: string, b: string) => cells.find((c) => c.getAttribute('data-a') === a && c.getAttribute('data-b') === b)!;
    for (const g of ['nsga2', 'moead', '']) {
      expect(cell(g, g).getAttribute('data-value')).toBe('1');
      expect(cell(g, g).querySelector('text')!.textContent).toBe('1');
    }
    expect(cell('nsga2', 'moead').getAttribute('data-value')).toBe('0.6666666666666666');
    expect(cell('nsga2', 'moead').querySelector('text')!.textContent).toBe('0.67');
    expect(cell('nsga2', 'moead').querySelector('title')!.textContent).toBe('nsga2 covers 66.7% of moead’s front');
    expect(cell('nsga2', '').querySelector('text')!.textContent).toBe('—');
    expect(cell('moead', 'nsga2').getAttribute('data-value')).toBe('0.25');
    expect(cell('', 'moead').querySelector('text')!.textContent).toBe('0.50');
    // The screen-reader copy has the same numbers, with "(no value)" as a header.
    const table = matrix.querySelector('table')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(table.querySelector('tbody tr:nth-child(3) th')!.textContent).toBe('(no value)');
    expect(table.querySelector('tbody tr:nth-child(1) td:nth-of-type(2)')!.textContent).toBe('0.67');
  });

  it('explains the reading and says when nothing is compared', () => {
    const compare = compareFixture({ compared: [], coverage: [] });
    render(<CoverageMatrix compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" />);
    expect(screen.getByText(/Zitzler & Thiele/)).toBeTruthy();
    expect(screen.queryByTestId('coverage-matrix')).toBeNull();
    expect(screen.getByText('No group is compared.')).toBeTruthy();
  });
});
