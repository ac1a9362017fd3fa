import { useId } from 'react';
import { boxStats } from '../../charts/compare/boxStats';
import { StripBoxPlot, type StripRow } from '../../charts/compare/StripBoxPlot';
import { Scatter } from '../../charts/Scatter';
import type { RunsView } from '../../state/compareTypes';
import { attainmentLayers } from './attainmentLayers';
import { formatHv, groupName, nonFiniteReason } from './text';
import type { RunsPanelProps } from './types';

const td = 'px-2 py-1 text-right tabular-nums text-slate-700 dark:text-slate-200';
const th = 'px-2 py-1 font-medium text-slate-600 dark:text-slate-300';

function RunsSummary({ runs, names, colors }: { runs: RunsView; names: string[]; colors: string[] }) {
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-testid="runs-summary">
      <caption className="sr-only">Hypervolume of the runs per group: number of runs, median and interquartile range</caption>
      <thead className="bg-slate-50 dark:bg-slate-800">
        <tr>
          <th scope="col" className={`${th} text-left`}>
            Group
          </th>
          <th scope="col" className={`${th} text-right`}>
            Runs
          </th>
          <th scope="col" className={`${th} text-right`} title="Median hypervolume over the group's runs">
            Median HV
          </th>
          <th scope="col" className={`${th} text-right`} title="Interquartile range (third minus first quartile) of the runs' hypervolumes">
            IQR
          </th>
        </tr>
      </thead>
      <tbody>
        {runs.groups.map((g) => {
          const s = boxStats(g.runs.map((r) => r.hypervolume));
          const iqr = s.q3 - s.q1;
          return (
            <tr key={g.group} data-group={names[g.group]} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="max-w-52 px-2 py-1 text-left font-medium text-slate-800 dark:text-slate-100">
                <span className="flex min-w-0 items-center gap-1.5">
                  <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: colors[g.group] }} />
                  <span className="truncate">{groupName(names[g.group])}</span>
                </span>
              </th>
              <td className={td}>{g.runs.length}</td>
              <td className={td} data-value={String(s.median)} title={nonFiniteReason(s.median, 'The median')}>
                {formatHv(s.median)}
              </td>
              <td className={td} data-value={String(iqr)}>
                {formatHv(iqr)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Repeated runs: pick the column that tells runs apart; then each compared group's run hypervolumes as
 * a box with every run on it, a summary, and with two objectives the best, median and worst attainment
 * surfaces of each group's runs.
 */
export function RunsPanel({ compare, colors, runColumns, runColumn, onRunColumn, scatter }: RunsPanelProps) {
  const id = useId();
  const runs = compare.runs;
  const names = compare.names;
  const rows: StripRow[] = (runs?.groups ?? []).map((g) => ({
    key: String(g.group),
    label: groupName(names[g.group]),
    color: colors[g.group],
    points: g.runs.map((r) => ({ value: r.hypervolume, index: r.run, title: `run ${runs!.runNames[r.run] ?? r.run + 1}: ${formatHv(r.hypervolume)}` })),
  }));
  const layers = runs && scatter ? attainmentLayers(compare, colors) : [];
  const columnLabel = runColumns.find((c) => c.key === runColumn)?.label ?? runColumn;

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="runs-panel">
      <h2 id={`${id}-title`} className="panel-title">
        Repeated runs
      </h2>
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
          <h3 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">Hypervolume per run</h3>
          <p className="mb-2 text-xs leading-snug text-slate-500 dark:text-slate-400">
            Each dot is one run’s hypervolume (shared reference point); boxes span the quartiles with the median marked, whiskers reach the extremes.
          </p>
          <div data-testid="run-hv-plot">
            <StripBoxPlot rows={rows} xLabel="Hypervolume" ariaLabel={`Hypervolume of each run for ${rows.length} groups`} dotAttributes={{ 'data-testid': 'run-dot' }} />
          </div>
          <RunsSummary runs={runs} names={names} colors={colors} />
          {layers.length > 0 && scatter && (
            <figure className="mt-4" data-testid="attainment">
              <h3 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">Attainment surfaces</h3>
              <p className="mb-2 text-xs leading-snug text-slate-500 dark:text-slate-400">
                The k-th attainment surface bounds what at least k of a group’s n runs reached, so the best, median and worst surfaces show the spread of the runs’ fronts (López-Ibáñez, Paquete &amp; Stützle 2010).
              </p>
              <Scatter {...scatter} height={420} baseTone="muted" layers={layers} />
              <figcaption className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-500 dark:text-slate-400" data-testid="attainment-key">
                <LineKey width={1.25} label="thin: best of n runs" />
                <LineKey width={2.75} label="thick: median" />
                <LineKey width={1.5} dashed label="dashed: worst" />
              </figcaption>
            </figure>
          )}
        </>
      )}
    </section>
  );
}

function LineKey({ width, dashed = false, label }: { width: number; dashed?: boolean; label: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg width={26} height={8} aria-hidden="true" className="text-slate-600 dark:text-slate-300">
        <line x1={1} x2={25} y1={4} y2={4} stroke="currentColor" strokeWidth={width} strokeDasharray={dashed ? '4 3' : undefined} />
      </svg>
      {label}
    </span>
  );
}
