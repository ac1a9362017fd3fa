import { useId, useRef, type ReactNode } from 'react';
import { useFocusTrap } from './useFocusTrap';

interface Props {
  title: string;
  /** Closed by Escape, the close button or a click on the backdrop. */
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * The modal both the import dialog and Edit columns open in: a labelled dialog over a dimmed page that
 * keeps keyboard focus inside and gives it back to where it was on close.
 */
export function DialogFrame({ title, onClose, children, testId = 'import-dialog' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useFocusTrap(ref, onClose);
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/50 p-4 sm:p-8" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} data-testid={testId} className="panel w-full max-w-4xl shadow-2xl focus:outline-none">
        <div className="mb-4 flex items-center justify-between gap-4">
          <h2 id={titleId} className="min-w-0 truncate text-base font-semibold text-slate-900 dark:text-slate-100" title={title}>
            {title}
          </h2>
          <button type="button" className="btn-ghost" aria-label="Close" onClick={onClose}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
