/**
 * Dragging an axis title sideways moves the axis: the axis follows the pointer, a marker shows the
 * slot it would land in, and the new order is reported on release. A press without a drag is not a
 * move (the title just takes focus).
 */
import { useCallback, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { dropIndex, moveKeyTo, sameOrder } from './reorder';
import { usePointerDrag } from './usePointerDrag';

/** Pointer travel (px) before a press on a title becomes a drag. */
export const DRAG_SLOP = 4;

export interface AxisDrag {
  key: string;
  /** Pointer x in the container. */
  x: number;
  /** Slot the axis would land in. */
  target: number;
}

export function useAxisDrag(
  containerRef: RefObject<HTMLElement | null>,
  keys: readonly string[],
  xs: readonly number[],
  onReorder: (keys: string[]) => void,
) {
  const [drag, setDrag] = useState<AxisDrag | null>(null);
  const { begin, local } = usePointerDrag(containerRef);

  const onPointerDown = useCallback(
    (key: string, e: ReactPointerEvent) => {
      if (e.button !== 0 || keys.length < 2) return;
      e.stopPropagation();
      const [x0] = local(e);
      let moving = false;
      begin({
        move: (x) => {
          if (!moving && Math.abs(x - x0) < DRAG_SLOP) return;
          moving = true;
          setDrag({ key, x, target: dropIndex(xs, x) });
        },
        end: (x) => {
          setDrag(null);
          if (!moving) return;
          const next = moveKeyTo(keys, key, dropIndex(xs, x));
          if (!sameOrder(next, keys)) onReorder(next);
        },
        cancel: () => setDrag(null),
      });
    },
    [keys, xs, onReorder, begin, local],
  );

  return { drag, onPointerDown };
}
