import { useEffect, useState } from 'react';

/** How long an Undo stays on offer. */
export const UNDO_MS = 8000;

interface Props {
  message: string;
  onUndo: () => void;
  /** Called when the time is up or the person dismisses it. */
  onExpire: () => void;
  durationMs?: number;
}

/**
 * "Deleted 'runs' — Undo", at the bottom of the screen for a few seconds. The clock stops while the
 * pointer or the keyboard focus is on it, so nobody loses the Undo while reaching for it.
 */
export function UndoToast({ message, onUndo, onExpire, durationMs = UNDO_MS }: Props) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return undefined;
    const timer = setTimeout(onExpire, durationMs);
    return () => clearTimeout(timer);
  }, [held, onExpire, durationMs, message]);

  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="undo-toast"
      className="fixed bottom-4 left-1/2 z-40 flex -translate-x-1/2 items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{message} —</span>
      <button type="button" className="font-semibold text-sky-300 underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none dark:text-sky-700" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="text-slate-300 hover:text-white dark:text-slate-500 dark:hover:text-slate-900" aria-label="Dismiss" onClick={onExpire}>
        ✕
      </button>
    </div>
  );
}
