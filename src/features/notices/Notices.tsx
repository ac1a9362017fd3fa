import { useState } from 'react';
import { NOTICE_PREVIEW, VISIBLE_NOTICES } from '../../state/noticeText';
import { NoticeItem } from './NoticeItem';

interface Props {
  notices: string[];
  onDismiss: (index: number) => void;
  /** Dismisses every notice; offered when there is more than one. */
  onDismissAll?: () => void;
}

/**
 * Things the user should know about the current view (ignored URL values, refused log scales, storage
 * warnings, ...). The newest five show; earlier ones wait behind "N more", so a flood of notices never
 * pushes the chart off the page, and a fresh refusal is always in sight.
 */
export function Notices({ notices, onDismiss, onDismissAll }: Props) {
  const [expanded, setExpanded] = useState(false);
  if (notices.length === 0) return null;
  const hidden = expanded ? 0 : Math.max(0, notices.length - VISIBLE_NOTICES);
  const shown = notices.slice(hidden);
  return (
    <div role="status" aria-live="polite" data-testid="notices" className="space-y-2">
      {(hidden > 0 || expanded || (onDismissAll && notices.length > 1)) && (
        <div className="flex items-center gap-3 text-sm">
          {hidden > 0 && (
            <button type="button" data-testid="notices-more" className="text-amber-800 hover:underline dark:text-amber-300" onClick={() => setExpanded(true)}>
              {hidden.toLocaleString('en-US')} more
            </button>
          )}
          {expanded && notices.length > VISIBLE_NOTICES && (
            <button type="button" data-testid="notices-fewer" className="text-amber-800 hover:underline dark:text-amber-300" onClick={() => setExpanded(false)}>
              Show only the latest {VISIBLE_NOTICES}
            </button>
          )}
          <span className="flex-1" />
          {onDismissAll && notices.length > 1 && (
            <button type="button" className="text-amber-800 hover:underline dark:text-amber-300" onClick={onDismissAll}>
              Dismiss all
            </button>
          )}
        </div>
      )}
      {shown.map((n, i) => (
        <NoticeItem key={n} text={n} preview={NOTICE_PREVIEW} onDismiss={() => onDismiss(hidden + i)} />
      ))}
    </div>
  );
}
