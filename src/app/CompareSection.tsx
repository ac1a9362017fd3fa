import { useMemo } from 'react';
import type { ScatterProps } from '../charts/types';
import { CoverageMatrix, GroupPicker, GroupTable, HeadToHead, RunsPanel, type CompareFigureContext } from '../features/compare';
import { sourceCaption } from '../features/export/chartInput';
import type { CompareView } from '../state';
import { runColumnProblem, useViewActions } from '../state';
import { ErrorBoundary } from './ErrorBoundary';
import type { ScatterModel } from './useScatterModel';

/** Number columns that look like run or seed numbers: whole numbers with few distinct values. */
const MAX_RUN_VALUES = 200;

/**
 * Comparing the groups of the grouping column: which groups, the indicator table, coverage,
 * head-to-head and repeated runs.
 */
export function CompareSection({ model, compare, colors }: { model: ScatterModel; compare: CompareView; colors: string[] }) {
  const { dataset, spec } = model;
  const actions = useViewActions();
  const groupLabel = dataset.byKey.get(compare.column)?.spec.label || compare.column;
  const activeKeys = spec.objectives.filter((o) => o.active).map((o) => o.key).join('\u0000');
  const runColumns = useMemo(() => {
    const active = new Set(activeKeys.split('\u0000'));
    return dataset.columns
        .filter((c) => !active.has(c.spec.key) && runColumnProblem(dataset, c.spec.key, compare.column) === null)
        .filter((c) => {
          if (c.kind !== 'number') return true;
          const seen = new Set<number>();
          for (const v of c.values) {
            if (Number.isNaN(v)) continue;
            if (!Number.isInteger(v)) return false;
            seen.add(v);
            if (seen.size > MAX_RUN_VALUES) return false;
          }
          return seen.size > 1;
        })
      .map((c) => ({ key: c.spec.key, label: c.spec.label || c.spec.key }));
  }, [dataset, compare.column, activeKeys]);
  // The figures draw the main chart's points muted, without the deciding marks.
  const figure: Omit<ScatterProps, 'height'> = useMemo(
    () => ({ ...model.scatter, levelSet: null, best: null, knee: null, unsupported: undefined, referencePoint: null, onReferenceDrag: undefined, onBrush: undefined }),
    [model.scatter],
  );
  const surfaceAxes = compare.runs?.surfaceAxes;
  const runFigure = surfaceAxes && surfaceAxes[0] === spec.x && surfaceAxes[1] === spec.y ? figure : null;
  const base = { compare, colors, groupLabel };
  // The coverage, head-to-head and runs figures can be downloaded: named after the dataset, captioned with its source.
  const retry = [compare, spec];
  const download: CompareFigureContext = useMemo(() => ({ datasetId: dataset.id, caption: sourceCaption(dataset) }), [dataset]);

  return (
    <section className="panel space-y-5" aria-labelledby="compare-title" data-testid="compare-section">
      <div>
        <h2 id="compare-title" className="panel-title">
          Compare {groupLabel.toLowerCase()} groups
        </h2>
        <ErrorBoundary name="Compared groups" resetKeys={retry}>
          <GroupPicker {...base} onChange={actions.setCompareGroups} />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="Group indicators" resetKeys={retry}>
        <GroupTable {...base} datasetId={dataset.id} onReference={actions.setHvReferenceValue} onResetReference={actions.resetHvReference} />
      </ErrorBoundary>
      <div className="grid grid-cols-1 gap-5 xl:grid-cols-[minmax(0,30rem)_minmax(0,1fr)]">
        <ErrorBoundary name="Coverage" resetKeys={retry}>
          <CoverageMatrix {...base} figure={download} />
        </ErrorBoundary>
        <ErrorBoundary name="Head to head" resetKeys={retry}>
          <HeadToHead {...base} onPair={actions.setPair} scatter={figure} figure={download} />
        </ErrorBoundary>
      </div>
      {runColumns.length > 0 && (
        <ErrorBoundary name="Repeated runs" resetKeys={retry}>
          <RunsPanel {...base} runColumns={runColumns} runColumn={spec.runColumn} onRunColumn={actions.setRunColumn} scatter={runFigure} figure={download} />
        </ErrorBoundary>
      )}
    </section>
  );
}
