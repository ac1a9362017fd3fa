import { useEffect, useMemo } from 'react';
import { inferImport } from '../../data/import';
import { DialogFrame } from './DialogFrame';
import { MappingStep } from './MappingStep';
import { ParseProgress } from './ParseProgress';
import { ProblemsStep } from './ProblemsStep';
import { SourceStep } from './SourceStep';
import { useImportFlow, type ImportInitial, type ImportResult, type LinkImport } from './useImportFlow';

export interface ImportDialogProps {
  /** The mapped, checked import: save the recipe (and the original text) and open it, then unmount the dialog. */
  onImport: (result: ImportResult) => void;
  /** Closed without importing (Cancel, Escape, the close button, a click on the backdrop). */
  onClose: () => void;
  /** A Paretoscope bundle was given instead of a table; without this prop the dialog says so. */
  onBundle?: (json: Record<string, unknown>) => void;
  /** Start with a file (e.g. dropped on the page), a URL or text: the dialog goes straight to parsing. */
  initial?: ImportInitial;
  /** A `?data=` link's mapping choices and whether it imports without the mapping step (useImportFlow). */
  link?: LinkImport;
}

const TITLES = { source: 'Add data', loading: 'Add data', mapping: 'What is in each column?', problems: 'Some rows do not fit' } as const;

/**
 * The import dialog: pick a file, paste text or give a URL; large files parse in a worker with progress
 * and Cancel; then say what each column is, check, and import. Mount it to open it; give it a new `key`
 * to start over with a new `initial`.
 */
export function ImportDialog({ onImport, onClose, onBundle, initial, link }: ImportDialogProps) {
  const flow = useImportFlow({ onImport, ...(onBundle ? { onBundle } : {}), ...(link ? { link } : {}) });
  const { phase, loaded } = flow;
  const guessNotes = useMemo(() => (loaded ? inferImport(loaded.table).notes : []), [loaded]);

  // The loaders are stable, so this runs once per `initial` (twice under StrictMode, whose simulated
  // unmount aborts the first load).
  const { loadFile, loadUrl, loadText } = flow;
  useEffect(() => {
    if (!initial) return;
    if ('file' in initial) loadFile(initial.file);
    else if ('url' in initial) loadUrl(initial.url);
    else loadText(initial.text, initial.name);
  }, [initial, loadFile, loadUrl, loadText]);

  return (
    <DialogFrame title={TITLES[phase.step]} onClose={onClose}>
      {phase.step === 'source' && <SourceStep {...(phase.error ? { error: phase.error } : {})} onFile={flow.loadFile} onText={(t) => flow.loadText(t)} onUrl={flow.loadUrl} />}
      {phase.step === 'loading' && <ParseProgress what={phase.what} fraction={phase.fraction} onCancel={flow.cancelLoading} />}
      {phase.step === 'mapping' && loaded && (
        <MappingStep
          table={loaded.table}
          mapping={flow.mapping}
          base={flow.base}
          guessNotes={guessNotes}
          onChange={flow.setMapping}
          onImport={flow.submit}
          onBack={flow.backToSource}
          onCancel={onClose}
        />
      )}
      {phase.step === 'problems' && loaded && (
        <ProblemsStep check={phase.check} rowCount={loaded.table.rowCount} onExclude={flow.importExcluding} onBack={flow.backToMapping} onCancel={onClose} />
      )}
    </DialogFrame>
  );
}
