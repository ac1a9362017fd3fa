import { describe, expect, it } from 'vitest';
import { parseCard, parseCatalog } from './card';
import { DataError } from './errors';
import type { DatasetCard } from './types';

const FILE = 'toy/card.json';

function validCard(): DatasetCard {
  return {
    id: 'toy',
    title: 'Toy',
    description: 'A toy table.',
    files: ['toy/main.csv', 'toy/extra.csv'],
    source: [{ repository: 'owner/repo', path: 'main.csv', commit: 'abc', licence: 'MIT' }],
    join: { keys: [{ left: 'name', right: 'name', leftTransform: 'strip-after-first-dot' }], columns: ['speed'] },
    derived: [{ key: 'family', from: 'name', rule: 'prefix-before-separator', separators: '_' }],
    columns: [
      { key: 'name', label: 'Name', type: 'text', role: 'label' },
      { key: 'acc', label: 'Accuracy', unit: '%', type: 'number', role: 'objective', sense: 'max' },
      { key: 'speed', label: 'Speed', type: 'number', role: 'objective', sense: 'max' },
      { key: 'family', label: 'Family', type: 'category', role: 'group' },
    ],
    defaults: { x: 'speed', y: 'acc', group: 'family', color: 'front', xScale: 'log' },
  };
}

/** A valid card changed by `edit`, parsed; returns the error it must raise. */
function errorFor(edit: (card: Record<string, any>) => void): DataError {
  const card = structuredClone(validCard()) as Record<string, any>;
  edit(card);
  try {
    parseCard(card, FILE);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the card to be rejected');
}

describe('parseCard', () => {
  it('accepts a valid card and returns it unchanged', () => {
    expect(parseCard(validCard(), FILE)).toEqual(validCard());
  });

  it('rejects an unknown column in defaults, naming the field and the choices', () => {
    const e = errorFor((c) => (c.defaults.x = 'sped'));
    expect(e.file).toBe(FILE);
    expect(e.path).toBe('defaults.x');
    expect(e.message).toBe(
      'toy/card.json, field defaults.x: found "sped", which is not a column of this card; expected one of "acc", "speed"',
    );
  });

  it('rejects defaults of the wrong type', () => {
    expect(errorFor((c) => (c.defaults.y = 'name')).message).toContain('field defaults.y: column "name" has type "text"; expected "number"');
    expect(errorFor((c) => (c.defaults.group = 'acc')).message).toContain('field defaults.group: column "acc" has type "number"; expected "category"');
    expect(errorFor((c) => (c.defaults.group = undefined, (c.defaults.color = 'group'))).message).toContain('field defaults.color');
  });

  it('rejects an objective without a sense, and a non-numeric objective', () => {
    const e = errorFor((c) => delete c.columns[1].sense);
    expect(e.path).toBe('columns[1].sense');
    expect(e.message).toBe('toy/card.json, field columns[1].sense: objective "acc" has no sense; expected "min" or "max"');
    expect(errorFor((c) => (c.columns[0].role = 'objective')).message).toContain('field columns[0].type: objective "name" has type "text"; expected "number"');
  });

  it('rejects a duplicate column key', () => {
    const e = errorFor((c) => (c.columns[2].key = 'acc'));
    expect(e.message).toContain('field columns[2].key: duplicate key "acc" (also columns[1].key); expected unique column keys');
  });

  it('reports shape errors with the field path, what was found and what was expected', () => {
    expect(errorFor((c) => (c.columns[1].sense = 'up')).message).toBe(
      'toy/card.json, field columns[1].sense: expected one of "min", "max", found "up"',
    );
    expect(errorFor((c) => (c.columns[1].sence = 'max')).message).toContain('field columns[1].sence: unknown field "sence"');
    const several = errorFor((c) => ((c.title = 1), (c.columns[0].type = 'string')));
    expect(several.message).toMatch(/field title: expected string, found 1; also columns\[0\]\.type: expected one of "number", "category", "text", found "string"/);
    expect(errorFor((c) => delete c.title).message).toContain('title: expected string, found nothing (the field is missing)');
    expect(errorFor((c) => (c.files = [])).message).toContain('files: expected at least 1 item(s), found an array of 0');
    expect(errorFor((c) => (c.files[0] = '../secret.csv')).message).toContain("files[0]: expected a path relative to data/");
    expect(errorFor((c) => (c.id = 'Toy Set')).message).toContain('id: expected a lower-case id');
    expect(() => parseCard('not a card', FILE)).toThrow('toy/card.json, field (root): expected object, found "not a card"');
  });

  it('checks that derived columns and joins name real columns', () => {
    expect(errorFor((c) => (c.derived[0].from = 'nope')).message).toContain('field derived[0].from: found "nope", which is not a column of this card');
    expect(errorFor((c) => (c.derived[0].key = 'ghost')).message).toContain('field derived[0].key: found "ghost", which has no entry in columns');
    expect(errorFor((c) => delete c.derived[0].separators).message).toContain('field derived[0].separators');
    expect(errorFor((c) => (c.join.columns = ['nope'])).message).toContain('field join.columns[0]: found "nope", which has no entry in columns');
    expect(errorFor((c) => (c.join.keys[0].left = 'nope')).message).toContain('field join.keys[0].left: found "nope"');
    expect(errorFor((c) => (c.join.keys[0].left = 'speed')).message).toContain('"speed" is not a column of the main file');
    expect(errorFor((c) => (c.files = ['toy/main.csv'])).message).toContain('field join: a join needs a second file');
  });

  it('allows at most one label column and a sense only on numeric columns', () => {
    expect(errorFor((c) => (c.columns[3].role = 'label')).message).toContain('field columns[3].role: a second label column');
    expect(errorFor((c) => (c.columns[3].sense = 'min')).message).toContain('field columns[3].sense: column "family" of type "category" has a sense');
  });
});

describe('parseCatalog', () => {
  it('accepts entries and rejects duplicate ids or unsafe card paths', () => {
    const entries = [{ id: 'a', title: 'A', card: 'a/card.json' }];
    expect(parseCatalog(entries, 'index.json')).toEqual(entries);
    expect(() => parseCatalog([...entries, ...entries], 'index.json')).toThrow(/index\.json, field \[1\]\.id: duplicate id "a"/);
    expect(() => parseCatalog([{ id: 'a', title: 'A', card: '/etc/card.json' }], 'index.json')).toThrow(/\[0\]\.card/);
    expect(() => parseCatalog([], 'index.json')).toThrow(/expected at least 1/);
  });
});
