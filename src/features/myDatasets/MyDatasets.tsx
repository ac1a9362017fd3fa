import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { uploadsKey, uploadsQuery, uploadStore, type UploadRecord, type UploadStore, type UploadSummary } from '../../data/uploads';
import { downloadBlob } from '../export/download';
import { UndoToast } from './UndoToast';
import { UploadItem } from './UploadItem';

export interface MyDatasetsProps {
  /** Open an upload (the app loads it as the current dataset). */
  onOpen: (id: string) => void;
  /** The dataset on screen, highlighted in the list. */
  activeId?: string;
  onRenamed?: (id: string, name: string) => void;
  /** An upload was deleted (an Undo may still bring it back, then `onRestored` follows). */
  onDeleted?: (id: string) => void;
  onRestored?: (id: string) => void;
  /** Reopen the mapping of an upload's columns (`useEditColumns().onEditColumns`); no button without it. */
  onEditColumns?: (id: string, name?: string) => void;
  /** The store to work on; the app's by default. */
  store?: UploadStore;
}

/** The person's uploads kept in this browser: open, rename, edit columns, download the original, delete with Undo. */
export function MyDatasets({ onOpen, activeId, onRenamed, onDeleted, onRestored, onEditColumns, store = uploadStore() }: MyDatasetsProps) {
  const client = useQueryClient();
  const { data: uploads, isPending, error } = useQuery(uploadsQuery(store));
  const [deleted, setDeleted] = useState<{ record: UploadRecord; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => client.invalidateQueries({ queryKey: uploadsKey }), [client]);
  const patch = (change: (list: UploadSummary[]) => UploadSummary[]) => client.setQueryData<UploadSummary[]>(uploadsKey, (old) => old && change(old));

  const rename = async (upload: UploadSummary, name: string) => {
    patch((list) => list.map((u) => (u.id === upload.id ? { ...u, name } : u)));
    if (await store.rename(upload.id, name)) {
      setProblem(null);
      onRenamed?.(upload.id, name);
    } else if (!(await store.load(upload.id))) {
      // Deleted meanwhile, e.g. in another tab: say so rather than drop the new name without a word.
      setProblem(`'${upload.name}' could not be renamed: it is no longer kept in this browser (deleted in another tab?).`);
    } else setProblem(`'${upload.name}' could not be renamed: the name must not be blank.`);
    await refresh();
  };

  const remove = async (upload: UploadSummary) => {
    patch((list) => list.filter((u) => u.id !== upload.id));
    const record = await store.remove(upload.id);
    await refresh();
    onDeleted?.(upload.id);
    if (record) setDeleted({ record, name: upload.name });
  };

  const undo = async () => {
    if (!deleted) return;
    const { record } = deleted;
    setDeleted(null);
    await store.restore(record);
    await refresh();
    onRestored?.(record.recipe.id);
  };
  const expire = useCallback(() => setDeleted(null), []);

  const download = async (upload: UploadSummary) => {
    const file = await store.original(upload.id);
    if (!file) {
      setProblem(`The original file of '${upload.name}' is no longer in this browser.`);
      return;
    }
    setProblem(null);
    downloadBlob(file.blob, file.fileName);
  };

  return (
    <section className="panel" data-testid="my-datasets" aria-labelledby="my-datasets-title">
      <h2 id="my-datasets-title" className="panel-title">
        My datasets
      </h2>
      {isPending && <p className="text-sm text-slate-500 dark:text-slate-400">Loading…</p>}
      {error && <p className="text-sm text-amber-800 dark:text-amber-300">Could not read the datasets kept in this browser: {error.message}</p>}
      {uploads && uploads.length === 0 && (
        <p className="text-sm text-slate-500 dark:text-slate-400">Files you add are kept here, in this browser only: nothing is uploaded to a server.</p>
      )}
      {uploads && uploads.length > 0 && (
        <ul className="-mx-2 space-y-0.5">
          {uploads.map((u) => (
            <UploadItem
              key={u.id}
              upload={u}
              active={u.id === activeId}
              onOpen={() => onOpen(u.id)}
              onRename={(name) => rename(u, name)}
              onDelete={() => void remove(u)}
              onDownload={() => void download(u)}
              {...(onEditColumns ? { onEditColumns: () => onEditColumns(u.id, u.name) } : {})}
            />
          ))}
        </ul>
      )}
      {problem && (
        <p role="alert" className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {problem}
        </p>
      )}
      {deleted && <UndoToast key={deleted.record.recipe.id} message={`Deleted '${deleted.name}'`} onUndo={() => void undo()} onExpire={expire} />}
    </section>
  );
}
