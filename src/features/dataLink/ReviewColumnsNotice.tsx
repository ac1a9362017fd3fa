import { fileNameOfUrl } from '../../data/import/recipe';

export interface ReviewColumnsNoticeProps {
  /** The address the link named. */
  url: string;
  /** Rows left out because a cell did not fit its column. */
  leftOut: number;
  onReview: () => void;
  onDismiss: () => void;
}

function hostOf(url: string): string {
  try {
    return new URL(url, window.location.href).host;
  } catch {
    return url;
  }
}

/**
 * Said once a `?data=` link has opened its file without the mapping dialog: the columns are the guesses
 * (plus the link's own choices), and they can be checked. Not a warning; nothing went wrong.
 */
export function ReviewColumnsNotice({ url, leftOut, onReview, onDismiss }: ReviewColumnsNoticeProps) {
  return (
    <div
      role="status"
      data-testid="review-columns-notice"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700/60 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <p className="min-w-0 flex-1">
        Opened <span className="font-medium">{fileNameOfUrl(url)}</span> from {hostOf(url)} with the view this link describes. What each column is
        (objective, group, label…) was guessed from the file; review it if something looks off.
        {leftOut > 0 && (
          <>
            {' '}
            {leftOut.toLocaleString('en-US')} row{leftOut === 1 ? '' : 's'} with a cell that does not fit {leftOut === 1 ? 'its' : 'their'} column {leftOut === 1 ? 'was' : 'were'} left
            out.
          </>
        )}
      </p>
      <button type="button" className="btn shrink-0" data-testid="review-columns" onClick={onReview}>
        Review columns
      </button>
      <button type="button" className="text-sky-800 hover:underline dark:text-sky-300" aria-label="Dismiss notice" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
