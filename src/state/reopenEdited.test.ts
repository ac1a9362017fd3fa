import { describe, expect, it } from 'vitest';
import { buildImported, parseText, type ColumnMapping, type ImportRecipe } from '../data/import';
import type { Dataset } from '../data/types';
import { setGroup, setSelected, setX, setY, type ActionResult } from './actions';
import { addConstraint } from './decisionActions';
import { defaultSpec } from './defaults';
import { keptRowMap, reopenEdited, reopenNotice } from './reopenEdited';
import { specProblems } from './validate';
import type { ViewSpec } from './viewSpec';

const TEXT = 'model,family,cost,acc,params\na,x,1,0.5,10\nb,x,2,0.7,20\nc,y,3,0.9,5\nd,y,4,0.6,50\n';
const table = parseText(TEXT, 'runs.csv');

const MAPPING: ColumnMapping[] = [
  { key: 'model', label: 'Model', role: 'label', type: 'text' },
  { key: 'family', label: 'Family', role: 'group', type: 'category' },
  { key: 'cost', label: 'Cost', role: 'objective', type: 'number', sense: 'min' },
  { key: 'acc', label: 'Accuracy', role: 'objective', type: 'number', sense: 'max' },
  { key: 'params', label: 'Parameters', role: 'attribute', type: 'number' },
];

const recipe = (mapping: ColumnMapping[], excludeRows: number[] = []): ImportRecipe => ({
  id: 'upload-0000abcd',
  name: 'runs',
  fileName: 'runs.csv',
  source: { kind: 'paste' },
  mapping,
  excludeRows,
});
const build = (mapping: ColumnMapping[], excludeRows: number[] = []): Dataset => buildImported(table, recipe(mapping, excludeRows));
const edit = (key: string, change: Partial<ColumnMapping>) => MAPPING.map((m) => (m.key === key ? { ...m, ...change } : m));

/** Applies actions in turn, failing on any refusal. */
function view(dataset: Dataset, ...steps: ((spec: ViewSpec, dataset: Dataset) => ActionResult)[]): ViewSpec {
  return steps.reduce((spec, step) => {
    const result = step(spec, dataset);
    expect(result.notice).toBeUndefined();
    return result.spec;
  }, defaultSpec(dataset));
}

const ticks = (spec: ViewSpec) => spec.objectives.filter((o) => o.active).map((o) => `${o.key}:${o.sense}`);

describe('reopenEdited', () => {
  const before = build(MAPPING);
  const custom = view(
    before,
    (s, d) => setX(s, d, 'params'),
    (s, d) => setY(s, d, 'acc'),
    (s, d) => setGroup(s, d, 'family'),
    (s, d) => setSelected(s, d, 3),
    (s, d) => addConstraint(s, d, { column: 'params', op: '<=', value: 30 }),
  );

  it('an attribute made an objective opens ticked with its direction; everything else stays, without a notice', () => {
    const after = build(edit('params', { role: 'objective', sense: 'min' }));
    const { spec, reset } = reopenEdited(custom, before, after);
    expect(reset).toEqual([]);
    expect(ticks(spec)).toEqual(['cost:min', 'acc:max', 'params:min']);
    expect(spec).toMatchObject({ x: 'params', y: 'acc', group: 'family', selected: 3, constraints: [{ column: 'params', op: '<=', value: 30 }] });
    expect(specProblems(spec, after)).toEqual([]);
  });

  it('what no longer names a valid column goes back to the default and is named once', () => {
    const after = build(edit('family', { role: 'ignore' }));
    const { spec, reset } = reopenEdited(custom, before, after);
    expect(spec.group).toBeNull();
    expect(spec.x).toBe('params');
    expect(reset).toEqual(['the grouping']);
    expect(reopenNotice('runs', reset)).toBe("Columns of 'runs' updated. These no longer fit and went back to the default: the grouping.");
    expect(specProblems(spec, after)).toEqual([]);
  });

  it('an ignored axis column falls back to the default axis', () => {
    const after = build(edit('params', { role: 'ignore' }));
    const { spec, reset } = reopenEdited(custom, before, after);
    expect(spec.x).toBe(defaultSpec(after).x);
    expect(reset).toContain('the x axis');
    expect(reset).toContain('the filters');
    expect(spec.constraints).toEqual([]);
  });

  it('a demoted objective leaves the ticks quietly; a direction changed in the mapping wins over the view', () => {
    const demoted = reopenEdited(custom, before, build(edit('acc', { role: 'attribute', sense: undefined })));
    expect(demoted.reset).toEqual([]);
    expect(ticks(demoted.spec)).toEqual(['cost:min']);

    const flipped = reopenEdited(custom, before, build(edit('cost', { sense: 'max' })));
    expect(flipped.reset).toEqual([]);
    expect(ticks(flipped.spec)).toEqual(['cost:max', 'acc:max']);
  });

  it('carries the selected row across a change in the left-out rows, or lets it go when it is left out', () => {
    const after = build(MAPPING, [1]);
    const kept = reopenEdited(custom, before, after, keptRowMap(4, [], [1]));
    expect(kept.spec.selected).toBe(2); // file row 3 ('d') is row 2 once row 1 is left out
    expect(kept.reset).toEqual([]);

    const onB = view(before, (s, d) => setSelected(s, d, 1));
    const gone = reopenEdited(onB, before, after, keptRowMap(4, [], [1]));
    expect(gone.spec.selected).toBeNull();
    expect(gone.reset).toEqual(['the selection']);
  });

  it('keptRowMap', () => {
    const map = keptRowMap(5, [0, 3], [1]);
    // before: file rows 1,2,4; after: file rows 0,2,3,4
    expect([0, 1, 2, 3].map(map)).toEqual([null, 1, 3, null]);
  });

  it('reopenNotice lists several things', () => {
    expect(reopenNotice('r', [])).toBeUndefined();
    expect(reopenNotice('r', ['the x axis', 'the grouping', 'the filters'])).toBe(
      "Columns of 'r' updated. These no longer fit and went back to the default: the x axis, the grouping and the filters.",
    );
  });
});
