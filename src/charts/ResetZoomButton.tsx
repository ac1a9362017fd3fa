interface ResetZoomButtonProps {
  onReset: () => void;
  top: number;
  right: number;
}

/** Shown while zoomed in; double-click on the plot and the "0" key do the same. */
export function ResetZoomButton({ onReset, top, right }: ResetZoomButtonProps) {
  return (
    <button
      type="button"
      onClick={onReset}
      aria-label="Reset zoom"
      title="Reset zoom (double-click or 0)"
      style={{ top, right }}
      className="absolute z-10 inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white/90 px-2 py-1 text-xs font-medium text-slate-700 shadow-sm backdrop-blur-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800/90 dark:text-slate-100 dark:hover:bg-slate-700 dark:focus-visible:outline-blue-400"
    >
      <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9" strokeLinecap="round" />
        <path d="M2 2.5v3.2h3.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Reset zoom
    </button>
  );
}
