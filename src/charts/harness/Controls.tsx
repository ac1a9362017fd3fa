import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}

function Segmented<T extends string>({ label, value, options, onChange }: Choice<T>) {
  return (
    <fieldset className="flex items-center gap-1.5">
      <legend className="sr-only">{label}</legend>
      <span className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</span>
      <div className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            data-testid={`harness-${label.toLowerCase().replace(/\W+/g, '-')}-${o.value}`}
            onClick={() => onChange(o.value)}
            className={`px-2 py-0.5 text-xs ${o.value === value ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'bg-white text-slate-700 hover:bg-slate-100 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700'}`}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function ControlBar({ choices, children }: { choices: Choice<string>[]; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
      <strong className="mr-2 text-sm">Chart harness</strong>
      {choices.map((c) => (
        <Segmented key={c.label} {...c} />
      ))}
      {children}
    </div>
  );
}
