/**
 * fast-check generators for state tests: small datasets with awkward column keys and group values, and
 * valid ViewSpecs over them (built directly, so the generator does not lean on the code under test).
 */
import fc from 'fast-check';
import type { Sense } from '../../core';
import type { Dataset } from '../../data/types';
import { groupValues, nonPositiveCount, objectiveColumns } from '../validate';
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

/** A valid spec for `dataset`, with any mix of choices the named actions allow. */
export function specArb(dataset: Dataset): fc.Arbitrary<ViewSpec> {
  const numeric = dataset.columns.filter((c) => c.kind === 'number');
  const groups = dataset.columns.filter((c) => c.kind === 'category');
  const objectives = objectiveColumns(dataset);
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
    })
    .map((r) => {
      const x = numeric[r.xi % numeric.length];
      const y = numeric[r.yi % numeric.length];
      const logOk = (c: typeof x) => c.kind === 'number' && nonPositiveCount(c) === 0;
      const ticks = r.ticks.some(Boolean) ? r.ticks : r.ticks.map((_, i) => i === r.forced % r.ticks.length);
      const groupCol = r.gi >= 0 ? groups[r.gi] : undefined;
      const values = groupCol && groupCol.kind !== 'number' ? [...groupValues(groupCol)] : [];
      const hidden = [...new Set(r.hideSeed.filter(() => values.length > 0).map((s) => values[s % values.length]))];
      const group = groupCol ? groupCol.spec.key : null;
      return {
        version: 1,
        dataset: dataset.id,
        x: x.spec.key,
        y: y.spec.key,
        xScale: r.xlog && logOk(x) ? 'log' : 'linear',
        yScale: r.ylog && logOk(y) ? 'log' : 'linear',
        objectives: objectives.map((c, i) => ({ key: c.spec.key, sense: r.senses[i], active: ticks[i] })),
        color: r.color === 'group' && group === null ? 'front' : r.color,
        group,
        hiddenGroups: hidden,
        selected: r.selected,
      } satisfies ViewSpec;
    });
}

/** A dataset together with a valid spec for it. */
export const datasetAndSpecArb = datasetArb.chain((dataset) => specArb(dataset).map((spec) => ({ dataset, spec })));
