import { menuItemClass } from './menuItemClass';

export interface MenuCheckItemProps {
  /** e.g. "Dark background". */
  label: string;
  checked: boolean;
  testId: string;
  onToggle: () => void;
}

/** A tick in a `MenuButton`'s menu; toggling it leaves the menu open. */
export function MenuCheckItem({ label, checked, testId, onToggle }: MenuCheckItemProps) {
  return (
    <button type="button" role="menuitemcheckbox" aria-checked={checked} data-testid={testId} className={menuItemClass} onClick={onToggle}>
      <span>{label}</span>
      <span
        aria-hidden="true"
        className={`h-3.5 w-3.5 rounded-sm border ${checked ? 'border-sky-600 bg-sky-600 dark:border-sky-400 dark:bg-sky-400' : 'border-slate-400'}`}
      />
    </button>
  );
}
