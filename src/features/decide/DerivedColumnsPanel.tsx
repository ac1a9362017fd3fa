import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Sense } from '../../core';
import type { DerivedColumnSpec } from '../../state/decisionTypes';
import { FormulaError } from './FormulaError';
import type { DecisionColumn, FormulaCheck } from './types';

export interface DerivedColumnsPanelProps {
  /** The derived columns in the view. */
  derived: DerivedColumnSpec[];
  /** The dataset's numeric columns: what a formula may use, and names already taken. */
  columns: DecisionColumn[];
  /** Parses a formula (core `parseExpression` against the known columns); nothing when it is fine. */
  validate: (formula: string) => FormulaCheck;
  /** One-click suggestions, e.g. cost-of-pass = total_cost / (pass_rate_2 / 100). */
  suggestions?: DerivedColumnSpec[];
  onAdd: (d: DerivedColumnSpec) => void;
  onRemove: (key: string) => void;
}

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SENSES: { value: Sense | 'none'; label: string; title: string }[] = [
  { value: 'none', label: 'none', title: 'Not an objective' },
  { value: 'min', label: 'min', title: 'An objective: lower is better' },
  { value: 'max', label: 'max', title: 'An objective: higher is better' },
];

/**
 * New columns from formulas over the others, e.g. cost per solved task. The name becomes the column's
 * key (usable in later formulas, axes and constraints); a sense makes it an objective. Parser errors
 * point at their position.
 */
export function DerivedColumnsPanel({ derived, columns, validate, suggestions = [], onAdd, onRemove }: DerivedColumnsPanelProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [formula, setFormula] = useState('');
  const [unit, setUnit] = useState('');
  const [sense, setSense] = useState<Sense | 'none'>('none');
  const [showErrors, setShowErrors] = useState(false);
  const formulaRef = useRef<HTMLInputElement>(null);

  const taken = useMemo(() => new Set([...columns.map((c) => c.key), ...derived.map((d) => d.key)]), [columns, derived]);
  const check = useMemo<FormulaCheck>(() => (formula.trim() === '' ? { error: 'Write a formula, e.g. total_cost / (pass_rate_2 / 100).' } : validate(formula)), [formula, validate]);
  const key = name.trim();
  const nameError = key === '' ? 'Give the column a name.' : !KEY_RE.test(key) ? 'Use letters, digits and _ only, not starting with a digit.' : taken.has(key) ? `There is already a column called ${key}.` : null;
  const offered = suggestions.filter((s) => !taken.has(s.key));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (nameError || check.error) return;
    onAdd({ key, formula: formula.trim(), ...(unit.trim() ? { unit: unit.trim() } : {}), ...(sense !== 'none' ? { sense } : {}) });
    setName('');
    setFormula('');
    setUnit('');
    setSense('none');
    setShowErrors(false);
  };

  /** Puts a column name into the formula at the cursor. */
  const insert = (text: string) => {
    const el = formulaRef.current;
    const at = el?.selectionStart ?? formula.length;
    const to = el?.selectionEnd ?? at;
    const next = formula.slice(0, at) + text + formula.slice(to);
    setFormula(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + text.length, at + text.length);
    });
  };

  const input =
    'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 shadow-xs focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
  const quoted = (k: string) => (KEY_RE.test(k) ? k : `"${k.replace(/["\\]/g, '\\$&')}"`);

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="derived-panel">
      <h2 id={`${id}-title`} className="panel-title">
        Derived columns
      </h2>
      {offered.map((s) => (
        <button
          key={s.key}
          type="button"
          data-testid="derive-suggestion"
          className="mb-2 block w-full rounded-md border border-dashed border-sky-400 bg-sky-50 px-2 py-1.5 text-left text-xs text-sky-900 hover:bg-sky-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:border-sky-700 dark:bg-sky-950/50 dark:text-sky-100 dark:hover:bg-sky-900/60"
          onClick={() => onAdd(s)}
          title="Add this column"
        >
          <span className="font-semibold">Suggested:</span> {s.label || s.key} = <code className="font-mono">{s.formula}</code>
        </button>
      ))}
      {derived.length > 0 && (
        <ul className="mb-3 space-y-1" aria-label="Derived columns in the view">
          {derived.map((d) => (
            <li key={d.key} data-testid="derived-item" className="flex items-start gap-2 rounded-md bg-slate-50 px-2 py-1 text-xs dark:bg-slate-800/70">
              <div className="min-w-0 flex-1">
                <span className="font-semibold text-slate-800 dark:text-slate-100">{d.key}</span>
                {d.unit && <span className="text-slate-500 dark:text-slate-400"> ({d.unit})</span>}
                {d.sense && <span className="ml-1 text-[10px] font-medium text-slate-400 uppercase dark:text-slate-500">{d.sense}</span>}
                <code className="block truncate font-mono text-slate-600 dark:text-slate-300" title={d.formula}>
                  = {d.formula}
                </code>
              </div>
              <button type="button" className="btn-ghost !p-1" aria-label={`Remove derived column ${d.key}`} data-testid={`derived-remove-${d.key}`} onClick={() => onRemove(d.key)}>
                <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                  <path d="M3 3l6 6M9 3l-6 6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="space-y-2" aria-label="Add a derived column" noValidate>
        <div>
          <label htmlFor={`${id}-name`} className="field-label">
            Name
          </label>
          <input id={`${id}-name`} data-testid="derive-name" className={`${input} font-mono`} value={name} placeholder="cost_of_pass" autoComplete="off" spellCheck={false} onChange={(e) => setName(e.target.value)} />
          {showErrors && nameError && (
            <p role="alert" data-testid="derive-name-error" className="mt-1 text-xs text-red-700 dark:text-red-400">
              {nameError}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-formula`} className="field-label">
            Formula
          </label>
          <input
            id={`${id}-formula`}
            ref={formulaRef}
            data-testid="derive-formula"
            className={`${input} font-mono`}
            value={formula}
            placeholder="total_cost / (pass_rate_2 / 100)"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={showErrors && check.error ? true : undefined}
            aria-describedby={showErrors && check.error ? `${id}-error` : undefined}
            onChange={(e) => setFormula(e.target.value)}
            onBlur={() => formula.trim() !== '' && setShowErrors(true)}
          />
          {showErrors && check.error && <FormulaError id={`${id}-error`} formula={formula} message={check.error} position={check.position} length={check.length} />}
        </div>
        <div className="flex items-end gap-2">
          <div className="w-24">
            <label htmlFor={`${id}-unit`} className="field-label">
              Unit
            </label>
            <input id={`${id}-unit`} data-testid="derive-unit" className={input} value={unit} placeholder="USD" onChange={(e) => setUnit(e.target.value)} />
          </div>
          <div role="group" aria-label="Direction" className="seg mb-0.5">
            {SENSES.map((s) => (
              <button key={s.value} type="button" aria-pressed={sense === s.value} data-testid={`derive-sense-${s.value}`} title={s.title} onClick={() => setSense(s.value)}>
                {s.label}
              </button>
            ))}
          </div>
        </div>
        <button type="submit" className="btn" data-testid="derive-add">
          Add column
        </button>
        {columns.length > 0 && (
          <details className="text-xs text-slate-500 dark:text-slate-400">
            <summary className="cursor-pointer select-none">Columns and functions</summary>
            <p className="mt-1">
              Operators + − * / ^ and min, max, log, log10, log2, exp, sqrt, abs. Names with spaces go in quotes. Click a name to insert it:
            </p>
            <div className="mt-1 flex flex-wrap gap-1">
              {columns.map((c) => (
                <button key={c.key} type="button" className="rounded border border-slate-300 px-1 font-mono text-[11px] text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800" title={c.label} onClick={() => insert(quoted(c.key))}>
                  {c.key}
                </button>
              ))}
            </div>
          </details>
        )}
      </form>
    </section>
  );
}
