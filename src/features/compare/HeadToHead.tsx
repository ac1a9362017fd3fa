import { useId } from 'react';
import { chartToSvg } from '../../charts/exportSvg';
import { Scatter } from '../../charts/Scatter';
import type { ScatterLayer } from '../../charts/types';
import type { ComparePair, CompareView } from '../../state/compareTypes';
import { compareFigureBase, headToHeadFigure } from './compareFigures';
import { FigureDownload } from './FigureDownload';
import { groupName } from './text';
import type { HeadToHeadProps } from './types';

/** The figure's layers: both fronts as dots, then each side's front points the other dominates as crosses in the dominator's colour. */
export function headToHeadLayers(compare: CompareView, pair: ComparePair, colors: string[]): ScatterLayer[] {
  const a = groupName(compare.names[pair.a]);
  const b = groupName(compare.names[pair.b]);
  return [
    { id: 'h2h-a-front', color: colors[pair.a], rows: pair.aFront, mark: 'dot', label: `${a} front` },
    { id: 'h2h-b-front', color: colors[pair.b], rows: pair.bFront, mark: 'dot', label: `${b} front` },
    { id: 'h2h-a-by-b', color: colors[pair.b], rows: pair.aDominatedByB, mark: 'cross', label: `${a} points ${b} dominates` },
    { id: 'h2h-b-by-a', color: colors[pair.a], rows: pair.bDominatedByA, mark: 'cross', label: `${b} points ${a} dominates` },
  ];
}

/** Options: the compared groups first, then every other shown group by front share. */
function options(compare: CompareView): { compared: number[]; others: number[] } {
  const compared = new Set(compare.compared);
  return { compared: compare.compared, others: compare.byShare.filter((g) => !compared.has(g)) };
}

function GroupSelect({ id, label, value, other, compare, onChange }: { id: string; label: string; value: number; other: number; compare: CompareView; onChange: (g: number) => void }) {
  const { compared, others } = options(compare);
  const option = (g: number) => (
    <option key={g} value={g} disabled={g === other}>
      {groupName(compare.names[g])}
      {g === other ? ' (the other side)' : ''}
    </option>
  );
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="select" value={value} data-testid={`h2h-${label.toLowerCase()}`} onChange={(e) => onChange(Number(e.target.value))}>
        <optgroup label="Compared">{compared.map(option)}</optgroup>
        {others.length > 0 && <optgroup label="Other groups">{others.map(option)}</optgroup>}
      </select>
    </div>
  );
}

/**
 * Head-to-head between two groups: which of A's front points B dominates and the reverse, as a sentence,
 * counts, and a figure over the muted global view.
 */
export function HeadToHead({ compare, colors, onPair, scatter, figure }: HeadToHeadProps) {
  const id = useId();
  const pair = compare.pair;
  const names = compare.names;
  const pick = (a: number, b: number) => {
    if (a !== b) onPair([names[a], names[b]]);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="head-to-head">
      <div className="flex items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="panel-title">
          Head to head
        </h3>
        {figure && pair && scatter && (
          <FigureDownload
            what="head-to-head figure"
            testId="h2h-download"
            fileBase={compareFigureBase(figure.datasetId, { headToHead: [names[pair.a], names[pair.b]] })}
            svg={(theme) => chartToSvg(headToHeadFigure(compare, pair, headToHeadLayers(compare, pair, colors), scatter, figure, theme))}
          />
        )}
      </div>
      {pair === null ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">Head to head needs two groups.</p>
      ) : (
        <>
          <div className="mb-3 flex items-end gap-2">
            <GroupSelect id={`${id}-a`} label="A" value={pair.a} other={pair.b} compare={compare} onChange={(g) => pick(g, pair.b)} />
            <button type="button" className="btn shrink-0" aria-label="Swap A and B" title="Swap A and B" data-testid="h2h-swap" onClick={() => pick(pair.b, pair.a)}>
              <span aria-hidden="true">⇄</span>
            </button>
            <GroupSelect id={`${id}-b`} label="B" value={pair.b} other={pair.a} compare={compare} onChange={(g) => pick(pair.a, g)} />
          </div>
          <p data-testid="h2h-sentence" className="mb-2 text-sm text-slate-800 dark:text-slate-100">
            {pair.sentence}
          </p>
          <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 tabular-nums dark:text-slate-300" data-testid="h2h-counts">
            {(
              [
                [pair.a, pair.b, pair.aFront.length, pair.aDominatedByB.length],
                [pair.b, pair.a, pair.bFront.length, pair.bDominatedByA.length],
              ] as const
            ).map(([g, o, front, dominated]) => (
              <li key={g} className="flex items-center gap-1.5">
                <span aria-hidden="true" className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: colors[g] }} />
                <span>
                  {`${groupName(names[g])} front: ${front}`}
                  <span className="text-slate-500 dark:text-slate-400">{` · dominated by ${groupName(names[o])}: ${dominated}`}</span>
                </span>
              </li>
            ))}
          </ul>
          {scatter && (
            <figure data-testid="h2h-figure">
              <Scatter {...scatter} height={380} baseTone="muted" layers={headToHeadLayers(compare, pair, colors)} />
              <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                Dots: each group’s own front. Crosses: front points the other group dominates, drawn in the dominating group’s colour. Grey: every other shown row.
              </figcaption>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
