import { useMemo, useRef, type ReactNode } from 'react';
import type { ScatterHandle } from '../charts/types';
import { AxisControls } from '../features/axes/AxisControls';
import { ColorControls } from '../features/color/ColorControls';
import { GroupLegend } from '../features/color/GroupLegend';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { ExportMenu } from '../features/export/ExportMenu';
import { FrontTable } from '../features/frontTable/FrontTable';
import { Notices } from '../features/notices/Notices';
import { ObjectivesPanel } from '../features/objectives/ObjectivesPanel';
import { ShareButton } from '../features/share/ShareButton';
import type { MapOverride } from '../state/dataLink';
import type { SharedData } from '../state/share';
import type { ImportRecipe } from '../data/import/types';
import { encodeQuery, STATUS_FRONT, useCompareView, useComputeStatus, useLoadedDataset, useNoticeActions, useNotices, useViewActions } from '../state';
import { ViewModeTabs } from '../features/viewMode/ViewModeTabs';
import { DecideControls, DecideSummary } from './DecidePanels';
import { ChartBody, shownMode, viewModeOptions } from './ChartBody';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyPart, PartLoading } from '../features/lazyPart';
import { useChartDrawn } from './useChartDrawn';
import { useScatterModel } from './useScatterModel';

/**
 * Comparing groups (indicator table, coverage, head to head, runs) downloads when a grouping is first
 * shown, and not before the chart above it has drawn.
 */
const COMPARE_MIN_HEIGHT = 320;
const CompareSection = lazyPart(() => import('./CompareSection').then((m) => m.CompareSection), { what: 'The group comparison', minHeight: COMPARE_MIN_HEIGHT });

export interface ShareProps {
  /** Prepares the rest when the share dialog opens (an upload's data is built only then). */
  load?: () => Promise<Omit<ShareProps, 'load'>>;
  data?: SharedData;
  original?: ImportRecipe;
  /** Mapping choices that differ from the guesses, for a link that names the data's address. */
  overrides?: MapOverride[];
}

/** The main view: controls on the left, the scatter and the front table in the middle, details on the right. */
export function ExploreView({ share, sidebarExtra }: { share?: ShareProps; sidebarExtra?: ReactNode }) {
  const model = useScatterModel();
  const compare = useCompareView();
  const notices = useNotices();
  const actions = useViewActions();
  const { dismissNotice, clearNotices } = useNoticeActions();
  const chartDrawn = useChartDrawn();
  const { offPage, computing } = useComputeStatus();
  const loaded = useLoadedDataset();
  const scatterRef = useRef<ScatterHandle>(null);
  const dataset = model?.dataset;
  const numeric = useMemo(() => (dataset?.columns ?? []).filter((c) => c.kind === 'number').map((c) => c.spec), [dataset]);
  const groupColumns = useMemo(() => (dataset?.columns ?? []).filter((c) => c.kind === 'category').map((c) => c.spec), [dataset]);

  if (!model || !dataset) {
    // A large table's first view comes from the compute worker: say so rather than show nothing.
    return offPage && loaded ? (
      <p role="status" data-testid="first-view-computing" className="p-8 text-center text-slate-500">
        Computing the frontier of {loaded.rowCount.toLocaleString('en-US')} rows…
      </p>
    ) : null;
  }
  const { spec, view, specs, palette, color, xLabel, yLabel, frontCount, shownCount } = model;
  const active = view.activeObjectives;
  const tableKeys = [...active.map((o) => o.key), ...[spec.x, spec.y].filter((k) => !active.some((o) => o.key === k))];
  const selected = spec.selected;
  const selectedOnFront = selected !== null && view.status[selected] === STATUS_FRONT;
  const hidden = new Set(spec.hiddenGroups);
  const groupSpec = spec.group ? specs.get(spec.group) : undefined;
  // A panel that failed tries again when the view or the data change (Back, another dataset).
  const retry = [spec, dataset];

  return (
    <div className="mx-auto grid max-w-[1680px] grid-cols-[19rem_minmax(0,1fr)] gap-4 px-4 py-4">
      <aside className="space-y-4" aria-label="View controls">
        <ErrorBoundary name="Axes" resetKeys={retry}>
          <AxisControls
            columns={numeric}
            x={spec.x}
            y={spec.y}
            xScale={spec.xScale}
            yScale={spec.yScale}
            onAxis={(axis, key) => (axis === 'x' ? actions.setX(key) : actions.setY(key))}
            onScale={(axis, s) => actions.setScale(axis, s)}
            onSwap={() => actions.swapAxes()}
          />
        </ErrorBoundary>
        <ErrorBoundary name="Objectives" resetKeys={retry}>
          <ObjectivesPanel objectives={spec.objectives} columns={specs} onSense={actions.setSense} onToggle={actions.toggleObjective} />
        </ErrorBoundary>
        <ErrorBoundary name="Deciding controls" resetKeys={retry}>
          <DecideControls spec={spec} dataset={dataset} view={view} />
        </ErrorBoundary>
        <ErrorBoundary name="Colour & groups" resetKeys={retry}>
          <ColorControls color={spec.color} group={spec.group} groupColumns={groupColumns} onColor={actions.setColor} onGroup={actions.setGroup} />
        </ErrorBoundary>
        {spec.group && view.groupNames.length > 0 && (
          <ErrorBoundary name="Group legend" resetKeys={retry}>
            <GroupLegend
              title={groupSpec?.label || spec.group}
              groups={view.groupNames.map((name, k) => ({
                name,
                color: palette[k],
                count: view.groupCounts[k],
                front: view.groupFrontCounts[k],
              }))}
              hidden={hidden}
              onToggle={actions.toggleGroup}
            />
          </ErrorBoundary>
        )}
        {sidebarExtra && (
          <ErrorBoundary name="My datasets" resetKeys={retry}>
            {sidebarExtra}
          </ErrorBoundary>
        )}
      </aside>

      <main className="min-w-0 space-y-4">
        <ErrorBoundary name="Notices" resetKeys={[notices]}>
          <Notices notices={notices} onDismiss={dismissNotice} onDismissAll={clearNotices} />
        </ErrorBoundary>
        <section className="panel" aria-labelledby="chart-title" data-testid="chart-panel">
          <div className="mb-2 flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
            <div className="min-w-0">
              <h2 id="chart-title" className="text-base font-semibold text-slate-900 dark:text-slate-100">
                {yLabel} <span className="font-normal text-slate-500 dark:text-slate-400">vs.</span> {xLabel}
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                <span data-testid="front-count" className="font-semibold text-amber-700 dark:text-amber-400">
                  {frontCount.toLocaleString('en-US')} on the frontier
                </span>{' '}
                of {shownCount.toLocaleString('en-US')} rows · over {active.length} objective{active.length === 1 ? '' : 's'}
                {active.length > 2 || !view.staircase ? ' (not only the two on screen)' : ''}
                {offPage && (
                  <span role="status" aria-live="polite" data-testid="computing" className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                    {computing ? 'Computing…' : ''}
                  </span>
                )}
              </p>
            </div>
            <ErrorBoundary name="Share and export" resetKeys={retry}>
              <div className="flex items-center gap-2">
                <ShareButton search={encodeQuery(spec, dataset)} data={share?.data} original={share?.original} overrides={share?.overrides} load={share?.load} />
                <ExportMenu
                  dataset={dataset}
                  spec={spec}
                  view={view}
                  color={color}
                  mode={shownMode(spec, compare, active.length)}
                  compare={compare}
                  palette={palette}
                  scatterRef={scatterRef}
                />
              </div>
            </ErrorBoundary>
          </div>
          {view.unrankedCount > 0 && (
            <p data-testid="missing-note" className="mb-2 text-xs text-slate-500 dark:text-slate-400">
              {view.missing.map((m) => `${m.count} row${m.count === 1 ? '' : 's'} without ${m.label}`).join(', ')}
              {view.missing.length > 1 ? ` (${view.unrankedCount} rows in all)` : ''} {view.unrankedCount === 1 ? 'is' : 'are'} left out
              of the ranking{view.missing.some((m) => m.key === spec.x || m.key === spec.y) ? '' : ' and drawn faint'}.
            </p>
          )}
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <ViewModeTabs mode={shownMode(spec, compare, active.length)} options={viewModeOptions(spec, compare, active.length)} onMode={actions.setViewMode} />
            {compare && (spec.view === 'overlay' || spec.view === 'multiples') && (
              <span className="text-xs text-slate-600 dark:text-slate-300">
                {compare.compared.length} of {compare.byShare.length} groups compared{compare.auto ? ' (the top ones by share of the global front)' : ''}
              </span>
            )}
          </div>
          <ErrorBoundary name="The chart" resetKeys={retry}>
            <ChartBody model={model} compare={compare} scatterRef={scatterRef} />
          </ErrorBoundary>
        </section>
        {compare && (
          <ErrorBoundary name="Compare groups" resetKeys={retry}>
            {chartDrawn ? (
              <CompareSection model={model} compare={compare} colors={palette} />
            ) : (
              <PartLoading what="The group comparison" minHeight={COMPARE_MIN_HEIGHT} />
            )}
          </ErrorBoundary>
        )}
        <ErrorBoundary name="Ranking" resetKeys={retry}>
          <DecideSummary spec={spec} dataset={dataset} view={view} />
        </ErrorBoundary>
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_18rem]">
          <section className="panel min-w-0" aria-labelledby="front-title">
            <h2 id="front-title" className="panel-title">
              Frontier rows · {frontCount.toLocaleString('en-US')}
            </h2>
            <ErrorBoundary name="Frontier rows" resetKeys={retry}>
              <FrontTable dataset={dataset} frontRows={view.frontRows} columnKeys={tableKeys} selected={selected} onSelect={actions.setSelected} />
            </ErrorBoundary>
          </section>
          <aside aria-label="Selection details" className="xl:sticky xl:top-20 xl:self-start">
            <ErrorBoundary name="Selection details" resetKeys={retry}>
              <DetailsPanel dataset={dataset} row={selected} onFront={selectedOnFront} onClear={() => actions.setSelected(null)} />
            </ErrorBoundary>
          </aside>
        </div>
      </main>
    </div>
  );
}
