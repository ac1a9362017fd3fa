/**
 * Pointer interaction on the plot: hover (nearest point within a few pixels, via the quadtree) and
 * click to select or clear. The hovered point is re-found when the view changes under a still
 * pointer (wheel zoom), and dropped while dragging.
 */
import type { ZoomTransform } from 'd3';
import { useCallback, useEffect, useRef, useState, type PointerEvent, type MouseEvent, type RefObject } from 'react';
import { findNearest } from './hitTest';
import type { ScatterModel } from './useScatterModel';

/** Pixels within which the pointer finds a point. */
export const HIT_RADIUS = 9;

export interface PointerApi {
  hover: number | null;
  onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => void;
  onPointerLeave: () => void;
  onClick: (e: MouseEvent<HTMLCanvasElement>) => void;
}

export function usePointer(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  model: ScatterModel,
  status: Uint8Array,
  plotWidth: number,
  plotHeight: number,
  transform: ZoomTransform,
  dragging: boolean,
  onSelect: (row: number | null) => void,
  onHover?: (row: number | null) => void,
): PointerApi {
  const [hover, setHover] = useState<number | null>(null);
  const last = useRef<[number, number] | null>(null);
  const onHoverRef = useRef(onHover);
  onHoverRef.current = onHover;

  const hitAt = useCallback(
    (sx: number, sy: number): number | null => {
      if (plotWidth <= 0 || plotHeight <= 0 || model.styled.count === 0) return null;
      const { k } = transform;
      const qu = (sx - transform.x) / k / plotWidth;
      const qv = 1 - (sy - transform.y) / k / plotHeight;
      const row = findNearest(model.hitIndex(), status, qu, qv, plotWidth * k, plotHeight * k, HIT_RADIUS);
      return row >= 0 ? row : null;
    },
    [model, status, plotWidth, plotHeight, transform],
  );

  const current = useRef<number | null>(null);
  const update = useCallback((row: number | null) => {
    if (current.current === row) return;
    current.current = row;
    setHover(row);
    onHoverRef.current?.(row);
  }, []);

  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const rect = canvasRef.current?.getBoundingClientRect();
    return rect ? [e.clientX - rect.left, e.clientY - rect.top] : [NaN, NaN];
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    last.current = local(e);
    if (e.buttons !== 0 && e.pointerType === 'mouse') return; // panning
    update(hitAt(...last.current));
  };
  const onPointerLeave = () => {
    last.current = null;
    update(null);
  };
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const row = hitAt(...local(e));
    onSelect(row);
  };

  // A new view or new data under a still pointer: find what is under it now.
  useEffect(() => {
    if (dragging || !last.current) update(null);
    else update(hitAt(...last.current));
  }, [hitAt, dragging, update]);

  return { hover, onPointerMove, onPointerLeave, onClick };
}
