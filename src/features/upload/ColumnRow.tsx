import type { ColumnMapping, ImportRole } from '../../data/import';

const ROLES: { value: ImportRole; label: string }[] = [
  { value: 'objective', label: 'Objective' },
  { value: 'group', label: 'Group' },
  { value: 'label', label: 'Label' },
  { value: 'attribute', label: 'Attribute' },
  { value: 'ignore', label: 'Ignore' },
];

const TYPE_NAMES: Record<ColumnMapping['type'], string> = { number: 'numbers', category: 'categories', text: 'text' };

interface Props {
  column: ColumnMapping;
  onRole: (role: ImportRole) => void;
  onToggleSense: () => void;
  /** Sets the direction of an objective that has none yet (the name gave no hint). */
  onSense?: (sense: 'min' | 'max') => void;
  onLabel: (label: string) => void;
  onUnit: (unit: string) => void;
}

/** One column of the mapping: its role, direction (objectives), label and unit. */
export function ColumnRow({ column: m, onRole, onToggleSense, onSense, onLabel, onUnit }: Props) {
  const ignored = m.role === 'ignore';
  const name = m.key;
  return (
    <tr className={`border-t border-slate-100 align-middle dark:border-slate-800 ${ignored ? 'opacity-60' : ''}`} data-column={m.key}>
      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
        <span className="block max-w-56 truncate font-mono text-xs text-slate-800 dark:text-slate-100" title={name}>
          {name}
        </span>
        <span className="block max-w-64 text-xs text-slate-600 dark:text-slate-300" data-testid={`reason-${m.key}`}>
          {TYPE_NAMES[m.type]}
          {m.reason && ` · ${m.reason}`}
        </span>
      </th>
      <td className="py-1.5 pr-2">
        <select className="select min-w-28" aria-label={`Role of ${name}`} data-testid={`role-${m.key}`} value={m.role} onChange={(e) => onRole(e.target.value as ImportRole)}>
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </td>
      <td className="py-1.5 pr-2">
        {m.role === 'objective' && m.sense === undefined && onSense ? (
          <div className="seg ring-2 ring-amber-500" role="group" aria-label={`Direction of ${name}: not chosen yet`} data-testid={`sense-${m.key}`}>
            {(['min', 'max'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={false} title={s === 'min' ? 'Lower is better' : 'Higher is better'} onClick={() => onSense(s)}>
                {s}
              </button>
            ))}
          </div>
        ) : m.role === 'objective' ? (
          <button
            type="button"
            className="btn w-20 justify-center"
            data-testid={`sense-${m.key}`}
            data-sense={m.sense}
            aria-label={`Direction of ${name}: ${m.sense === 'max' ? 'higher' : 'lower'} is better. Switch`}
            title={m.sense === 'max' ? 'Higher is better (click for lower)' : 'Lower is better (click for higher)'}
            onClick={onToggleSense}
          >
            {m.sense === 'max' ? '↑ max' : '↓ min'}
          </button>
        ) : (
          <span className="inline-block w-20 text-center text-xs text-slate-400 dark:text-slate-500">—</span>
        )}
      </td>
      <td className="py-1.5 pr-2">
        <input className="select min-w-32" aria-label={`Label of ${name}`} data-testid={`label-${m.key}`} value={m.label} disabled={ignored} onChange={(e) => onLabel(e.target.value)} />
      </td>
      <td className="py-1.5">
        <input className="select w-24" aria-label={`Unit of ${name}`} data-testid={`unit-${m.key}`} value={m.unit ?? ''} disabled={ignored} placeholder="unit" onChange={(e) => onUnit(e.target.value)} />
      </td>
    </tr>
  );
}
