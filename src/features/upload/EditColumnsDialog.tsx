import { loadUpload } from '../../data/uploads';
import { DialogFrame } from './DialogFrame';
import { MappingStep } from './MappingStep';
import { ParseProgress } from './ParseProgress';
import { ProblemsStep } from './ProblemsStep';
import { useEditColumnsFlow, type SaveColumns, type StoredUpload } from './useEditColumnsFlow';

export interface EditColumnsDialogProps {
  /** The stored upload whose columns are edited. */
  id: string;
  /** Its name while it is being read (the stored name replaces it once read). */
  name?: string;
  /** Saves the new mapping; resolves to why it failed, or undefined once saved (then unmount the dialog). */
  onSave: SaveColumns;
  /** Closed without saving (Cancel, Escape, the close button, a click on the backdrop). */
  onClose: () => void;
  /** Reads the stored upload; the app's store by default. */
  load?: (id: string) => Promise<StoredUpload | undefined>;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * "Edit columns — <name>": the import's mapping step over a stored upload's original text, starting
 * from the mapping it was imported with, with the same preview and problem check. Save updates the
 * stored copy; nothing is uploaded again.
 */
export function EditColumnsDialog({ id, name, onSave, onClose, load = loadUpload }: EditColumnsDialogProps) {
  const flow = useEditColumnsFlow(id, load, onSave);
  const { phase, loaded } = flow;
  const shownName = loaded?.recipe.name ?? name;
  const title = shownName ? `Edit columns — ${shownName}` : 'Edit columns';
  const saving = phase.step === 'saving';
  const leftOut = loaded?.recipe.excludeRows.length ?? 0;
  const note = `Saving changes how this dataset is read, in this browser; the original ${loaded?.recipe.source.kind === 'paste' ? 'text' : 'file'} stays as it was.${
    leftOut > 0 ? ` ${plural(leftOut, 'row was', 'rows were')} left out at import because a cell did not fit.` : ''
  }`;

  return (
    <DialogFrame title={title} onClose={onClose} testId="edit-columns-dialog">
      {phase.step === 'loading' && <ParseProgress what={`Reading ${shownName ?? 'the kept copy'}…`} fraction={phase.fraction} onCancel={onClose} />}
      {phase.step === 'missing' && (
        <div className="space-y-4">
          <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
            {phase.message}
          </p>
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      )}
      {(phase.step === 'mapping' || saving) && loaded && (
        <MappingStep
          table={loaded.table}
          mapping={flow.mapping}
          base={flow.base}
          onChange={flow.setMapping}
          onImport={flow.submit}
          onCancel={onClose}
          submitLabel="Save"
          busy={saving}
          note={note}
          {...(phase.step === 'mapping' && phase.error ? { error: `Not saved: ${phase.error}. The dataset is unchanged.` } : {})}
        />
      )}
      {phase.step === 'problems' && loaded && (
        <ProblemsStep check={phase.check} rowCount={loaded.table.rowCount} onExclude={flow.saveExcluding} onBack={flow.backToMapping} onCancel={onClose} action="save" />
      )}
    </DialogFrame>
  );
}
