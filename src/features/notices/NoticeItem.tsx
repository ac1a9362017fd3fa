import { useId, useState } from 'react';

interface Props {
  text: string;
  /** Characters shown before "Show all". */
  preview: number;
  onDismiss: () => void;
}

/** One notice: cut to a readable length, the full text a click away, long words wrapped. */
export function NoticeItem({ text, preview, onDismiss }: Props) {
  const [full, setFull] = useState(false);
  const id = useId();
  const long = text.length > preview;
  return (
    <div
      data-testid="notice"
      className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <span aria-hidden="true">⚠</span>
      <p id={id} className="min-w-0 flex-1 break-words [overflow-wrap:anywhere]">
        {long && !full ? `${text.slice(0, cutAt(text, preview))}…` : text}
        {long && (
          <>
            {' '}
            <button type="button" aria-expanded={full} aria-controls={id} className="font-medium text-amber-800 underline dark:text-amber-300" onClick={() => setFull((f) => !f)}>
              {full ? 'Show less' : 'Show all'}
            </button>
          </>
        )}
      </p>
      <button type="button" className="text-amber-800 hover:underline dark:text-amber-300" aria-label="Dismiss notice" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** Where to cut `text` near `at` without splitting an emoji (a surrogate pair). */
function cutAt(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
