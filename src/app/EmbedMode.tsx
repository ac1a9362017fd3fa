import { EmbedView } from '../features/embed/EmbedView';
import { openInAppHref } from '../features/embed/embedLink';
import { useCompareView } from '../state';
import { ChartBody, shownMode } from './ChartBody';
import { useScatterModel } from './useScatterModel';

/** `embed=1`: the chart alone, for iframes. */
export function EmbedMode({ loading, error }: { loading: boolean; error: Error | null }) {
  const model = useScatterModel();
  const compare = useCompareView();
  if (error) return <p role="alert" className="p-4 text-sm text-red-700">{error.message}</p>;
  if (loading || !model) return <p role="status" className="p-4 text-sm text-slate-500">Loading…</p>;
  const { spec, dataset, view, palette } = model;
  const hidden = new Set(spec.hiddenGroups);
  return (
    <EmbedView
      scatter={model.scatter}
      chart={shownMode(spec, compare, view.activeObjectives.length) === 'scatter' ? undefined : (height) => <ChartBody model={model} compare={compare} height={height} />}
      title={`${model.yLabel} vs. ${model.xLabel}`}
      frontCount={model.frontCount}
      shownCount={model.shownCount}
      objectiveCount={view.activeObjectives.length}
      href={openInAppHref(spec, dataset)}
      groups={spec.color === 'group' ? view.groupNames.map((name, k) => ({ name, color: palette[k] })).filter((g) => !hidden.has(g.name)) : undefined}
    />
  );
}
