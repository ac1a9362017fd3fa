/** Rendering the repeated-runs panel for its tests, over the hand-built comparison fixture. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { ScatterProps } from '../../../charts/types';
import { RunsPanel } from '../RunsPanel';
import { compareFixture, fixtureColors, type FixtureOptions } from './fixture';
import { SCATTER_LABELS } from './scatterStub';

/** Hypervolume of each run of the three compared groups: five runs, two, and seven with an outlier. */
export const RUNS = [
  [10, 12, 11, 15, 9],
  [20, 21],
  [5, 5, 6, 7, 8, 9, 30],
];

export const RUN_COLUMNS = [
  { key: 'seed', label: 'Seed' },
  { key: 'trial', label: 'Trial' },
];

export interface RunsPanelSetup {
  /** Fixture options over the first three groups compared. */
  fixture?: FixtureOptions;
  runColumn?: string | null;
  scatter?: Omit<ScatterProps, 'height'> | null;
}

/** Renders the panel with runs told apart by "seed" (choices: Seed, Trial). */
export function renderRunsPanel({ fixture = {}, runColumn = 'seed', scatter = SCATTER_LABELS }: RunsPanelSetup = {}) {
  const compare = compareFixture({ compared: [0, 1, 2], ...fixture });
  const colors = fixtureColors(compare);
  const onRunColumn = vi.fn();
  render(<RunsPanel compare={compare} colors={colors} groupLabel="Algorithm" runColumns={RUN_COLUMNS} runColumn={runColumn} onRunColumn={onRunColumn} scatter={scatter} />);
  return { compare, colors, onRunColumn };
}
