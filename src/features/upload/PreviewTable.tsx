import { rowTexts, type ColumnMapping, type RawTable } from '../../data/import';

const PREVIEW_ROWS = 8;

/** The first rows as the file has them, ignored columns greyed out. */
export function PreviewTable({ table, mapping }: { table: RawTable; mapping: ColumnMapping[] }) {
  const ignored = new Set(mapping.filter((m) => m.role === 'ignore').map((m) => m.key));
  const rows = rowTexts(table, 0, PREVIEW_ROWS);
  return (
    <div className="max-h-64 overflow-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="min-w-full text-xs" data-testid="import-preview">
        <caption className="sr-only">First {rows.length} rows of {table.name}</caption>
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
          <tr>
            {table.header.map((h) => (
              <th key={h} scope="col" className={`px-2 py-1.5 text-left font-semibold whitespace-nowrap ${ignored.has(h) ? 'text-slate-400 line-through dark:text-slate-500' : 'text-slate-700 dark:text-slate-200'}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-t border-slate-100 dark:border-slate-800">
              {row.map((cell, c) => (
                <td key={c} className={`max-w-48 truncate px-2 py-1 font-mono whitespace-nowrap ${ignored.has(table.header[c]) ? 'text-slate-400 dark:text-slate-500' : 'text-slate-800 dark:text-slate-100'}`} title={cell}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
