import type { CatalogEntry } from '../../data/types';

interface Props {
  entries: CatalogEntry[];
  value: string;
  onChange: (id: string) => void;
}

/** Choose one of the bundled datasets. */
export function DatasetPicker({ entries, value, onChange }: Props) {
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
        {entries.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
    </div>
  );
}
