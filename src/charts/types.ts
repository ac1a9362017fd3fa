/**
 * The Scatter's props contract. The feature layer codes against exactly these types: it derives the
 * arrays (coordinates, status, ranks, group codes, staircase) and the chart only draws them.
 */
import type { Ref } from 'react';
import type { Sense } from '../core';
import type { LevelSet } from '../state/decisionTypes';

/** 0 not drawn, 1 faint (excluded: missing objective value / filtered out), 2 dominated, 3 on the front. */
export type RowStatus = 0 | 1 | 2 | 3;

export type ScatterColor =
  | { mode: 'front' }
  /** rank 1 = front; 0 = unranked. */
  | { mode: 'rank'; ranks: Uint32Array; maxRank: number }
  /** code -1 = no group; `colors[k]` is the CSS colour of group `names[k]`. */
  | { mode: 'group'; codes: Int32Array; names: string[]; colors: string[] };

export interface TooltipContent {
  title: string;
  rows: { label: string; value: string }[];
}

export interface ScatterProps {
  /** Data coordinates per row; NaN = cannot be drawn. */
  x: Float64Array;
  y: Float64Array;
  /** RowStatus per row. */
  status: Uint8Array;
  /** Axis titles, units included, e.g. "Total cost (USD)". */
  xLabel: string;
  yLabel: string;
  /** Log axes skip non-positive values (they are not drawn and cannot be hovered). */
  xScale: 'linear' | 'log';
  yScale: 'linear' | 'log';
  /** When given, a small "better →" / "↑ better" hint on each axis. */
  xSense?: Sense;
  ySense?: Sense;
  color: ScatterColor;
  /**
   * Attainment-surface polyline in data coordinates, already ordered, corners included: consecutive
   * vertices are joined by straight segments. ±Infinity coordinates mean "extend to the plot edge"
   * (on a log axis, a non-positive value counts as −Infinity). A NaN vertex breaks the line. When
   * both ends reach an edge, the region they enclose with the plot corner is lightly shaded.
   */
  staircase: [number, number][] | null;
  selected: number | null;
  /** Click a point selects it, click on empty space clears (null). */
  onSelect: (row: number | null) => void;
  onHover?: (row: number | null) => void;
  tooltip: (row: number) => TooltipContent;
  /** e.g. "Scatter of total cost against pass rate; 12 of 55 points on the frontier". */
  ariaLabel: string;
  /** CSS pixels; default: fill the parent (ResizeObserver), at least 420px. */
  height?: number;
  /** Optional handle for exports: what the chart shows right now (zoom window and size). */
  ref?: Ref<ScatterHandle>;

  // Deciding overlays: all optional, drawn over the points in data coordinates through the zoom.

  /**
   * The scoring function's level set through the winner ("equal score"): a line for the weighted sum
   * (sampled across the visible window, so log axes curve it), a corner for Chebyshev and the
   * reference point. Dashed, in the accent colour.
   */
  levelSet?: LevelSet | null;
  /** The winner's row: a star with its name (the tooltip title). Not drawn when the row is not drawn. */
  best?: number | null;
  /** The knee's row: a ring whose hover text gives the knee's definition. */
  knee?: number | null;
  /** Per row, 1 = a front point no weighted sum can pick: a small diamond around it, counted in the key. */
  unsupported?: Uint8Array;
  /** The reference point in data units of the x and y axes: a crosshair marker. */
  referencePoint?: { x: number; y: number } | null;
  /** Makes the reference marker draggable (and movable with the arrow keys when focused); data units. */
  onReferenceDrag?: (x: number, y: number) => void;
  /** Turns on Shift-drag brushing: the rectangle's data ranges, low to high, on release. Plain drag still pans. */
  onBrush?: (x: [number, number], y: [number, number]) => void;

  // Comparing: all optional.

  /**
   * Extra marks drawn over the points in data coordinates, through the zoom, in order (later on top):
   * each group's own front in overlay mode, the faint global front in small multiples, attainment
   * surfaces, head-to-head marks. Layers with a `label` get an entry in a small key above the plot.
   */
  layers?: ScatterLayer[];
  /**
   * Fixed data windows, low to high, in data units (small multiples share one so their axes match);
   * default: fit the drawn rows. Used as given, not padded again (pad it, e.g. with `paddedDomain` of
   * the joint extent, so that points do not sit on the frame). Log axes ignore non-positive bounds:
   * that axis fits its data.
   */
  domain?: { x: [number, number]; y: [number, number] } | null;
  /** A row highlighted from elsewhere (linked hover from parallel coordinates): ringed like a hover, no tooltip. */
  highlighted?: number | null;
  /**
   * 'muted' draws every base point (and the staircase) in a faint neutral tone, so the layers carry the
   * colour: the global front stays visible as a reference. Default 'normal'.
   */
  baseTone?: 'normal' | 'muted';
}

/** One overlay layer of the scatter (see ScatterProps.layers). */
export interface ScatterLayer {
  /** Stable key (React). */
  id: string;
  /** CSS colour of the line and the marks. */
  color: string;
  /**
   * A polyline in data coordinates with the same conventions as `staircase` (±Infinity runs to the plot
   * edge, NaN breaks the line); not shaded.
   */
  line?: [number, number][] | null;
  /** Rows (dataset indices) to mark in this layer's style; rows not drawn by the base (status 0) are skipped. */
  rows?: ArrayLike<number>;
  /** 'dot' a filled circle with a halo, 'ring' an open circle, 'cross' an ×. Default 'dot'. */
  mark?: 'dot' | 'ring' | 'cross';
  /** Line style. Default 'solid'. */
  dash?: 'solid' | 'dashed' | 'dotted';
  /** Line width in CSS pixels. Default 2. */
  width?: number;
  /** 0..1, for line and marks. Default 1. */
  opacity?: number;
  /** Key entry; layers without one are not listed. */
  label?: string;
}

/** What the Scatter shows at this moment: the visible data window (zoom applied) and its size. */
export interface ScatterViewState {
  /** Visible data windows, low to high, in data units (not log10) on either scale. */
  xDomain: [number, number];
  yDomain: [number, number];
  /** The whole chart (axes included) in CSS pixels. */
  width: number;
  height: number;
  /** Whether the person has zoomed or panned away from the full window. */
  zoomed: boolean;
}

/** Read at the moment of use (e.g. an export click), so the chart does not re-render the caller on zoom. */
export interface ScatterHandle {
  viewState(): ScatterViewState;
}
