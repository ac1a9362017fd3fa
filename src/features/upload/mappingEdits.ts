/**
 * Pure edits of the mapping step, so the dialog, a keyboard shortcut and a test change a mapping the
 * same way. Each returns a new array; the person's other edits (labels, units, senses) are kept.
 */
import type { ColumnMapping, ImportRole } from '../../data/import';
import { guessSense } from '../../data/import';

export type ColumnType = ColumnMapping['type'];

/** The type each column was inferred to have, to fall back to when it stops being an objective/group/label. */
export function baseTypes(mapping: ColumnMapping[]): Record<string, ColumnType> {
  return Object.fromEntries(mapping.map((m) => [m.key, m.type]));
}

function update(mapping: ColumnMapping[], key: string, f: (m: ColumnMapping) => ColumnMapping): ColumnMapping[] {
  return mapping.map((m) => (m.key === key ? f(m) : m));
}

function withoutSense(m: ColumnMapping): ColumnMapping {
  const { sense: _drop, ...rest } = m;
  void _drop;
  return rest;
}

/**
 * Gives a column a role, with the type the role needs: an objective is a number with a sense (the one
 * its name suggests, else min, shown so the person can flip it), a group a category, a label text.
 * Only one column is the label: choosing a new one makes the previous an attribute again.
 */
export function setRole(mapping: ColumnMapping[], key: string, role: ImportRole, base: Record<string, ColumnType>): ColumnMapping[] {
  const next = role === 'label' ? mapping.map((m) => (m.role === 'label' && m.key !== key ? { ...m, role: 'attribute' as const, type: base[m.key] ?? 'text' } : m)) : mapping;
  return update(next, key, (m) => {
    switch (role) {
      case 'objective':
        return { ...m, role, type: 'number', sense: m.sense ?? guessSense(m.label, m.unit) ?? 'min' };
      case 'group':
        return withoutSense({ ...m, role, type: 'category' });
      case 'label':
        return withoutSense({ ...m, role, type: 'text' });
      case 'attribute':
        return withoutSense({ ...m, role, type: base[m.key] ?? m.type });
      case 'ignore':
        return { ...m, role };
    }
  });
}

export function setSense(mapping: ColumnMapping[], key: string, sense: 'min' | 'max'): ColumnMapping[] {
  return update(mapping, key, (m) => ({ ...m, sense }));
}

export function toggleSense(mapping: ColumnMapping[], key: string): ColumnMapping[] {
  return update(mapping, key, (m) => ({ ...m, sense: m.sense === 'max' ? 'min' : 'max' }));
}

export function setLabel(mapping: ColumnMapping[], key: string, label: string): ColumnMapping[] {
  return update(mapping, key, (m) => ({ ...m, label }));
}

export function setUnit(mapping: ColumnMapping[], key: string, unit: string): ColumnMapping[] {
  return update(mapping, key, (m) => (unit === '' ? (({ unit: _u, ...rest }) => rest)(m) : { ...m, unit }));
}

/**
 * The mapping a stored upload opens with in Edit columns: its recipe's mapping, one entry per column
 * of the table in file order. A column the recipe does not mention (a recipe written by another
 * version) starts ignored, as it was, with the guessed label and type; entries for columns the table
 * lacks are dropped.
 */
export function storedMapping(header: readonly string[], stored: readonly ColumnMapping[], guessed: readonly ColumnMapping[]): ColumnMapping[] {
  const byKey = new Map(stored.map((m) => [m.key, m]));
  const guessedByKey = new Map(guessed.map((m) => [m.key, m]));
  return header.map((key) => {
    const kept = byKey.get(key);
    if (kept) return kept;
    const guess = guessedByKey.get(key);
    return guess ? withoutSense({ ...guess, role: 'ignore' }) : { key, label: key, role: 'ignore', type: 'text' };
  });
}
