import { menuItemClass } from './menuItemClass';

export interface MenuItemProps {
  label: string;
  /** Shown on the right in a monospace font, e.g. the file extension. */
  hint: string;
  testId: string;
  onSelect: () => void;
}

/** One action in a `MenuButton`'s menu. */
export function MenuItem({ label, hint, testId, onSelect }: MenuItemProps) {
  return (
    <button type="button" role="menuitem" data-testid={testId} className={menuItemClass} onClick={onSelect}>
      <span>{label}</span>
      <span className="font-mono text-xs text-slate-400 dark:text-slate-500">{hint}</span>
    </button>
  );
}
