import type { Sense } from '../../core';
import type { ColumnSpec } from '../../data/types';
import type { ObjectiveChoice } from '../../state/viewSpec';

interface Props {
  objectives: ObjectiveChoice[];
  columns: ReadonlyMap<string, ColumnSpec>;
  onSense: (key: string, sense: Sense) => void;
  onToggle: (key: string) => void;
}

/**
 * Each objective with its direction (min/max) and whether it counts for dominance. The front is
 * computed over the ticked objectives, not only the two on screen, and the heading says so.
 */
export function ObjectivesPanel({ objectives, columns, onSense, onToggle }: Props) {
  const active = objectives.filter((o) => o.active).length;
  return (
    <section className="panel" aria-labelledby="objectives-title">
      <h2 id="objectives-title" className="panel-title">
        Objectives
      </h2>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-200" data-testid="frontier-over">
        Frontier over {active} objective{active === 1 ? '' : 's'}
      </p>
      <ul className="space-y-2">
        {objectives.map((o) => {
          const spec = columns.get(o.key);
          const name = spec?.label || o.key || '(unnamed)';
          const id = `objective-${encodeURIComponent(o.key)}`;
          const onlyOne = o.active && active === 1;
          return (
            <li key={o.key} className="flex items-start justify-between gap-2" data-objective={o.key}>
              <label htmlFor={id} className="flex min-w-0 items-start gap-2 pt-0.5 text-sm leading-snug text-slate-800 dark:text-slate-100">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-0.5 h-4 w-4 shrink-0 accent-sky-600"
                  checked={o.active}
                  disabled={onlyOne}
                  title={onlyOne ? 'At least one objective must count' : 'Counts for dominance'}
                  onChange={() => onToggle(o.key)}
                />
                <span className="break-words" title={spec?.description ?? name}>
                  {name}
                  {spec?.unit && <span className="text-slate-500 dark:text-slate-400"> ({spec.unit})</span>}
                </span>
              </label>
              <div className="seg shrink-0" role="group" aria-label={`Direction of ${name}`}>
                {(['min', 'max'] as const).map((s) => (
                  <button
                    key={s}
                    type="button"
                    aria-pressed={o.sense === s}
                    data-testid={`sense-${o.key}-${s}`}
                    title={s === 'min' ? 'Lower is better' : 'Higher is better'}
                    onClick={() => onSense(o.key, s)}
                  >
                    {s === 'min' ? 'min' : 'max'}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Ticked objectives count for dominance.</p>
    </section>
  );
}
