import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { importedDatasetQuery } from '../../data/importedQueries';
import { loadChunk } from '../../data/lazyChunk';
import { unsavedWarning, updateUploadColumns, uploadsKey, type ColumnsChange, type UpdateResult } from '../../data/uploads';
import type { Dataset } from '../../data/types';
import { browserUrlEnv, encodeQuery, viewStore, type UrlEnv, type ViewStoreApi } from '../../state';
import { keptRowMap, reopenEdited, reopenNotice } from '../../state/reopenEdited';
import { DialogFrame } from '../upload/DialogFrame';
import { lazyPart } from '../lazyPart';
import type { ColumnsEdit } from '../upload/useEditColumnsFlow';

/** The mapping step and its checks download when Edit columns is first opened. */
const EditColumnsDialog = lazyPart(() => import('../upload/EditColumnsDialog').then((m) => m.EditColumnsDialog), {
  what: 'Edit columns',
  minHeight: 160,
  frame: (body, { onClose }) => (
    <DialogFrame title="Edit columns" onClose={onClose} testId="dialog-loading">
      {body}
    </DialogFrame>
  ),
});

export interface EditColumnsOptions {
  store?: ViewStoreApi;
  /** The address bar (the browser's by default). */
  env?: UrlEnv;
  /** Stores the new reading of the columns (the app's upload store by default). */
  update?: (id: string, change: ColumnsChange) => Promise<UpdateResult>;
}

/**
 * Shows an edited upload: the dataset cache gets the new build (same `['dataset', id]` key, so the app
 * re-opens it), and when it is the dataset on screen the view is carried over through the link
 * resolver (`reopenEdited`) — the address bar is rewritten to the carried-over view first, so URL sync
 * re-opens exactly that view, and the one notice is added once it has.
 */
export function showEdited(client: QueryClient, store: ViewStoreApi, env: UrlEnv, edit: ColumnsEdit, dataset: Dataset, notices: string[]): void {
  const { spec, dataset: current } = store.getState();
  const key = importedDatasetQuery(dataset.id).queryKey;
  if (spec && current && current.id === dataset.id) {
    const rowMap = keptRowMap(edit.table.rowCount, edit.before.excludeRows, edit.recipe.excludeRows);
    const reopened = reopenEdited(spec, current, dataset, rowMap);
    const notice = reopenNotice(edit.recipe.name, reopened.reset);
    const all = notice ? [...notices, notice] : notices;
    env.replace(encodeQuery(reopened.spec, dataset));
    // The notice queue survives URL sync's load() of the new reading, so they can be said right away.
    store.getState().addNotices(all);
    client.setQueryData(key, dataset);
    return;
  }
  // Not on screen: the cache (which never goes stale on its own) must not keep the old reading.
  client.setQueryData(key, dataset);
  if (notices.length > 0 && spec) store.getState().addNotices(notices);
}

/**
 * Edit columns for stored uploads. `onEditColumns(id)` opens the dialog (from My datasets, the header,
 * or a notice); render `editColumnsDialog` once in the app. Save updates the stored copy and re-opens
 * the dataset keeping what still fits; Cancel changes nothing; a storage failure keeps the old copy and
 * is said in the dialog.
 */
export function useEditColumns({ store = viewStore, env, update = updateUploadColumns }: EditColumnsOptions = {}): {
  onEditColumns: (id: string, name?: string) => void;
  editColumnsDialog: ReactNode;
} {
  const client = useQueryClient();
  const [editing, setEditing] = useState<{ id: string; name?: string; key: number } | null>(null);
  const onEditColumns = useCallback((id: string, name?: string) => setEditing({ id, ...(name ? { name } : {}), key: Date.now() }), []);
  const close = useCallback(() => setEditing(null), []);

  const save = useCallback(
    async (edit: ColumnsEdit): Promise<string | undefined> => {
      let dataset: Dataset;
      try {
        const { buildImported } = await loadChunk('The import tools', () => import('../../data/import/build'));
        dataset = buildImported(edit.table, edit.recipe);
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
      const { mapping, excludeRows } = edit.recipe;
      const result = await update(edit.recipe.id, { mapping, excludeRows, rows: dataset.rowCount });
      if (!result.updated) return result.reason;
      setEditing(null);
      showEdited(client, store, env ?? browserUrlEnv(), { ...edit, recipe: result.recipe }, dataset, result.persisted ? [] : [unsavedWarning(result.reason)]);
      await client.invalidateQueries({ queryKey: uploadsKey });
      return undefined;
    },
    [client, store, env, update],
  );

  const editColumnsDialog = useMemo(
    () =>
      editing && <EditColumnsDialog key={editing.key} id={editing.id} {...(editing.name ? { name: editing.name } : {})} onSave={save} onClose={close} />,
    [editing, save, close],
  );
  return { onEditColumns, editColumnsDialog };
}
