import type { ImportCheck } from '../../data/import';
import { formatCount } from '../../data/import';

interface Props {
  check: ImportCheck;
  rowCount: number;
  onExclude: () => void;
  onBack: () => void;
  onCancel: () => void;
  /** What the main button does: import a new dataset (default) or save the columns of a stored one. */
  action?: 'import' | 'save';
}

/** What does not fit: blocking errors, then the first problems with a count of the rest. */
export function ProblemsStep({ check, rowCount, onExclude, onBack, onCancel, action = 'import' }: Props) {
  const verb = action === 'save' ? 'Save' : 'Import';
  const errors = check.errors ?? [];
  const bad = check.badRows.length;
  const more = check.total - check.problems.length;
  const canExclude = errors.length === 0 && bad > 0 && bad < rowCount;
  return (
    <div className="space-y-4" data-testid="import-problems">
      {errors.length > 0 && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200">
          <p className="font-semibold">{action === 'save' ? 'The columns cannot be saved yet:' : 'The import cannot go on yet:'}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {check.total > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-100">
            {formatCount(check.total)} cell{check.total === 1 ? '' : 's'} in {formatCount(bad)} row{bad === 1 ? '' : 's'} do{check.total === 1 ? 'es' : ''} not fit
          </h3>
          <ol className="mt-2 max-h-72 list-decimal space-y-1 overflow-auto pl-6 text-sm text-slate-700 dark:text-slate-200">
            {check.problems.map((p, i) => (
              <li key={i} className="break-words">
                {p.message}
              </li>
            ))}
          </ol>
          {more > 0 && <p className="mt-1 pl-6 text-sm text-slate-500 dark:text-slate-400">… and {formatCount(more)} more</p>}
        </div>
      )}
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        {canExclude && (
          <button type="button" className="btn border-sky-600 bg-sky-600 text-white hover:bg-sky-700 dark:border-sky-500 dark:bg-sky-500 dark:text-slate-950" data-testid="import-excluding" onClick={onExclude}>
            {bad === 1 ? `${verb} without this row` : `${verb} without these ${formatCount(bad)} rows`}
          </button>
        )}
        <button type="button" className="btn" data-testid="back-to-mapping" onClick={onBack}>
          Back to mapping
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
