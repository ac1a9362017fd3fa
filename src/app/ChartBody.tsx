/**
 * The chart panel's body in each view mode: the scatter, the groups' fronts overlaid, small multiples,
 * or parallel coordinates with the scatter under them. Shared by the explore view and embed mode.
 */
import { useMemo, type Ref } from 'react';
import { MAX_LINEAR, outOfRangeCount } from '../charts/domain';
import { Scatter } from '../charts/Scatter';
import type { ScatterHandle } from '../charts/types';
import type { ViewModeOption } from '../features/viewMode/ViewModeTabs';
import type { CompareView, ViewSpec } from '../state';
import { overlayLayers } from '../features/compare/chartLayers';
import { SmallMultiples } from './SmallMultiples';
import type { ScatterModel } from './useScatterModel';
import { lazyPart } from '../features/lazyPart';

/** Parallel coordinates (and their d3 brushing) download when that view is first shown. */
const ParallelView = lazyPart(() => import('./ParallelView').then((m) => m.ParallelView), { what: 'Parallel coordinates', minHeight: 880 });

/** What the chart panel can show now, and why not when it cannot. */
export function viewModeOptions(spec: ViewSpec, compare: CompareView | null, activeCount: number): ViewModeOption[] {
  const needGroup = spec.group === null ? 'Choose a “Group by” column first' : compare === null ? 'The group column has no groups to compare' : null;
  return [
    { mode: 'scatter', label: 'Scatter', unavailable: null },
    { mode: 'overlay', label: 'Group fronts', unavailable: needGroup },
    { mode: 'multiples', label: 'Small multiples', unavailable: needGroup },
    { mode: 'parallel', label: 'Parallel coordinates', unavailable: activeCount < 2 ? 'Tick at least two objectives' : null },
  ];
}

/** The view mode actually drawn: overlay and multiples fall back to the scatter without groups. */
export function shownMode(spec: ViewSpec, compare: CompareView | null, activeCount: number): ViewSpec['view'] {
  if ((spec.view === 'overlay' || spec.view === 'multiples') && !compare) return 'scatter';
  if (spec.view === 'parallel' && activeCount < 2) return 'scatter';
  return spec.view;
}

export function ChartBody({ model, compare, scatterRef, height = 560 }: { model: ScatterModel; compare: CompareView | null; scatterRef?: Ref<ScatterHandle>; height?: number }) {
  const mode = shownMode(model.spec, compare, model.view.activeObjectives.length);
  const colors = model.palette;
  const layers = useMemo(() => (compare && mode === 'overlay' ? overlayLayers(compare, model.view, colors) : undefined), [compare, mode, colors, model.view]);
  if (mode === 'multiples' && compare) return <SmallMultiples model={model} compare={compare} colors={colors} />;
  if (mode === 'parallel') return <ParallelView model={model} scatterRef={scatterRef} />;
  if (mode === 'overlay') {
    // The group fronts are the message here: the deciding marks (winner, level set, knee) stay in the scatter view.
    return (
      <>
        <OutOfRangeNote model={model} />
        <Scatter
          ref={scatterRef}
          {...model.scatter}
          baseTone="muted"
          layers={layers}
          levelSet={null}
          best={null}
          knee={null}
          unsupported={undefined}
          referencePoint={null}
          onReferenceDrag={undefined}
          ariaLabel={`Each compared group's own front over the faint global front (${model.frontCount} points)`}
          height={height}
        />
      </>
    );
  }
  return (
    <>
      <OutOfRangeNote model={model} />
      <Scatter ref={scatterRef} {...model.scatter} height={height} />
    </>
  );
}

/** How many shown rows hold a value too large to place on a linear axis (±1e308 and the like). */
function OutOfRangeNote({ model }: { model: ScatterModel }) {
  const { x, y, status, xScale, yScale } = model.scatter;
  const count = useMemo(() => outOfRangeCount(x, y, status, xScale, yScale), [x, y, status, xScale, yScale]);
  if (count === 0) return null;
  return (
    <p data-testid="range-note" role="status" className="mb-2 text-xs text-amber-700 dark:text-amber-300">
      {count} row{count === 1 ? '' : 's'} {count === 1 ? 'is' : 'are'} out of drawable range (a value beyond ±{MAX_LINEAR.toExponential()} on a linear axis) and{' '}
      {count === 1 ? 'is' : 'are'} not drawn; the other points are.
    </p>
  );
}
