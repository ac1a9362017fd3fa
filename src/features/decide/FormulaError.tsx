interface FormulaErrorProps {
  formula: string;
  message: string;
  /** 0-based offset of the offending text; absent when the error has no place. */
  position?: number;
  length?: number;
  id?: string;
}

/** Longest stretch of the formula shown around the error, so a long formula still fits the panel. */
const WINDOW = 36;

/**
 * A parser error that points at its position: the formula in monospace, carets under the offending
 * text, and the message (which says "position n" when the parser's does not).
 */
export function FormulaError({ formula, message, position, length = 1, id }: FormulaErrorProps) {
  const hasPos = position !== undefined && Number.isFinite(position) && position >= 0;
  const pos = hasPos ? Math.min(position, formula.length) : 0;
  // Keep the caret in view: a long formula shows a window around it.
  const long = formula.length > WINDOW;
  const start = long ? Math.max(0, Math.min(pos - Math.floor(WINDOW / 2), formula.length - WINDOW)) : 0;
  const end = long ? start + WINDOW : formula.length;
  const shown = (start > 0 ? '…' : '') + formula.slice(start, end) + (end < formula.length ? '…' : '');
  const caretAt = pos - start + (start > 0 ? 1 : 0);
  const carets = '^'.repeat(Math.max(1, Math.min(length, end - pos)));
  const text = hasPos && !/position \d+/.test(message) ? `${message} (position ${pos})` : message;
  return (
    <div role="alert" id={id} data-testid="derive-error" className="mt-1.5 rounded-md border border-red-200 bg-red-50 px-2 py-1.5 text-xs dark:border-red-900/60 dark:bg-red-950/40">
      {hasPos && (
        <pre aria-hidden="true" className="mb-1 overflow-hidden font-mono text-[12px] leading-4 whitespace-pre text-slate-800 dark:text-slate-100">
          {shown}
          {'\n'}
          <span className="text-red-600 dark:text-red-400" data-testid="derive-error-caret">
            {' '.repeat(caretAt)}
            {carets}
          </span>
        </pre>
      )}
      <p className="text-red-800 dark:text-red-300">{text}</p>
    </div>
  );
}
