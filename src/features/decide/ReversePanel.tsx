import { useId } from 'react';
import { percent } from './text';
import type { DecisionObjective } from './types';

export interface ReversePanelProps {
  /** Name of the selected row, or null when nothing is selected. */
  selectedLabel: string | null;
  /** The active objectives, in the order of `pseudoWeights`. */
  objectives: DecisionObjective[];
  /** Deb's pseudo-weights of the selection (core `pseudoWeights`), null or NaN when it is not on the front. */
  pseudoWeights: ArrayLike<number> | null;
  /**
   * Two objectives only: the weights w of the FIRST objective (the second weighs 1 − w) over which the
   * selection wins the weighted sum (core `weightRange2d`); null when no weight makes it win;
   * undefined when there are not exactly two objectives.
   */
  weightRange?: { min: number; max: number } | null;
  /** The selection is a front point no weighted sum can pick. */
  unsupported: boolean;
  /** How many front points no weighted sum can pick. */
  unsupportedCount: number;
  /** Two objectives: the current weight share of the first objective, marked on the range bar. */
  currentShare?: number | null;
  /** When given, a button sets the weights to the pseudo-weights. */
  onUseWeights?: (weights: Record<string, number>) => void;
}

function Bar({ value }: { value: number }) {
  return (
    <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden="true">
      <div className="h-full rounded-full bg-sky-600 dark:bg-sky-400" style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
    </div>
  );
}

/**
 * Reading the choice backwards: for a selected front point, the weights it stands for (Deb & Gupta's
 * pseudo-weights), in two objectives the weights over which it wins the weighted sum, and whether any
 * weighted sum can pick it at all.
 */
export function ReversePanel(props: ReversePanelProps) {
  const { selectedLabel, objectives, pseudoWeights, weightRange, unsupported, unsupportedCount, currentShare, onUseWeights } = props;
  const id = useId();
  const pw = pseudoWeights && objectives.every((_, k) => Number.isFinite(pseudoWeights[k])) ? pseudoWeights : null;
  const [first, second] = objectives;

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="reverse-panel">
      <h2 id={`${id}-title`} className="panel-title">
        Which weights pick it?
      </h2>
      {selectedLabel === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">Select a front point on the chart or in a table to see the weights it stands for.</p>
      ) : (
        <>
          <p className="mb-2 truncate text-sm font-semibold text-slate-800 dark:text-slate-100" title={selectedLabel} data-testid="reverse-selected">
            {selectedLabel}
          </p>
          {!pw ? (
            <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="reverse-off-front">
              Not on the front: some other row is at least as good in every objective, so no weighting prefers it.
            </p>
          ) : (
            <>
              <h3 className="field-label" title="Deb & Gupta: how close the point is to each objective's best end of the front, as shares that add up to 100%">
                Pseudo-weights
              </h3>
              <ul className="space-y-1.5" aria-label="Pseudo-weights">
                {objectives.map((o, k) => (
                  <li key={o.key} data-testid={`pseudo-weight-${o.key}`} className="grid grid-cols-[minmax(0,1fr)_2.75rem] items-center gap-x-2 text-xs">
                    <span className="truncate text-slate-700 dark:text-slate-200">{o.label}</span>
                    <span className="text-right tabular-nums text-slate-700 dark:text-slate-200">{percent(pw[k])}</span>
                    <div className="col-span-2">
                      <Bar value={pw[k]} />
                    </div>
                  </li>
                ))}
              </ul>
              <p className="mt-1.5 text-xs leading-snug text-slate-500 dark:text-slate-400">
                How near it sits to each objective&apos;s best end of the front (Deb &amp; Gupta), as weights adding up to 100%.
              </p>
              {onUseWeights && (
                <button
                  type="button"
                  className="btn mt-2 text-xs"
                  data-testid="reverse-use-weights"
                  onClick={() => onUseWeights(Object.fromEntries(objectives.map((o, k) => [o.key, Number(pw[k].toFixed(4))])))}
                >
                  Use these weights
                </button>
              )}
            </>
          )}

          {weightRange !== undefined && pw && first && second && (
            <div className="mt-3" data-testid="weight-range">
              <h3 className="field-label">Wins the weighted sum</h3>
              {weightRange === null ? (
                <p className="text-xs text-slate-600 dark:text-slate-300">for no weights at all.</p>
              ) : (
                <>
                  <p className="mb-1 text-xs text-slate-600 dark:text-slate-300">
                    when {first.label} weighs {percent(weightRange.min)}
                    {weightRange.max > weightRange.min ? ` to ${percent(weightRange.max)}` : ''} (and {second.label} the rest).
                  </p>
                  <div className="relative h-3 rounded-full bg-slate-200 dark:bg-slate-700" role="img" aria-label={`Weight of ${first.label} from ${percent(weightRange.min)} to ${percent(weightRange.max)}`}>
                    <div
                      className="absolute inset-y-0 rounded-full bg-sky-600 dark:bg-sky-400"
                      style={{ left: `${weightRange.min * 100}%`, width: `max(3px, ${(weightRange.max - weightRange.min) * 100}%)` }}
                    />
                    {currentShare !== undefined && currentShare !== null && Number.isFinite(currentShare) && (
                      <div className="absolute -inset-y-0.5 w-0.5 bg-slate-900 dark:bg-white" style={{ left: `calc(${currentShare * 100}% - 1px)` }} title={`Now: ${percent(currentShare)}`} />
                    )}
                  </div>
                  <div className="mt-0.5 flex justify-between text-[10px] text-slate-500 dark:text-slate-400">
                    <span>all {second.label}</span>
                    <span>all {first.label}</span>
                  </div>
                </>
              )}
            </div>
          )}

          {unsupported && pw && (
            <p className="mt-3 rounded-md bg-amber-50 px-2 py-1.5 text-xs leading-snug text-amber-900 dark:bg-amber-950/40 dark:text-amber-200" data-testid="reverse-unsupported">
              No weighted sum can pick this point: it lies in a dent of the front (off its convex hull), so whatever the weights a neighbour scores
              better — Chebyshev or a reference point can still pick it.
            </p>
          )}
        </>
      )}
      {unsupportedCount > 0 && (
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400" data-testid="unsupported-count">
          {unsupportedCount.toLocaleString('en-US')} front point{unsupportedCount === 1 ? '' : 's'} no weighted sum can pick (◇ on the chart).
        </p>
      )}
    </section>
  );
}
