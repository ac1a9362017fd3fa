import { formatBytes } from '../data/import/limits';
import type { IncomingFetch } from './useIncomingShare';

/** "Loading the data this link points to (…)… 1.2 MB of 3 MB" with a Cancel that opens the default dataset. */
export function IncomingProgress({ fetching, onCancel }: { fetching: IncomingFetch; onCancel: () => void }) {
  const { url, received, total } = fetching;
  const amount = received > 0 ? ` ${formatBytes(received)}${total ? ` of ${formatBytes(total)}` : ''}` : '';
  return (
    <div className="flex flex-col items-center gap-3 p-8 text-center text-slate-500" data-testid="incoming-progress">
      <p role="status" className="max-w-3xl break-all">
        Loading the data this link points to ({url.length > 200 ? `${url.slice(0, 199)}…` : url})…{amount}
      </p>
      {total ? <progress className="w-64" max={total} value={received} aria-label="Downloaded" /> : null}
      <button type="button" className="btn" onClick={onCancel}>
        Cancel and open the default dataset
      </button>
    </div>
  );
}
