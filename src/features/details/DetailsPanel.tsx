import type { Dataset } from '../../data/types';
import { formatValue } from '../format';

interface Props {
  dataset: Dataset;
  row: number | null;
  onFront: boolean;
  onClear: () => void;
}

/** Every column of the selected row, with units. */
export function DetailsPanel({ dataset, row, onFront, onClear }: Props) {
  if (row === null || row < 0 || row >= dataset.rowCount) {
    return (
      <section className="panel" aria-labelledby="details-title">
        <h2 id="details-title" className="panel-title">
          Selection
        </h2>
        <p className="text-sm text-slate-500 dark:text-slate-400">Click a point or a table row to see all of its values.</p>
      </section>
    );
  }
  const label = dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey) : undefined;
  const title = label ? String(label.values[row]) : `Row ${row + 1}`;
  return (
    <section className="panel" aria-labelledby="details-title" data-testid="details-panel">
      <div className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id="details-title" className="panel-title !mb-1">
            Selection
          </h2>
          <p className="font-semibold break-all text-slate-900 dark:text-slate-100" data-testid="selected-label">
            {title}
          </p>
          <p className={`mt-0.5 text-xs font-medium ${onFront ? 'text-amber-700 dark:text-amber-400' : 'text-slate-500 dark:text-slate-400'}`}>
            {onFront ? '★ On the frontier' : 'Not on the frontier'}
          </p>
        </div>
        <button type="button" className="btn-ghost" aria-label="Clear selection" onClick={onClear}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <dl className="grid max-h-96 grid-cols-[minmax(6rem,1fr)_minmax(0,1.3fr)] gap-x-3 gap-y-1 overflow-y-auto text-sm">
        {dataset.columns
          .filter((c) => c.spec.key !== dataset.labelKey)
          .map((c) => (
            <div key={c.spec.key} className="contents">
              <dt className="truncate text-slate-500 dark:text-slate-400" title={c.spec.description ?? c.spec.label}>
                {c.spec.label || c.spec.key}
              </dt>
              <dd className="text-right break-words text-slate-800 tabular-nums dark:text-slate-100">
                {c.kind === 'number' ? formatValue(c.values[row]) : c.values[row] || '—'}
                {c.kind === 'number' && c.spec.unit && !Number.isNaN(c.values[row]) && (
                  <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">{c.spec.unit}</span>
                )}
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
