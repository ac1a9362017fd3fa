import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset';
import { parseCard } from './card';
import type { DatasetCard } from './types';

function card(edit: (c: DatasetCard) => void = () => {}): DatasetCard {
  const c: DatasetCard = {
    id: 'toy',
    title: 'Toy',
    description: 'A toy table.',
    files: ['toy/main.csv', 'toy/bench.csv'],
    source: [],
    join: {
      keys: [
        { left: 'name', right: 'arch', leftTransform: 'strip-after-first-dot' },
        { left: 'size', right: 'res' },
      ],
      columns: ['speed'],
    },
    derived: [{ key: 'family', from: 'name', rule: 'prefix-before-separator', separators: '_.' }],
    columns: [
      { key: '', label: 'Row name', type: 'text', role: 'label' },
      { key: 'name', label: 'Name', type: 'text', role: 'attribute' },
      { key: 'size', label: 'Size', type: 'number', role: 'attribute' },
      { key: 'acc', label: 'Accuracy', type: 'number', role: 'objective', sense: 'max' },
      { key: 'cost', label: 'Cost', type: 'number', role: 'objective', sense: 'min', missing: ['0'] },
      { key: 'speed', label: 'Speed', type: 'number', role: 'objective', sense: 'max' },
      { key: 'family', label: 'Family', type: 'category', role: 'group' },
      { key: 'kind', label: 'Kind', type: 'category', role: 'attribute', missing: ['n/a'] },
    ],
    defaults: { x: 'speed', y: 'acc' },
  };
  edit(c);
  return parseCard(c, 'toy/card.json');
}

const MAIN = [
  ',name,size,acc,cost,speed_unused,kind',
  'r1,vit_b.tag1,224,80.5,"1,200.5",x,a',
  'r2,vit_b.tag2,384,82,0,x,n/a',
  'r3,res.x,224,,3,x,b',
  'r4,new_net.y,224,70,4,x,a',
].join('\n');
const BENCH = ['arch,res,speed', 'vit_b,224,1000', 'vit_b,384,300', 'res,224,5000'].join('\n');
const files = { 'toy/main.csv': MAIN, 'toy/bench.csv': BENCH };

describe('buildDataset', () => {
  it('parses, joins, derives and types every column in card order', () => {
    const ds = buildDataset(card(), files);
    expect(ds.id).toBe('toy');
    expect(ds.rowCount).toBe(4);
    expect(ds.columns.map((c) => c.spec.key)).toEqual(['', 'name', 'size', 'acc', 'cost', 'speed', 'family', 'kind']);
    expect(ds.labelKey).toBe('');
    const values = (key: string) => ds.byKey.get(key)!.values;
    expect(values('')).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(Array.from(values('acc') as Float64Array)).toEqual([80.5, 82, NaN, 70]);
    expect(Array.from(values('cost') as Float64Array)).toEqual([1200.5, NaN, 3, 4]);
    expect(Array.from(values('speed') as Float64Array)).toEqual([1000, 300, 5000, NaN]);
    expect(values('family')).toEqual(['vit', 'vit', 'res', 'new']);
    expect(values('kind')).toEqual(['a', '', 'b', 'a']);
    expect(ds.byKey.get('acc')!.kind).toBe('number');
    expect(ds.byKey.get('family')!.kind).toBe('category');
    expect(ds.byKey.get('name')!.kind).toBe('text');
  });

  it('lists main rows without a join match as a warning, or fails when the card asks every row to match', () => {
    expect(buildDataset(card(), files).warnings).toEqual([
      'toy/main.csv: 1 of 4 rows have no match in toy/bench.csv (rows 4); their joined columns are missing.',
    ]);
    expect(() => buildDataset(card((c) => (c.join!.onUnmatched = 'error')), files)).toThrow(
      'toy/main.csv: 1 of 4 rows have no match in toy/bench.csv (rows 4); the card expects every row to match',
    );
    const matched = { ...files, 'toy/main.csv': MAIN.split('\n').slice(0, 4).join('\n') };
    expect(buildDataset(card((c) => (c.join!.onUnmatched = 'error')), matched).warnings).toBeUndefined();
  });

  it('names the file, row and column of a cell that is not a number', () => {
    const bad = { ...files, 'toy/main.csv': MAIN.replace('82,0', 'eighty-two,0') };
    expect(() => buildDataset(card(), bad)).toThrow(
      'toy/main.csv, row 2 (1-based data row, header not counted), column "acc": found "eighty-two", expected a number',
    );
  });

  it('reports a bad joined cell at its row in the joined file', () => {
    const bad = { ...files, 'toy/bench.csv': BENCH.replace('5000', 'fast') };
    expect(() => buildDataset(card(), bad)).toThrow(/^toy\/bench\.csv, row 3 .*column "speed": found "fast"/);
  });

  it('fails on a missing file, a column the file lacks, or a joined column present in both files', () => {
    expect(() => buildDataset(card(), { 'toy/main.csv': MAIN })).toThrow('toy/bench.csv: the card "toy" lists this file, but it was not provided');
    expect(() =>
      buildDataset(
        card((c) => c.columns.push({ key: 'extra', label: 'Extra', type: 'number', role: 'attribute' })),
        files,
      ),
    ).toThrow(/toy\/main\.csv, column "extra": the card "toy" names this column, but the header has only "", "name"/);
    const both = { ...files, 'toy/main.csv': MAIN.replace('speed_unused', 'speed') };
    expect(() => buildDataset(card(), both)).toThrow(/toy\/bench\.csv, column "speed": this column is in both/);
  });

  it('fails on an ambiguous join (duplicate keys in the joined file)', () => {
    const dup = { ...files, 'toy/bench.csv': `${BENCH}\nvit_b,224,999` };
    expect(() => buildDataset(card(), dup)).toThrow(/toy\/bench\.csv, row 4 .*duplicate join key \(arch = "vit_b", res = "224"\)/);
  });

  it('leaves labelKey and warnings out when there is nothing to say', () => {
    const plain = card((c) => {
      c.files = ['toy/main.csv'];
      delete c.join;
      c.columns = c.columns.filter((s) => s.key !== 'speed' && s.key !== '');
      c.defaults.x = 'cost';
    });
    const ds = buildDataset(plain, files);
    expect('labelKey' in ds).toBe(false);
    expect('warnings' in ds).toBe(false);
  });
});
