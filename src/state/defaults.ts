import type { Dataset } from '../data/types';
import { COMPARE_DEFAULTS } from './compareTypes';
import { baseDataset } from './derived';
import { axisColumnProblem, columnSense, groupColumn, logScaleProblem, objectiveColumns, runColumnProblem } from './validate';
import { VIEWSPEC_VERSION, type ViewSpec } from './viewSpec';

/**
 * The view a dataset opens with, read from its card: the card's default axes, group and colour, every
 * objective ticked with the card's sense, the card's suggested scales (log only where the column's data
 * allows it, else linear), nothing selected.
 *
 * A card default that does not fit the data (an unknown or non-numeric axis column, a group column that
 * is not categorical, colour by group without a group) falls back to the first objective / first
 * numeric column / no group / colour by front, so the result is always a valid spec for a dataset with
 * at least one numeric column. An objective without a sense on the card counts as 'max'.
 *
 * Deciding starts neutral: every weight 1, weighted sum, no reference point, no constraints, no derived
 * columns (a dataset that carries derived columns is read as the dataset they were derived from).
 *
 * Comparing starts with `COMPARE_DEFAULTS` (the scatter, automatic groups and pair, the default
 * hypervolume reference, objective order for parallel coordinates), except the run column: the first
 * column, in card order, that can tell runs apart (`runColumnProblem`) and whose key or label reads
 * like "run", "seed", "trial", "rep", "repeat", "repetition" or "replicate" (or their plurals), or
 * "set" when its values are whole numbers; it must hold at least two different values.
 */
export function defaultSpec(loaded: Dataset): ViewSpec {
  const dataset = baseDataset(loaded);
  const { defaults } = dataset.card;
  const objectives = objectiveColumns(dataset);
  const numeric = dataset.columns.filter((c) => c.kind === 'number').map((c) => c.spec.key);
  const candidates = [...objectives.filter((c) => c.spec.role === 'objective').map((c) => c.spec.key), ...numeric];
  const usable = (key: string | undefined): key is string => key !== undefined && axisColumnProblem(dataset, key) === null;

  const x = usable(defaults.x) ? defaults.x : (candidates[0] ?? defaults.x);
  const y = usable(defaults.y) ? defaults.y : (candidates.find((k) => k !== x) ?? x);
  const group = defaults.group !== undefined && groupColumn(dataset, defaults.group) ? defaults.group : null;
  const wanted = defaults.color ?? 'front';
  // The card's objectives open ticked; a card without any ticks its two axes.
  const cardObjectives = objectives.filter((c) => c.spec.role === 'objective').map((c) => c.spec.key);
  const ticked = new Set(cardObjectives.length > 0 ? cardObjectives : [x, y]);
  const color = wanted === 'group' && group === null ? 'front' : wanted;

  return {
    version: VIEWSPEC_VERSION,
    dataset: dataset.id,
    x,
    y,
    xScale: defaults.xScale === 'log' && logScaleProblem(dataset, x) === null && x === defaults.x ? 'log' : 'linear',
    yScale: defaults.yScale === 'log' && logScaleProblem(dataset, y) === null && y === defaults.y ? 'log' : 'linear',
    objectives: objectives.map((c) => ({ key: c.spec.key, sense: columnSense(c), active: ticked.has(c.spec.key) })),
    color,
    group,
    hiddenGroups: [],
    selected: null,
    weights: {},
    method: 'weighted-sum',
    referencePoint: null,
    constraints: [],
    derived: [],
    ...COMPARE_DEFAULTS,
    runColumn: guessRunColumn(dataset, group),
  };
}

const RUN_NAME = /^(run|seed|trial|rep|repeat|repetition|replicate)s?$/i;
/** "set" numbers runs only when its values are whole numbers (moocore's and eaf's `set` column). */
const SET_NAME = /^sets?$/i;

/** The column that most likely numbers repeated runs, or null (see `defaultSpec`). */
export function guessRunColumn(dataset: Dataset, group: string | null): string | null {
  const named = (c: Dataset['columns'][number], name: RegExp) => name.test(c.spec.key.trim()) || name.test((c.spec.label ?? '').trim());
  const found = dataset.columns.find(
    (c) =>
      (named(c, RUN_NAME) || (named(c, SET_NAME) && wholeNumbers(c))) && severalValues(c) && runColumnProblem(dataset, c.spec.key, group) === null,
  );
  return found ? found.spec.key : null;
}

/** One seed in every row (a W&B sweep's fixed seed) tells no runs apart. */
function severalValues(c: Dataset['columns'][number]): boolean {
  const values = c.values as ArrayLike<number | string>;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0] && values[i] === values[i]) return true;
  return false;
}

function wholeNumbers(c: Dataset['columns'][number]): boolean {
  if (c.kind === 'number') return c.values.every((v) => Number.isNaN(v) || Number.isInteger(v));
  return c.values.every((v) => v.trim() === '' || /^[+-]?\d+$/.test(v.trim()));
}
