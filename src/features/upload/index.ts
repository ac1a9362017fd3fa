/**
 * Bringing your own data. Usage in the app shell:
 *
 *   const [importing, setImporting] = useState<{ key: number; initial?: ImportInitial } | null>(null);
 *   const { dragging } = useFileDrop((file) => setImporting({ key: Date.now(), initial: { file } }));
 *   <DropOverlay active={dragging} />
 *   {importing && <ImportDialog key={importing.key} initial={importing.initial} onClose={() => setImporting(null)}
 *      onImport={(r) => { save(r); setImporting(null); }} onBundle={openBundle} />}
 */
export { ImportDialog, type ImportDialogProps } from './ImportDialog';
export { DropOverlay } from './DropOverlay';
export { useFileDrop } from './useFileDrop';
export type { ImportInitial, ImportResult, LinkImport } from './useImportFlow';
