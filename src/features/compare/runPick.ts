/**
 * One picked run of the repeated-runs panel: finding it in the comparison, the sentence that describes
 * it, and its front as a layer of the attainment figure.
 */
import type { Sense } from '../../core';
import type { ScatterLayer, ScatterProps } from '../../charts/types';
import type { CompareRun, CompareView, RunsView } from '../../state/compareTypes';
import { surfaceLine } from './surfaceLine';
import { formatHv, groupName, plural } from './text';

/** A run of a compared group: `group` indexes CompareView.names, `run` indexes RunsView.runNames. */
export interface RunPick {
  group: number;
  run: number;
}

export interface PickedRun {
  group: number;
  groupName: string;
  runName: string;
  run: CompareRun;
}

/** How a run is named: its value in the run column, or its position when the name is missing. */
export function runName(runs: RunsView, run: number): string {
  return runs.runNames[run] ?? String(run + 1);
}

/** The picked run, or null when there is no pick or the comparison no longer has that run. */
export function findRun(compare: CompareView, pick: RunPick | null): PickedRun | null {
  const runs = compare.runs;
  if (!runs || pick === null) return null;
  const run = runs.groups.find((g) => g.group === pick.group)?.runs.find((r) => r.run === pick.run);
  if (!run) return null;
  return { group: pick.group, groupName: groupName(compare.names[pick.group]), runName: runName(runs, pick.run), run };
}

/** e.g. "Run 7 of adaptFocus: 23 front points, hypervolume 15,012,300". */
export function runPickText(picked: PickedRun): string {
  return `Run ${picked.runName} of ${picked.groupName}: ${plural(picked.run.frontSize, 'front point')}, hypervolume ${formatHv(picked.run.hypervolume)}`;
}

/**
 * The picked run's front over the attainment figure: its rows ringed and its staircase (the same rule as
 * the surfaces), in the group's colour and thicker than the median surface; the other layers fade so it
 * stands out. Without surfaces (no figure) the layers are returned as they are.
 */
export function withRunFront(
  layers: ScatterLayer[],
  compare: CompareView,
  colors: string[],
  picked: PickedRun | null,
  scatter: Pick<ScatterProps, 'x' | 'y'>,
): ScatterLayer[] {
  const axes = compare.runs?.surfaceAxes;
  if (!picked || !axes) return layers;
  const senses = axes.map((key) => compare.objectives.find((o) => o.key === key)?.sense ?? 'min') as [Sense, Sense];
  const rows = picked.run.frontRows;
  const points = Array.from(rows, (r) => [scatter.x[r], scatter.y[r]] as [number, number]);
  const front: ScatterLayer = {
    id: `run-${picked.group}-${picked.run.run}`,
    color: colors[picked.group],
    line: surfaceLine(points, senses),
    rows,
    mark: 'ring',
    width: 3.5,
    opacity: 1,
    label: `${picked.groupName} · run ${picked.runName}: HV ${formatHv(picked.run.hypervolume)}`,
  };
  return [...layers.map((l) => ({ ...l, opacity: (l.opacity ?? 1) * 0.45 })), front];
}
