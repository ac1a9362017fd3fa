/**
 * What the tests expect, computed in the test process straight from the bundled files with the core
 * engine — independent of the app's state and rendering code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paretoFront, type Sense } from '../../src/core';
import { buildDataset } from '../../src/data/buildDataset';
import { parseCard } from '../../src/data/card';
import type { Dataset } from '../../src/data/types';

const DATA = join(import.meta.dirname, '..', '..', 'data');

export function loadBundled(id: string): Dataset {
  const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { id: string; card: string }[];
  const entry = index.find((e) => e.id === id);
  if (!entry) throw new Error(`no bundled dataset ${id}`);
  const cardPath = join(DATA, entry.card);
  const card = parseCard(JSON.parse(readFileSync(cardPath, 'utf8')), entry.card);
  const files = Object.fromEntries(card.files.map((f) => [f, readFileSync(join(DATA, f), 'utf8')]));
  return buildDataset(card, files);
}

export function defaultDatasetId(): string {
  const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { id: string }[];
  return index[0].id;
}

/** Front row indices over the given objectives; rows with a missing or non-finite value are left out. */
export function expectedFront(ds: Dataset, objectives: { key: string; sense: Sense }[]): number[] {
  return expectedFrontWhere(ds, objectives, () => true);
}

/** Like expectedFront, over the rows for which `include` holds. */
export function expectedFrontWhere(ds: Dataset, objectives: { key: string; sense: Sense }[], include: (row: number) => boolean): number[] {
  const cols = objectives.map((o) => {
    const c = ds.byKey.get(o.key);
    if (!c || c.kind !== 'number') throw new Error(`${o.key} is not a numeric column`);
    return c.values;
  });
  const keep: number[] = [];
  for (let i = 0; i < ds.rowCount; i++) if (include(i) && cols.every((c) => Number.isFinite(c[i]))) keep.push(i);
  const sub = cols.map((c) => Float64Array.from(keep, (i) => c[i]));
  return Array.from(paretoFront(sub, objectives.map((o) => o.sense)), (j) => keep[j]);
}

/** The card's objectives with their card senses. */
export function cardObjectives(ds: Dataset): { key: string; sense: Sense }[] {
  return ds.card.columns.filter((c) => c.role === 'objective').map((c) => ({ key: c.key, sense: c.sense as Sense }));
}
