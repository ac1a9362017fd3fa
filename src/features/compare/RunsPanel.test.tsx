// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ScatterProps } from '../../charts/types';
import { attainmentLayers, surfaceRole } from './attainmentLayers';
import { fixtureColors, type FixtureOptions } from './testing/fixture';
import { renderRunsPanel, RUNS } from './testing/runsPanel';
import { cleanupAfterEach, drawn } from './testing/scatterStub';

vi.mock('../../charts/Scatter', () => import('./testing/scatterStub'));
cleanupAfterEach();

function setup(fixture: FixtureOptions = {}, runColumn: string | null = 'seed', scatter?: Omit<ScatterProps, 'height'> | null) {
  return renderRunsPanel({ fixture, runColumn, scatter });
}

describe('RunsPanel', () => {
  it('chooses the run column, None included', () => {
    const { onRunColumn } = setup({}, null);
    const select = screen.getByLabelText('Run column') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['None', 'Seed', 'Trial']);
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: 'trial' } });
    expect(onRunColumn).toHaveBeenLastCalledWith('trial');
    fireEvent.change(select, { target: { value: '' } });
    expect(onRunColumn).toHaveBeenLastCalledWith(null);
    expect(screen.queryByTestId('run-hv-plot')).toBeNull();
  });

  it('says so when the column gives no runs', () => {
    setup({}, 'seed');
    expect(screen.getByRole('status').textContent).toMatch(/No runs to compare/);
  });

  it('draws one dot per run with its run and hypervolume, a row per group, and the median and IQR', () => {
    setup({ runs: RUNS });
    const plot = screen.getByTestId('run-hv-plot');
    const dots = screen.getAllByTestId('run-dot');
    expect(dots).toHaveLength(14);
    expect(plot.querySelectorAll('g[data-row]')).toHaveLength(3);
    expect(dots[3].querySelector('title')!.textContent).toBe('run 4: 15');
    const summary = screen.getByTestId('runs-summary');
    const row = (g: string) => Array.from(summary.querySelector(`tr[data-group="${g}"]`)!.querySelectorAll('td:not([data-control])')).map((c) => c.textContent);
    expect(row('nsga2')).toEqual(['5', '11', '2']); // sorted 9 10 11 12 15: q1 10, q3 12
    expect(row('moead')).toEqual(['2', '20.5', '0.5']);
    expect(row('spea2')).toEqual(['7', '7', '3']); // q1 5.5, q3 8.5
  });

  it('draws best, median and worst attainment surfaces per group over the muted scatter, with their key', () => {
    const { compare } = setup({ runs: RUNS });
    expect(screen.getByTestId('attainment')).toBeTruthy();
    expect(screen.getByTestId('attainment-key').textContent).toContain('thin: best of n runs');
    const props = drawn[drawn.length - 1];
    expect(props.height).toBe(420);
    expect(props.baseTone).toBe('muted');
    const layers = props.layers!;
    expect(layers).toEqual(attainmentLayers(compare, fixtureColors(compare)));
    // nsga2: 5 runs → levels 1, 3, 5; moead: 2 runs → levels 1 (median), 2.
    const nsga2 = layers.filter((l) => l.id.startsWith('eaf-0-'));
    expect(nsga2.map((l) => [l.id, l.width, l.dash, l.label])).toEqual([
      ['eaf-0-1', 1.25, 'solid', undefined],
      ['eaf-0-5', 1.5, 'dashed', undefined],
      ['eaf-0-3', 2.75, 'solid', 'nsga2 (5 runs)'],
    ]);
    expect(layers.filter((l) => l.id.startsWith('eaf-1-')).map((l) => l.id)).toEqual(['eaf-1-2', 'eaf-1-1']);
    // The line is the surface's staircase (min/min), with rays at both ends.
    expect(nsga2[0].line!.slice(0, 3)).toEqual([[1.3, Infinity], [1.3, 5.3], [2.3, 5.3]]);
    expect(nsga2[0].line![nsga2[0].line!.length - 1][0]).toBe(Infinity);
  });

  it('leaves the surfaces out without a chart or without surfaces', () => {
    setup({ runs: RUNS }, 'seed', null);
    expect(screen.queryByTestId('attainment')).toBeNull();
    cleanup();
    setup({ runs: RUNS, surfaces: false });
    expect(screen.queryByTestId('attainment')).toBeNull();
    expect(screen.getAllByTestId('run-dot')).toHaveLength(14);
  });

  it('names the surfaces by level', () => {
    expect([1, 3, 5].map((l) => surfaceRole(l, 5))).toEqual(['best', 'median', 'worst']);
    expect([1, 2].map((l) => surfaceRole(l, 2))).toEqual(['median', 'worst']);
    expect(surfaceRole(1, 1)).toBe('median');
  });
});
