import { useId } from 'react';
import type { DecisionMethod, DecisionView } from '../../state/decisionTypes';
import { formatValue } from '../format';
import { NumberField } from './NumberField';
import { METHODS, formatPlain, formatWeight, percent } from './text';
import type { DecisionObjective } from './types';

export interface WeightsPanelProps {
  /** The active objectives, in order. */
  objectives: DecisionObjective[];
  /** Weight per objective key; a missing key weighs 1. */
  weights: Record<string, number>;
  method: DecisionMethod;
  /** Range each objective is normalized over (DecisionView.ranges). */
  ranges: DecisionView['ranges'];
  /** How many rows those ranges come from (the ranked rows), for "normalized over 51 rows". */
  rankedCount?: number;
  /** Reference point in data units per objective key ('asf'). */
  referencePoint: Record<string, number> | null;
  /** Called on every slider movement (input events) and every number typed. */
  onWeight: (key: string, weight: number) => void;
  onMethod: (method: DecisionMethod) => void;
  onReferenceValue: (key: string, value: number) => void;
}

const weightOf = (weights: Record<string, number>, key: string) => weights[key] ?? 1;

/**
 * Weights per active objective (slider and number), the scoring method, and for the reference-point
 * method the reference values. Each objective's normalization range is shown: weights act on the
 * objectives rescaled to [0, 1] over the ranked rows, so they compare like with like.
 */
export function WeightsPanel(props: WeightsPanelProps) {
  const { objectives, weights, method, ranges, rankedCount, referencePoint, onWeight, onMethod, onReferenceValue } = props;
  const id = useId();
  const total = objectives.reduce((s, o) => s + weightOf(weights, o.key), 0);
  const help = METHODS.find((m) => m.value === method)?.help;

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="weights-panel">
      <h2 id={`${id}-title`} className="panel-title">
        Weights
      </h2>
      <div className="seg mb-2 flex w-full" role="group" aria-label="Scoring method">
        {METHODS.map((m) => (
          <button
            key={m.value}
            type="button"
            className="flex-1 !px-1 whitespace-nowrap"
            aria-pressed={method === m.value}
            aria-label={m.label}
            data-testid={`method-${m.value}`}
            title={`${m.label}: ${m.help}`}
            onClick={() => onMethod(m.value)}
          >
            {m.short}
          </button>
        ))}
      </div>
      {help && <p className="mb-3 text-xs leading-snug text-slate-500 dark:text-slate-400">{help}</p>}

      <p className="mb-3 text-xs leading-snug text-slate-500 dark:text-slate-400" data-testid="weights-normalization">
        {rankedCount !== undefined ? `Normalized over ${rankedCount.toLocaleString('en-US')} row${rankedCount === 1 ? '' : 's'}` : 'Normalized over the ranked rows'}: each
        objective is rescaled to [0, 1] over the range under it (best 0, worst 1), so weights compare like with like.
      </p>
      <ul className="space-y-3">
        {objectives.map((o) => {
          const w = weightOf(weights, o.key);
          const range = ranges.find((r) => r.key === o.key);
          const unit = o.unit ? ` ${o.unit}` : '';
          const sliderId = `${id}-w-${o.key}`;
          const share = total > 0 ? w / total : 0;
          return (
            <li key={o.key} data-objective={o.key}>
              <div className="flex items-center justify-between gap-2">
                <label htmlFor={sliderId} className="min-w-0 truncate text-sm text-slate-800 dark:text-slate-100" title={`${o.label}${unit} — ${o.sense === 'min' ? 'lower' : 'higher'} is better`}>
                  {o.label}
                  {o.unit && <span className="text-slate-500 dark:text-slate-400"> ({o.unit})</span>}
                  <span className="ml-1 text-[10px] font-medium tracking-wide text-slate-400 uppercase dark:text-slate-500">{o.sense}</span>
                </label>
                <NumberField
                  data-testid={`weight-input-${o.key}`}
                  aria-label={`Weight of ${o.label}`}
                  className="w-16 shrink-0 rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-right text-sm tabular-nums text-slate-900 focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
                  value={w}
                  min={0}
                  step={0.01}
                  onValue={(v) => onWeight(o.key, v)}
                />
              </div>
              <input
                id={sliderId}
                type="range"
                min={0}
                max={1}
                step={0.01}
                value={Math.min(1, Math.max(0, w))}
                data-testid={`weight-${o.key}`}
                aria-valuetext={`${formatWeight(w)} (${percent(share)} of the total weight)`}
                onChange={(e) => onWeight(o.key, Number(e.target.value))}
                className="mt-1 block w-full accent-sky-600 dark:accent-sky-400"
              />
              <div className="mt-0.5 flex items-center justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
                <span data-testid={`range-${o.key}`} title="The range this objective is rescaled over: its best value counts 0, its worst 1">
                  {range ? `${formatValue(range.min)} – ${formatValue(range.max)}${unit}` : 'no range'}
                </span>
                <span className="tabular-nums">{percent(share)}</span>
              </div>
              {method === 'asf' && (
                <div className="mt-1.5 flex items-center justify-between gap-2">
                  <label htmlFor={`${sliderId}-ref`} className="text-xs font-medium text-slate-600 dark:text-slate-300">
                    Reference{unit}
                  </label>
                  <NumberField
                    id={`${sliderId}-ref`}
                    data-testid={`ref-${o.key}`}
                    className="w-24 rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-right text-sm tabular-nums text-slate-900 focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
                    value={referencePoint?.[o.key]}
                    format={formatPlain}
                    placeholder="value"
                    onValue={(v) => onReferenceValue(o.key, v)}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>

      {method === 'asf' && <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Drag the reference point on the chart, or type its values.</p>}
      {total === 0 && objectives.length > 0 && (
        <p role="alert" data-testid="weights-zero" className="mt-3 text-xs text-amber-700 dark:text-amber-400">
          All weights are 0: give at least one objective some weight.
        </p>
      )}
    </section>
  );
}
