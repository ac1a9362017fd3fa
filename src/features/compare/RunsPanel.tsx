import { useId, useState, type KeyboardEvent } from 'react';
import { stripBoxToSvg } from '../../charts/compare/exportStripBox';
import { StripBoxPlot } from '../../charts/compare/StripBoxPlot';
import { chartToSvg } from '../../charts/exportSvg';
import { AttainmentFigure } from './AttainmentFigure';
import { attainmentLayers } from './attainmentLayers';
import { attainmentFigure, compareFigureBase, runHypervolumeFigure, runRows } from './compareFigures';
import { EveryRunTable } from './EveryRunTable';
import { FigureDownload } from './FigureDownload';
import { findRun, runPickText, withRunFront, type RunPick } from './runPick';
import { RunsSummary } from './RunsSummary';
import type { RunsPanelProps } from './types';

const samePick = (a: RunPick | null, b: RunPick | null) => a !== null && b !== null && a.group === b.group && a.run === b.run;

/**
 * Repeated runs: pick the column that tells runs apart; then each compared group's run hypervolumes as
 * a box with every run on it, a summary, every run in a table, and with two objectives the best, median
 * and worst attainment surfaces of each group's runs. One run can be shown (a dot clicked, or chosen in
 * the summary or the table): its numbers in a sentence and its own front over the surfaces. The shown
 * run is this panel's passing state: not in the link.
 */
export function RunsPanel({ compare, colors, groupLabel, runColumns, runColumn, onRunColumn, scatter, figure }: RunsPanelProps) {
  const id = useId();
  const [pick, setPick] = useState<RunPick | null>(null);
  const runs = compare.runs;
  const names = compare.names;
  const picked = findRun(compare, pick);
  const current = picked ? pick : null;
  const toggle = (next: RunPick) => setPick(samePick(current, next) ? null : next);
  const rows = runRows(compare, colors);
  const surfaces = runs && scatter ? attainmentLayers(compare, colors) : [];
  const layers = scatter && surfaces.length > 0 ? withRunFront(surfaces, compare, colors, picked, scatter) : surfaces;
  const columnLabel = runColumns.find((c) => c.key === runColumn)?.label ?? runColumn;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && current !== null) setPick(null);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="runs-panel" onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`} className="panel-title">
        Repeated runs
      </h3>
      <div className="mb-3 max-w-xs">
        <label htmlFor={`${id}-col`} className="field-label">
          Run column
        </label>
        <select id={`${id}-col`} className="select" data-testid="run-column" value={runColumn ?? ''} onChange={(e) => onRunColumn(e.target.value === '' ? null : e.target.value)}>
          <option value="">None</option>
          {runColumns.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {runColumn === null && <p className="text-xs text-slate-500 dark:text-slate-400">Pick the column that tells repeated runs apart (a seed, a trial number) to compare run-to-run spread.</p>}
      {runColumn !== null && !runs && (
        <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
          No runs to compare: the compared groups have no rows in runs of {columnLabel}.
        </p>
      )}
      {runs && (
        <>
          <div className="mb-1 flex items-center justify-between gap-2">
            <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-200">Hypervolume per run</h3>
            {figure && (
              <FigureDownload
                what="run hypervolume figure"
                testId="run-hv-download"
                fileBase={compareFigureBase(figure.datasetId, 'run-hypervolumes')}
                svg={(theme) => stripBoxToSvg(runHypervolumeFigure(compare, colors, groupLabel, figure, theme))}
              />
            )}
          </div>
          <p className="mb-2 text-xs leading-snug text-slate-500 dark:text-slate-400">
            Each dot is one run’s hypervolume (shared reference point); boxes span the quartiles with the median marked, whiskers reach the extremes. Click a dot to show that run.
          </p>
          <div data-testid="run-hv-plot">
            <StripBoxPlot
              rows={rows}
              xLabel="Hypervolume"
              ariaLabel={`Hypervolume of each run for ${rows.length} groups`}
              dotAttributes={{ 'data-testid': 'run-dot' }}
              picked={current ? { row: String(current.group), index: current.run } : null}
              onPoint={(row, index) => toggle({ group: Number(row), run: index })}
            />
          </div>
          <div className="mt-1 flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1 text-xs" aria-live="polite">
            {picked ? (
              <>
                <span className="inline-flex items-center gap-1.5 font-medium text-slate-800 dark:text-slate-100">
                  <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: colors[picked.group] }} />
                  <span data-testid="run-pick">{runPickText(picked)}</span>
                </span>
                <button type="button" className="btn !px-2 !py-0.5 !text-xs" onClick={() => setPick(null)} title="Stop showing this run (Escape)">
                  Clear
                </button>
              </>
            ) : (
              <span className="text-slate-500 dark:text-slate-400">No run shown: click a dot, or choose a run below, to see its front and numbers.</span>
            )}
          </div>
          <RunsSummary runs={runs} names={names} colors={colors} pick={current} onPick={setPick} />
          <EveryRunTable runs={runs} names={names} colors={colors} pick={current} onToggle={toggle} />
          {layers.length > 0 && scatter && (
            <AttainmentFigure
              scatter={scatter}
              layers={layers}
              picked={picked !== null}
              download={
                figure && (
                  <FigureDownload
                    what="attainment figure"
                    testId="attainment-download"
                    fileBase={compareFigureBase(figure.datasetId, 'attainment')}
                    svg={(theme) => chartToSvg(attainmentFigure(compare, layers, picked !== null, scatter, groupLabel, figure, theme))}
                  />
                )
              }
            />
          )}
        </>
      )}
    </section>
  );
}
