/**
 * Props contracts of the comparison panels. The app derives a CompareView (state) and the group
 * palette (aligned with CompareView.names) and passes them in; the panels draw and report choices.
 */
import type { ScatterProps } from '../../charts/types';
import type { CompareView } from '../../state/compareTypes';

export interface ComparePanelBase {
  compare: CompareView;
  /** CSS colour per group, aligned with `compare.names`. */
  colors: string[];
  /** Label of the group column, e.g. "Algorithm". */
  groupLabel: string;
}

/**
 * What the figure downloads need beyond a panel's data. Given, the coverage, head-to-head and repeated-runs
 * panels offer each figure as SVG or PNG (2×), on a white or a dark background as the person picks (as
 * the chart's Export menu does); without it they offer no download.
 */
export interface CompareFigureContext {
  /** Dataset id, for the file names ("<dataset>-coverage.svg"). */
  datasetId: string;
  /** The line under each figure naming the data source and its licence (the dataset's source caption). */
  caption: string;
}

/** Choose which groups are compared: search, tick, "top N by front share", back to automatic. */
export interface GroupPickerProps extends ComparePanelBase {
  /** Group values in order, or null for automatic (the top groups by share of the global front). */
  onChange: (groups: string[] | null) => void;
}

/**
 * The comparison table (`data-testid="group-table"`, a row per compared group with `data-group`):
 * rows, front size, share of the global front, hypervolume (`data-testid="hv"`, `data-value` exact),
 * HV relative to the global front's, IGD+, additive ε; sortable; CSV export; the shared reference point
 * shown and editable (one number field per objective, `data-testid="hv-ref"` + `data-key`, value exact).
 */
export interface GroupTableProps extends ComparePanelBase {
  /** Dataset id, for the CSV file name. */
  datasetId: string;
  onReference: (key: string, value: number) => void;
  onResetReference: () => void;
}

/** Coverage heatmap C(A, B) over the compared groups (`data-testid="coverage-matrix"`). */
export interface CoverageMatrixProps extends ComparePanelBase {
  /** Offer the matrix as a figure file (`data-testid="coverage-download"`). */
  figure?: CompareFigureContext;
}

/** Head-to-head: pick A and B, the sentence (`data-testid="h2h-sentence"`), and a figure marking dominated front points. */
export interface HeadToHeadProps extends ComparePanelBase {
  onPair: (pair: [string, string]) => void;
  /**
   * The main scatter's props (axes, coordinates, status, tooltip…) to draw the figure from, adding
   * `layers` and `baseTone: 'muted'`; null when there is no chart to draw (the sentence still shows).
   */
  scatter: Omit<ScatterProps, 'height'> | null;
  /** Offer the figure as a file (`data-testid="h2h-download"`). */
  figure?: CompareFigureContext;
}

/** Repeated runs: run column choice, run hypervolume distribution per group, attainment surfaces. */
export interface RunsPanelProps extends ComparePanelBase {
  /** Columns that can tell runs apart (category or number), with labels. */
  runColumns: { key: string; label: string }[];
  runColumn: string | null;
  onRunColumn: (key: string | null) => void;
  /** As in HeadToHeadProps: base for the attainment-surface figure; null when not 2-D. */
  scatter: Omit<ScatterProps, 'height'> | null;
  /** Offer the run hypervolume strips and the attainment figure as files (`run-hv-download`, `attainment-download`). */
  figure?: CompareFigureContext;
}
