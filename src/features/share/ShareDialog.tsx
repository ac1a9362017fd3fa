import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ImportRecipe } from '../../data/import/types';
import type { MapOverride } from '../../state/dataLink';
import { buildShareLink, makeBundle, type SharedData, type ShareLink } from '../../state/share';
import { copyText } from './clipboard';
import { downloadTextFile, fileStem } from './download';
import { formatBytes } from './formatBytes';

export interface ShareDialogProps {
  /** The view's query string (leading '?'). */
  search: string;
  /** The uploaded dataset on screen; absent for a bundled dataset. */
  data?: SharedData;
  /** The original file's recipe, for a link that points at the data's address (see buildShareLink). */
  original?: ImportRecipe;
  onClose: () => void;
  /** Copy the link as the dialog opens (what the "Copy link" button asks for). */
  copyOnOpen?: boolean;
  /** Page the link opens; defaults to the current page. */
  origin?: string;
  pathname?: string;
  /** Largest compressed payload a link carries (tests lower it). */
  limit?: number;
  /** Mapping choices that differ from the guesses, for a link that names the data's address. */
  overrides?: readonly MapOverride[];
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'copy-failed' } | { kind: 'downloaded'; fileName: string };

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The share dialog: the link, read-only and copyable, and what travels in it. When the data is too large
 * for a link, the limit in numbers and a bundle to download instead. A modal: focus stays inside, Escape
 * and the backdrop close it.
 */
export function ShareDialog({ search, data, original, onClose, copyOnOpen = false, origin, pathname, limit, overrides }: ShareDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const inputId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const bundleRef = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [embed, setEmbed] = useState(false);
  const embedId = useId();

  const input = useMemo(
    () => ({ origin: origin ?? window.location.origin, pathname: pathname ?? window.location.pathname, search, data, original, limit, overrides }),
    [origin, pathname, search, data, original, limit, overrides],
  );
  // The short link by address, when the data has a public one; embedding is then a choice.
  const byAddress: ShareLink = useMemo(() => buildShareLink(input), [input]);
  const canEmbed = 'carries' in byAddress && byAddress.carries === 'address';
  const link: ShareLink = useMemo(() => (embed && canEmbed ? buildShareLink({ ...input, embed: true }) : byAddress), [embed, canEmbed, input, byAddress]);
  const url = 'url' in link ? link.url : undefined;

  const copy = async () => {
    if (url === undefined) return;
    setStatus((await copyText(url, inputRef.current)) ? { kind: 'copied' } : { kind: 'copy-failed' });
  };

  // Layout effect: runs while the click that opened the dialog still counts as a user gesture.
  useLayoutEffect(() => {
    if (url !== undefined) {
      inputRef.current?.focus();
      inputRef.current?.select();
      if (copyOnOpen) void copy();
    } else {
      bundleRef.current?.focus();
    }
    // Once, on open: later renders must not copy again.
  }, []);

  const chooseEmbed = (next: boolean) => {
    setEmbed(next);
    setStatus({ kind: 'idle' });
  };

  const downloadBundle = () => {
    if (!data) return;
    const fileName = `${fileStem(data.recipe.name)}.paretoscope.json`;
    downloadTextFile(fileName, makeBundle(search, data), 'application/json');
    setStatus({ kind: 'downloaded', fileName });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-950/40 p-4 dark:bg-slate-950/70"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="share-dialog"
        className="panel w-full max-w-lg text-sm text-slate-700 shadow-xl dark:text-slate-200"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="text-base font-semibold text-slate-900 dark:text-slate-100">
          Share this view
        </h2>

        {'url' in link ? (
          <>
            <label htmlFor={inputId} className="field-label mt-3">
              Link
            </label>
            <div className="flex gap-2">
              <input
                ref={inputRef}
                id={inputId}
                type="text"
                readOnly
                value={link.url}
                data-testid="share-url"
                className="select min-w-0 flex-1 font-mono text-xs"
                onFocus={(e) => e.currentTarget.select()}
              />
              <button type="button" className="btn shrink-0" onClick={() => void copy()}>
                Copy
              </button>
            </div>
            <p id={descriptionId} className="mt-3 text-slate-600 dark:text-slate-300">
              <LinkExplanation link={link} />
            </p>
          </>
        ) : (
          <>
            <p id={descriptionId} className="mt-3 text-slate-600 dark:text-slate-300" data-testid="share-too-large">
              This dataset is {formatBytes(link.bytes)} compressed, and a link can carry at most {formatBytes(link.limit)} of data. Download a
              bundle instead: one file with the data and this view. Dropping it on Paretoscope reopens the same chart.
            </p>
            <button ref={bundleRef} type="button" className="btn mt-3" data-testid="download-bundle" onClick={downloadBundle} disabled={!data}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M12 4v11m0 0 4.5-4.5M12 15l-4.5-4.5M5 19h14" />
              </svg>
              Download bundle
            </button>
          </>
        )}

        {canEmbed && (
          <div className="mt-3 flex items-start gap-2">
            <input
              id={embedId}
              type="checkbox"
              className="mt-0.5"
              checked={embed}
              data-testid="share-embed"
              onChange={(e) => chooseEmbed(e.currentTarget.checked)}
            />
            <label htmlFor={embedId} className="text-slate-600 dark:text-slate-300">
              <span className="font-medium text-slate-800 dark:text-slate-100">Embed the data instead</span> — the link carries the data itself, so it keeps
              working if the file changes or goes away, but it is much longer.
            </label>
          </div>
        )}

        <p role="status" aria-live="polite" data-testid="share-status" className="mt-2 min-h-5 text-sm">
          {status.kind === 'copied' && <span className="font-medium text-emerald-700 dark:text-emerald-400">Copied</span>}
          {status.kind === 'copy-failed' && (
            <span className="text-amber-800 dark:text-amber-300">Could not copy by itself. The link is selected: press Ctrl+C (⌘C on a Mac).</span>
          )}
          {status.kind === 'downloaded' && <span className="text-emerald-700 dark:text-emerald-400">Saved {status.fileName}</span>}
        </p>

        <div className="mt-3 flex justify-end">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

function LinkExplanation({ link }: { link: Extract<ShareLink, { url: string }> }) {
  switch (link.carries) {
    case 'data':
      return <>The data ({formatBytes(link.bytes)} compressed) travels inside the link, after the #: it is never sent to a server.</>;
    case 'url':
      return (
        <>
          {link.dataBytes !== undefined && <>The data is {formatBytes(link.dataBytes)} compressed, more than a link can carry, so the link points at the address it came from: </>}
          {link.dataBytes === undefined && <>The link points at the address the data came from: </>}
          <span className="font-mono text-xs break-all">{link.source}</span>. Whoever opens the link loads the file from there.
        </>
      );
    case 'address':
      return (
        <>
          The link names the address the data came from, <span className="font-mono text-xs break-all">{link.source}</span>, and this view.
          Whoever opens it loads the file from there, with the same column choices.
        </>
      );
    case 'view':
      return <>Anyone with the link sees this view: the dataset, axes, objectives, grouping and selection.</>;
  }
}
