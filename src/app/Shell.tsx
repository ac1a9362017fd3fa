import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { catalogQuery, datasetQuery } from '../data';
import { importedDatasetQuery, isUploadId, shareDataFor } from '../data/importedQueries';
import { findStoredCopy, saveUpload, unsavedWarning, uploadsKey, uploadsQuery } from '../data/uploads';
import { ReviewColumnsNotice } from '../features/dataLink/ReviewColumnsNotice';
import { DatasetPicker } from '../features/datasetPicker/DatasetPicker';
import { isEmbedSearch } from '../features/embed/embedLink';
import { EditColumnsButton } from '../features/myDatasets/EditColumnsButton';
import { MyDatasets } from '../features/myDatasets/MyDatasets';
import { useEditColumns } from '../features/myDatasets/useEditColumns';
import { Notices } from '../features/notices/Notices';
import { SourcePanel } from '../features/source/SourcePanel';
import { ThemeToggle } from '../features/theme/ThemeToggle';
import { lazyPart } from '../features/lazyPart';
import type { ImportInitial, ImportResult, LinkImport } from '../features/upload';
import { DialogFrame } from '../features/upload/DialogFrame';
import { DropOverlay } from '../features/upload/DropOverlay';
import { useFileDrop } from '../features/upload/useFileDrop';
import { useDatasetId, useNoticeActions, useNotices, useUrlSync, useViewActions, useViewDataset, viewStore } from '../state';
import { mappingOverrides, readDataLink } from '../state/dataLink';
import { readBundle } from '../state/share';
import { EmbedMode } from './EmbedMode';
import { ExploreView, type ShareProps } from './ExploreView';
import { dropDataLink } from './incoming';
import { IncomingProgress } from './IncomingProgress';
import { KeepLargeData } from './KeepLargeData';
import { useIncomingShare } from './useIncomingShare';

/** The import dialog and its pipeline (parsers, guesses, checks) download when Add data is first used. */
const ImportDialog = lazyPart(() => import('../features/upload/ImportDialog').then((m) => m.ImportDialog), {
  what: 'The import dialog',
  minHeight: 160,
  frame: (body, { onClose }) => (
    <DialogFrame title="Add data" onClose={onClose} testId="dialog-loading">
      {body}
    </DialogFrame>
  ),
});

/** Header, dataset loading (bundled, uploaded, shared), import and the explore view. */
export function Shell() {
  const client = useQueryClient();
  const [embed] = useState(() => isEmbedSearch(window.location.search));
  // One notice queue, the store's: what is said while a dataset loads stays through that load.
  const notices = useNotices();
  const { dismissNotice, clearNotices } = useNoticeActions();
  const say = useCallback((notice: string) => viewStore.getState().addNotices([notice]), []);
  useEffect(() => viewStore.getState().addNotices(readDataLink(window.location.search)?.problems ?? []), []);
  // Data in the link's fragment must be kept before the dataset it names can load.
  const { incoming, fetching, givenUp, cancel: cancelIncoming, asking, keepBundleData } = useIncomingShare(say);
  // `?data=<url>`: the view in the link is for that file, so nothing else opens until it is imported
  // (or the import is given up): resolving the view against the default dataset would only raise notices.
  const [dataLink, setDataLink] = useState(() => (embed ? null : readDataLink(window.location.search)));
  const [importing, setImporting] = useState<{ key: number; initial?: ImportInitial; link?: LinkImport } | null>(() =>
    dataLink
      ? { key: 0, initial: { url: dataLink.url }, link: { overrides: dataLink.overrides, auto: dataLink.namesObjectives, objectives: dataLink.objectives } }
      : null,
  );
  // After a link opened its file without the mapping dialog: the dataset, for "Review columns".
  const [review, setReview] = useState<{ id: string; url: string; leftOut: number } | null>(null);

  const catalog = useQuery(catalogQuery());
  const uploads = useQuery(uploadsQuery());
  const entries = catalog.data ?? [];
  const fallback = entries[0]?.id ?? '';
  const id = useDatasetId(fallback);
  const upload = isUploadId(id);
  const known = upload || entries.some((e) => e.id === id);
  const ready = catalog.isSuccess && fallback !== '' && !incoming && !dataLink;
  const dataset = useQuery({
    ...(upload ? importedDatasetQuery(id) : datasetQuery(known ? id : fallback)),
    enabled: ready,
  });
  const shown = useViewDataset();
  const { requestDataset } = useViewActions();
  useUrlSync(dataset.data);
  // Edit columns of a stored upload (My datasets, the header, notices): `onEditColumns(id)`.
  const { onEditColumns, editColumnsDialog } = useEditColumns();

  // A shared link's data that could not be fetched (or a Cancel) opens the default dataset instead.
  useEffect(() => {
    if (givenUp && fallback) requestDataset(fallback);
  }, [givenUp, fallback, requestDataset]);

  const openImported = useCallback(
    async ({ recipe: imported, table, original, linked }: ImportResult) => {
      let recipe = imported;
      // Kept in the browser at import time, before anything renders — once: a data link opened again
      // reopens the copy kept the first time.
      const copy = linked ? await findStoredCopy(recipe, original) : undefined;
      if (copy) recipe = { ...recipe, id: copy };
      else {
        // The parsed columns (opened without a parse) and the original file (for a download).
        const saved = await saveUpload(recipe, { table, original }, { rows: table.rowCount - recipe.excludeRows.length });
        if (!saved.persisted) say(unsavedWarning(saved.reason));
        await client.invalidateQueries({ queryKey: uploadsKey });
      }
      setImporting(null);
      requestDataset(recipe.id);
      if (linked) {
        linked.notices.forEach(say);
        // The address bar still holds the link's view; it is resolved against this dataset once it loads.
        setDataLink(null);
        setReview(linked.automatic && recipe.source.kind === 'url' ? { id: recipe.id, url: recipe.source.url, leftOut: linked.leftOut } : null);
      }
    },
    [client, requestDataset, say],
  );

  const closeImport = useCallback(() => {
    setImporting(null);
    if (dataLink) {
      // The link's file was not imported: open the app as if without the link, its view dropped with it.
      dropDataLink();
      setDataLink(null);
    }
  }, [dataLink]);

  const openBundle = useCallback(
    async (json: unknown) => {
      const bundle = readBundle(json);
      setImporting(null);
      if ('error' in bundle) return say(bundle.error);
      if (bundle.notice) say(bundle.notice);
      try {
        const kept = await keepBundleData(bundle.data);
        if (kept.warning) say(kept.warning);
        await client.invalidateQueries({ queryKey: uploadsKey });
        window.history.pushState(null, '', `${window.location.pathname}${bundle.search}`);
        requestDataset(kept.id);
      } catch (e) {
        // A Cancel is the person's choice; the dataset on screen simply stays.
        if ((e as Error).name !== 'AbortError') say(`The bundle's data could not be opened: ${(e as Error).message}`);
      }
    },
    [client, requestDataset, say, keepBundleData],
  );

  const { dragging } = useFileDrop((file) => setImporting({ key: Date.now(), initial: { file } }), { enabled: !embed });

  // Share links of uploads carry their data, built from the stored columns when the share dialog opens.
  // Follows the dataset, not only its id: reviewing an upload's columns keeps its id.
  const shownId = shown?.id;
  const share = useMemo<ShareProps | undefined>(() => {
    if (!shownId || !isUploadId(shownId) || !shown) return undefined;
    let made: ReturnType<NonNullable<ShareProps['load']>> | undefined;
    const load = () =>
      (made ??= shareDataFor(shownId).then(({ data, original, guessed }) => ({ data, original, overrides: mappingOverrides(original.mapping, guessed) }),
        (error: unknown) => {
          made = undefined; // the next open tries again
          throw error;
        },
      ));
    return { load };
  }, [shownId, shown]);

  // A dataset that cannot be loaded (deleted upload, broken link): say why, then fall back.
  const failed = dataset.isError ? dataset.error : null;
  useEffect(() => {
    if (failed && id !== fallback && fallback) {
      say(`The dataset '${id}' could not be opened — ${failed.message}`);
      requestDataset(fallback);
    }
  }, [failed, id, fallback, requestDataset, say]);

  if (embed) return <EmbedMode loading={!shown} error={catalog.error ?? dataset.error ?? null} />;

  const uploadList = (uploads.data ?? []).map((u) => ({ id: u.id, name: u.name }));
  return (
    <div className="min-h-screen bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-[1680px] items-center gap-3 px-4 py-2.5">
          <a href={import.meta.env.BASE_URL} className="flex items-center gap-2 rounded focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="h-7 w-7" />
            <h1 className="text-lg font-semibold tracking-tight">Paretoscope</h1>
          </a>
          {entries.length > 0 && (
            <DatasetPicker entries={entries} uploads={uploadList} value={shown?.id ?? id} onChange={(next) => requestDataset(next)} />
          )}
          {shown && <SourcePanel card={shown.card} />}
          {shown && isUploadId(shown.id) && <EditColumnsButton id={shown.id} name={shown.card.title} onEditColumns={onEditColumns} />}
          <button type="button" className="btn shrink-0 whitespace-nowrap" onClick={() => setImporting({ key: Date.now() })}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M12 16V4M7 9l5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" />
            </svg>
            Add data
          </button>
          <div className="flex-1" />
          <span className="hidden text-xs text-slate-500 lg:inline dark:text-slate-400">Drop a CSV, JSON or Parquet file anywhere</span>
          <ThemeToggle />
        </div>
      </header>
      <DropOverlay active={dragging} />
      {importing && (
        <ImportDialog
          key={importing.key}
          initial={importing.initial}
          link={importing.link}
          onClose={closeImport}
          onImport={openImported}
          onBundle={openBundle}
        />
      )}
      {editColumnsDialog}
      {!shown && notices.length > 0 && (
        <div className="mx-auto mt-4 max-w-3xl px-4">
          <Notices notices={notices} onDismiss={dismissNotice} onDismissAll={clearNotices} />
        </div>
      )}
      {catalog.isError && <LoadError title="The dataset catalog could not be loaded" error={catalog.error} />}
      {failed && (id === fallback || !fallback) && <LoadError title="The dataset could not be loaded" error={failed} />}
      {fetching && (!shown || fetching.kind === 'bundle') && <IncomingProgress fetching={fetching} onCancel={cancelIncoming} />}
      {asking && <KeepLargeData bytes={asking.bytes} onAnswer={asking.answer} />}
      {!shown && !fetching && !asking && !catalog.isError && !failed && (
        <p className="p-8 text-center text-slate-500" role="status">
          {dataLink ? `Loading the data this link names (${dataLink.url})…` : 'Loading dataset…'}
        </p>
      )}
      {shown && review?.id === shown.id && (
        <div className="mx-auto max-w-[1680px] px-4 pt-4">
          <ReviewColumnsNotice url={review.url} leftOut={review.leftOut} onReview={() => {
              setReview(null);
              onEditColumns(review.id);
            }} onDismiss={() => setReview(null)} />
        </div>
      )}
      {shown && (
        <ExploreView
          share={share}
          sidebarExtra={<MyDatasets onOpen={requestDataset} onEditColumns={onEditColumns} activeId={shown.id} onDeleted={(gone) => gone === shown.id && requestDataset(fallback)} />}
        />
      )}
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
