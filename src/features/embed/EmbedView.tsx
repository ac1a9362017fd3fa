import { useRef, type ReactNode } from 'react';
import { Scatter } from '../../charts/Scatter';
import type { ScatterProps } from '../../charts/types';
import { useElementSize } from '../../charts/useElementSize';
import { useTheme } from '../theme/useTheme';

export interface EmbedGroup {
  name: string;
  color: string;
}

export interface EmbedViewProps {
  /** Everything the Scatter draws, as the explore view builds it; the height is set here, to fill the frame. */
  scatter: Omit<ScatterProps, 'height'>;
  /** Another chart to show instead of the plain scatter (a comparison view), given the height available. */
  chart?: (height: number) => ReactNode;
  /** "Pass rate (%) vs. Cost (USD)". */
  title: string;
  frontCount: number;
  /** Rows on the chart (not hidden). */
  shownCount: number;
  objectiveCount: number;
  /** The same view in the full app, without embed=1 (see `openInAppHref`). */
  href: string;
  /** In group mode: the visible groups and their colours, shown as a compact key. */
  groups?: EmbedGroup[];
}

const MAX_GROUPS = 10;
/** Below this the chart would be unreadable; the frame scrolls instead. */
const MIN_CHART_HEIGHT = 220;

/**
 * Embed mode: the chart alone, filling its frame, with the title line, the front count and a small
 * link that opens the same view in Paretoscope.
 */
export function EmbedView({ scatter, chart, title, frontCount, shownCount, objectiveCount, href, groups }: EmbedViewProps) {
  // No header with a theme toggle here, so apply the theme (system or the stored choice) ourselves.
  useTheme();
  const chartBox = useRef<HTMLDivElement>(null);
  const size = useElementSize(chartBox);
  const height = Math.max(MIN_CHART_HEIGHT, size.height);
  const shownGroups = groups?.slice(0, MAX_GROUPS) ?? [];
  return (
    <div className="flex h-screen flex-col bg-white px-3 pt-2 pb-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100" data-testid="embed-view">
      <div className="flex items-baseline gap-3">
        <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-4 gap-y-0.5">
          <h1 className="max-w-full min-w-0 truncate text-sm font-semibold">{title}</h1>
          <p className="text-xs text-slate-600 dark:text-slate-300">
            <span data-testid="front-count" className="font-semibold text-amber-700 dark:text-amber-400">
              {frontCount.toLocaleString('en-US')} on the frontier
            </span>{' '}
            of {shownCount.toLocaleString('en-US')} rows · over {objectiveCount} objective{objectiveCount === 1 ? '' : 's'}
          </p>
        </div>
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="open-in-paretoscope"
          className="shrink-0 rounded text-xs font-medium text-sky-700 hover:underline focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-sky-400"
        >
          Open in Paretoscope ↗
        </a>
      </div>
      {shownGroups.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-300" aria-label="Groups">
          {shownGroups.map((g) => (
            <li key={g.name} className="flex items-center gap-1">
              <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full" style={{ background: g.color }} />
              {g.name || '(none)'}
            </li>
          ))}
          {groups!.length > shownGroups.length && <li>+{groups!.length - shownGroups.length} more</li>}
        </ul>
      )}
      <div ref={chartBox} className="mt-1 min-h-0 flex-1">
        {chart ? chart(height) : <Scatter {...scatter} height={height} />}
      </div>
    </div>
  );
}
