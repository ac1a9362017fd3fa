import { useRef, useState } from 'react';
import type { ImportRecipe } from '../../data/import/types';
import type { MapOverride } from '../../state/dataLink';
import type { SharedData } from '../../state/share';
import { ShareDialog } from './ShareDialog';

/** What the dialog shows for an uploaded dataset, prepared when it opens. */
export interface ShareData {
  data?: SharedData;
  original?: ImportRecipe;
  overrides?: readonly MapOverride[];
}

export interface ShareButtonProps {
  /** The view's query string (leading '?'). */
  search: string;
  /** The uploaded dataset on screen; absent for a bundled dataset. */
  data?: SharedData;
  /** The original file's recipe, for a link that points at the data's address (see buildShareLink). */
  original?: ImportRecipe;
  /** Page the link opens; defaults to the current page. */
  origin?: string;
  pathname?: string;
  /** Largest compressed payload a link carries (tests lower it). */
  limit?: number;
  /** Mapping choices that differ from the guesses, for a link that names the data's address. */
  overrides?: readonly MapOverride[];
  /**
   * Prepares `data`, `original` and `overrides` when the dialog opens (an upload's compact data is built
   * from its columns only when someone shares it). Given props win over what it returns.
   */
  load?: () => Promise<ShareData>;
}

/** "Copy link": copies the link to this view and opens the share dialog with the link and what it carries. */
export function ShareButton({ search, data, original, origin, pathname, limit, overrides, load }: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [prepared, setPrepared] = useState<ShareData>({});
  const openDialog = () => {
    if (!load) return setOpen(true);
    setPreparing(true);
    load().then(
      (got) => setPrepared(got),
      // Without its data the dialog still offers the link to the view.
      () => setPrepared({}),
    ).finally(() => {
      setPreparing(false);
      setOpen(true);
    });
  };
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        data-testid="copy-link"
        aria-haspopup="dialog"
        aria-busy={preparing}
        disabled={preparing}
        onClick={openDialog}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
        </svg>
        {preparing ? 'Preparing link…' : 'Copy link'}
      </button>
      {open && (
        <ShareDialog
          search={search}
          data={data ?? prepared.data}
          original={original ?? prepared.original}
          overrides={overrides ?? prepared.overrides}
          onClose={close}
          copyOnOpen
          origin={origin}
          pathname={pathname}
          limit={limit}
        />
      )}
    </>
  );
}
