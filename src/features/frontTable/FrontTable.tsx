import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/types';
import { formatValue, labelWithUnit } from '../format';

interface Props {
  dataset: Dataset;
  frontRows: Uint32Array;
  /** Numeric columns to show, objectives first. */
  columnKeys: string[];
  selected: number | null;
  onSelect: (row: number) => void;
}

type Sort = { key: string; dir: 1 | -1 };
const PAGE = 500;

/** The front rows as a sortable table: one <tr> per front row. Click a row to select its point. */
export function FrontTable({ dataset, frontRows, columnKeys, selected, onSelect }: Props) {
  const [sort, setSort] = useState<Sort | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const label = dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey) : undefined;
  const cols = columnKeys.map((k) => dataset.byKey.get(k)).filter((c) => c !== undefined);
  const rows = useMemo(() => {
    const list = Array.from(frontRows);
    if (!sort) return list;
    const col = sort.key === '__label' ? label : dataset.byKey.get(sort.key);
    if (!col) return list;
    return list.sort((a, b) => {
      if (col.kind === 'number') {
        const va = col.values[a];
        const vb = col.values[b];
        if (Number.isNaN(va)) return Number.isNaN(vb) ? a - b : 1; // missing last, whatever the direction
        if (Number.isNaN(vb)) return -1;
        return va === vb ? a - b : va < vb ? -sort.dir : sort.dir;
      }
      return col.values[a].localeCompare(col.values[b]) * sort.dir || a - b;
    });
  }, [frontRows, sort, dataset, label]);

  const header = (key: string, text: string, numeric: boolean) => {
    const active = sort?.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort!.dir === 1 ? 'ascending' : 'descending') : 'none'}
        className={`sticky top-0 z-10 bg-slate-50 px-3 py-2 font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300 ${numeric ? 'text-right' : 'text-left'}`}
      >
        <button
          type="button"
          className="inline-flex items-center gap-1 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:hover:text-white"
          onClick={() => setSort(active ? { key, dir: sort!.dir === 1 ? -1 : 1 } : { key, dir: numeric ? -1 : 1 })}
        >
          {text}
          <span aria-hidden="true" className="text-[10px]">
            {active ? (sort!.dir === 1 ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="max-h-[28rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table data-testid="front-table" className="w-full border-collapse text-sm">
        <caption className="sr-only">Rows on the Pareto front</caption>
        <thead>
          <tr>
            {header('__label', label ? label.spec.label || 'Name' : 'Row', false)}
            {cols.map((c) => header(c.spec.key, labelWithUnit(c.spec), c.kind === 'number'))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((r) => (
            <tr
              key={r}
              data-row={r}
              aria-selected={selected === r}
              onClick={() => onSelect(r)}
              className={`cursor-pointer border-t border-slate-100 hover:bg-sky-50 dark:border-slate-800 dark:hover:bg-slate-800/70 ${selected === r ? 'bg-amber-50 dark:bg-amber-900/30' : ''}`}
            >
              <td className="max-w-64 truncate px-3 py-1.5 font-medium text-slate-800 dark:text-slate-100">
                <button
                  type="button"
                  className="truncate text-left hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(r);
                  }}
                  title={label ? label.values[r] as string : `Row ${r + 1}`}
                >
                  {label ? String(label.values[r]) || `Row ${r + 1}` : `Row ${r + 1}`}
                </button>
              </td>
              {cols.map((c) => (
                <td key={c.spec.key} className={`px-3 py-1.5 tabular-nums ${c.kind === 'number' ? 'text-right' : ''} text-slate-700 dark:text-slate-200`}>
                  {c.kind === 'number' ? formatValue(c.values[r]) : c.values[r]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <div className="border-t border-slate-200 p-2 text-center dark:border-slate-700">
          <button type="button" className="btn text-xs" onClick={() => setLimit((l) => l + PAGE)}>
            Show {Math.min(PAGE, rows.length - limit)} more of {rows.length - limit}
          </button>
        </div>
      )}
    </div>
  );
}
