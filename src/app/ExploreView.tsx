import { useCallback, useMemo } from 'react';
import type { ScatterColor, TooltipContent } from '../charts/types';
import { Scatter } from '../charts/Scatter';
import { extendPalette } from '../charts/palette';
import type { ColumnSpec } from '../data/types';
import { AxisControls } from '../features/axes/AxisControls';
import { ColorControls } from '../features/color/ColorControls';
import { GroupLegend } from '../features/color/GroupLegend';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { formatValue, labelWithUnit } from '../features/format';
import { FrontTable } from '../features/frontTable/FrontTable';
import { Notices } from '../features/notices/Notices';
import { ObjectivesPanel } from '../features/objectives/ObjectivesPanel';
import {
  STATUS_FRONT,
  useDerivedView,
  useNoticeActions,
  useNotices,
  useSpec,
  useUiActions,
  useViewActions,
  useViewDataset,
} from '../state';

/** The main view: controls on the left, the scatter and the front table in the middle, details on the right. */
export function ExploreView() {
  const spec = useSpec();
  const dataset = useViewDataset();
  const view = useDerivedView();
  const notices = useNotices();
  const actions = useViewActions();
  const { dismissNotice } = useNoticeActions();
  const { setHoveredRow } = useUiActions();

  const specs = useMemo(() => new Map((dataset?.columns ?? []).map((c) => [c.spec.key, c.spec] as [string, ColumnSpec])), [dataset]);
  const numeric = useMemo(() => (dataset?.columns ?? []).filter((c) => c.kind === 'number').map((c) => c.spec), [dataset]);
  const groupColumns = useMemo(() => (dataset?.columns ?? []).filter((c) => c.kind === 'category').map((c) => c.spec), [dataset]);
  // Colours go to groups by size, so the largest groups get the most distinct hues; sizes count all
  // rows, hidden or not, so a colour never changes when a group is toggled.
  const groupNames = view?.groupNames;
  const groupCounts = view?.groupCounts;
  const palette = useMemo(() => {
    const n = groupNames?.length ?? 0;
    const colors = extendPalette(n);
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => groupCounts![b] - groupCounts![a] || a - b);
    const out = new Array<string>(n);
    order.forEach((k, i) => (out[k] = colors[i]));
    return out;
  }, [groupNames, groupCounts]);

  const color: ScatterColor = useMemo(() => {
    if (!view || !spec) return { mode: 'front' };
    if (spec.color === 'rank' && view.ranks) {
      let maxRank = 0;
      for (let i = 0; i < view.ranks.length; i++) if (view.ranks[i] > maxRank) maxRank = view.ranks[i];
      return { mode: 'rank', ranks: view.ranks, maxRank };
    }
    if (spec.color === 'group' && view.groupCodes) {
      return { mode: 'group', codes: view.groupCodes, names: view.groupNames, colors: palette };
    }
    return { mode: 'front' };
  }, [view, spec, palette]);

  // The tooltip leads with what the view is about (objectives, axes, group), then every other column
  // that has a value; long text is shortened (the details panel shows it whole).
  const tooltip = useCallback(
    (row: number): TooltipContent => {
      if (!dataset || !spec) return { title: '', rows: [] };
      const label = dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey) : undefined;
      const lead = new Set<string>([...spec.objectives.filter((o) => o.active).map((o) => o.key), spec.x, spec.y]);
      if (spec.group) lead.add(spec.group);
      const ordered = [
        ...dataset.columns.filter((c) => lead.has(c.spec.key)),
        ...dataset.columns.filter((c) => !lead.has(c.spec.key) && c.spec.key !== dataset.labelKey),
      ];
      const rows: TooltipContent['rows'] = [];
      for (const c of ordered) {
        const missing = c.kind === 'number' ? Number.isNaN(c.values[row]) : c.values[row] === '';
        if (missing && !lead.has(c.spec.key)) continue;
        const text = c.kind === 'number' ? `${formatValue(c.values[row])}${c.spec.unit && !missing ? ` ${c.spec.unit}` : ''}` : c.values[row] || '—';
        rows.push({ label: c.spec.label || c.spec.key, value: text.length > 48 ? `${text.slice(0, 47)}…` : text });
      }
      return { title: label ? String(label.values[row]) || `Row ${row + 1}` : `Row ${row + 1}`, rows };
    },
    [dataset, spec],
  );

  if (!spec || !dataset || !view) return null;
  const xSpec = specs.get(spec.x);
  const ySpec = specs.get(spec.y);
  const xLabel = xSpec ? labelWithUnit(xSpec) : spec.x;
  const yLabel = ySpec ? labelWithUnit(ySpec) : spec.y;
  const senseOf = (key: string) => spec.objectives.find((o) => o.key === key && o.active)?.sense;
  const frontCount = view.frontRows.length;
  let shownCount = 0;
  for (let i = 0; i < view.status.length; i++) if (view.status[i] !== 0) shownCount++;
  const active = view.activeObjectives;
  const tableKeys = [
    ...active.map((o) => o.key),
    ...[spec.x, spec.y].filter((k) => !active.some((o) => o.key === k)),
  ];
  const selected = spec.selected;
  const selectedOnFront = selected !== null && view.status[selected] === STATUS_FRONT;
  const hidden = new Set(spec.hiddenGroups);
  const groupSpec = spec.group ? specs.get(spec.group) : undefined;

  return (
    <div className="mx-auto grid max-w-[1680px] grid-cols-[19rem_minmax(0,1fr)] gap-4 px-4 py-4">
      <aside className="space-y-4" aria-label="View controls">
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
        <ObjectivesPanel objectives={spec.objectives} columns={specs} onSense={actions.setSense} onToggle={actions.toggleObjective} />
        <ColorControls color={spec.color} group={spec.group} groupColumns={groupColumns} onColor={actions.setColor} onGroup={actions.setGroup} />
        {spec.group && view.groupNames.length > 0 && (
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
        )}
      </aside>

      <main className="min-w-0 space-y-4">
        <Notices notices={notices} onDismiss={dismissNotice} />
        <section className="panel" aria-labelledby="chart-title">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
            <h2 id="chart-title" className="text-base font-semibold text-slate-900 dark:text-slate-100">
              {yLabel} <span className="font-normal text-slate-500 dark:text-slate-400">vs.</span> {xLabel}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              <span data-testid="front-count" className="font-semibold text-amber-700 dark:text-amber-400">
                {frontCount.toLocaleString('en-US')} on the frontier
              </span>{' '}
              of {shownCount.toLocaleString('en-US')} rows · over {active.length} objective{active.length === 1 ? '' : 's'}
              {active.length > 2 || !view.staircase ? ' (not only the two on screen)' : ''}
            </p>
          </div>
          {view.unrankedCount > 0 && (
            <p data-testid="missing-note" className="mb-2 text-xs text-slate-500 dark:text-slate-400">
              {view.missing.map((m) => `${m.count} row${m.count === 1 ? '' : 's'} without ${m.label}`).join(', ')}
              {view.missing.length > 1 ? ` (${view.unrankedCount} rows in all)` : ''} {view.unrankedCount === 1 ? 'is' : 'are'} left out
              of the ranking{view.missing.some((m) => m.key === spec.x || m.key === spec.y) ? '' : ' and drawn faint'}.
            </p>
          )}
          <Scatter
            x={view.x}
            y={view.y}
            status={view.status}
            xLabel={xLabel}
            yLabel={yLabel}
            xScale={spec.xScale}
            yScale={spec.yScale}
            xSense={senseOf(spec.x)}
            ySense={senseOf(spec.y)}
            color={color}
            staircase={view.staircase}
            selected={selected}
            onSelect={actions.setSelected}
            onHover={setHoveredRow}
            tooltip={tooltip}
            height={560}
            ariaLabel={`Scatter of ${yLabel} against ${xLabel}; ${frontCount} of ${shownCount} points on the frontier`}
          />
        </section>
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_18rem]">
          <section className="panel min-w-0" aria-labelledby="front-title">
            <h2 id="front-title" className="panel-title">
              Frontier rows · {frontCount.toLocaleString('en-US')}
            </h2>
            <FrontTable dataset={dataset} frontRows={view.frontRows} columnKeys={tableKeys} selected={selected} onSelect={actions.setSelected} />
          </section>
          <aside aria-label="Selection details" className="xl:sticky xl:top-20 xl:self-start">
            <DetailsPanel dataset={dataset} row={selected} onFront={selectedOnFront} onClear={() => actions.setSelected(null)} />
          </aside>
        </div>
      </main>
    </div>
  );
}
