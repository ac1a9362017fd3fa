import { useMemo, useRef, useState } from 'react';

export interface LegendGroup {
  name: string;
  color: string;
  count: number;
  /** Rows of this group on the current front. */
  front: number;
}

interface Props {
  title: string;
  groups: LegendGroup[];
  hidden: ReadonlySet<string>;
  onToggle: (name: string) => void;
}

const SHOWN = 12;

/**
 * Group legend: click a group to hide or show it (hidden groups leave the front). Long lists are
 * ordered by front share and searchable, so a dataset with hundreds of families stays usable.
 */
export function GroupLegend({ title, groups, hidden, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  // The order is fixed when a set of groups first appears, so entries do not jump under the pointer
  // when hiding one changes the front counts.
  const orderRef = useRef<{ signature: string; rank: Map<string, number> } | null>(null);
  const signature = groups.map((g) => g.name).join('\u0000');
  if (orderRef.current?.signature !== signature) {
    const sorted = groups.slice().sort((a, b) => b.front - a.front || b.count - a.count || a.name.localeCompare(b.name));
    orderRef.current = { signature, rank: new Map(sorted.map((g, i) => [g.name, i])) };
  }
  const rank = orderRef.current.rank;
  const ordered = useMemo(() => groups.slice().sort((a, b) => rank.get(a.name)! - rank.get(b.name)!), [groups, rank]);
  const q = query.trim().toLowerCase();
  const matching = q ? ordered.filter((g) => g.name.toLowerCase().includes(q)) : ordered;
  const visible = all || q ? matching : matching.slice(0, SHOWN);
  return (
    <section className="panel" aria-labelledby="legend-title" data-testid="group-legend">
      <h2 id="legend-title" className="panel-title">
        {title} · {groups.length} groups
      </h2>
      {groups.length > SHOWN && (
        <input
          type="search"
          className="select mb-2"
          placeholder="Search groups…"
          aria-label="Search groups"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <ul className="max-h-72 space-y-0.5 overflow-y-auto pr-1">
        {visible.map((g) => {
          const off = hidden.has(g.name);
          return (
            <li key={g.name}>
              <button
                type="button"
                aria-pressed={!off}
                data-group={g.name}
                onClick={() => onToggle(g.name)}
                title={off ? `Show ${g.name}` : `Hide ${g.name}`}
                className={`flex w-full items-center gap-2 rounded px-1.5 py-1 text-left text-sm hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:hover:bg-slate-800 ${off ? 'opacity-45' : ''}`}
              >
                <span
                  aria-hidden="true"
                  className="h-3 w-3 shrink-0 rounded-full border border-black/10"
                  style={{ background: off ? 'transparent' : g.color, borderColor: g.color }}
                />
                <span className={`min-w-0 flex-1 truncate ${off ? 'line-through' : ''}`}>{g.name || '(none)'}</span>
                <span className="shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
                  {g.front > 0 ? `${g.front} on front · ` : ''}
                  {g.count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {!q && matching.length > SHOWN && (
        <button type="button" className="mt-2 text-xs font-medium text-sky-700 hover:underline dark:text-sky-400" onClick={() => setAll((a) => !a)}>
          {all ? 'Show fewer' : `Show all ${matching.length}`}
        </button>
      )}
    </section>
  );
}
