import { formatBytes } from '../data/import/limits';

/**
 * Asks before a share link's data over 1 MB is stored in this browser: a link should not fill
 * someone's storage without their say. "Don't keep it" stores nothing and opens the default dataset.
 */
export function KeepLargeData({ bytes, onAnswer }: { bytes: number; onAnswer: (keep: boolean) => void }) {
  return (
    <div role="alertdialog" aria-labelledby="keep-large-title" aria-describedby="keep-large-text" className="mx-auto mt-8 max-w-xl panel text-center" data-testid="keep-large-data">
      <h2 id="keep-large-title" className="panel-title">
        Keep this shared data?
      </h2>
      <p id="keep-large-text" className="text-sm text-slate-600 dark:text-slate-300">
        This link carries {formatBytes(bytes)} of data. To open it, Paretoscope keeps a copy in this browser (under My datasets, where you can delete it).
      </p>
      <div className="mt-4 flex justify-center gap-2">
        <button type="button" className="btn" data-testid="keep-large-yes" onClick={() => onAnswer(true)} autoFocus>
          Keep this data
        </button>
        <button type="button" className="btn" data-testid="keep-large-no" onClick={() => onAnswer(false)}>
          Don&apos;t keep it
        </button>
      </div>
    </div>
  );
}
