import { formatBytes } from '../data/import/limits';
import type { IncomingFetch } from './useIncomingShare';

/**
 * "Loading the data this link points to (…)… 1.2 MB of 3 MB" with a Cancel: for a share link it opens the
 * default dataset, for a dropped bundle it only stops the fetch.
 */
export function IncomingProgress({ fetching, onCancel }: { fetching: IncomingFetch; onCancel: () => void }) {
  const { kind, url, received, total } = fetching;
  const amount = received > 0 ? ` ${formatBytes(received)}${total ? ` of ${formatBytes(total)}` : ''}` : '';
  return (
    <div className="flex flex-col items-center gap-3 p-8 text-center text-slate-500" data-testid="incoming-progress">
      <p role="status" className="max-w-3xl break-all">
        Loading the data this {kind === 'link' ? 'link' : 'bundle'} points to ({url.length > 200 ? `${url.slice(0, 199)}…` : url})…{amount}
      </p>
      {total ? <progress className="w-64" max={total} value={received} aria-label="Downloaded" /> : null}
      <button type="button" className="btn" onClick={onCancel}>
        {kind === 'link' ? 'Cancel and open the default dataset' : 'Cancel'}
      </button>
    </div>
  );
}
