import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../buildDataset';
import { DataError } from '../errors';
import type { Dataset } from '../types';
import { buildImported, crowdsOnLinearAxis, tableToCsv } from './build';
import { checkImport } from './check';
import { inferMapping } from './infer';
import { parseText } from './parse';
import { tableOfRows } from './tableBuilder';
import type { ColumnMapping, ImportRecipe, RawTable } from './types';

const MESSY = '\uFEFFmodel,accuracy (%),cost ($),,latency (ms)\r\n"gpt, big",81.5,"1,200.50",x,120\r\nsmall,70.1,300,y,40\r\nbroken,oops,10,z,30\r\n"quoted ""name""",75,500,w,80\r\ntiny,55,5,v,10\r\nmid,72,150,u,60\r\n';

function recipeFor(_table: RawTable, mapping: ColumnMapping[], excludeRows: number[] = []): ImportRecipe {
  return { id: 'upload-0a1b2c3d', name: 'messy', fileName: 'messy.csv', source: { kind: 'file' }, mapping, excludeRows };
}

/** A Dataset as plain data, for deep comparison (typed arrays as number arrays, the Map dropped). */
function plain(ds: Dataset) {
  return { ...ds, byKey: [...ds.byKey.keys()], columns: ds.columns.map((c) => ({ ...c, values: Array.from(c.values as ArrayLike<number | string>) })) };
}

describe('buildImported', () => {
  it('builds the Dataset shape of bundled data, without the excluded rows', () => {
    const table = parseText(MESSY, 'messy.csv');
    const mapping = inferMapping(table);
    const check = checkImport(table, mapping, 'messy.csv');
    const ds = buildImported(table, recipeFor(table, mapping, check.badRows));
    expect(ds.id).toBe('upload-0a1b2c3d');
    expect(ds.rowCount).toBe(5);
    expect(ds.labelKey).toBe('model');
    expect(ds.card).toMatchObject({
      id: 'upload-0a1b2c3d',
      title: 'messy',
      files: ['messy.csv'],
      source: [{ repository: '', path: 'messy.csv', commit: '', licence: 'as provided by you', note: 'uploaded' }],
      // A cost on x against a quality on y, as results are drawn.
      defaults: { x: 'cost ($)', y: 'accuracy (%)' },
    });
    expect(ds.card.description).toMatch(/^Imported from messy\.csv/);
    expect(ds.columns.map((c) => c.spec.key)).toEqual(['model', 'accuracy (%)', 'cost ($)', 'column 4', 'latency (ms)']);
    const cost = ds.byKey.get('cost ($)')!;
    expect(cost.kind).toBe('number');
    expect(Array.from(cost.values as Float64Array)).toEqual([1200.5, 300, 500, 5, 150]);
    expect(cost.spec).toEqual({ key: 'cost ($)', label: 'cost', unit: '$', type: 'number', role: 'objective', sense: 'min' });
    expect(ds.byKey.get('model')!.values).toEqual(['gpt, big', 'small', 'quoted "name"', 'tiny', 'mid']);
  });

  it('has the same shape as a bundled dataset built from the same file and an equivalent card', () => {
    const table = parseText('name,acc,cost\na,1,2\nb,3,4\n', 'same.csv');
    const mapping = inferMapping(table);
    const imported = buildImported(table, { ...recipeFor(table, mapping), fileName: 'same.csv' });
    const bundled = buildDataset({ ...imported.card, source: [{ ...imported.card.source[0], repository: 'x', commit: 'y' }] }, { 'same.csv': 'name,acc,cost\na,1,2\nb,3,4\n' });
    expect(plain({ ...imported, card: bundled.card })).toEqual(plain(bundled));
  });

  it('throws a DataError naming the cell when a row that does not fit is kept', () => {
    const table = parseText(MESSY, 'messy.csv');
    const e = (() => {
      try {
        buildImported(table, recipeFor(table, inferMapping(table)));
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toMatch(/^messy\.csv, row 3 .*column "accuracy \(%\)": found "oops", expected a number/);
  });

  it('drops ignored columns, reads missing markers as NaN, and falls back to numeric columns for the axes', () => {
    const table = parseText('id,v,w,skip\na,1,NA,x\nb,-,2,y\n', 'd.csv');
    const mapping: ColumnMapping[] = [
      { key: 'id', label: 'id', role: 'label', type: 'text' },
      { key: 'v', label: 'v', role: 'objective', type: 'number', sense: 'max' },
      { key: 'w', label: 'w', role: 'attribute', type: 'number' },
      { key: 'skip', label: 'skip', role: 'ignore', type: 'text' },
    ];
    const ds = buildImported(table, recipeFor(table, mapping));
    expect(ds.columns.map((c) => c.spec.key)).toEqual(['id', 'v', 'w']);
    expect(ds.card.defaults).toEqual({ x: 'v', y: 'w' });
    expect(Array.from(ds.byKey.get('v')!.values as Float64Array)).toEqual([1, NaN]);
  });
});

describe('tableToCsv', () => {
  it('round-trips: parse(tableToCsv) + build equals build of the original', () => {
    const table = parseText(MESSY, 'messy.csv');
    const mapping = inferMapping(table).map((m): ColumnMapping => (m.key === 'column 4' ? { ...m, role: 'ignore' } : m));
    const recipe = recipeFor(table, mapping, [2]);
    const { csv, recipe: small } = tableToCsv(table, recipe);
    expect(csv.split('\n')[0]).toBe('model,accuracy (%),cost ($),latency (ms)');
    expect(csv.split('\n')).toHaveLength(5 + 2);
    expect(small.excludeRows).toEqual([]);
    expect(small.mapping.map((m) => m.key)).toEqual(['model', 'accuracy (%)', 'cost ($)', 'latency (ms)']);
    expect(plain(buildImported(parseText(csv, 'messy.csv'), small))).toEqual(plain(buildImported(table, recipe)));
  });

  it('round-trips generated tables with awkward cells (seeded)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', 'NA', '-', '1,234.5', '85%', '"q"', 'a,b', 'x;y', 't\tu', 'p|q', 'line\nbreak', '[x]', '{y', ' pad '),
      fc.string({ maxLength: 6 }),
    );
    const table = fc.integer({ min: 0, max: 3 }).chain((width) =>
      fc.record({
        header: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z ()]{0,6}[a-z)]$/), { minLength: width, maxLength: width }),
        rows: fc.array(fc.tuple(fc.constantFrom('1', '-2.5', '1,000', 'NA', '', '50%'), fc.array(cell, { minLength: width, maxLength: width })), { maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(table, fc.array(fc.nat(11), { maxLength: 4 }), ({ header, rows: cells }, exclude) => {
        const rows = cells.map(([n, rest]) => [n, ...rest]);
        const raw: RawTable = tableOfRows('t.csv', ['n', ...header], rows);
        const mapping: ColumnMapping[] = [
          { key: 'n', label: 'n', role: 'objective', type: 'number', sense: 'min' },
          ...header.map((key, i): ColumnMapping => ({ key, label: key, role: i === 0 ? 'label' : 'attribute', type: 'text' })),
        ];
        const recipe: ImportRecipe = { ...recipeFor(raw, mapping, exclude.filter((r) => r < rows.length)), fileName: 't.csv' };
        const { csv, recipe: small } = tableToCsv(raw, recipe);
        const again = parseText(csv, 't.csv');
        expect(again.ragged).toBeUndefined();
        expect(plain(buildImported(again, small))).toEqual(plain(buildImported(raw, recipe)));
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });
});

describe('crowdsOnLinearAxis', () => {
  it('puts skewed positive columns (a few slow or costly outliers) on a log axis, not even or signed ones', () => {
    expect(crowdsOnLinearAxis(new Float64Array([0.5, 0.8, 1.1, 1.3, 2, 2.5, 3.4, 5, 160]))).toBe(true);
    expect(crowdsOnLinearAxis(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 160]))).toBe(true);
    expect(crowdsOnLinearAxis(new Float64Array([10, 20, 30, 40, 50, 60, 70, 80, 90]))).toBe(false);
    expect(crowdsOnLinearAxis(new Float64Array([0, 0.5, 0.8, 1.1, 1.3, 2, 160]))).toBe(false);
    expect(crowdsOnLinearAxis(new Float64Array([1, 1.1, 1.2, NaN, 1.3, 15]))).toBe(false);
  });

  it('opens an imported cost axis on a log scale when its values crowd', () => {
    const rows = [0.5, 0.8, 1.1, 1.3, 2, 2.5, 3.4, 5, 160].map((t, i) => `m${i},${60 + i},${t}`);
    const table = parseText(`model,accuracy,latency (s)\n${rows.join('\n')}\n`, 'l.csv');
    const ds = buildImported(table, { id: 'upload-00000000', name: 'l', fileName: 'l.csv', source: { kind: 'file' }, mapping: inferMapping(table), excludeRows: [] });
    expect(ds.card.defaults).toMatchObject({ x: 'latency (s)', y: 'accuracy', xScale: 'log' });
    expect(ds.card.defaults.yScale).toBeUndefined();
  });
});
