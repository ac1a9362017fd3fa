import { useId } from 'react';
import { heatmapToSvg } from '../../charts/compare/exportHeatmap';
import { Heatmap } from '../../charts/compare/Heatmap';
import { compareFigureBase, coverageCellTitle, coverageFigure, coverageLabels } from './compareFigures';
import { FigureDownload } from './FigureDownload';
import type { CoverageMatrixProps } from './types';

/**
 * Set coverage between the compared groups' fronts as a heatmap: row A, column B, cell C(A, B). Read
 * across a row for how much of every other group's front that group weakly dominates.
 */
export function CoverageMatrix({ compare, colors, groupLabel, figure }: CoverageMatrixProps) {
  const id = useId();
  const labels = coverageLabels(compare, colors);
  const name = (i: number) => compare.names[compare.compared[i]];
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="flex items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="panel-title">
          Coverage
        </h3>
        {figure && labels.length > 0 && (
          <FigureDownload
            what="coverage figure"
            testId="coverage-download"
            fileBase={compareFigureBase(figure.datasetId, 'coverage')}
            svg={(theme) => heatmapToSvg(coverageFigure(compare, colors, groupLabel, figure, theme))}
          />
        )}
      </div>
      <p className="mb-3 text-xs leading-snug text-slate-500 dark:text-slate-400">
        C(A, B): share of B’s front weakly dominated by A’s front (Zitzler &amp; Thiele). Read a row: how much of each other group that row’s group covers.
      </p>
      {labels.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No group is compared.</p>
      ) : (
        <div data-testid="coverage-matrix">
          <Heatmap
            rows={labels}
            cols={labels}
            values={compare.coverage}
            rowHeader="A"
            colHeader="B"
            legend={['0', '1 (all)']}
            ariaLabel={`Coverage matrix of ${labels.length} groups: row A, column B, C(A, B) from 0 to 1`}
            cellTitle={coverageCellTitle(labels)}
            cellAttributes={(i, j, v) => ({ 'data-testid': 'coverage-cell', 'data-a': name(i), 'data-b': name(j), 'data-value': String(v) })}
          />
        </div>
      )}
    </section>
  );
}
