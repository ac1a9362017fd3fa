/**
 * The parallel-coordinates chart's props contract: one vertical axis per objective, "better" up, one
 * polyline per row. The feature layer derives everything; the chart draws, brushes and reorders.
 */
import type { Sense } from '../../core';
import type { ScatterColor, TooltipContent } from '../types';

export interface ParallelAxis {
  key: string;
  /** Axis title with unit, e.g. "Parameters (M)". */
  label: string;
  sense: Sense;
  /** Row-aligned values; NaN = the row has no value here (its line breaks / it is drawn faint). */
  values: Float64Array;
  /** Default 'linear'; 'log' skips non-positive values. */
  scale?: 'linear' | 'log';
}

export interface ParallelProps {
  /** In display order, left to right. */
  axes: ParallelAxis[];
  /** Per row, as the scatter: 0 not drawn, 1 faint (missing / filtered out), 2 dominated, 3 on the front (emphasized). */
  status: Uint8Array;
  /** Same colouring as the scatter (front / rank / group colours). */
  color: ScatterColor;
  /** Brushed range per axis key, data units, low to high (from the view's 'between' brush constraints). */
  brushes: Record<string, [number, number]>;
  /** A brush drawn, moved or cleared (null) on the axis `key`; data units, low to high. */
  onBrush: (key: string, range: [number, number] | null) => void;
  /** New left-to-right order of axis keys after a drag (or keyboard move). */
  onReorder: (keys: string[]) => void;
  /** Linked hover: highlighted row (from the scatter or this chart). */
  highlighted: number | null;
  selected: number | null;
  onHover: (row: number | null) => void;
  onSelect: (row: number | null) => void;
  tooltip: (row: number) => TooltipContent;
  /** CSS pixels; default 420. */
  height?: number;
  ariaLabel: string;
}
