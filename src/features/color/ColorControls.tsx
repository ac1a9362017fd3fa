import type { ColumnSpec } from '../../data/types';
import type { ColorMode } from '../../state/viewSpec';

interface Props {
  color: ColorMode;
  group: string | null;
  groupColumns: ColumnSpec[];
  onColor: (c: ColorMode) => void;
  onGroup: (key: string | null) => void;
}

const MODES: { value: ColorMode; label: string; hint: string }[] = [
  { value: 'front', label: 'Front', hint: 'Highlight the non-dominated points' },
  { value: 'rank', label: 'Rank', hint: 'Colour by Pareto rank layer (1 = front)' },
  { value: 'group', label: 'Group', hint: 'Colour by the grouping column' },
];

/** Colour by front, rank layer or group, and the grouping column. */
export function ColorControls({ color, group, groupColumns, onColor, onGroup }: Props) {
  return (
    <section className="panel" aria-labelledby="color-title">
      <h2 id="color-title" className="panel-title">
        Colour &amp; groups
      </h2>
      <div className="seg mb-3" role="group" aria-label="Colour points by">
        {MODES.map((m) => (
          <button
            key={m.value}
            type="button"
            title={m.hint}
            aria-pressed={color === m.value}
            data-testid={`color-${m.value}`}
            disabled={m.value === 'group' && groupColumns.length === 0}
            onClick={() => onColor(m.value)}
          >
            {m.label}
          </button>
        ))}
      </div>
      <label htmlFor="group-select" className="field-label">
        Group by
      </label>
      <select
        id="group-select"
        data-testid="group-select"
        className="select"
        value={group ?? ''}
        onChange={(e) => onGroup(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">No grouping</option>
        {groupColumns.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label || c.key}
          </option>
        ))}
      </select>
    </section>
  );
}
