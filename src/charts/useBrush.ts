/**
 * Shift-drag on the plot draws a rectangle; on release it is reported in data units (low to high on
 * each axis) and the click that follows is swallowed, so brushing neither pans nor clears the
 * selection. Escape or a tiny rectangle cancels. Plain drag still pans (the zoom ignores Shift-drags
 * while brushing is on).
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { brushToData } from './decisionGeometry';
import type { BrushRect } from './DecisionMarks';
import type { Scale } from './viewScales';

/** Smaller than this in either direction (CSS px), a brush is a click. */
export const MIN_BRUSH = 4;

export interface BrushApi {
  rect: BrushRect | null;
  /** Each returns true when it handled the event (the caller then skips its own handling). */
  onPointerDown: (e: PointerEvent<HTMLCanvasElement>) => boolean;
  onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => boolean;
  onPointerUp: (e: PointerEvent<HTMLCanvasElement>) => boolean;
  /** Whether the click now arriving ends a brush (and must not select). */
  takeClick: () => boolean;
}

export function useBrush(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  x: Scale,
  y: Scale,
  onBrush: ((x: [number, number], y: [number, number]) => void) | undefined,
): BrushApi {
  const [rect, setRect] = useState<BrushRect | null>(null);
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  const swallowClick = useRef(false);
  const scales = useRef({ x, y });
  scales.current = { x, y };

  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = canvasRef.current?.getBoundingClientRect();
    return r ? [e.clientX - r.left, e.clientY - r.top] : [NaN, NaN];
  };

  const cancel = useCallback(() => {
    start.current = null;
    setRect(null);
  }, []);

  const brushing = rect !== null;
  useEffect(() => {
    if (!brushing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        cancel();
        swallowClick.current = true;
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [brushing, cancel]);

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    swallowClick.current = false;
    if (!onBrush || !e.shiftKey || e.button !== 0) return false;
    const [px, py] = local(e);
    if (!Number.isFinite(px)) return false;
    start.current = { id: e.pointerId, x: px, y: py };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setRect({ x0: px, y0: py, x1: px, y1: py });
    return true;
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const s = start.current;
    if (!s || s.id !== e.pointerId) return false;
    const [px, py] = local(e);
    setRect({ x0: s.x, y0: s.y, x1: px, y1: py });
    return true;
  };

  const onPointerUp = (e: PointerEvent<HTMLCanvasElement>) => {
    const s = start.current;
    if (!s || s.id !== e.pointerId) return false;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    const [px, py] = local(e);
    cancel();
    if (Math.abs(px - s.x) < MIN_BRUSH || Math.abs(py - s.y) < MIN_BRUSH) return true;
    swallowClick.current = true;
    const { x: xs, y: ys } = scales.current;
    const d = brushToData([s.x, s.y], [px, py], xs, ys);
    onBrush?.(d.x, d.y);
    return true;
  };

  const takeClick = () => {
    const v = swallowClick.current;
    swallowClick.current = false;
    return v;
  };

  return { rect, onPointerDown, onPointerMove, onPointerUp, takeClick };
}
