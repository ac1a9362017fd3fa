import { useEffect, useId, useRef, useState } from 'react';
import type { DatasetCard, SourceRef } from '../../data/types';
import { httpHref } from './httpHref';

/** The source's address: a link when it is an http(s) URL, else plain text (never an href). */
function SourceUrl({ url }: { url: string }) {
  const href = httpHref(url);
  if (href === null) {
    return (
      <span data-testid="source-url-text" className="mt-1 inline-block font-mono text-xs break-all text-slate-600 dark:text-slate-300" title="Not an http(s) address, so not a link">
        {url}
      </span>
    );
  }
  return (
    <a data-testid="source-url" className="mt-1 inline-block text-xs break-all text-sky-700 underline dark:text-sky-400" href={href} target="_blank" rel="noreferrer noopener">
      {url}
    </a>
  );
}

const sourceKey = (s: SourceRef) => `${s.repository}/${s.path}`;

/** A "Source" button opening a popover with the dataset's provenance and licence. */
export function SourcePanel({ card }: { card: DatasetCard }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  return (
    <div className="relative" ref={ref}>
      <button type="button" className="btn" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="9" />
          <path d="M12 11v6M12 7.5v.5" />
        </svg>
        Source
      </button>
      {open && (
        <div
          id={id}
          role="dialog"
          aria-label={`Source of ${card.title}`}
          className="absolute right-0 z-30 mt-2 w-[28rem] max-w-[90vw] rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-xl dark:border-slate-700 dark:bg-slate-900"
        >
          <h2 className="font-semibold text-slate-900 dark:text-slate-100">{card.title}</h2>
          <p className="mt-1 text-slate-600 dark:text-slate-300">{card.description}</p>
          <ul className="mt-3 space-y-3">
            {card.source.map((s) => (
              <li key={sourceKey(s)} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
                <div className="font-mono text-xs break-all text-slate-800 dark:text-slate-200">
                  {s.repository} · {s.path}
                </div>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-300">
                  <dt className="font-medium">Licence</dt>
                  <dd data-testid="source-licence">{s.licence}</dd>
                  <dt className="font-medium">Commit</dt>
                  <dd className="font-mono break-all">{s.commit}</dd>
                  {s.citation && (
                    <>
                      <dt className="font-medium">Cite</dt>
                      <dd>{s.citation}</dd>
                    </>
                  )}
                  {s.note && (
                    <>
                      <dt className="font-medium">Note</dt>
                      <dd>{s.note}</dd>
                    </>
                  )}
                </dl>
                {s.url && <SourceUrl url={s.url} />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
