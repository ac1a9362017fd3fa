import { useId, useState } from 'react';
import type { CompareGroup } from '../../state/compareTypes';
import { downloadText } from '../export/download';
import { useRawCsv } from '../export/rawCsv';
import { groupCsv, groupCsvFileName } from './groupCsv';
import { ReferenceFields } from './ReferenceFields';
import { DEFAULT_SORT, nextSort, sortGroups, type Sort, type SortKey } from './sortGroups';
import { formatHv, formatIndicator, formatPercent, groupName, nonFiniteReason } from './text';
import type { GroupTableProps } from './types';

interface ColumnDef {
  key: SortKey;
  label: string;
  title: string;
  cell: (g: CompareGroup) => { text: string; title?: string };
}

const figure = (v: number, text: string, what: string) => ({ text, title: nonFiniteReason(v, what) });

const COLUMNS: ColumnDef[] = [
  { key: 'rows', label: 'Rows', title: 'Shown rows of the group', cell: (g) => ({ text: g.rows.toLocaleString('en-US') }) },
  { key: 'frontSize', label: 'Front size', title: 'Rows on the group’s own Pareto front', cell: (g) => ({ text: g.frontSize.toLocaleString('en-US') }) },
  {
    key: 'globalShare',
    label: 'Share of global front (%)',
    title: 'Share of the global front’s rows that belong to the group (the global front is the front of all groups together)',
    cell: (g) => figure(g.globalShare, formatPercent(g.globalShare), 'The share'),
  },
  { key: 'hypervolume', label: 'Hypervolume', title: 'Volume the group’s front dominates up to the reference point (larger is better)', cell: (g) => figure(g.hypervolume, formatHv(g.hypervolume), 'The hypervolume') },
  { key: 'hvRatio', label: 'HV ÷ global (%)', title: 'The group’s hypervolume as a share of the global front’s', cell: (g) => figure(g.hvRatio, formatPercent(g.hvRatio), 'The ratio') },
  { key: 'igdPlus', label: 'IGD+', title: 'Inverted generational distance plus to the global front (0 = reaches it; smaller is better)', cell: (g) => figure(g.igdPlus, formatIndicator(g.igdPlus), 'IGD+') },
  { key: 'epsilon', label: 'ε (additive)', title: 'Additive ε: how far the group’s front must move to weakly dominate the global front (smaller is better)', cell: (g) => figure(g.epsilon, formatIndicator(g.epsilon), 'ε') },
];

const th = 'sticky top-0 z-10 bg-slate-50 px-2 py-1.5 font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300';
const td = 'px-2 py-1 text-right tabular-nums text-slate-700 dark:text-slate-200';

function SortHeader({ column, sort, onSort, align = 'right' }: { column: { key: SortKey; label: string; title: string }; sort: Sort; onSort: (k: SortKey) => void; align?: 'left' | 'right' }) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={`${th} ${align === 'right' ? 'text-right' : 'text-left'}`}>
      <button
        type="button"
        data-sort={column.key}
        title={`${column.title}. Sort by this column`}
        onClick={() => onSort(column.key)}
        className={`inline-flex items-center gap-0.5 rounded ${align === 'right' ? 'justify-end text-right' : 'text-left'} hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:hover:text-white ${active ? 'text-slate-900 dark:text-white' : ''}`}
      >
        {column.label}
        <span aria-hidden="true" className={`w-2.5 text-[10px] ${active ? '' : 'opacity-0'}`}>
          {sort.dir === 'asc' ? '▲' : '▼'}
        </span>
      </button>
    </th>
  );
}

/**
 * The comparison table: a row per compared group with its own front, its share of the global front,
 * hypervolume against the shared reference point, and IGD+ and additive ε to the global front.
 * Sortable by every column; the global front closes it; the reference point sits above it.
 */
export function GroupTable({ compare, colors, groupLabel, datasetId, onReference, onResetReference }: GroupTableProps) {
  const id = useId();
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const order = sortGroups(compare.compared, compare.groups, sort);
  const onSort = (key: SortKey) => setSort((s) => nextSort(s, key));
  const nameColumn = { key: 'name' as const, label: groupLabel || 'Group', title: 'Group name' };

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="group-table-panel">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h3 id={`${id}-title`} className="panel-title !mb-0">
          Groups compared
        </h3>
        <button
          type="button"
          className="btn !py-1 text-xs"
          data-testid="group-csv"
          disabled={compare.compared.length === 0}
          onClick={() => downloadText(groupCsv(compare, { raw: useRawCsv.getState().raw }), groupCsvFileName(datasetId), 'text/csv;charset=utf-8')}
          title="Download the table as CSV with exact numbers and the reference point (formula-like names get a leading quote unless Export → Raw cells is ticked)"
        >
          Export CSV
        </button>
      </div>
      {compare.problem && (
        <p role="status" data-testid="compare-problem" className="mb-3 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-800 dark:bg-amber-900/30 dark:text-amber-300">
          {compare.problem}
        </p>
      )}
      {compare.hypervolumeSkipped && (
        <p role="status" data-testid="hv-skipped" className="mb-3 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-800 dark:bg-amber-900/30 dark:text-amber-300">
          Hypervolumes are left out: an exact hypervolume of the {compare.globalFrontSize.toLocaleString('en-US')}-point global front in{' '}
          {compare.objectives.length} objectives would take too long here. Untick objectives or narrow the rows with constraints to get them; shares, IGD+
          and ε are exact.
        </p>
      )}
      <ReferenceFields compare={compare} onReference={onReference} onResetReference={onResetReference} />
      <div className="max-h-[28rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-700">
        <table data-testid="group-table" className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Compared groups with their fronts, hypervolume and distances to the global front; column headers sort
          </caption>
          <thead>
            <tr>
              <SortHeader column={nameColumn} sort={sort} onSort={onSort} align="left" />
              {COLUMNS.map((c) => (
                <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((g) => {
              const group = compare.groups[g];
              const label = groupName(group.name);
              return (
                <tr key={g} data-group={group.name} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className="max-w-52 px-2 py-1 text-left font-medium text-slate-800 dark:text-slate-100">
                    <span className="flex min-w-0 items-center gap-1.5">
                      <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full border border-black/10 dark:border-white/20" style={{ background: colors[g] }} />
                      <span className="truncate" title={label}>
                        {label}
                      </span>
                    </span>
                  </th>
                  {COLUMNS.map((c) => {
                    const { text, title } = c.cell(group);
                    return c.key === 'hypervolume' ? (
                      <td key={c.key} data-testid="hv" data-value={String(group.hypervolume)} title={title ?? String(group.hypervolume)} className={`${td} font-medium text-slate-900 dark:text-slate-50`}>
                        {text}
                      </td>
                    ) : (
                      <td key={c.key} data-col={c.key} title={title} className={td}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-testid="global-row" className="border-t-2 border-slate-200 bg-slate-50/60 dark:border-slate-700 dark:bg-slate-800/40">
              <th scope="row" className="px-2 py-1 text-left font-medium text-slate-600 italic dark:text-slate-300" title="The front of all groups together">
                Global front
              </th>
              <td className={td} />
              <td className={td}>{compare.globalFrontSize.toLocaleString('en-US')}</td>
              <td className={td} />
              <td className={td} data-testid="global-hv" data-value={String(compare.globalHypervolume)} title={String(compare.globalHypervolume)}>
                {formatHv(compare.globalHypervolume)}
              </td>
              <td className={td} colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>
      {compare.compared.length === 0 && !compare.problem && <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">No group is compared.</p>}
    </section>
  );
}
