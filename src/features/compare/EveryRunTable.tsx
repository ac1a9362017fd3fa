import type { RunsView } from '../../state/compareTypes';
import { runName, type RunPick } from './runPick';
import { td, th } from './RunsSummary';
import { formatHv, groupName, nonFiniteReason } from './text';

interface EveryRunTableProps {
  runs: RunsView;
  names: string[];
  colors: string[];
  pick: RunPick | null;
  /** Pressing a run's name shows it (or, when it is shown, shows none). */
  onToggle: (pick: RunPick) => void;
}

/** "Show every run": a disclosure with one row per run of every compared group, so no figure needs hovering. */
export function EveryRunTable({ runs, names, colors, pick, onToggle }: EveryRunTableProps) {
  const count = runs.groups.reduce((n, g) => n + g.runs.length, 0);
  return (
    <details className="mt-2 text-sm" data-testid="every-run">
      <summary className="cursor-pointer text-xs font-medium text-slate-600 select-none hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">
        Show every run ({count.toLocaleString('en-US')})
      </summary>
      <div className="mt-1 max-h-80 overflow-auto rounded border border-slate-100 dark:border-slate-800">
        <table className="w-full border-collapse">
          <caption className="sr-only">Every run of the compared groups: rows, own front size and hypervolume</caption>
          <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
            <tr>
              <th scope="col" className={`${th} text-left`}>
                Group
              </th>
              <th scope="col" className={`${th} text-left`}>
                Run
              </th>
              <th scope="col" className={`${th} text-right`}>
                Rows
              </th>
              <th scope="col" className={`${th} text-right`} title="Size of the run's own front over the ticked objectives">
                Front size
              </th>
              <th scope="col" className={`${th} text-right`} title="The run's hypervolume with the shared reference point">
                Hypervolume
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.groups.flatMap((g) =>
              g.runs.map((r) => {
                const on = pick?.group === g.group && pick.run === r.run;
                const name = runName(runs, r.run);
                return (
                  <tr
                    key={`${g.group}-${r.run}`}
                    data-testid="every-run-row"
                    data-group={names[g.group]}
                    className={`border-t border-slate-100 dark:border-slate-800 ${on ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
                  >
                    <td className="max-w-52 px-2 py-1 text-left text-slate-800 dark:text-slate-100">
                      <span className="flex min-w-0 items-center gap-1.5">
                        <span aria-hidden="true" className="h-2 w-2 shrink-0 rounded-full" style={{ background: colors[g.group] }} />
                        <span className="truncate">{groupName(names[g.group])}</span>
                      </span>
                    </td>
                    <td className="px-2 py-1 text-left">
                      <button
                        type="button"
                        aria-pressed={on}
                        title={on ? 'Stop showing this run' : 'Show this run’s front'}
                        className="rounded px-1 text-sky-700 underline decoration-dotted underline-offset-2 hover:text-sky-900 dark:text-sky-300 dark:hover:text-sky-100"
                        onClick={() => onToggle({ group: g.group, run: r.run })}
                      >
                        {name}
                      </button>
                    </td>
                    <td className={td}>{r.rows.toLocaleString('en-US')}</td>
                    <td className={td}>{r.frontSize.toLocaleString('en-US')}</td>
                    <td className={td} data-value={String(r.hypervolume)} title={nonFiniteReason(r.hypervolume, 'The hypervolume')}>
                      {formatHv(r.hypervolume)}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
