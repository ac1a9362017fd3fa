/**
 * A bundled dataset read from data/ the way the app builds it (card, then files), for state tests that
 * check figures on real data.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '../../data/buildDataset';
import { parseCard } from '../../data/card';
import type { Dataset } from '../../data/types';

const DATA = resolve(__dirname, '..', '..', '..', 'data');
const cache = new Map<string, Dataset>();

export function bundledDataset(id: string): Dataset {
  let ds = cache.get(id);
  if (!ds) {
    const card = parseCard(JSON.parse(readFileSync(join(DATA, id, 'card.json'), 'utf8')), `${id}/card.json`);
    ds = buildDataset(card, Object.fromEntries(card.files.map((f) => [f, readFileSync(join(DATA, f), 'utf8')])));
    cache.set(id, ds);
  }
  return ds;
}
