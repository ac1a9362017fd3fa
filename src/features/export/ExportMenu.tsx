import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { chartToPng } from '../../charts/exportPng';
import type { ScatterHandle } from '../../charts/types';
import { exportFigure, figureToSvg, type ExportSource } from './chartInput';
import { allRowsCsv, frontCsv } from './csv';
import { downloadBlob, downloadText } from './download';
import { exportFileBase, exportFileName, figureFileBase, type ExportKind } from './fileName';

/**
 * The data and view to export; `mode`, `compare` and `palette` make the PNG and SVG follow the chart
 * panel's view (overlay of group fronts, small multiples, parallel coordinates).
 */
export interface ExportMenuProps extends ExportSource {
  /**
   * The Scatter's handle: the scatter and overlay figures follow its zoom window and size. Without it,
   * the whole data at 720 × 480.
   */
  scatterRef?: RefObject<ScatterHandle | null>;
}

interface Item {
  kind: ExportKind;
  label: string;
  hint: string;
}

const FIGURES: Item[] = [
  { kind: 'png', label: 'PNG image (2×)', hint: '.png' },
  { kind: 'svg', label: 'SVG vector', hint: '.svg' },
];
const DATA: Item[] = [
  { kind: 'csv-front', label: 'CSV — frontier rows', hint: '.csv' },
  { kind: 'csv-all', label: 'CSV — all rows with ranks', hint: '.csv' },
  { kind: 'json', label: 'View settings (JSON)', hint: '.json' },
];
const TEST_ID: Record<ExportKind, string> = {
  png: 'export-png',
  svg: 'export-svg',
  'csv-front': 'export-csv-front',
  'csv-all': 'export-csv-all',
  json: 'export-json',
};

/**
 * "Export" menu: the chart as PNG (2×) or SVG — the view on screen, comparison views included — the
 * frontier or all rows as CSV with Pareto front and rank columns, and the view settings as JSON. Every
 * item downloads a file named after the dataset and the axes (figures of comparison views also after
 * the view).
 */
export function ExportMenu(props: ExportMenuProps) {
  const { dataset, spec, view, scatterRef } = props;
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

  const run = async (kind: ExportKind) => {
    close(true);
    setError(null);
    let name = exportFileName(exportFileBase(dataset.id, spec.y, spec.x), kind);
    try {
      if (kind === 'png' || kind === 'svg') {
        const figure = exportFigure(props, scatterRef?.current?.viewState() ?? null, dark ? 'dark' : 'light');
        const axisKeys = figure.mode === 'parallel' ? figure.input.axes.map((a) => a.key) : [];
        name = exportFileName(figureFileBase(dataset.id, spec.y, spec.x, figure.mode, axisKeys), kind);
        const svg = figureToSvg(figure);
        if (kind === 'svg') downloadText(svg, name, 'image/svg+xml;charset=utf-8');
        else {
          setBusy(true);
          downloadBlob(await chartToPng(svg, 2), name);
        }
      } else if (kind === 'csv-front') downloadText(frontCsv(dataset, view), name, 'text/csv;charset=utf-8');
      else if (kind === 'csv-all') downloadText(allRowsCsv(dataset, view), name, 'text/csv;charset=utf-8');
      else downloadText(`${JSON.stringify(spec, null, 2)}\n`, name, 'application/json');
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
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
  };

  const itemClass =
    'flex w-full items-center justify-between gap-3 px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800';
  const headingClass = 'px-3 pt-1 pb-0.5 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400';
  const renderItem = (item: Item) => (
    <button key={item.kind} type="button" role="menuitem" data-testid={TEST_ID[item.kind]} className={itemClass} onClick={() => void run(item.kind)}>
      <span>{item.label}</span>
      <span className="font-mono text-xs text-slate-400 dark:text-slate-500">{item.hint}</span>
    </button>
  );

  return (
    <div className="relative inline-block" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        data-testid="export-menu"
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
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
        </svg>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKey}
          className="absolute right-0 z-30 mt-1 w-64 rounded-lg border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <div role="group" aria-labelledby={`${menuId}-figure`}>
            <p id={`${menuId}-figure`} className={headingClass}>
              Figure
            </p>
            {FIGURES.map(renderItem)}
            <button
              type="button"
              role="menuitemcheckbox"
              aria-checked={dark}
              data-testid="export-dark"
              className={itemClass}
              onClick={() => setDark((d) => !d)}
            >
              <span>Dark background</span>
              <span
                aria-hidden="true"
                className={`h-3.5 w-3.5 rounded-sm border ${dark ? 'border-sky-600 bg-sky-600 dark:border-sky-400 dark:bg-sky-400' : 'border-slate-400'}`}
              />
            </button>
          </div>
          <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
          <div role="group" aria-labelledby={`${menuId}-data`}>
            <p id={`${menuId}-data`} className={headingClass}>
              Data
            </p>
            {DATA.map(renderItem)}
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="absolute right-0 z-30 mt-1 flex w-64 items-start gap-2 rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200">
          <span className="flex-1">{error}</span>
          <button type="button" className="font-semibold hover:underline" onClick={() => setError(null)} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
    </div>
  );
}
