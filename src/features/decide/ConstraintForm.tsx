import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Constraint } from '../../state/decisionTypes';
import { labelWithUnit } from '../format';
import { formatPlain } from './text';
import type { DecisionColumn } from './types';

interface ConstraintFormProps {
  columns: DecisionColumn[];
  /** A constraint to edit (its fields fill the form), or null to add a new one. */
  editing: Constraint | null;
  onSubmit: (c: Constraint) => void;
  onCancel: () => void;
}

type Op = Constraint['op'];

const OP_OPTIONS: { value: Op; label: string }[] = [
  { value: '<=', label: '≤ at most' },
  { value: '>=', label: '≥ at least' },
  { value: 'between', label: 'between' },
];

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** Column, comparison and value(s) of a threshold; the same form adds a constraint or edits one. */
export function ConstraintForm({ columns, editing, onSubmit, onCancel }: ConstraintFormProps) {
  const id = useId();
  const [column, setColumn] = useState(columns[0]?.key ?? '');
  const [op, setOp] = useState<Op>('<=');
  const [value, setValue] = useState('');
  const [value2, setValue2] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!editing) return;
    setColumn(editing.column);
    setOp(editing.op);
    setValue(formatPlain(editing.value));
    setValue2(editing.value2 !== undefined ? formatPlain(editing.value2) : '');
    setError(null);
  }, [editing]);

  // A column that went away (new dataset) falls back to the first one.
  const known = columns.some((c) => c.key === column);
  const col = known ? column : (columns[0]?.key ?? '');
  const spec = columns.find((c) => c.key === col);
  const hint = spec && spec.min !== undefined && spec.max !== undefined ? `${formatPlain(spec.min)} – ${formatPlain(spec.max)}` : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!col) return setError('Choose a column.');
    const a = num(value);
    if (!Number.isFinite(a)) return setError(op === 'between' ? 'Enter a number for the lower bound.' : 'Enter a number.');
    let c: Constraint;
    if (op === 'between') {
      const b = num(value2);
      if (!Number.isFinite(b)) return setError('Enter a number for the upper bound.');
      c = { column: col, op, value: Math.min(a, b), value2: Math.max(a, b) };
    } else c = { column: col, op, value: a };
    if (editing?.source) c.source = editing.source;
    setError(null);
    onSubmit(c);
    if (!editing) {
      setValue('');
      setValue2('');
    }
  };

  const input =
    'min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm tabular-nums text-slate-900 shadow-xs focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
  return (
    <form onSubmit={submit} className="space-y-2" aria-label={editing ? 'Edit constraint' : 'Add a constraint'} noValidate>
      <div>
        <label htmlFor={`${id}-col`} className="field-label">
          Column
        </label>
        <select id={`${id}-col`} data-testid="constraint-column" className="select" value={col} onChange={(e) => setColumn(e.target.value)}>
          {columns.map((c) => (
            <option key={c.key} value={c.key}>
              {labelWithUnit(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-op`} className="sr-only">
          Comparison
        </label>
        <select id={`${id}-op`} data-testid="constraint-op" className="select !w-auto shrink-0" value={op} onChange={(e) => setOp(e.target.value as Op)}>
          {OP_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <input
          data-testid="constraint-value"
          aria-label={op === 'between' ? 'Lower bound' : 'Value'}
          type="number"
          inputMode="decimal"
          className={input}
          value={value}
          placeholder={op === 'between' ? (spec?.min !== undefined ? formatPlain(spec.min) : 'from') : (hint ?? 'value')}
          onChange={(e) => setValue(e.target.value)}
        />
        {op === 'between' && (
          <>
            <span className="text-xs text-slate-500 dark:text-slate-400">and</span>
            <input
              data-testid="constraint-value2"
              aria-label="Upper bound"
              type="number"
              inputMode="decimal"
              className={input}
              value={value2}
              placeholder={spec?.max !== undefined ? formatPlain(spec.max) : 'to'}
              onChange={(e) => setValue2(e.target.value)}
            />
          </>
        )}
      </div>
      {error && (
        <p role="alert" data-testid="constraint-error" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex items-center gap-2">
        <button type="submit" className="btn" data-testid="constraint-add">
          {editing ? 'Update constraint' : 'Add constraint'}
        </button>
        {editing && (
          <button type="button" className="btn-ghost text-sm" onClick={onCancel}>
            Cancel
          </button>
        )}
        {spec?.unit && <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">in {spec.unit}</span>}
      </div>
    </form>
  );
}
