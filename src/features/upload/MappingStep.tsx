import type { ColumnMapping, RawTable } from '../../data/import';
import { formatCount } from '../../data/import';
import { ColumnRow } from './ColumnRow';
import { setLabel, setRole, setSense, setUnit, toggleSense, type ColumnType } from './mappingEdits';
import { PreviewTable } from './PreviewTable';

interface Props {
  table: RawTable;
  mapping: ColumnMapping[];
  base: Record<string, ColumnType>;
  onChange: (mapping: ColumnMapping[]) => void;
  onImport: () => void;
  /** "Choose other data"; left out when there is no other data to choose (Edit columns). */
  onBack?: () => void;
  onCancel: () => void;
  /** The main button's text; "Import N rows" by default. */
  submitLabel?: string;
  /** While saving: the main button is disabled and says so. */
  busy?: boolean;
  /** Why the last save failed, shown above the buttons. */
  error?: string;
  /** A line under the summary, e.g. what saving will change. */
  note?: string;
  /** What the guesses want a person to check (e.g. that Optuna's CSV carries no directions). */
  guessNotes?: readonly string[];
}

const FORMAT_NAMES: Record<RawTable['format'], string> = { csv: 'CSV', tsv: 'TSV', delimited: 'delimited text', json: 'JSON', jsonl: 'JSON Lines', parquet: 'Parquet', arrow: 'Arrow IPC' };

function formatName(table: RawTable): string {
  if (table.format !== 'delimited') return FORMAT_NAMES[table.format];
  return `text separated by ${JSON.stringify(table.delimiter ?? '')}`;
}

/** Say what each column is: a preview of the first rows, then one row of choices per column. */
export function MappingStep({ table, mapping, base, onChange, onImport, onBack, onCancel, submitLabel, busy = false, error, note, guessNotes = [] }: Props) {
  const objectives = mapping.filter((m) => m.role === 'objective').length;
  const label = submitLabel ?? `Import ${formatCount(table.rowCount)} rows`;
  return (
    <div className="space-y-4" data-testid="mapping-step">
      <p className="text-sm text-slate-700 dark:text-slate-200">
        <span className="font-medium">{table.name}</span>: {formatCount(table.rowCount)} rows × {table.header.length} columns, read as {formatName(table)}.
      </p>
      {note && <p className="text-sm text-slate-600 dark:text-slate-300">{note}</p>}
      {guessNotes.length > 0 && (
        <ul className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100" data-testid="guess-notes">
          {guessNotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <PreviewTable table={table} mapping={mapping} />
      <p id="mapping-help" className="text-xs text-slate-600 dark:text-slate-300">
        Objectives are the numbers the frontier is computed over when the chart opens; pick whether lower (min) or higher (max) is better. Every other numeric column can be ticked later in the Objectives panel. A group colours and filters points; the label names them.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" aria-label="Columns" aria-describedby="mapping-help">
          <thead>
            <tr className="text-left text-xs text-slate-500 dark:text-slate-400">
              <th scope="col" className="pb-1 font-medium">
                Column
              </th>
              <th scope="col" className="pb-1 font-medium">
                Role
              </th>
              <th scope="col" className="pb-1 font-medium">
                Better
              </th>
              <th scope="col" className="pb-1 font-medium">
                Label
              </th>
              <th scope="col" className="pb-1 font-medium">
                Unit
              </th>
            </tr>
          </thead>
          <tbody>
            {mapping.map((m) => (
              <ColumnRow
                key={m.key}
                column={m}
                onRole={(role) => onChange(setRole(mapping, m.key, role, base))}
                onToggleSense={() => onChange(toggleSense(mapping, m.key))}
                onSense={(sense) => onChange(setSense(mapping, m.key, sense))}
                onLabel={(label) => onChange(setLabel(mapping, m.key, label))}
                onUnit={(unit) => onChange(setUnit(mapping, m.key, unit))}
              />
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        <button
          type="button"
          className="btn border-sky-600 bg-sky-600 text-white hover:bg-sky-700 disabled:opacity-60 dark:border-sky-500 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400"
          data-testid="mapping-submit"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={onImport}
        >
          {busy ? 'Saving…' : label}
        </button>
        <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="objective-count">
          {objectives === 0 ? 'Choose at least one objective.' : `${objectives} objective${objectives === 1 ? '' : 's'}`}
        </span>
        <div className="flex-1" />
        {onBack && (
          <button type="button" className="btn" onClick={onBack}>
            Choose other data
          </button>
        )}
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
