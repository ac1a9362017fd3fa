/**
 * Small hand-made Datasets for state tests, built without the data layer's loaders: columns in card
 * order, numbers as Float64Array (NaN for missing), categories as strings.
 */
import type { Sense } from '../../core';
import type { Column, ColumnRole, ColumnType, Dataset, DatasetCard } from '../../data/types';

export interface FakeColumn {
  key: string;
  label?: string;
  unit?: string;
  role?: ColumnRole;
  sense?: Sense;
  /** 'number' for numeric values, else 'category' unless given. */
  type?: ColumnType;
  values: readonly number[] | readonly string[];
}

export interface FakeOptions {
  id?: string;
  columns: FakeColumn[];
  defaults?: Partial<DatasetCard['defaults']>;
  labelKey?: string;
}

export function fakeDataset({ id = 'fake', columns, defaults = {}, labelKey }: FakeOptions): Dataset {
  const rowCount = columns[0]?.values.length ?? 0;
  const built: Column[] = columns.map((c) => {
    if (c.values.length !== rowCount) throw new Error(`column ${c.key} has ${c.values.length} rows, not ${rowCount}`);
    const numeric = c.type === 'number' || (c.type === undefined && typeof c.values[0] === 'number');
    const spec = {
      key: c.key,
      label: c.label ?? c.key,
      ...(c.unit !== undefined ? { unit: c.unit } : {}),
      type: (numeric ? 'number' : (c.type ?? 'category')) as ColumnType,
      role: c.role ?? (numeric ? 'attribute' : 'group'),
      ...(c.sense !== undefined ? { sense: c.sense } : {}),
    };
    return numeric
      ? { kind: 'number', spec, values: Float64Array.from(c.values as number[]) }
      : { kind: spec.type === 'text' ? 'text' : 'category', spec, values: [...(c.values as string[])] };
  });
  const firstNumbers = built.filter((c) => c.kind === 'number').map((c) => c.spec.key);
  const card: DatasetCard = {
    id,
    title: `Fake ${id}`,
    description: 'Test fixture',
    files: [],
    source: [],
    columns: built.map((c) => c.spec),
    defaults: { x: firstNumbers[0] ?? '', y: firstNumbers[1] ?? firstNumbers[0] ?? '', ...defaults },
  };
  return {
    id,
    card,
    rowCount,
    columns: built,
    byKey: new Map(built.map((c) => [c.spec.key, c])),
    ...(labelKey !== undefined ? { labelKey } : {}),
  };
}

/**
 * A dozen "models" with awkward keys: a price column whose key holds brackets, '$' and '/', a column
 * whose key is the empty string, keys with ',' and ':', a cost column with values ≤ 0, and missing and
 * infinite objective values.
 */
export function zooDataset(): Dataset {
  return fakeDataset({
    id: 'zoo',
    labelKey: 'model',
    defaults: { x: 'params', y: 'top1', group: 'family', color: 'front' },
    columns: [
      { key: 'model', type: 'text', role: 'label', values: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3', 'd1', 'd2', 'd3'] },
      { key: 'family', values: ['A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', '', 'none', 'x,y:z'] },
      { key: 'top1', label: 'Top-1 accuracy', unit: '%', role: 'objective', sense: 'max', values: [70, 75, 80, 72, 78, 81, 60, 85, NaN, 77, 79, 74] },
      { key: 'params', label: 'Parameters', unit: 'M', role: 'objective', sense: 'min', values: [5, 10, 40, 6, 20, 50, 1, 90, 3, 12, Infinity, 8] },
      { key: 'Price [$/1000 examples]', role: 'objective', sense: 'min', values: [0.5, 1, 4, 0.6, 2, 5, 0.1, 9, 0.3, NaN, 1.5, 0.8] },
      { key: 'a,b:c', role: 'objective', sense: 'max', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      { key: '', label: 'Unnamed', role: 'attribute', values: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8] },
      { key: 'total_cost', label: 'total_cost', values: [-1, 0, 2, 3, 0, 5, 6, -7, 8, 9, 10, 11] },
    ],
  });
}

/**
 * Eight coding-agent runs shaped like aider-polyglot: pass rate in % (max), total cost in USD (min),
 * seconds per case (min), a provider group, and one run without a cost.
 */
export function aiderLikeDataset(): Dataset {
  return fakeDataset({
    id: 'aiderish',
    labelKey: 'model',
    defaults: { x: 'total_cost', y: 'pass_rate_2', group: 'provider', color: 'front' },
    columns: [
      { key: 'model', type: 'text', role: 'label', values: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'] },
      { key: 'provider', values: ['A', 'A', 'B', 'B', 'C', 'C', 'A', 'B'] },
      { key: 'pass_rate_2', label: 'Pass rate', unit: '%', role: 'objective', sense: 'max', values: [80, 60, 40, 70, 20, 50, 75, 10] },
      { key: 'total_cost', label: 'Cost', unit: 'USD', role: 'objective', sense: 'min', values: [40, 10, 2, 30, 1, 5, NaN, 0.5] },
      { key: 'seconds_per_case', label: 'Time per exercise', unit: 's', role: 'objective', sense: 'min', values: [30, 20, 10, 50, 5, 15, 25, 60] },
      { key: 'pass_num_2', role: 'attribute', values: [180, 135, 90, 158, 45, 113, 169, 23] },
    ],
  });
}
