import type { CatalogEntry } from '../../data/types';

interface Props {
  entries: CatalogEntry[];
  /** The person's own datasets, listed after the bundled ones. */
  uploads?: { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
}

/** Choose one of the bundled datasets or one of the person's own. */
export function DatasetPicker({ entries, uploads = [], value, onChange }: Props) {
  const known = entries.some((e) => e.id === value) || uploads.some((u) => u.id === value);
  return (
    <div className="min-w-64">
      <label htmlFor="dataset-picker" className="sr-only">
        Dataset
      </label>
      <select
        id="dataset-picker"
        data-testid="dataset-picker"
        className="select font-medium"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {!known && <option value={value}>Loading…</option>}
        <optgroup label="Bundled datasets">
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </optgroup>
        {uploads.length > 0 && (
          <optgroup label="My datasets">
            {uploads.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
