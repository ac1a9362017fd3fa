import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface MenuOptions {
  /**
   * Keep the keys the menu handles (arrows, Home, End, Escape, Tab) from reaching its ancestors: for a
   * menu inside a panel that has keys of its own (the runs panel clears its shown run on Escape).
   */
  containKeys?: boolean;
}

/** A menu button's state and wiring; hand it to `MenuButton`, call `run` from its items. */
export interface Menu {
  open: boolean;
  busy: boolean;
  error: string | null;
  menuId: string;
  rootRef: RefObject<HTMLDivElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
  menuRef: RefObject<HTMLDivElement | null>;
  /** The button's click: opens or closes the menu and clears a shown error. */
  toggle: () => void;
  /** Closes the menu, focus back on the button unless it is moving on by itself (Tab). */
  close: (focusButton: boolean) => void;
  dismissError: () => void;
  onButtonKey: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onMenuKey: (e: KeyboardEvent<HTMLDivElement>) => void;
  /**
   * An item's action: closes the menu, then runs `task`; a throw shows as "<failure>: <message>". The
   * task wraps slow work in `whileBusy` (the button says so and is disabled until it settles).
   */
  run: (failure: string, task: (whileBusy: WhileBusy) => void | Promise<void>) => Promise<void>;
}

/** Marks the menu busy until `work` settles, and passes on its result. */
export type WhileBusy = <T>(work: Promise<T>) => Promise<T>;

const ITEMS = '[role^="menuitem"]';

/**
 * A menu button that acts like one: opening focuses the first item, a click outside closes it, arrow
 * keys, Home and End move through the items (wrapping), Escape closes back on the button, Tab closes
 * and moves on, ArrowDown on the button opens it.
 */
export function useMenu({ containKeys = false }: MenuOptions = {}): Menu {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>(ITEMS)?.focus();
    const onClick = (e: MouseEvent) => rootRef.current && !rootRef.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', onClick);
    return () => document.removeEventListener('mousedown', onClick);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
    if (containKeys) e.stopPropagation();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' && !open) {
      e.preventDefault();
      setOpen(true);
    }
  };

  const toggle = () => {
    setError(null);
    setOpen((o) => !o);
  };

  const whileBusy: WhileBusy = async (work) => {
    setBusy(true);
    try {
      return await work;
    } finally {
      setBusy(false);
    }
  };

  const run = async (failure: string, task: (whileBusy: WhileBusy) => void | Promise<void>) => {
    close(true);
    setError(null);
    try {
      await task(whileBusy);
    } catch (e) {
      setError(`${failure}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return { open, busy, error, menuId, rootRef, buttonRef, menuRef, toggle, close, dismissError: () => setError(null), onButtonKey, onMenuKey, run };
}
