import type { Dataset } from '../../data/types';
import type { DecisionView } from '../../state/decisionTypes';
import { formatValue, labelWithUnit } from '../format';
import { formatScore, rowLabel } from './text';

export interface RankingTableProps {
  /** The best rows, best first (DecisionView.ranking, at most 10 are shown). */
  ranking: DecisionView['ranking'];
  dataset: Dataset;
  /** Objective columns to show, in order. */
  objectiveKeys: string[];
  /** The winner's row (DecisionView.best). */
  best: number | null;
  /** The selected row, highlighted when it is in the table. */
  selected?: number | null;
  onSelect: (row: number) => void;
}

const TOP = 10;

/**
 * The live ranking under the current weights: rank, name, score (lower is better) and the objectives,
 * top 10. The winner's name sits above the table (`best-point`); a click selects the row.
 */
export function RankingTable({ ranking, dataset, objectiveKeys, best, selected = null, onSelect }: RankingTableProps) {
  const cols = objectiveKeys.map((k) => dataset.byKey.get(k)).filter((c) => c !== undefined);
  const rows = ranking.slice(0, TOP);
  const th = 'sticky top-0 z-10 bg-slate-50 px-2 py-1.5 font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300';
  return (
    <div data-testid="ranking">
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-200">
        {best !== null ? (
          <>
            <span className="text-slate-500 dark:text-slate-400">Best under these weights: </span>
            <button
              type="button"
              data-testid="best-point"
              className="font-semibold text-sky-700 hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-sky-400"
              onClick={() => onSelect(best)}
              title="Select it on the chart"
            >
              {rowLabel(dataset, best)}
            </button>
          </>
        ) : (
          <span className="text-slate-500 dark:text-slate-400" data-testid="ranking-empty">
            No row is ranked: every row misses an objective value or fails a constraint.
          </span>
        )}
      </p>
      {rows.length > 0 && (
        <div className="max-h-[24rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-700">
          <table data-testid="ranking-table" className="w-full border-collapse text-sm">
            <caption className="sr-only">Top {rows.length} rows by score; lower scores are better</caption>
            <thead>
              <tr>
                <th scope="col" className={`${th} w-8 text-right`}>
                  #
                </th>
                <th scope="col" className={`${th} text-left`}>
                  {dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey)?.spec.label || 'Name' : 'Row'}
                </th>
                <th scope="col" className={`${th} text-right`} title="Scalarized score: lower is better">
                  Score ↓
                </th>
                {cols.map((c) => (
                  <th key={c.spec.key} scope="col" className={`${th} text-right`}>
                    {labelWithUnit(c.spec)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ row, score }, i) => {
                const isBest = row === best;
                return (
                  <tr
                    key={row}
                    data-row={row}
                    aria-selected={selected === row}
                    onClick={() => onSelect(row)}
                    className={`cursor-pointer border-t border-slate-100 hover:bg-sky-50 dark:border-slate-800 dark:hover:bg-slate-800/70 ${
                      selected === row ? 'bg-amber-50 dark:bg-amber-900/30' : isBest ? 'bg-sky-50/70 dark:bg-sky-950/40' : ''
                    }`}
                  >
                    <td className="px-2 py-1 text-right text-slate-500 tabular-nums dark:text-slate-400">{i + 1}</td>
                    <td className="max-w-52 truncate px-2 py-1 font-medium text-slate-800 dark:text-slate-100">
                      <button
                        type="button"
                        className="max-w-full truncate text-left hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
                        title={rowLabel(dataset, row)}
                        onClick={(e) => {
                          e.stopPropagation();
                          onSelect(row);
                        }}
                      >
                        {isBest && (
                          <span aria-label="best" className="mr-1 text-sky-700 dark:text-sky-400">
                            ★
                          </span>
                        )}
                        {rowLabel(dataset, row)}
                      </button>
                    </td>
                    <td className="px-2 py-1 text-right tabular-nums text-slate-700 dark:text-slate-200">{formatScore(score)}</td>
                    {cols.map((c) => (
                      <td key={c.spec.key} className="px-2 py-1 text-right tabular-nums text-slate-700 dark:text-slate-200">
                        {c.kind === 'number' ? formatValue(c.values[row]) : c.values[row]}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
