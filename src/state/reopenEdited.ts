/**
 * The view after a stored dataset's columns were read again ("Edit columns"). The current view is
 * written as a link and resolved against the new dataset through the same validating path every link
 * takes (`resolveSpec`), so axes, objective ticks, senses, grouping, filters and the selection that
 * still name valid columns stay, and anything else falls back to the new dataset's default.
 *
 * What the person changed on purpose is not reported as a loss: a column made an objective opens
 * ticked with its new direction, an objective turned into something else leaves the ticks without a
 * word, and a direction changed in the mapping replaces the view's.
 */
import type { Dataset } from '../data/types';
import { resolveSpec } from './resolve';
import { encodeQuery, parseQuery, type RawObjective } from './url';
import type { ViewSpec } from './viewSpec';

export interface Reopened {
  spec: ViewSpec;
  /** What went back to the default because it no longer fits, as a person would name it; empty when everything fit. */
  reset: string[];
}

/** How link parameters read to a person, for the one notice after an edit. */
const PARAM_NAMES: Record<string, string> = {
  derive: 'derived columns',
  x: 'the x axis',
  y: 'the y axis',
  xscale: 'the x scale',
  yscale: 'the y scale',
  objectives: 'the objective ticks',
  senses: 'the directions',
  group: 'the grouping',
  hide: 'hidden groups',
  color: 'the colouring',
  sel: 'the selection',
  weights: 'the weights',
  method: 'the ranking method',
  ref: 'the reference point',
  filter: 'the filters',
  view: 'the chart view',
  groups: 'the compared groups',
  pair: 'the head-to-head pair',
  hvref: 'the hypervolume reference',
  run: 'the run column',
  axes: 'the axis order',
};

const cardObjectives = (dataset: Dataset) => new Map(dataset.card.columns.filter((c) => c.role === 'objective').map((c) => [c.key, c.sense]));

/**
 * Maps a row of the dataset before the edit to the same file row after it (rows are numbered after the
 * left-out ones are dropped), or null when that row is left out now.
 */
export function keptRowMap(fileRows: number, excludedBefore: readonly number[], excludedAfter: readonly number[]): (row: number) => number | null {
  const kept = (excluded: readonly number[]) => {
    const out = new Set(excluded);
    const rows: number[] = [];
    for (let r = 0; r < fileRows; r++) if (!out.has(r)) rows.push(r);
    return rows;
  };
  const before = kept(excludedBefore);
  const after = new Map(kept(excludedAfter).map((fileRow, i) => [fileRow, i]));
  return (row) => {
    const fileRow = before[row];
    return fileRow === undefined ? null : (after.get(fileRow) ?? null);
  };
}

/**
 * Re-opens `spec` (a view of `before`) on `after`, the same dataset with its columns read again.
 * `rowMap` carries the selected row across a change in the left-out rows (see `keptRowMap`).
 */
export function reopenEdited(spec: ViewSpec, before: Dataset, after: Dataset, rowMap?: (row: number) => number | null): Reopened {
  const raw = parseQuery(encodeQuery(spec, before));
  const reset = new Set<string>();
  const was = cardObjectives(before);
  const now = cardObjectives(after);
  const added = [...now.keys()].filter((k) => !was.has(k));
  const dropped = new Set([...was.keys()].filter((k) => !now.has(k)));
  const flipped = new Set([...now].filter(([k, sense]) => was.has(k) && was.get(k) !== sense).map(([k]) => k));
  // A direction chosen in the mapping is the newer word on that column.
  const withNewSense = (o: RawObjective): RawObjective => (flipped.has(o.key) ? { key: o.key, sense: now.get(o.key) } : o);

  if (raw.objectives) {
    const ticked = raw.objectives.filter((o) => !dropped.has(o.key)).map(withNewSense);
    for (const key of added) if (!ticked.some((o) => o.key === key)) ticked.push({ key, sense: now.get(key) });
    // Nothing left ticked (every ticked objective was demoted): the new dataset's own ticks.
    if (ticked.length > 0) raw.objectives = ticked;
    else delete raw.objectives;
  }
  if (raw.senses) raw.senses = raw.senses.filter((o) => !flipped.has(o.key) && !added.includes(o.key));

  if (raw.sel !== undefined && raw.sel !== 'none' && rowMap && /^\d+$/.test(raw.sel)) {
    const row = rowMap(Number(raw.sel));
    if (row === null) {
      delete raw.sel;
      reset.add(PARAM_NAMES.sel);
    } else raw.sel = String(row);
  }

  const resolved = resolveSpec(raw, after);
  for (const notice of resolved.notices) {
    const names = [...notice.matchAll(/\bin (\w+)=/g)].map((m) => PARAM_NAMES[m[1]]).filter((n): n is string => n !== undefined);
    if (names.length === 0) reset.add('some view settings');
    for (const n of names) reset.add(n);
  }
  return { spec: resolved.spec, reset: [...reset] };
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The one notice after an edit that reset part of the view, or undefined when everything fit. */
export function reopenNotice(name: string, reset: readonly string[]): string | undefined {
  if (reset.length === 0) return undefined;
  return `Columns of '${name}' updated. These no longer fit and went back to the default: ${listed(reset)}.`;
}
