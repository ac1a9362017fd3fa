import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { chartToPng } from '../../charts/exportPng';
import { downloadBlob, downloadText } from '../export/download';
import { exportFileName } from '../export/fileName';
import type { FigureTheme } from './compareFigures';

export interface FigureDownloadProps {
  /** What is downloaded, for the button's name: "coverage figure" → "Download coverage figure". */
  what: string;
  /** File name without the extension, e.g. "moocore-tpls-coverage". */
  fileBase: string;
  /** The figure as a standalone SVG document on a white or dark background; built when a download is asked for. */
  svg: (theme: FigureTheme) => string;
  /** The button's test id; the items add "-svg", "-png" and "-dark". */
  testId: string;
}

const ITEMS = [
  { kind: 'svg', label: 'SVG', hint: '.svg' },
  { kind: 'png', label: 'PNG (2×)', hint: '.png' },
] as const;

/**
 * A compact "Download" menu for one figure: SVG or PNG at twice its size, on a white background unless
 * "Dark background" is ticked (as in the chart's Export menu). Arrow keys, Home and End move through
 * the items, Escape closes back on the button.
 */
export function FigureDownload({ what, fileBase, svg, testId }: FigureDownloadProps) {
  const [open, setOpen] = useState(false);
  const [dark, setDark] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const onClick = (e: MouseEvent) => rootRef.current && !rootRef.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onClick);
    return () => document.removeEventListener('mousedown', onClick);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const run = async (kind: 'svg' | 'png') => {
    close(true);
    setError(null);
    try {
      const text = svg(dark ? 'dark' : 'light');
      const name = exportFileName(fileBase, kind);
      if (kind === 'svg') downloadText(text, name, 'image/svg+xml;charset=utf-8');
      else {
        setBusy(true);
        downloadBlob(await chartToPng(text, 2), name);
      }
    } catch (e) {
      setError(`Download failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
    // Escape here must not also reach the panel (the runs panel clears its shown run on Escape).
    e.stopPropagation();
  };

  const itemClass =
    'flex w-full items-center justify-between gap-3 px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800';

  return (
    <div className="relative inline-block shrink-0" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn !gap-1 !px-2 !py-0.5 !text-xs"
        data-testid={testId}
        aria-label={`Download ${what}`}
        title={`Download the ${what} as SVG or PNG`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        disabled={busy}
        onClick={() => {
          setError(null);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
        </svg>
        {busy ? 'Saving…' : 'Download'}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Download ${what}`}
          onKeyDown={onMenuKey}
          className="absolute right-0 z-30 mt-1 w-52 rounded-lg border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {ITEMS.map((item) => (
            <button key={item.kind} type="button" role="menuitem" data-testid={`${testId}-${item.kind}`} className={itemClass} onClick={() => void run(item.kind)}>
              <span>{item.label}</span>
              <span className="font-mono text-xs text-slate-400 dark:text-slate-500">{item.hint}</span>
            </button>
          ))}
          <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
          <button type="button" role="menuitemcheckbox" aria-checked={dark} data-testid={`${testId}-dark`} className={itemClass} onClick={() => setDark((d) => !d)}>
            <span>Dark background</span>
            <span aria-hidden="true" className={`h-3.5 w-3.5 rounded-sm border ${dark ? 'border-sky-600 bg-sky-600 dark:border-sky-400 dark:bg-sky-400' : 'border-slate-400'}`} />
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="absolute right-0 z-30 mt-1 flex w-60 items-start gap-2 rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200">
          <span className="flex-1">{error}</span>
          <button type="button" className="font-semibold hover:underline" onClick={() => setError(null)} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
    </div>
  );
}
