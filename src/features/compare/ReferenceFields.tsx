import { useId, useState } from 'react';
import type { CompareView } from '../../state/compareTypes';
import { labelWithUnit } from '../format';

interface ReferenceFieldsProps {
  compare: CompareView;
  onReference: (key: string, value: number) => void;
  onResetReference: () => void;
}

/** Reads a typed reference value: a finite number, or the reason it is not one. */
export function parseReference(text: string): { value: number } | { error: string } {
  const t = text.trim().replace(/[\u2212]/g, '-').replace(/,/g, '');
  if (t === '') return { error: 'Enter a number' };
  const v = Number(t);
  if (!Number.isFinite(v)) return { error: `“${text.trim()}” is not a finite number` };
  return { value: v };
}

/** One field: shows the exact value, keeps the draft while typing, commits on Enter or leaving it. */
function ReferenceField({ objective, value, edited, onCommit }: { objective: CompareView['objectives'][number]; value: number; edited: boolean; onCommit: (v: number) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exact = Number.isFinite(value) ? String(value) : '';
  const commit = () => {
    if (draft === null) return;
    const parsed = parseReference(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setDraft(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  const label = `Reference for ${labelWithUnit(objective)}`;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="field-label leading-tight" title={`${label}; ${objective.sense === 'min' ? 'lower' : 'higher'} is better`}>
        {label}
        {edited && <span className="ml-1 text-[10px] font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">set</span>}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        data-testid="hv-ref"
        data-key={objective.key}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-err` : undefined}
        className={`select text-right tabular-nums ${error ? '!border-rose-500 focus:!ring-rose-500/30' : ''}`}
        value={draft ?? exact}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <p id={`${id}-err`} role="alert" className="mt-0.5 text-xs text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** The shared hypervolume reference point: one exact number per objective, and back to the default. */
export function ReferenceFields({ compare, onReference, onResetReference }: ReferenceFieldsProps) {
  const edited = compare.referenceEdited.some(Boolean);
  return (
    <fieldset className="mb-3" data-testid="hv-reference">
      <legend className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">Reference point</legend>
      <p className="mb-2 text-xs leading-snug text-slate-500 dark:text-slate-400">
        Hypervolume of each group’s front up to this point; default: the worst value of each objective over the shown rows, pushed out by 10% of its range.
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-0 flex-1 grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-2">
          {compare.objectives.map((o, i) => (
            <ReferenceField key={o.key} objective={o} value={compare.reference[i]} edited={compare.referenceEdited[i] ?? false} onCommit={(v) => onReference(o.key, v)} />
          ))}
        </div>
        <button type="button" className="btn shrink-0" disabled={!edited} onClick={onResetReference} title="Use the default reference point again">
          Default
        </button>
      </div>
    </fieldset>
  );
}
