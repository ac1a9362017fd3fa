import { useMemo, type Ref } from 'react';
import { ParallelCoordinates } from '../charts/parallel/ParallelCoordinates';
import { Scatter } from '../charts/Scatter';
import type { ScatterHandle } from '../charts/types';
import { useHoveredRow, useUiActions, useViewActions } from '../state';
import { parallelAxes, parallelBrushes } from '../features/compare/chartLayers';
import type { ScatterModel } from './useScatterModel';

/**
 * Parallel coordinates of the ticked objectives with the scatter under it; hovering or selecting a row
 * in one highlights it in the other.
 */
export function ParallelView({ model, scatterRef }: { model: ScatterModel; scatterRef?: Ref<ScatterHandle> }) {
  const { dataset, spec, view } = model;
  const actions = useViewActions();
  const { setHoveredRow } = useUiActions();
  const hovered = useHoveredRow();
  const axes = useMemo(() => parallelAxes(dataset, spec, view), [dataset, spec, view]);
  const brushes = useMemo(() => parallelBrushes(spec, axes), [spec, axes]);
  const brushed = Object.keys(brushes).length;
  return (
    <div className="space-y-3">
      {axes.length < 2 ? (
        <p className="py-16 text-center text-sm text-slate-500 dark:text-slate-400">Tick at least two objectives to draw parallel coordinates.</p>
      ) : (
        <>
          <p className="text-xs text-slate-600 dark:text-slate-300">
            Better is up on every axis. Drag along an axis to keep only the rows in that range
            {brushed > 0 ? ` (${brushed} axis ${brushed === 1 ? 'range' : 'ranges'} set — they are constraints, listed under Constraints)` : ''}; drag an axis
            title, or focus it and press ← →, to reorder.
          </p>
          <ParallelCoordinates
            axes={axes}
            status={view.status}
            color={model.color}
            brushes={brushes}
            onBrush={actions.setAxisBrush}
            onReorder={actions.setAxisOrder}
            highlighted={hovered}
            selected={spec.selected}
            onHover={setHoveredRow}
            onSelect={actions.setSelected}
            tooltip={model.scatter.tooltip}
            height={440}
            ariaLabel={`Parallel coordinates of ${axes.length} objectives; ${view.frontRows.length} rows on the frontier`}
          />
        </>
      )}
      <Scatter ref={scatterRef} {...model.scatter} highlighted={hovered} height={420} />
    </div>
  );
}
