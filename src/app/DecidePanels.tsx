import { useCallback, useMemo } from 'react';
import type { Dataset } from '../data/types';
import { ConstraintsPanel, DerivedColumnsPanel, RankingTable, ReversePanel, WeightsPanel, type DecisionColumn, type DecisionObjective } from '../features/decide';
import { formulaCheck, suggestedDerived, usePointDecision, useViewActions, useViewDataset, type DerivedView, type ViewSpec } from '../state';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  spec: ViewSpec;
  /** The dataset with derived columns. */
  dataset: Dataset;
  view: DerivedView;
}

function objectivesOf(view: DerivedView): DecisionObjective[] {
  return view.activeObjectives.map((o) => ({ key: o.key, label: o.label || o.key, unit: o.unit, sense: o.sense }));
}

/** Weights and method, constraints, derived columns: the controls for deciding (left column). */
export function DecideControls({ spec, dataset, view }: Props) {
  const actions = useViewActions();
  const base = useViewDataset();
  const decision = view.decision;
  const columns: DecisionColumn[] = useMemo(
    () =>
      dataset.columns
        .filter((c) => c.kind === 'number')
        .map((c) => {
          let min = Infinity;
          let max = -Infinity;
          const v = c.values as Float64Array;
          for (let i = 0; i < v.length; i++) {
            if (v[i] < min) min = v[i];
            if (v[i] > max) max = v[i];
          }
          return { key: c.spec.key, label: c.spec.label || c.spec.key, unit: c.spec.unit, min: Number.isFinite(min) ? min : undefined, max: Number.isFinite(max) ? max : undefined };
        }),
    [dataset],
  );
  const retry = [spec, dataset];
  const validate = useCallback((formula: string) => (base ? formulaCheck(base, spec.derived, formula) : {}), [base, spec.derived]);
  const suggestions = useMemo(
    () => (base ? suggestedDerived(base).filter((s) => !spec.derived.some((d) => d.key === s.key)) : []),
    [base, spec.derived],
  );
  let ranked = 0;
  for (let i = 0; i < decision.scores.length; i++) if (!Number.isNaN(decision.scores[i])) ranked++;
  return (
    <>
        <ErrorBoundary name="Weights" resetKeys={retry}>
          <WeightsPanel
            objectives={objectivesOf(view)}
            weights={spec.weights}
            method={spec.method}
            ranges={decision.ranges}
            rankedCount={ranked}
            referencePoint={spec.referencePoint}
            onWeight={actions.setWeight}
            onMethod={actions.setMethod}
            onReferenceValue={actions.setReferenceValue}
          />
        </ErrorBoundary>
        <ErrorBoundary name="Constraints" resetKeys={retry}>
          <ConstraintsPanel
            columns={columns}
            constraints={spec.constraints}
            filteredCount={decision.filteredCount}
            onAdd={actions.addConstraint}
            onUpdate={actions.updateConstraint}
            onRemove={actions.removeConstraint}
          />
        </ErrorBoundary>
        <ErrorBoundary name="Derived columns" resetKeys={retry}>
          <DerivedColumnsPanel
            derived={spec.derived}
            columns={columns}
            validate={validate}
            suggestions={suggestions}
            onAdd={actions.addDerived}
            onRemove={actions.removeDerived}
          />
        </ErrorBoundary>
    </>
  );
}

/** The ranking under the current weights and the reverse reading of the selection. */
export function DecideSummary({ spec, dataset, view }: Props) {
  const actions = useViewActions();
  const decision = view.decision;
  const point = usePointDecision(spec.selected);
  const objectives = objectivesOf(view);
  let unsupportedCount = 0;
  for (let i = 0; i < decision.unsupported.length; i++) unsupportedCount += decision.unsupported[i];
  const label = dataset.labelKey !== undefined ? dataset.byKey.get(dataset.labelKey) : undefined;
  const selectedLabel = spec.selected === null ? null : label ? String(label.values[spec.selected]) : `Row ${spec.selected + 1}`;
  const first = objectives[0]?.key;
  const w = (k: string) => spec.weights[k] ?? 1;
  const retry = [spec, dataset];
  const share = objectives.length === 2 ? w(objectives[0].key) / (w(objectives[0].key) + w(objectives[1].key) || 1) : null;
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_18rem]">
      <section className="panel min-w-0" aria-labelledby="ranking-title">
        <h2 id="ranking-title" className="panel-title">
          Ranking · top 10
        </h2>
        <ErrorBoundary name="Ranking table" resetKeys={retry}>
          <RankingTable
            ranking={decision.ranking}
            dataset={dataset}
            objectiveKeys={objectives.map((o) => o.key)}
            best={decision.best}
            selected={spec.selected}
            onSelect={actions.setSelected}
          />
        </ErrorBoundary>
      </section>
      <ErrorBoundary name="Which weights pick it" resetKeys={retry}>
        <ReversePanel
          selectedLabel={selectedLabel}
          objectives={objectives}
          pseudoWeights={point?.pseudoWeights ?? null}
          weightRange={point?.weightRange}
          unsupported={point ? point.onFront && !point.supported : false}
          unsupportedCount={unsupportedCount}
          currentShare={first ? share : null}
          onUseWeights={actions.setWeights}
        />
      </ErrorBoundary>
    </div>
  );
}
