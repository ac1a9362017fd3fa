/**
 * fast-check generators for state tests: small datasets with awkward column keys and group values, and
 * valid ViewSpecs over them (built directly, so the generator does not lean on the code under test).
 */
import fc from 'fast-check';
import { quoteColumnName, type Sense } from '../../core';
import type { Dataset } from '../../data/types';
import { groupValues, nonPositiveCount, objectiveColumns } from '../validate';
import { VIEW_MODES, type ViewMode } from '../compareTypes';
import type { Constraint, DecisionMethod, DerivedColumnSpec } from '../decisionTypes';
import type { ColorMode, ViewSpec } from '../viewSpec';
import { fakeDataset, type FakeColumn } from './fakeDataset';

/** Strings that have broken URL codecs before: separators, escapes, the codec's own sentinel. */
export const AWKWARD = [
  '', 'none', 'None', 'Price [$/1000 examples]', 'a,b', 'a:b', ':', ',', ':max', 'x:min,y:max', '%', '%41', '%zz',
  '+', 'a+b', 'a b', ' ', '&', 'a=b', '#', '?', '/', '@', "'", '(x)', '~', '*', 'é', '日本', '🎉', '-', '\\', '"', '<>',
];

export const awkwardString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const numberCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 2, arbitrary: fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 0) },
);

type Kind = 'objective' | 'number' | 'category';

/** A dataset of 1–10 rows with 2–7 columns, at least one objective, keys and categories awkward. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    keys: fc.uniqueArray(awkwardString, { minLength: 2, maxLength: 7 }),
    rows: fc.integer({ min: 1, max: 10 }),
    id: fc.oneof(fc.constantFrom('zoo', 'a b', 'x,y'), fc.string({ maxLength: 5 })),
  })
  .chain(({ keys, rows, id }) =>
    fc
      .tuple(
        ...keys.map((key, i) =>
          fc
            .record({
              kind: i === 0 ? fc.constant<Kind>('objective') : fc.constantFrom<Kind>('objective', 'number', 'category'),
              sense: fc.constantFrom<Sense>('min', 'max'),
              positive: fc.boolean(),
              numbers: fc.array(numberCell, { minLength: rows, maxLength: rows }),
              categories: fc.array(fc.oneof(fc.constantFrom('A', 'B', 'C'), awkwardString), { minLength: rows, maxLength: rows }),
            })
            .map(({ kind, sense, positive, numbers, categories }): FakeColumn => {
              if (kind === 'category') return { key, values: categories };
              const values = positive ? numbers.map((v) => (v > 0 ? v : 1)) : numbers;
              return kind === 'objective' ? { key, role: 'objective', sense, values } : { key, role: 'attribute', values };
            }),
        ),
      )
      .map((columns) => fakeDataset({ id, columns })),
  );

const weightValue = fc.constantFrom(0, 0.25, 0.5, 1, 2, 3.75, 1e-3, 10, 1e21, 5e-324);
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const boundValue = fc.oneof(fc.integer({ min: -5, max: 10 }), finiteDouble, fc.constantFrom(0.1, 1e-7, -2.5e21));

/** A formula over `columns`, written the way people do: spaces or none, quotes where needed, calls. */
function formulaArb(columns: string[]): fc.Arbitrary<string> {
  const sp = fc.constantFrom('', ' ', '  ');
  const leaf = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...columns).map(quoteColumnName) },
    { weight: 2, arbitrary: fc.constantFrom('2', '0.5', '100', '1e-3', '.5', '3') },
  );
  const { expr } = fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('expr'), sp, fc.constantFrom('+', '-', '*', '/', '^'), sp, tie('expr')).map(([a, s1, op, s2, b]) => `(${a}${s1}${op}${s2}${b})`),
      fc.tuple(fc.constantFrom('min', 'max'), tie('expr'), sp, tie('expr')).map(([f, a, s1, b]) => `${f}(${a},${s1}${b})`),
      fc.tuple(fc.constantFrom('log', 'abs', 'sqrt', 'exp', 'log10', 'log2'), tie('expr')).map(([f, a]) => `${f}(${a})`),
      tie('expr').map((a) => `-${a}`),
    ),
  }));
  return expr;
}

/** 0–3 valid derived columns for `dataset`: awkward keys, labels and units; formulas over earlier columns. */
export function derivedArb(dataset: Dataset): fc.Arbitrary<DerivedColumnSpec[]> {
  const numeric = dataset.columns.filter((c) => c.kind === 'number').map((c) => c.spec.key);
  const taken = new Set(dataset.columns.map((c) => c.spec.key));
  return fc
    .uniqueArray(awkwardString.filter((k) => k.trim() !== '' && !taken.has(k)), { maxLength: 3 })
    .chain((keys) =>
      fc.tuple(
        ...keys.map((key, i) =>
          fc.record({
            formula: formulaArb([...numeric, ...keys.slice(0, i)]),
            sense: fc.option(fc.constantFrom<Sense>('min', 'max'), { nil: undefined }),
            label: fc.option(awkwardString.filter((l) => l !== ''), { nil: undefined }),
            unit: fc.option(awkwardString.filter((u) => u !== ''), { nil: undefined }),
          }).map(({ formula, sense, label, unit }): DerivedColumnSpec => ({
            key,
            formula,
            ...(label !== undefined ? { label } : {}),
            ...(unit !== undefined ? { unit } : {}),
            ...(sense !== undefined ? { sense } : {}),
          })),
        ),
      ),
    );
}

/** A valid spec for `dataset` (with `derived` columns, built directly), with any mix of choices the named actions allow. */
export function specArb(dataset: Dataset, derived: DerivedColumnSpec[] = []): fc.Arbitrary<ViewSpec> {
  const numeric: { key: string; logOk: boolean }[] = [
    ...dataset.columns.flatMap((c) => (c.kind === 'number' ? [{ key: c.spec.key, logOk: nonPositiveCount(c) === 0 }] : [])),
    ...derived.map((d) => ({ key: d.key, logOk: false })),
  ];
  const groups = dataset.columns.filter((c) => c.kind === 'category');
  const objectives = [
    ...objectiveColumns(dataset).map((c) => c.spec.key),
    ...derived.filter((d) => d.sense !== undefined).map((d) => d.key),
  ];
  const constraintArb = fc
    .record({
      ci: fc.nat(),
      op: fc.constantFrom<Constraint['op']>('<=', '>=', 'between'),
      a: boundValue,
      b: boundValue,
      source: fc.constantFrom<'chip' | 'brush'>('chip', 'brush'),
    })
    .map(({ ci, op, a, b, source }): Constraint => {
      const column = numeric[ci % numeric.length].key;
      return op === 'between' ? { column, op, value: Math.min(a, b), value2: Math.max(a, b), source } : { column, op, value: a, source };
    });
  return fc
    .record({
      xi: fc.nat(),
      yi: fc.nat(),
      xlog: fc.boolean(),
      ylog: fc.boolean(),
      senses: fc.array(fc.constantFrom<Sense>('min', 'max'), { minLength: objectives.length, maxLength: objectives.length }),
      ticks: fc.array(fc.boolean(), { minLength: objectives.length, maxLength: objectives.length }),
      forced: fc.nat(),
      gi: fc.integer({ min: -1, max: groups.length - 1 }),
      hideSeed: fc.array(fc.nat(), { maxLength: 6 }),
      color: fc.constantFrom<ColorMode>('front', 'rank', 'group'),
      selected: fc.option(fc.nat({ max: dataset.rowCount - 1 }), { nil: null }),
      weights: fc.array(fc.tuple(fc.nat(), weightValue), { maxLength: 4 }),
      method: fc.constantFrom<DecisionMethod>('weighted-sum', 'chebyshev', 'asf'),
      ref: fc.option(fc.array(fc.tuple(fc.nat(), finiteDouble), { minLength: 1, maxLength: 3 }), { nil: null }),
      constraints: fc.array(constraintArb, { maxLength: 3 }),
      view: fc.constantFrom<ViewMode>(...VIEW_MODES),
      compareSeed: fc.option(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), { nil: null }),
      pairSeed: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
      hvRef: fc.option(fc.array(fc.tuple(fc.nat(), finiteDouble), { minLength: 1, maxLength: 3 }), { nil: null }),
      runSeed: fc.option(fc.nat(), { nil: null }),
      axesSeed: fc.option(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), { nil: null }),
    })
    .map((r) => {
      const x = numeric[r.xi % numeric.length];
      const y = numeric[r.yi % numeric.length];
      const ticks = r.ticks.some(Boolean) ? r.ticks : r.ticks.map((_, i) => i === r.forced % r.ticks.length);
      const groupCol = r.gi >= 0 ? groups[r.gi] : undefined;
      const values = groupCol && groupCol.kind !== 'number' ? [...groupValues(groupCol)] : [];
      const hidden = [...new Set(r.hideSeed.filter(() => values.length > 0).map((s) => values[s % values.length]))];
      const group = groupCol ? groupCol.spec.key : null;
      const objectiveChoices = objectives.map((key, i) => ({ key, sense: r.senses[i], active: ticks[i] }));
      let weights: Record<string, number> = Object.fromEntries(r.weights.map(([i, w]) => [objectives[i % objectives.length], w]));
      if (objectiveChoices.filter((o) => o.active).every((o) => Object.hasOwn(weights, o.key) && weights[o.key] === 0)) weights = {};
      const referencePoint = r.ref === null ? null : Object.fromEntries(r.ref.map(([i, v]) => [objectives[i % objectives.length], v]));
      // Comparing (version 3): every value a named action could store, hidden groups included.
      const tickedKeys = objectiveChoices.filter((o) => o.active).map((o) => o.key);
      const compareGroups = r.compareSeed === null || values.length === 0 ? null : [...new Set(r.compareSeed.map((s) => values[s % values.length]))];
      const pairPick = r.pairSeed && values.length >= 2 ? [values[r.pairSeed[0] % values.length], values[r.pairSeed[1] % values.length]] : null;
      const pair = pairPick && pairPick[0] !== pairPick[1] ? (pairPick as [string, string]) : null;
      const hvReference = r.hvRef === null ? null : Object.fromEntries(r.hvRef.map(([i, v]) => [tickedKeys[i % tickedKeys.length], v]));
      const runCandidates = dataset.columns.filter((c) => (c.kind === 'category' || c.kind === 'number') && c.spec.key !== group).map((c) => c.spec.key);
      const runColumn = r.runSeed === null || runCandidates.length === 0 ? null : runCandidates[r.runSeed % runCandidates.length];
      const axisOrder = r.axesSeed === null ? null : [...new Set(r.axesSeed.map((s) => objectives[s % objectives.length]))];
      return {
        version: 3,
        dataset: dataset.id,
        x: x.key,
        y: y.key,
        xScale: r.xlog && x.logOk ? 'log' : 'linear',
        yScale: r.ylog && y.logOk ? 'log' : 'linear',
        objectives: objectiveChoices,
        color: r.color === 'group' && group === null ? 'front' : r.color,
        group,
        hiddenGroups: hidden,
        selected: r.selected,
        weights,
        method: r.method,
        referencePoint,
        constraints: r.constraints,
        derived,
        view: group === null && (r.view === 'overlay' || r.view === 'multiples') ? 'scatter' : r.view,
        compareGroups,
        pair,
        hvReference,
        runColumn,
        axisOrder,
      } satisfies ViewSpec;
    });
}

/** A dataset together with a valid spec for it (derived columns included). */
export const datasetAndSpecArb = datasetArb.chain((dataset) =>
  derivedArb(dataset).chain((derived) => specArb(dataset, derived).map((spec) => ({ dataset, spec }))),
);
