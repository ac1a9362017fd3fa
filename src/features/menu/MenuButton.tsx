import type { ReactNode } from 'react';
import type { Menu } from './useMenu';

export interface MenuButtonProps {
  menu: Menu;
  /** The button's text, e.g. "Export"; `busyLabel` while an item's slow work runs. */
  label: string;
  busyLabel: string;
  /** The menu's accessible name. */
  menuLabel: string;
  testId: string;
  /** The button's accessible name and tooltip when its text alone would not say enough. */
  ariaLabel?: string;
  title?: string;
  /** `toolbar`: a full button; `compact`: a small one in a panel's header. */
  size?: 'toolbar' | 'compact';
  /** The items: `MenuItem`, `MenuCheckItem`, separators and groups. */
  children: ReactNode;
}

const SIZES = {
  toolbar: { root: 'relative inline-block', button: 'btn', icon: 'h-4 w-4', menu: 'w-64', error: 'w-64' },
  compact: { root: 'relative inline-block shrink-0', button: 'btn !gap-1 !px-2 !py-0.5 !text-xs', icon: 'h-3.5 w-3.5', menu: 'w-52', error: 'w-60' },
} as const;

/** A download-style menu button: the button, its menu when open, and the last failure until dismissed. */
export function MenuButton({ menu, label, busyLabel, menuLabel, testId, ariaLabel, title, size = 'toolbar', children }: MenuButtonProps) {
  const { open, busy, error, menuId } = menu;
  const s = SIZES[size];
  return (
    <div className={s.root} ref={menu.rootRef}>
      <button
        ref={menu.buttonRef}
        type="button"
        className={s.button}
        data-testid={testId}
        aria-label={ariaLabel}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        disabled={busy}
        onClick={menu.toggle}
        onKeyDown={menu.onButtonKey}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className={s.icon} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
        </svg>
        {busy ? busyLabel : label}
      </button>
      {open && (
        <div
          ref={menu.menuRef}
          id={menuId}
          role="menu"
          aria-label={menuLabel}
          onKeyDown={menu.onMenuKey}
          className={`absolute right-0 z-30 mt-1 ${s.menu} rounded-lg border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900`}
        >
          {children}
        </div>
      )}
      {error && (
        <p role="alert" className={`absolute right-0 z-30 mt-1 flex ${s.error} items-start gap-2 rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200`}>
          <span className="flex-1">{error}</span>
          <button type="button" className="font-semibold hover:underline" onClick={menu.dismissError} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
    </div>
  );
}
