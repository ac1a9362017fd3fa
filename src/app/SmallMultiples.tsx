import { useMemo } from 'react';
import { Scatter } from '../charts/Scatter';
import type { ScatterColor } from '../charts/types';
import type { CompareView } from '../state';
import { groupName } from '../features/compare/text';
import { globalFrontLayer, multiplePanels, panelShareText, REFERENCE_COLOR, sharedDomain } from '../features/compare/chartLayers';
import type { ScatterModel } from './useScatterModel';

/** One scatter per compared group on shared axes, the global front as a faint reference in each. */
export function SmallMultiples({ model, compare, colors }: { model: ScatterModel; compare: CompareView; colors: string[] }) {
  const { view, spec } = model;
  const panels = useMemo(() => multiplePanels(compare, view), [compare, view]);
  const domain = useMemo(() => sharedDomain(view, spec), [view, spec]);
  const reference = useMemo(() => [globalFrontLayer(view, REFERENCE_COLOR)], [view]);
  // Each panel's group in its colour (front points emphasized), every other row faint.
  const color: ScatterColor = useMemo(
    () => (view.groupCodes ? { mode: 'group', codes: view.groupCodes, names: view.groupNames, colors } : model.color),
    [view, colors, model.color],
  );
  if (panels.length === 0) {
    return <p className="py-16 text-center text-sm text-slate-500 dark:text-slate-400">No group to compare: pick groups under “Compare”.</p>;
  }
  return (
    <div data-testid="multiples" className="grid grid-cols-1 gap-4 lg:grid-cols-2 2xl:grid-cols-3">
      {panels.map((p) => {
        const name = groupName(p.name);
        return (
          <figure key={p.group} data-testid="multiple-panel" data-group={p.name} className="min-w-0 rounded-lg border border-slate-200 p-2 dark:border-slate-700">
            <figcaption className="flex items-baseline gap-2 px-1 text-sm">
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: colors[p.group] }} />
              <span className="truncate font-semibold text-slate-900 dark:text-slate-100" title={name}>
                {name}
              </span>
              <span className="ml-auto shrink-0 text-xs text-slate-600 dark:text-slate-300" data-testid="panel-share">
                {panelShareText(p, compare.globalFrontSize)}
              </span>
            </figcaption>
            <Scatter
              {...model.scatter}
              status={p.status}
              color={color}
              staircase={compare.groups[p.group].staircase}
              layers={reference}
              domain={domain}
              levelSet={null}
              best={null}
              knee={null}
              unsupported={undefined}
              referencePoint={null}
              onReferenceDrag={undefined}
              onBrush={undefined}
              ariaLabel={`${name}: ${p.frontSize} points on its own front; ${p.globalFrontCount} of the ${compare.globalFrontSize} global front points`}
              height={320}
            />
          </figure>
        );
      })}
    </div>
  );
}
