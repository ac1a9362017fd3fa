import { describe, expect, it } from 'vitest';
import { inferMapping, parseText } from '../../data/import';
import { mappingOverrides, readMapParam, writeMapParam } from '../../state/dataLink';
import { applyMapOverrides, objectivesFromLink } from './linkMapping';
import { baseTypes, setRole, toggleSense } from './mappingEdits';

// Beam designs: nothing in "deflection" or "mass" says which way is better.
const CSV = `design,material,width,mass,deflection,cost_usd
B1,steel,80,750,0.20,820
B2,steel,120,1700,0.04,1870
B3,timber,150,160,0.90,140
B4,aluminium,100,400,0.30,1050
`;
const table = parseText(CSV, 'trials.csv');
const guessed = inferMapping(table);
const role = (m: { key: string; role: string }[], key: string) => m.find((c) => c.key === key)?.role;

describe('applyMapOverrides', () => {
  it('applies the link choices over the guesses, typed as the mapping step types them', () => {
    expect(role(guessed, 'deflection')).not.toBe('objective');
    expect(role(guessed, 'design')).toBe('label');
    const { mapping, notices } = applyMapOverrides(guessed, [
      { key: 'deflection', role: 'objective', sense: 'min' },
      { key: 'mass', role: 'objective' },
      { key: 'width', role: 'group' },
      { key: 'material', role: 'label' },
    ]);
    expect(notices).toEqual([]);
    const byKey = new Map(mapping.map((m) => [m.key, m]));
    expect(byKey.get('deflection')).toMatchObject({ role: 'objective', type: 'number', sense: 'min' });
    expect(byKey.get('mass')).toMatchObject({ role: 'objective', type: 'number' });
    expect(byKey.get('mass')?.sense).toMatch(/^(min|max)$/);
    expect(byKey.get('width')).toMatchObject({ role: 'group', type: 'category' });
    expect(byKey.get('material')).toMatchObject({ role: 'label', type: 'text' });
    // Only one label: the guessed one is an attribute again.
    expect(mapping.filter((m) => m.role === 'label')).toHaveLength(1);
  });

  it('skips choices that do not fit the file, each with a notice', () => {
    const { mapping, notices } = applyMapOverrides(guessed, [
      { key: 'nope', role: 'group' },
      { key: 'design', role: 'objective', sense: 'max' },
    ]);
    expect(mapping).toEqual(guessed);
    expect(notices).toEqual([
      "The link's map= names the column 'nope', which this file does not have — ignored",
      "The link's map= makes 'design' an objective, but that column does not hold numbers — kept as a label",
    ]);
  });

  it('rebuilds a person’s mapping from the guesses and the differences a link carries', () => {
    const base = baseTypes(guessed);
    let chosen = setRole(guessed, 'deflection', 'objective', base);
    chosen = setRole(chosen, 'mass', 'objective', base);
    chosen = toggleSense(chosen, 'mass');
    chosen = setRole(chosen, 'width', 'ignore', base);
    chosen = setRole(chosen, 'material', 'label', base);
    chosen = toggleSense(chosen, 'cost_usd');
    const carried = readMapParam(writeMapParam(mappingOverrides(chosen, guessed)));
    const rebuilt = applyMapOverrides(guessed, carried.overrides).mapping;
    const roles = (m: typeof chosen) => m.map(({ key, role, sense, type }) => ({ key, role, type, ...(role === 'objective' ? { sense } : {}) }));
    expect(roles(rebuilt)).toEqual(roles(chosen));
  });
});

describe('objectivesFromLink', () => {
  it('makes the link’s numeric objectives objectives only when nothing else is one', () => {
    const none = guessed.map((m) => (m.role === 'objective' ? { ...m, role: 'attribute' as const } : m));
    const out = objectivesFromLink(none, [{ key: 'deflection', sense: 'min' }, { key: 'design', sense: 'min' }, { key: 'mass', sense: 'max' }]);
    expect(out.filter((m) => m.role === 'objective').map((m) => [m.key, m.sense])).toEqual([
      ['mass', 'max'],
      ['deflection', 'min'],
    ]);
    const withOne = setRole(none, 'width', 'objective', baseTypes(none));
    expect(objectivesFromLink(withOne, [{ key: 'deflection' }])).toBe(withOne);
  });
});
