/**
 * A link's `map=` choices applied over the guessed mapping, through the same edits the mapping step
 * makes (setRole), so a column made a group by a link is typed exactly as if the person had chosen it.
 */
import type { ColumnMapping } from '../../data/import';
import type { MapOverride } from '../../state/dataLink';
import { baseTypes, setRole } from './mappingEdits';

/**
 * `guessed` with each of `overrides` applied in order. A choice that does not fit the file — a column it
 * does not have, an objective over a column without numbers — is skipped with a notice.
 */
export function applyMapOverrides(guessed: ColumnMapping[], overrides: readonly MapOverride[]): { mapping: ColumnMapping[]; notices: string[] } {
  const base = baseTypes(guessed);
  const notices: string[] = [];
  let mapping = guessed;
  for (const o of overrides) {
    const current = mapping.find((m) => m.key === o.key);
    if (!current) {
      notices.push(`The link's map= names the column '${o.key}', which this file does not have — ignored`);
      continue;
    }
    if (o.role === 'objective' && base[o.key] !== 'number') {
      notices.push(`The link's map= makes '${o.key}' an objective, but that column does not hold numbers — kept as ${article(current.role)} ${current.role}`);
      continue;
    }
    mapping = setRole(mapping, o.key, o.role, base);
    if (o.role === 'objective' && o.sense) mapping = mapping.map((m) => (m.key === o.key ? { ...m, sense: o.sense } : m));
  }
  return { mapping, notices };
}

const article = (role: string) => (/^[aeiou]/.test(role) ? 'an' : 'a');

/**
 * A mapping with no objective cannot be imported. When a link names its objectives over such a file
 * (nothing in it says which direction is better), its numeric columns among them become objectives
 * with the link's sense (min when it gives none): the link has said what the guesses could not.
 */
export function objectivesFromLink(mapping: ColumnMapping[], objectives: readonly { key: string; sense?: string }[]): ColumnMapping[] {
  if (mapping.some((m) => m.role === 'objective')) return mapping;
  const base = baseTypes(mapping);
  let out = mapping;
  for (const o of objectives) {
    if (base[o.key] !== 'number') continue;
    out = setRole(out, o.key, 'objective', base);
    const sense = o.sense === 'max' || o.sense === 'min' ? o.sense : undefined;
    if (sense) out = out.map((m) => (m.key === o.key ? { ...m, sense } : m));
  }
  return out;
}
