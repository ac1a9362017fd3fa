import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../data/import/types';
import { dataLinkSearch, isPublicHttps, mappingOverrides, readDataLink, readMapParam, writeMapParam, type MapOverride } from './dataLink';
import { parseQuery } from './query';

const guessed: ColumnMapping[] = [
  { key: 'number', label: 'number', role: 'attribute', type: 'number' },
  { key: 'values_0', label: 'values_0', role: 'attribute', type: 'number' },
  { key: 'params_lr', label: 'params_lr', role: 'objective', type: 'number', sense: 'min' },
  { key: 'state', label: 'state', role: 'attribute', type: 'text' },
];

describe('readDataLink', () => {
  it('is null without data=', () => {
    expect(readDataLink('?dataset=timm-imagenet&x=a')).toBeNull();
    expect(readDataLink('?data=&x=a')).toBeNull();
  });

  it('reads the address, the map= choices and whether the link names its objectives', () => {
    const link = readDataLink('?data=https://example.org/a%20b.csv%3Fraw%3D1&x=values_0&objectives=values_0:min&map=params_lr:attribute,values_0:objective:max');
    expect(link).toEqual({
      url: 'https://example.org/a b.csv?raw=1',
      overrides: [
        { key: 'params_lr', role: 'attribute' },
        { key: 'values_0', role: 'objective', sense: 'max' },
      ],
      namesObjectives: true,
      objectives: [{ key: 'values_0', sense: 'min' }],
      problems: [],
    });
    expect(readDataLink('?data=/trials.csv&x=values_0')?.namesObjectives).toBe(false);
  });

  it('reads a link whose separators were percent-encoded (URLSearchParams)', () => {
    const search = new URLSearchParams({ data: 'https://example.org/t.csv', objectives: 'values_0:min', map: 'params_lr:attribute,values_0:objective:max' }).toString();
    const link = readDataLink(`?${search}`);
    expect(link?.url).toBe('https://example.org/t.csv');
    expect(link?.namesObjectives).toBe(true);
    expect(link?.overrides).toEqual([
      { key: 'params_lr', role: 'attribute' },
      { key: 'values_0', role: 'objective', sense: 'max' },
    ]);
  });

  it('skips what it cannot read, each with a notice, and keeps the rest', () => {
    const link = readDataLink('?data=https://example.org/t.csv&map=a:boss,b:group,c,d:objective:up');
    expect(link?.overrides).toEqual([{ key: 'b', role: 'group' }]);
    expect(link?.problems).toHaveLength(3);
    expect(link?.problems[0]).toMatch(/map=a:boss.*objective, attribute, label, group, ignore/);
    expect(readDataLink('?data=https://example.org/t.csv&map=%E0:label')?.problems).toEqual(['Could not read map=%E0:label (bad percent-encoding) — ignored']);
  });

  it('is not read as part of the view: the view codec skips data= and map= without a notice', () => {
    const raw = parseQuery('?data=https://example.org/t.csv&map=a:group&x=a');
    expect(raw.unknown).toEqual([]);
    expect(raw.problems).toEqual([]);
    expect(raw.x).toBe('a');
  });
});

describe('map= items', () => {
  const role = fc.constantFrom<MapOverride['role']>('objective', 'attribute', 'label', 'group', 'ignore');
  const override = fc.oneof(
    fc.record({ key: fc.string({ minLength: 1 }), role }),
    fc.record({ key: fc.string({ minLength: 1 }), role: fc.constant<MapOverride['role']>('objective'), sense: fc.constantFrom<'min' | 'max'>('min', 'max') }),
  );

  it('round-trip through writeMapParam and readMapParam, whatever the column keys hold', () => {
    fc.assert(
      fc.property(fc.array(override, { minLength: 1, maxLength: 6 }), (overrides) => {
        expect(readMapParam(writeMapParam(overrides))).toEqual({ overrides, problems: [] });
      }),
    );
  });

  it('quote a key holding separators, and read an unquoted key holding ":" from the right, even form-encoded', () => {
    const written = writeMapParam([
      { key: 'a:b', role: 'objective', sense: 'min' },
      { key: 'cost ($)', role: 'attribute' },
    ]);
    expect(written).toBe('%22a:b%22:objective:min,cost%20($):attribute');
    expect(readMapParam('a:b:objective:min').overrides).toEqual([{ key: 'a:b', role: 'objective', sense: 'min' }]);
    expect(readMapParam(encodeURIComponent('a:b:objective:min')).overrides).toEqual([{ key: 'a:b', role: 'objective', sense: 'min' }]);
  });
});

describe('mappingOverrides', () => {
  it('lists only the roles and senses that differ from the guesses', () => {
    const chosen: ColumnMapping[] = [
      guessed[0],
      { ...guessed[1], role: 'objective', sense: 'max' },
      { key: 'params_lr', label: 'learning rate', role: 'attribute', type: 'number' },
      { ...guessed[3], label: 'State', unit: 'x' },
    ];
    expect(mappingOverrides(chosen, guessed)).toEqual([
      { key: 'values_0', role: 'objective', sense: 'max' },
      { key: 'params_lr', role: 'attribute' },
    ]);
    expect(mappingOverrides(guessed, guessed)).toEqual([]);
    expect(mappingOverrides([{ ...guessed[2], sense: 'max' }], guessed)).toEqual([{ key: 'params_lr', role: 'objective', sense: 'max' }]);
  });
});

describe('isPublicHttps', () => {
  it.each([
    ['https://raw.githubusercontent.com/o/r/main/runs.csv', true],
    ['https://example.org/runs.csv', true],
    ['https://93.184.216.34/runs.csv', true],
    ['http://example.org/runs.csv', false],
    ['https://localhost/runs.csv', false],
    ['https://localhost:4173/runs.csv', false],
    ['https://127.0.0.1/runs.csv', false],
    ['https://10.1.2.3/runs.csv', false],
    ['https://172.20.0.1/runs.csv', false],
    ['https://192.168.1.10/runs.csv', false],
    ['https://[::1]/runs.csv', false],
    ['https://[fd00::1]/runs.csv', false],
    ['https://intranet/runs.csv', false],
    ['https://nas.local/runs.csv', false],
    ['https://user:pw@example.org/runs.csv', false],
    ['not a url', false],
  ])('%s -> %s', (address, expected) => {
    expect(isPublicHttps(address)).toBe(expected);
  });
});

describe('dataLinkSearch', () => {
  it('puts data= first, drops the upload id, keeps the view and adds map=', () => {
    const search = dataLinkSearch('https://example.org/a b.csv?raw=1&x=2', '?dataset=upload-1234abcd&x=values_0&y=values_1&objectives=values_0:min&v=3', [
      { key: 'params_lr', role: 'attribute' },
    ]);
    expect(search).toBe('?data=https://example.org/a%20b.csv%3Fraw%3D1%26x%3D2&x=values_0&y=values_1&objectives=values_0:min&v=3&map=params_lr:attribute');
    const link = readDataLink(search);
    expect(link?.url).toBe('https://example.org/a b.csv?raw=1&x=2');
    expect(link?.overrides).toEqual([{ key: 'params_lr', role: 'attribute' }]);
    expect(parseQuery(search).dataset).toBeUndefined();
    expect(dataLinkSearch('https://example.org/t.csv', '?dataset=upload-1&x=a')).toBe('?data=https://example.org/t.csv&x=a');
  });
});
