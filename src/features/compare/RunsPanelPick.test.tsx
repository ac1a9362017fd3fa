// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ScatterProps } from '../../charts/types';
import { attainmentLayers } from './attainmentLayers';
import { findRun, runPickText, withRunFront } from './runPick';
import { surfaceLine } from './surfaceLine';
import { compareFixture, fixtureColors } from './testing/fixture';
import { renderRunsPanel, RUNS } from './testing/runsPanel';
import { cleanupAfterEach, drawn, SCATTER_LABELS } from './testing/scatterStub';

vi.mock('../../charts/Scatter', () => import('./testing/scatterStub'));
cleanupAfterEach();

// Coordinates for every fixture row (groups' rows sit at g * 1000 + i).
const x = Float64Array.from({ length: 3000 }, (_, r) => 1 + (r % 1000) / 10);
const y = Float64Array.from({ length: 3000 }, (_, r) => 20 - (r % 1000) / 10 + Math.floor(r / 1000));
const base = { ...SCATTER_LABELS, x, y } as Omit<ScatterProps, 'height'>;

function setup(scatter: Omit<ScatterProps, 'height'> | null = base) {
  return renderRunsPanel({ fixture: { runs: RUNS }, scatter });
}

const lastLayers = () => drawn[drawn.length - 1].layers ?? [];

describe('RunsPanel: showing one run', () => {
  it('clicking a dot shows the run: its sentence, the emphasized dot and its front over the surfaces; clicking again clears', () => {
    const { compare, colors } = setup();
    expect(screen.queryByTestId('run-pick')).toBeNull();
    expect(lastLayers().some((l) => l.id.startsWith('run-'))).toBe(false);

    fireEvent.click(screen.getAllByTestId('run-dot')[3]); // nsga2, run "4", HV 15
    expect(screen.getByTestId('run-pick').textContent).toBe('Run 4 of nsga2: 5 front points, hypervolume 15');
    const picked = screen.getByTestId('run-hv-plot').querySelector('[data-picked]')!;
    expect(picked.querySelector('title')!.textContent).toBe('run 4: 15');

    const layers = lastLayers();
    const front = layers[layers.length - 1];
    const run = compare.runs!.groups[0].runs[3];
    expect(front.label).toBe('nsga2 · run 4: HV 15');
    expect(front.color).toBe(colors[0]);
    expect(front.mark).toBe('ring');
    expect([...(front.rows as Uint32Array)]).toEqual([...run.frontRows]);
    expect(front.width).toBeGreaterThan(2.75); // thicker than the median surface
    expect(front.line).toEqual(surfaceLine(Array.from(run.frontRows, (r) => [x[r], y[r]]), ['min', 'min']));
    // The surfaces stay, faded.
    expect(layers.slice(0, -1).map((l) => l.id)).toEqual(attainmentLayers(compare, colors).map((l) => l.id));
    expect(screen.getByTestId('attainment-key').textContent).toContain('the shown run');

    fireEvent.click(picked);
    expect(screen.queryByTestId('run-pick')).toBeNull();
    expect(screen.getByTestId('run-hv-plot').querySelector('[data-picked]')).toBeNull();
    expect(lastLayers().some((l) => l.id.startsWith('run-'))).toBe(false);
  });

  it('clicking another dot moves the pick', () => {
    setup();
    const dots = screen.getAllByTestId('run-dot');
    fireEvent.click(dots[3]);
    fireEvent.click(dots[5]); // moead, run "1", HV 20
    expect(screen.getByTestId('run-pick').textContent).toBe('Run 1 of moead: 5 front points, hypervolume 20');
    expect(screen.getByTestId('run-hv-plot').querySelectorAll('[data-picked]')).toHaveLength(1);
  });

  it('works from the keyboard: a "Show run…" choice per group, Escape clears', () => {
    setup();
    const select = screen.getByLabelText('Show a run of moead') as HTMLSelectElement;
    expect(select.options[0].textContent).toBe('Show run…');
    expect(Array.from(select.options).slice(1).map((o) => o.textContent)).toEqual(['Run 1', 'Run 2']);
    fireEvent.change(select, { target: { value: '1' } });
    expect(screen.getByTestId('run-pick').textContent).toBe('Run 2 of moead: 5 front points, hypervolume 21');
    expect(select.value).toBe('1');
    expect((screen.getByLabelText('Show a run of nsga2') as HTMLSelectElement).value).toBe('');
    expect(lastLayers()[lastLayers().length - 1].label).toBe('moead · run 2: HV 21');

    fireEvent.keyDown(select, { key: 'Escape' });
    expect(screen.queryByTestId('run-pick')).toBeNull();
    expect(select.value).toBe('');

    fireEvent.change(select, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.queryByTestId('run-pick')).toBeNull();
  });

  it('shows the sentence without a figure', () => {
    setup(null);
    fireEvent.click(screen.getAllByTestId('run-dot')[0]);
    expect(screen.getByTestId('run-pick').textContent).toBe('Run 1 of nsga2: 5 front points, hypervolume 10');
    expect(screen.queryByTestId('attainment')).toBeNull();
  });

  it('lists every run in a table, one row per run, each one a way to show it', () => {
    setup();
    const table = screen.getByTestId('every-run');
    expect(table.querySelector('summary')!.textContent).toBe('Show every run (14)');
    const rows = within(table).getAllByTestId('every-run-row');
    expect(rows).toHaveLength(14);
    const cells = (i: number) => Array.from(rows[i].querySelectorAll('td')).map((c) => c.textContent);
    expect(cells(0)).toEqual(['nsga2', '1', '20', '5', '10']);
    expect(cells(13)).toEqual(['spea2', '7', '20', '5', '30']);
    const button = within(rows[6]).getByRole('button');
    fireEvent.click(button);
    expect(screen.getByTestId('run-pick').textContent).toBe('Run 2 of moead: 5 front points, hypervolume 21');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(screen.queryByTestId('run-pick')).toBeNull();
  });
});

describe('runPick', () => {
  const compare = compareFixture({ compared: [0, 1, 2], runs: RUNS });
  const colors = fixtureColors(compare);

  it('finds a run only when the comparison has it', () => {
    expect(findRun(compare, null)).toBeNull();
    expect(findRun(compare, { group: 4, run: 0 })).toBeNull(); // not compared
    expect(findRun(compare, { group: 1, run: 5 })).toBeNull(); // moead has two runs
    const picked = findRun(compare, { group: 2, run: 6 })!;
    expect(runPickText(picked)).toBe('Run 7 of spea2: 5 front points, hypervolume 30');
  });

  it('leaves the layers alone without a pick or without surfaces', () => {
    const layers = attainmentLayers(compare, colors);
    expect(withRunFront(layers, compare, colors, null, base)).toBe(layers);
    const flat = compareFixture({ compared: [0, 1, 2], runs: RUNS, surfaces: false });
    expect(withRunFront([], flat, colors, findRun(flat, { group: 0, run: 0 }), base)).toEqual([]);
  });

  it('formats big hypervolumes with grouped digits', () => {
    const big = compareFixture({ compared: [0], runs: [[15_012_345.6]] });
    expect(runPickText(findRun(big, { group: 0, run: 0 })!)).toBe('Run 1 of nsga2: 5 front points, hypervolume 15,012,300');
  });
});
