import { useEffect, useId, useRef, useState } from 'react';
import type { UploadSummary } from '../../data/uploads';
import { formatBytes } from '../share/formatBytes';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const countFormat = new Intl.NumberFormat('en-US');

interface Props {
  upload: UploadSummary;
  active: boolean;
  onOpen: () => void;
  /** Resolves once the new name is saved (or kept in memory). */
  onRename: (name: string) => Promise<unknown>;
  onDelete: () => void;
  onDownload: () => void;
  /** Reopen the mapping of its columns; no button without it. */
  onEditColumns?: () => void;
}

/** One upload in "My datasets": open by its name, rename inline, edit its columns, download the original, delete. */
export function UploadItem({ upload, active, onOpen, onRename, onDelete, onDownload, onEditColumns }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(upload.name);
  const finished = useRef(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  const metaId = useId();

  useEffect(() => {
    if (editing) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (wasEditing.current) {
      renameRef.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);

  const startEditing = () => {
    finished.current = false;
    setDraft(upload.name);
    setEditing(true);
  };
  // Enter and leaving the field save; Escape cancels. Each edit ends once, whichever comes first.
  const finish = (save: boolean) => {
    if (finished.current) return;
    finished.current = true;
    const name = draft.trim();
    if (save && name !== '' && name !== upload.name) void onRename(name);
    setEditing(false);
  };

  const parts = [
    upload.rows === undefined ? undefined : `${countFormat.format(upload.rows)} ${upload.rows === 1 ? 'row' : 'rows'}`,
    formatBytes(upload.bytes),
    dateFormat.format(new Date(upload.createdAt)),
  ].filter((p): p is string => p !== undefined);

  return (
    <li
      data-upload-id={upload.id}
      className={`group flex items-start gap-2 rounded-lg px-2 py-1.5 ${active ? 'bg-sky-50 dark:bg-sky-950/40' : 'hover:bg-slate-50 dark:hover:bg-slate-800/60'}`}
    >
      <div className="min-w-0 flex-1">
        {editing ? (
          <input
            ref={inputRef}
            type="text"
            value={draft}
            aria-label={`New name for ${upload.name}`}
            className="select py-0.5"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                finish(true);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                finish(false);
              }
            }}
            onBlur={() => finish(true)}
          />
        ) : (
          <button
            type="button"
            className="block max-w-full truncate text-left text-sm font-medium text-sky-700 hover:underline focus-visible:rounded focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:text-sky-400"
            aria-current={active ? 'true' : undefined}
            aria-describedby={metaId}
            title={`Open ${upload.name} (${upload.fileName})`}
            onClick={onOpen}
          >
            {upload.name}
          </button>
        )}
        <div id={metaId} className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
          {parts.join(' · ')}
          {!upload.persisted && (
            <span className="ml-1 text-amber-700 dark:text-amber-400" title="The browser's storage is unavailable or full">
              · only in this tab, gone on reload
            </span>
          )}
        </div>
      </div>
      <div className="flex shrink-0 items-center">
        <IconButton ref={renameRef} label={`Rename ${upload.name}`} onClick={startEditing} disabled={editing}>
          <path d="M4 20h4L19 9l-4-4L4 16v4Zm9-13 4 4" />
        </IconButton>
        {onEditColumns && (
          <IconButton label={`Edit columns of ${upload.name}`} onClick={onEditColumns}>
            <path d="M4 5h16v14H4zM10 5v14M16 5v14M4 10h16" />
          </IconButton>
        )}
        <IconButton label={`Download the original file ${upload.fileName}`} onClick={onDownload}>
          <path d="M12 4v11m0 0 4.5-4.5M12 15l-4.5-4.5M5 19h14" />
        </IconButton>
        <IconButton label={`Delete ${upload.name}`} onClick={onDelete}>
          <path d="M5 7h14M10 7V5h4v2m-7 0 1 12h8l1-12" />
        </IconButton>
      </div>
    </li>
  );
}

interface IconButtonProps {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: React.ReactNode;
  ref?: React.Ref<HTMLButtonElement>;
}

function IconButton({ label, onClick, disabled, children, ref }: IconButtonProps) {
  return (
    <button ref={ref} type="button" className="btn-ghost disabled:opacity-40" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round">
        {children}
      </svg>
    </button>
  );
}
