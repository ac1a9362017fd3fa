import { useId, useState } from 'react';
import { AUTO_GROUP_COUNT } from '../../state/compareTypes';
import { formatShare, groupName, plural } from './text';
import type { GroupPickerProps } from './types';

/** Matches shown at once; the rest wait for a narrower search (timm has ~240 families). */
export const PICKER_SHOWN = 12;

function Swatch({ color }: { color: string | undefined }) {
  return <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full border border-black/10 dark:border-white/20" style={{ background: color }} />;
}

/**
 * Which groups are compared: the compared ones as removable chips with their share of the global
 * front, a searchable checkbox list of every shown group by front share, and a way back to the
 * automatic choice (the top groups by front share).
 */
export function GroupPicker({ compare, colors, groupLabel, onChange }: GroupPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const { names, groups, compared } = compare;
  const isCompared = new Set(compared);
  const q = query.trim().toLowerCase();
  const matching = q ? compare.byShare.filter((g) => groupName(names[g]).toLowerCase().includes(q)) : compare.byShare;
  const shown = matching.slice(0, PICKER_SHOWN);
  const namesOf = (list: number[]) => list.map((g) => names[g]);

  const toggle = (g: number, on: boolean) => {
    if (on && !isCompared.has(g)) onChange(namesOf([...compared, g]));
    else if (!on && isCompared.has(g)) onChange(namesOf(compared.filter((c) => c !== g)));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="group-picker">
      <h3 id={`${id}-title`} className="panel-title">
        Compared {groupLabel ? groupLabel.toLowerCase() : 'group'}s
      </h3>
      {compared.length === 0 ? (
        <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">No group is compared: tick some below.</p>
      ) : (
        <ul className="mb-3 flex flex-wrap gap-1.5" aria-label="Compared groups" data-testid="picker-chips">
          {compared.map((g) => {
            const label = groupName(names[g]);
            return (
              <li
                key={g}
                data-group={names[g]}
                className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-slate-200 bg-slate-50 py-0.5 pr-0.5 pl-2 text-xs text-slate-800 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
              >
                <Swatch color={colors[g]} />
                <span className="max-w-40 truncate font-medium" title={label}>
                  {label}
                </span>
                <span className="text-slate-500 tabular-nums dark:text-slate-400" title="Share of the global front">
                  {formatShare(groups[g]?.globalShare ?? NaN)}
                </span>
                <button
                  type="button"
                  aria-label={`Remove ${label} from the comparison`}
                  title={`Remove ${label}`}
                  onClick={() => toggle(g, false)}
                  className="ml-0.5 inline-flex h-4 w-4 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-800 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-slate-100"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div className="mb-2 flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-q`} className="field-label">
            Find a group
          </label>
          <input
            id={`${id}-q`}
            type="search"
            className="select"
            placeholder={`${plural(compare.byShare.length, 'group')}…`}
            value={query}
            aria-controls={`${id}-list`}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="btn shrink-0 whitespace-nowrap aria-pressed:border-sky-500 aria-pressed:bg-sky-50 aria-pressed:text-sky-800 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-950/50 dark:aria-pressed:text-sky-200"
          aria-pressed={compare.auto}
          title={`Compare the ${AUTO_GROUP_COUNT} groups with the largest share of the global front`}
          onClick={() => onChange(null)}
        >
          Top {AUTO_GROUP_COUNT} by front share
        </button>
      </div>

      <fieldset>
        <legend className="sr-only">Groups by share of the global front; tick to compare</legend>
        <ul id={`${id}-list`} className="max-h-72 space-y-0.5 overflow-y-auto pr-1" data-testid="picker-list">
          {shown.map((g) => {
            const label = groupName(names[g]);
            const group = groups[g];
            const box = `${id}-g-${g}`;
            return (
              <li key={g}>
                <label
                  htmlFor={box}
                  className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                >
                  <input
                    id={box}
                    type="checkbox"
                    data-group={names[g]}
                    checked={isCompared.has(g)}
                    onChange={(e) => toggle(g, e.target.checked)}
                    className="h-3.5 w-3.5 shrink-0 accent-sky-600 dark:accent-sky-400"
                  />
                  <Swatch color={colors[g]} />
                  <span className="min-w-0 flex-1 truncate text-slate-800 dark:text-slate-100" title={label}>
                    {label}
                  </span>
                  <span className="shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    <span title="Share of the global front">{formatShare(group?.globalShare ?? NaN)} of front</span>
                    {' · '}
                    {plural(group?.rows ?? 0, 'row')}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {matching.length === 0 && <p className="px-1.5 py-1 text-xs text-slate-500 dark:text-slate-400">No group matches “{query.trim()}”.</p>}
      {matching.length > PICKER_SHOWN && (
        <p className="mt-1 px-1.5 text-xs text-slate-500 dark:text-slate-400" data-testid="picker-more" aria-live="polite">
          {(matching.length - PICKER_SHOWN).toLocaleString('en-US')} more — refine the search
        </p>
      )}
    </section>
  );
}
