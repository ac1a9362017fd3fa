interface Props {
  what: string;
  /** 0..1, or null while the size of the work is unknown (reading, fetching). */
  fraction: number | null;
  onCancel: () => void;
}

/** Progress of reading and parsing, with a Cancel that stops the worker. */
export function ParseProgress({ what, fraction, onCancel }: Props) {
  const pct = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div className="space-y-3 py-4" data-testid="import-progress">
      <p className="text-sm text-slate-700 dark:text-slate-200" aria-live="polite">
        {what}
        {pct !== null && <span className="ml-2 text-slate-500 tabular-nums dark:text-slate-400">{pct}%</span>}
      </p>
      <div
        role="progressbar"
        aria-label={what}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(pct !== null ? { 'aria-valuenow': pct } : {})}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full bg-sky-600 transition-[width] duration-150 dark:bg-sky-500 ${pct === null ? 'w-1/3 animate-pulse' : ''}`}
          style={pct === null ? undefined : { width: `${pct}%` }}
        />
      </div>
      <button type="button" className="btn" onClick={onCancel} data-testid="import-cancel-parse">
        Cancel
      </button>
    </div>
  );
}
