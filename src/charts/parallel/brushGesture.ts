/**
 * The vertical brush on one axis as pure pointer logic: a press outside the current brush starts a
 * new one, a press inside moves it, a press on either edge resizes it; a press released without
 * moving is a click (which clears). Everything is in pixels; the caller converts to data units.
 */

export type BrushMode = 'new' | 'move' | 'top' | 'bottom';

export interface BrushGesture {
  mode: BrushMode;
  /** Pointer y at the press. */
  origin: number;
  /** The brush's pixel span (top, bottom) at the press, for move and resize. */
  start: [number, number] | null;
}

/** Pixels within which a press grabs a brush's edge. */
export const EDGE_GRAB = 5;
/** Pointer travel (px) below which a press is a click. */
export const CLICK_SLOP = 3;

export function startBrush(py: number, current: [number, number] | null): BrushGesture {
  if (current) {
    const [a, b] = current;
    const grab = Math.min(EDGE_GRAB, (b - a) / 3);
    if (Math.abs(py - a) <= grab) return { mode: 'top', origin: py, start: current };
    if (Math.abs(py - b) <= grab) return { mode: 'bottom', origin: py, start: current };
    if (py > a && py < b) return { mode: 'move', origin: py, start: current };
  }
  return { mode: 'new', origin: py, start: null };
}

export function isClick(g: BrushGesture, py: number): boolean {
  return Math.abs(py - g.origin) < CLICK_SLOP;
}

/** The brush's pixel span (top ≤ bottom) with the pointer at `py`, kept within the axis [top, bottom]. */
export function dragBrush(g: BrushGesture, py: number, axis: readonly [number, number]): [number, number] {
  const [lo, hi] = axis;
  const clamp = (v: number) => Math.max(lo, Math.min(hi, v));
  const y = clamp(py);
  const span = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
  if (g.mode === 'new' || !g.start) return span(clamp(g.origin), y);
  const [a, b] = g.start;
  if (g.mode === 'top') return span(y, b);
  if (g.mode === 'bottom') return span(a, y);
  // Moving keeps the height and stops at the ends.
  const d = Math.max(lo - a, Math.min(hi - b, py - g.origin));
  return [a + d, b + d];
}
