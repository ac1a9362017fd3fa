import { boxStats } from '../../charts/compare/boxStats';
import type { RunsView } from '../../state/compareTypes';
import type { RunPick } from './runPick';
import { runName } from './runPick';
import { formatHv, groupName, nonFiniteReason } from './text';

export const td = 'px-2 py-1 text-right tabular-nums text-slate-700 dark:text-slate-200';
export const th = 'px-2 py-1 font-medium text-slate-600 dark:text-slate-300';

interface RunsSummaryProps {
  runs: RunsView;
  names: string[];
  colors: string[];
  pick: RunPick | null;
  /** A run of a group to show, or null to show none. */
  onPick: (pick: RunPick | null) => void;
}

/**
 * Per compared group: number of runs, median and IQR of their hypervolumes, and a "Show run…" choice —
 * the keyboard way to pick a run (the strip plot's dots take clicks).
 */
export function RunsSummary({ runs, names, colors, pick, onPick }: RunsSummaryProps) {
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-testid="runs-summary">
      <caption className="sr-only">Hypervolume of the runs per group: number of runs, median and interquartile range, and a run to show</caption>
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
          <th scope="col" className={`${th} text-right`}>
            <span className="sr-only">Show a run</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {runs.groups.map((g) => {
          const s = boxStats(g.runs.map((r) => r.hypervolume));
          const iqr = s.q3 - s.q1;
          const name = groupName(names[g.group]);
          return (
            <tr key={g.group} data-group={names[g.group]} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="max-w-52 px-2 py-1 text-left font-medium text-slate-800 dark:text-slate-100">
                <span className="flex min-w-0 items-center gap-1.5">
                  <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: colors[g.group] }} />
                  <span className="truncate">{name}</span>
                </span>
              </th>
              <td className={td}>{g.runs.length}</td>
              <td className={td} data-value={String(s.median)} title={nonFiniteReason(s.median, 'The median')}>
                {formatHv(s.median)}
              </td>
              <td className={td} data-value={String(iqr)}>
                {formatHv(iqr)}
              </td>
              <td className="px-2 py-0.5 text-right" data-control="">
                <select
                  className="select !w-auto !px-1.5 !py-0.5 !text-xs"
                  aria-label={`Show a run of ${name}`}
                  data-testid="run-show"
                  value={pick?.group === g.group ? String(pick.run) : ''}
                  onChange={(e) => onPick(e.target.value === '' ? null : { group: g.group, run: Number(e.target.value) })}
                >
                  <option value="">Show run…</option>
                  {g.runs.map((r) => (
                    <option key={r.run} value={String(r.run)}>
                      Run {runName(runs, r.run)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
