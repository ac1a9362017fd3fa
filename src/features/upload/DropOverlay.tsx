/** Shown while a file is dragged over the page (see useFileDrop). It never takes the drop itself. */
export function DropOverlay({ active }: { active: boolean }) {
  if (!active) return null;
  return (
    <div className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-sky-600/15 p-8 backdrop-blur-[1px]" data-testid="drop-overlay" aria-hidden="true">
      <div className="rounded-2xl border-2 border-dashed border-sky-500 bg-white/90 px-10 py-8 text-center shadow-xl dark:bg-slate-900/90">
        <p className="text-lg font-semibold text-slate-900 dark:text-slate-100">Drop a file anywhere on the page</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">CSV, TSV, JSON or JSON Lines — you say what each column is next.</p>
      </div>
    </div>
  );
}
