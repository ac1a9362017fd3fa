import { describe, expect, it } from 'vitest';
import { inferMapping, parseText } from '../../data/import';
import { mappingOverrides, readMapParam, writeMapParam } from '../../state/dataLink';
import { applyMapOverrides, objectivesFromLink } from './linkMapping';
import { baseTypes, setRole, toggleSense } from './mappingEdits';

// An optimizer's trials (Optuna's export): nothing in values_0 / values_1 says which way is better.
const CSV = `number,values_0,values_1,params_lr,state,model
0,0.31,120,0.01,COMPLETE,a
1,0.25,180,0.003,COMPLETE,b
2,0.40,90,0.03,PRUNED,c
`;
const table = parseText(CSV, 'trials.csv');
const guessed = inferMapping(table);
const role = (m: { key: string; role: string }[], key: string) => m.find((c) => c.key === key)?.role;

describe('applyMapOverrides', () => {
  it('applies the link choices over the guesses, typed as the mapping step types them', () => {
    expect(role(guessed, 'values_0')).not.toBe('objective');
    const { mapping, notices } = applyMapOverrides(guessed, [
      { key: 'values_0', role: 'objective', sense: 'min' },
      { key: 'values_1', role: 'objective' },
      { key: 'state', role: 'group' },
      { key: 'number', role: 'label' },
    ]);
    expect(notices).toEqual([]);
    const byKey = new Map(mapping.map((m) => [m.key, m]));
    expect(byKey.get('values_0')).toMatchObject({ role: 'objective', type: 'number', sense: 'min' });
    expect(byKey.get('values_1')).toMatchObject({ role: 'objective', type: 'number' });
    expect(byKey.get('state')).toMatchObject({ role: 'group', type: 'category' });
    expect(byKey.get('number')).toMatchObject({ role: 'label', type: 'text' });
    // Only one label: the guessed one is an attribute again.
    expect(mapping.filter((m) => m.role === 'label')).toHaveLength(1);
  });

  it('skips choices that do not fit the file, each with a notice', () => {
    const { mapping, notices } = applyMapOverrides(guessed, [
      { key: 'nope', role: 'group' },
      { key: 'model', role: 'objective', sense: 'max' },
    ]);
    expect(mapping).toEqual(guessed);
    expect(notices).toEqual([
      "The link's map= names the column 'nope', which this file does not have — ignored",
      `The link's map= makes 'model' an objective, but that column does not hold numbers — kept as a ${role(guessed, 'model')}`,
    ]);
  });

  it('rebuilds a person’s mapping from the guesses and the differences a link carries', () => {
    const base = baseTypes(guessed);
    let chosen = setRole(guessed, 'values_0', 'objective', base);
    chosen = setRole(chosen, 'values_1', 'objective', base);
    chosen = toggleSense(chosen, 'values_1');
    chosen = setRole(chosen, 'params_lr', 'ignore', base);
    chosen = setRole(chosen, 'number', 'label', base);
    const carried = readMapParam(writeMapParam(mappingOverrides(chosen, guessed)));
    const rebuilt = applyMapOverrides(guessed, carried.overrides).mapping;
    const roles = (m: typeof chosen) => m.map(({ key, role, sense, type }) => ({ key, role, type, ...(role === 'objective' ? { sense } : {}) }));
    expect(roles(rebuilt)).toEqual(roles(chosen));
  });
});

describe('objectivesFromLink', () => {
  it('makes the link’s numeric objectives objectives only when nothing else is one', () => {
    const none = guessed.map((m) => (m.role === 'objective' ? { ...m, role: 'attribute' as const } : m));
    const out = objectivesFromLink(none, [{ key: 'values_0', sense: 'max' }, { key: 'model', sense: 'min' }, { key: 'values_1' }]);
    expect(out.filter((m) => m.role === 'objective').map((m) => [m.key, m.sense])).toEqual([
      ['values_0', 'max'],
      ['values_1', 'min'],
    ]);
    const withOne = setRole(none, 'params_lr', 'objective', baseTypes(none));
    expect(objectivesFromLink(withOne, [{ key: 'values_0' }])).toBe(withOne);
  });
});
