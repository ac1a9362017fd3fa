import type { ViewMode } from '../../state/compareTypes';

export interface ViewModeOption {
  mode: ViewMode;
  label: string;
  /** Why the mode cannot be shown right now (the button is disabled and says so), or null. */
  unavailable: string | null;
}

interface Props {
  mode: ViewMode;
  options: ViewModeOption[];
  onMode: (mode: ViewMode) => void;
}

const HINTS: Record<ViewMode, string> = {
  scatter: 'All rows, the global front highlighted',
  overlay: "Each compared group's own front over the faint global front",
  multiples: 'One panel per compared group, same axes, the global front faint in each',
  parallel: 'One axis per ticked objective, better up; brush an axis to filter',
};

/** Which chart the chart panel shows: the scatter, group fronts overlaid, small multiples, parallel coordinates. */
export function ViewModeTabs({ mode, options, onMode }: Props) {
  return (
    <div className="seg" role="group" aria-label="Chart view">
      {options.map((o) => (
        <button
          key={o.mode}
          type="button"
          data-testid={`view-${o.mode}`}
          aria-pressed={mode === o.mode}
          disabled={o.unavailable !== null}
          title={o.unavailable ?? HINTS[o.mode]}
          onClick={() => onMode(o.mode)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
