import { useId, useState } from 'react';
import type { Constraint } from '../../state/decisionTypes';
import { ConstraintForm } from './ConstraintForm';
import { constraintText } from './text';
import type { DecisionColumn } from './types';

export interface ConstraintsPanelProps {
  /** Numeric columns a threshold can apply to. */
  columns: DecisionColumn[];
  constraints: Constraint[];
  /** Rows failing at least one constraint (DecisionView.filteredCount). */
  filteredCount: number;
  onAdd: (c: Constraint) => void;
  onUpdate: (index: number, c: Constraint) => void;
  onRemove: (index: number) => void;
}

function BrushIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="shrink-0">
      <rect x="1" y="2" width="10" height="8" rx="1" fill="none" stroke="currentColor" strokeWidth="1.2" strokeDasharray="2 1.5" />
    </svg>
  );
}

/**
 * Thresholds per column as chips ("total_cost ≤ 50 USD"), brushed rectangles included. Rows that fail
 * are drawn faint and leave the front, the ranking and every figure; the panel says how many. A chip
 * opens in the form for editing; its × removes it.
 */
export function ConstraintsPanel({ columns, constraints, filteredCount, onAdd, onUpdate, onRemove }: ConstraintsPanelProps) {
  const id = useId();
  const [editing, setEditing] = useState<number | null>(null);
  const unitOf = (key: string) => columns.find((c) => c.key === key)?.unit;
  const labelOf = (key: string) => columns.find((c) => c.key === key)?.label ?? key;
  const edited = editing !== null && editing < constraints.length ? constraints[editing] : null;

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="constraints-panel">
      <h2 id={`${id}-title`} className="panel-title">
        Constraints
      </h2>
      {constraints.length > 0 ? (
        <ul className="mb-2 flex flex-wrap gap-1.5" aria-label="Constraints in force">
          {constraints.map((c, i) => {
            const text = constraintText(c, unitOf(c.column));
            const brushed = c.source === 'brush';
            return (
              <li
                key={`${i}-${text}`}
                data-testid="constraint-chip"
                data-source={c.source ?? 'chip'}
                className={`inline-flex max-w-full items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2 text-xs ${
                  editing === i
                    ? 'border-sky-500 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100'
                    : 'border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100'
                }`}
              >
                <button
                  type="button"
                  className="inline-flex min-w-0 items-center gap-1 tabular-nums hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
                  title={`${labelOf(c.column)}${brushed ? ' — from a rectangle brushed on the chart' : ''}. Click to edit.`}
                  aria-label={`Edit constraint ${text}`}
                  onClick={() => setEditing(editing === i ? null : i)}
                >
                  {brushed && <BrushIcon />}
                  <span className="truncate">{text}</span>
                </button>
                <button
                  type="button"
                  className="rounded-full p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-white"
                  aria-label={`Remove constraint ${text}`}
                  onClick={() => {
                    setEditing(null);
                    onRemove(i);
                  }}
                >
                  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                    <path d="M3 3l6 6M9 3l-6 6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">None. Add a threshold below, or hold Shift and drag a rectangle on the chart.</p>
      )}
      {constraints.length > 0 && (
        <p className="mb-3 text-xs leading-snug text-slate-600 dark:text-slate-300" data-testid="constraint-filtered" aria-live="polite">
          {filteredCount === 0
            ? 'Every row passes.'
            : `${filteredCount.toLocaleString('en-US')} row${filteredCount === 1 ? ' fails' : 's fail'}: drawn faint, left out of the front, the ranking and every figure.`}
        </p>
      )}
      <ConstraintForm
        columns={columns}
        editing={edited}
        onSubmit={(c) => {
          if (edited && editing !== null) {
            onUpdate(editing, c);
            setEditing(null);
          } else onAdd(c);
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}
