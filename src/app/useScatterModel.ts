import { useCallback, useMemo } from 'react';
import { extendPalette } from '../charts/palette';
import type { ScatterColor, ScatterProps, TooltipContent } from '../charts/types';
import type { ColumnSpec, Dataset } from '../data/types';
import { formatValue, labelWithUnit } from '../features/format';
import { useDerivedView, useSpec, useUiActions, useViewActions, useViewDataset, withDerived, type DerivedView, type ViewSpec } from '../state';

export interface ScatterModel {
  spec: ViewSpec;
  /** The dataset with the view's derived columns appended. */
  dataset: Dataset;
  view: DerivedView;
  specs: Map<string, ColumnSpec>;
  /** Group colours aligned with `view.groupNames`. */
  palette: string[];
  color: ScatterColor;
  xLabel: string;
  yLabel: string;
  frontCount: number;
  shownCount: number;
  /** Everything the Scatter needs except its height. */
  scatter: Omit<ScatterProps, 'height'>;
}

/**
 * The one place that turns the view state into what the scatter draws, shared by the explore view and
 * embed mode so both show the same chart.
 */
export function useScatterModel(): ScatterModel | null {
  const spec = useSpec();
  const base = useViewDataset();
  const derived = spec?.derived;
  const dataset = useMemo(() => (base && derived ? withDerived(base, derived) : base), [base, derived]);
  const view = useDerivedView();
  const actions = useViewActions();
  const { setHoveredRow } = useUiActions();

  const specs = useMemo(() => new Map((dataset?.columns ?? []).map((c) => [c.spec.key, c.spec] as [string, ColumnSpec])), [dataset]);

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

  // One pass over every row: once per status array, not once per render (a hover re-renders).
  const status = view?.status;
  const shownCount = useMemo(() => {
    let count = 0;
    if (status) for (let i = 0; i < status.length; i++) if (status[i] !== 0) count++;
    return count;
  }, [status]);

  if (!spec || !dataset || !view) return null;
  const xSpec = specs.get(spec.x);
  const ySpec = specs.get(spec.y);
  const xLabel = xSpec ? labelWithUnit(xSpec) : spec.x;
  const yLabel = ySpec ? labelWithUnit(ySpec) : spec.y;
  const senseOf = (key: string) => spec.objectives.find((o) => o.key === key && o.active)?.sense;
  const frontCount = view.frontRows.length;
  const decision = view.decision;
  const bothAxesActive = view.activeObjectives.some((o) => o.key === spec.x) && view.activeObjectives.some((o) => o.key === spec.y);
  const ref = spec.referencePoint;
  const referencePoint =
    spec.method === 'asf' && bothAxesActive && ref && ref[spec.x] !== undefined && ref[spec.y] !== undefined ? { x: ref[spec.x], y: ref[spec.y] } : null;
  return {
    spec,
    dataset,
    view,
    specs,
    palette,
    color,
    xLabel,
    yLabel,
    frontCount,
    shownCount,
    scatter: {
      x: view.x,
      y: view.y,
      status: view.status,
      xLabel,
      yLabel,
      xScale: spec.xScale,
      yScale: spec.yScale,
      xSense: senseOf(spec.x),
      ySense: senseOf(spec.y),
      color,
      staircase: view.staircase,
      selected: spec.selected,
      onSelect: actions.setSelected,
      onHover: setHoveredRow,
      tooltip,
      ariaLabel: `Scatter of ${yLabel} against ${xLabel}; ${frontCount} of ${shownCount} points on the frontier`,
      levelSet: decision.levelSet,
      best: decision.best,
      knee: decision.knee,
      unsupported: decision.unsupported,
      referencePoint,
      onReferenceDrag: referencePoint
        ? (x: number, y: number) => {
            actions.setReferenceValue(spec.x, x);
            actions.setReferenceValue(spec.y, y);
          }
        : undefined,
      onBrush: actions.addBrushConstraint,
    },
  };
}
