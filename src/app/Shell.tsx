import { useQuery } from '@tanstack/react-query';
import { catalogQuery, datasetQuery } from '../data';
import { DatasetPicker } from '../features/datasetPicker/DatasetPicker';
import { SourcePanel } from '../features/source/SourcePanel';
import { ThemeToggle } from '../features/theme/ThemeToggle';
import { useDatasetId, useUrlSync, useViewActions, useViewDataset } from '../state';
import { ExploreView } from './ExploreView';

/** Header, dataset loading and the explore view. */
export function Shell() {
  const catalog = useQuery(catalogQuery());
  const entries = catalog.data ?? [];
  const fallback = entries[0]?.id ?? '';
  const id = useDatasetId(fallback);
  const known = entries.some((e) => e.id === id);
  const dataset = useQuery({ ...datasetQuery(known ? id : fallback), enabled: catalog.isSuccess && fallback !== '' });
  const shown = useViewDataset();
  const { requestDataset } = useViewActions();
  useUrlSync(dataset.data);

  // A link to a dataset that does not exist opens the default one; resolving the link against it
  // adds a notice that names the unknown id.
  return (
    <div className="min-h-screen bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-[1680px] items-center gap-4 px-4 py-2.5">
          <a href={import.meta.env.BASE_URL} className="flex items-center gap-2 rounded focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="h-7 w-7" />
            <h1 className="text-lg font-semibold tracking-tight">Paretoscope</h1>
          </a>
          {entries.length > 0 && (
            <DatasetPicker entries={entries} value={shown?.id ?? id} onChange={(next) => requestDataset(next)} />
          )}
          {shown && <SourcePanel card={shown.card} />}
          <div className="flex-1" />
          <ThemeToggle />
        </div>
      </header>
      {catalog.isError && <LoadError title="The dataset catalog could not be loaded" error={catalog.error} />}
      {dataset.isError && <LoadError title="The dataset could not be loaded" error={dataset.error} />}
      {(catalog.isPending || (dataset.isPending && !shown)) && !catalog.isError && !dataset.isError && (
        <p className="p-8 text-center text-slate-500" role="status">
          Loading dataset…
        </p>
      )}
      {shown && <ExploreView />}
    </div>
  );
}

function LoadError({ title, error }: { title: string; error: Error }) {
  return (
    <div role="alert" className="mx-auto mt-6 max-w-3xl rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 break-words">{error.message}</p>
    </div>
  );
}
