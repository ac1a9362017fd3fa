import { describe, expect, it } from 'vitest';
import { inferImport, inferMapping, splitUnit } from './infer';
import { buildImported } from './build';
import { checkImport } from './check';
import { magnitudeOf, parseImportNumber, parseMagnitudeCell } from './numbers';
import { parseText } from './parse';
import { guessSense } from './senses';
import type { ColumnMapping } from './types';

const byKey = (mapping: ColumnMapping[]) => Object.fromEntries(mapping.map((m) => [m.key, m]));

describe('parseImportNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['85%', 85],
    ['85 %', 85],
    ['  12 ', 12],
    ['1e-3', 0.001],
    ['-4.5E2', -450],
    ['$1.20', 1.2],
    ['-$3', -3],
    ['€2,000', 2000],
    ['\u22123', -3],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['.5', 0.5],
  ])('reads %j as %d', (text, n) => expect(parseImportNumber(text)).toBe(n));

  it.each(['', '  ', 'NA', 'na', 'N/A', 'n/a', 'null', 'NULL', 'None', 'NaN', '-', '--', '—', '?', '#N/A'])('reads the missing marker %j as NaN', (text) =>
    expect(parseImportNumber(text)).toBeNaN(),
  );

  it.each(['oops', '1,5', '12 ms', '1.2.3', 'x1', '%', '$', '1e', 'true'])('refuses %j', (text) => expect(parseImportNumber(text)).toBeNull());
});

describe('splitUnit', () => {
  it.each([
    ['latency (ms)', 'latency', 'ms'],
    ['latency [ms]', 'latency', 'ms'],
    ['Price [$/1000 examples]', 'Price', '$/1000 examples'],
    ['accuracy (%)', 'accuracy', '%'],
    ['cost', 'cost', undefined],
    ['(ms)', '(ms)', undefined],
    ['f(x) value', 'f(x) value', undefined],
  ])('%j -> label %j, unit %j', (header, label, unit) => expect(splitUnit(header)).toEqual(unit ? { label, unit } : { label }));
});

describe('guessSense', () => {
  it.each([
    'cost',
    'total_cost',
    'Price',
    'price ($)',
    'latency',
    'time',
    'Wall time (s)',
    'runtime',
    'run_time',
    'seconds_per_case',
    'params',
    'num_params',
    'paramCount',
    'model size',
    'memory (GB)',
    'energy',
    'error',
    'top1_err',
    'val_loss',
    'accuracy_loss',
    'Makespan',
    'WeightedTardiness',
    'duration (ms)',
    'x [$]',
  ])('%j -> min', (name) => expect(guessSense(splitUnit(name).label, splitUnit(name).unit)).toBe('min'));

  it.each([
    'accuracy',
    'acc',
    'top1_acc',
    'top1',
    'score',
    'pass_rate_2',
    'pass@1',
    'win rate',
    'winRate',
    'f1',
    'AUC',
    'throughput',
    'samples/s',
    'infer_samples_per_sec',
    'tokens per second',
    'throughput (img/s)',
  ])('%j -> max', (name) => expect(guessSense(splitUnit(name).label, splitUnit(name).unit)).toBe('max'));

  it.each(['timestamp', 'TimeStamp', 'created_time', 'seed', 'epoch', 'value', 'x', 'model', 'batch', 'run', 'rate', 'count', 'index'])('%j -> no guess', (name) =>
    expect(guessSense(name)).toBeUndefined(),
  );
});

describe('inferMapping', () => {
  it('guesses the e2e fixture: label, objectives with senses and units, a text column left as text', () => {
    const table = parseText('\uFEFFmodel,accuracy (%),cost ($),,latency (ms)\r\n"gpt, big",81.5,"1,200.50",x,120\r\nsmall,70.1,300,y,40\r\nbroken,oops,10,z,30\r\n"quoted ""name""",75,500,w,80\r\ntiny,55,5,v,10\r\nmid,72,150,u,60\r\n', 'messy.csv');
    const m = byKey(inferMapping(table));
    expect(m.model).toMatchObject({ key: 'model', label: 'model', role: 'label', type: 'text' });
    expect(m['accuracy (%)']).toMatchObject({ key: 'accuracy (%)', label: 'accuracy', unit: '%', role: 'objective', type: 'number', sense: 'max' });
    expect(m['cost ($)']).toMatchObject({ key: 'cost ($)', label: 'cost', unit: '$', role: 'objective', type: 'number', sense: 'min' });
    expect(m['latency (ms)']).toMatchObject({ label: 'latency', unit: 'ms', role: 'objective', sense: 'min' });
    expect(m['column 4']).toMatchObject({ role: 'attribute', type: 'text' });
  });

  it('reads percent cells, thousands separators and missing markers as numbers; a percent column gets the unit', () => {
    const table = parseText('name,acc,params,note\na,85%,"1,000",x\nb,NA,"2,500",y\nc,90.5%,-,x\nd,n/a,null,y\n', 't.csv');
    const m = byKey(inferMapping(table));
    expect(m.acc).toMatchObject({ type: 'number', role: 'objective', sense: 'max', unit: '%' });
    expect(m.params).toMatchObject({ type: 'number', role: 'objective', sense: 'min' });
    expect(m.params.unit).toBeUndefined();
  });

  it('ticks numbers without a hint only when nothing else can be, and never invents their direction', () => {
    const table = parseText('algorithm,Makespan2,WT,run\n1to2,4280,10231,1.0\n1to2,4238,10999,1.0\n2to1,4137,11737,2.0\n2to1,4024,14871,2.0\n', 'm.csv');
    const { mapping, notes } = inferImport(table);
    const m = byKey(mapping);
    expect(m.WT).toMatchObject({ key: 'WT', label: 'WT', role: 'objective', type: 'number' });
    expect(m.WT.sense).toBeUndefined();
    expect(m.Makespan2).toMatchObject({ role: 'objective' });
    expect(m.Makespan2.sense).toBeUndefined();
    expect(notes).toEqual(["No column name says which direction is better, so 'Makespan2' and 'WT' are ticked without one: choose min or max."]);
    expect(m.run).toMatchObject({ role: 'attribute', type: 'number' });
    expect(m.algorithm).toMatchObject({ role: 'group', type: 'category' });
  });

  it('picks the most distinct text column as label and a low-cardinality one as group', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `cfg-${i},${['adam', 'sgd', 'lion'][i % 3]},${i / 10},same`);
    const m = byKey(inferMapping(parseText(`config_key,optimizer,loss,constant\n${rows.join('\n')}\n`, 'g.csv')));
    expect(m.config_key.role).toBe('label');
    expect(m.optimizer).toMatchObject({ role: 'group', type: 'category' });
    expect(m.loss).toMatchObject({ role: 'objective', sense: 'min' });
    expect(m.constant).toMatchObject({ role: 'attribute', type: 'category' });
  });

  it('prefers a column named model/name/id for the label, and ignores empty columns', () => {
    const m = byKey(inferMapping(parseText('id,descr,empty,score\nr1,alpha beta,,1\nr2,gamma delta,NA,2\nr3,eps zeta,,3\n', 'n.csv')));
    expect(m.id.role).toBe('label');
    expect(m.descr.role).toBe('attribute');
    expect(m.empty.role).toBe('ignore');
  });

  it('tolerates one stray text cell in a numeric column but not many', () => {
    const few = parseText('v\n1\n2\n3\noops\n5\n6\n', 'a.csv');
    expect(inferMapping(few)[0].type).toBe('number');
    const many = parseText('v\n1\nx\n3\ny\nz\n', 'b.csv');
    expect(inferMapping(many)[0].type).not.toBe('number');
  });
});

describe('magnitude suffixes', () => {
  it('reads "34B", "6.7 B", "350M" and "12k" in units of a chosen suffix', () => {
    expect(magnitudeOf('34B')).toBe('B');
    expect(magnitudeOf('12k')).toBe('K');
    expect(magnitudeOf('B')).toBeNull();
    expect(magnitudeOf('7 GB')).toBeNull();
    expect(parseMagnitudeCell('34B', 'B')).toBe(34);
    expect(parseMagnitudeCell('6.7 B', 'B')).toBe(6.7);
    expect(parseMagnitudeCell('350M', 'B')).toBeCloseTo(0.35, 12);
    expect(parseMagnitudeCell('1.8T', 'B')).toBe(1800);
    expect(parseMagnitudeCell('7', 'B')).toBe(7);
    expect(parseMagnitudeCell('N/A', 'B')).toBeNaN();
    expect(parseMagnitudeCell('huge', 'B')).toBeNull();
  });

  it('makes a column of sizes written like "34B" a number column (EvalPlus excerpt), read in billions, a cost', () => {
    const text = 'Model,Size,pass@1*\nGPT-4 (May 2023),N/A,76.2\nDeepSeek-Coder-instruct,33B,72.6\nDeepSeek-Coder-instruct,6.7B,65.9\nCodeLlama,34B,45.1\nStarCoder2,3B,27.4\nPhi-2,2.7B,45.7\n';
    const table = parseText(text, 'evalplus.csv');
    const m = byKey(inferMapping(table));
    expect(m.Size).toMatchObject({ type: 'number', unit: 'B', magnitude: 'B', role: 'objective', sense: 'min' });
    expect(m.Size.reason).toContain('read in units of B');
    const recipe = { id: 'upload-00000000', name: 'e', fileName: 'evalplus.csv', source: { kind: 'file' as const }, mapping: inferMapping(table), excludeRows: [] };
    expect(checkImport(table, recipe.mapping, 'evalplus.csv').total).toBe(0);
    const size = buildImported(table, recipe).byKey.get('Size');
    expect(size?.kind === 'number' && Array.from(size.values)).toEqual([NaN, 33, 6.7, 34, 3, 2.7]);
  });

  it('leaves text with an occasional suffix as text', () => {
    const table = parseText('name,tier\na,2B\nb,gold\nc,silver\nd,bronze\n', 't.csv');
    expect(inferMapping(table)[1].type).not.toBe('number');
  });
});
