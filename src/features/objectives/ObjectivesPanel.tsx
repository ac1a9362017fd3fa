import { useId, useState } from 'react';
import type { Sense } from '../../core';
import type { ColumnSpec } from '../../data/types';
import type { ObjectiveChoice } from '../../state/viewSpec';

interface Props {
  objectives: ObjectiveChoice[];
  columns: ReadonlyMap<string, ColumnSpec>;
  onSense: (key: string, sense: Sense) => void;
  onToggle: (key: string) => void;
}

/** Past this many numeric columns the panel offers a filter box and scrolls. */
export const FILTER_FROM = 8;

/**
 * Every numeric column with its direction (min/max) and whether it counts for dominance. The front is
 * computed over the ticked objectives, not only the two on screen, and the heading says so. Ticked
 * columns are listed first, in the order the view opened with: ticking or unticking one does not move
 * it, so the list never jumps under the pointer or loses keyboard focus.
 */
export function ObjectivesPanel({ objectives, columns, onSense, onToggle }: Props) {
  const active = objectives.filter((o) => o.active).length;
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const order = useStableOrder(objectives);
  const byKey = new Map(objectives.map((o) => [o.key, o]));
  const many = objectives.length > FILTER_FROM;
  const needle = filter.trim().toLowerCase();
  const nameOf = (key: string) => columns.get(key)?.label || key || '(unnamed)';
  const matches = (key: string) => needle === '' || nameOf(key).toLowerCase().includes(needle) || key.toLowerCase().includes(needle);
  // A ticked column always stays in sight: the filter is for finding the next one to tick.
  const shown = order.filter((key) => byKey.get(key)?.active || matches(key));
  const hiddenCount = order.length - shown.length;

  return (
    <section className="panel" aria-labelledby="objectives-title">
      <h2 id="objectives-title" className="panel-title">
        Objectives
      </h2>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-200" data-testid="frontier-over">
        Frontier over {active} objective{active === 1 ? '' : 's'}
        {objectives.length > active && (
          <span className="text-slate-500 dark:text-slate-400"> · {objectives.length} numeric columns</span>
        )}
      </p>
      {many && (
        <div className="mb-2">
          <label htmlFor={filterId} className="sr-only">
            Find a column
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder={`Find one of ${objectives.length} columns`}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
            data-testid="objectives-filter"
          />
        </div>
      )}
      <ul className={`space-y-2 ${many ? 'max-h-96 overflow-y-auto pr-1' : ''}`} data-testid="objectives-list">
        {shown.map((key) => {
          const o = byKey.get(key) as ObjectiveChoice;
          return <ObjectiveRow key={key} objective={o} spec={columns.get(key)} onlyOne={o.active && active === 1} onSense={onSense} onToggle={onToggle} />;
        })}
      </ul>
      {hiddenCount > 0 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-300" role="status">
          {hiddenCount} column{hiddenCount === 1 ? '' : 's'} not matching “{filter.trim()}”
        </p>
      )}
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-300">Ticked objectives count for dominance. Any numeric column can be ticked.</p>
    </section>
  );
}

/**
 * The keys, ticked first, as they were when this list of columns was first seen: a new dataset or a new
 * derived column re-sorts, a tick does not.
 */
function useStableOrder(objectives: readonly ObjectiveChoice[]): string[] {
  const keys = objectives.map((o) => o.key).join('\u0000');
  const [snapshot, setSnapshot] = useState<{ keys: string; order: string[] } | null>(null);
  if (snapshot !== null && snapshot.keys === keys) return snapshot.order;
  const order = [...objectives.filter((o) => o.active), ...objectives.filter((o) => !o.active)].map((o) => o.key);
  setSnapshot({ keys, order });
  return order;
}

function ObjectiveRow({
  objective: o,
  spec,
  onlyOne,
  onSense,
  onToggle,
}: {
  objective: ObjectiveChoice;
  spec: ColumnSpec | undefined;
  onlyOne: boolean;
  onSense: (key: string, sense: Sense) => void;
  onToggle: (key: string) => void;
}) {
  const name = spec?.label || o.key || '(unnamed)';
  const id = `objective-${encodeURIComponent(o.key)}`;
  return (
    <li className="flex items-start justify-between gap-2" data-objective={o.key} data-active={o.active}>
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
        <span className={`min-w-0 [overflow-wrap:anywhere] ${o.active ? '' : 'text-slate-600 dark:text-slate-300'}`} title={spec?.description ?? name}>
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
            {s}
          </button>
        ))}
      </div>
    </li>
  );
}
