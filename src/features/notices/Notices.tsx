interface Props {
  notices: string[];
  onDismiss: (index: number) => void;
}

/** Things the user should know about the current view (ignored URL values, refused log scales, ...). */
export function Notices({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-live="polite" data-testid="notices" className="space-y-2">
      {notices.map((n, i) => (
        <div
          key={`${i}-${n}`}
          className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
        >
          <span aria-hidden="true">⚠</span>
          <p className="flex-1">{n}</p>
          <button type="button" className="text-amber-800 hover:underline dark:text-amber-300" aria-label="Dismiss notice" onClick={() => onDismiss(i)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
