/**
 * A press-drag-release gesture followed on the window (so it keeps going outside the element, and an
 * end-to-end test can drive it with the mouse), in the container's coordinates. Escape cancels.
 * One gesture at a time; listeners are removed on release, cancel and unmount.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

export interface DragHandlers {
  move: (x: number, y: number) => void;
  end: (x: number, y: number) => void;
  cancel: () => void;
}

export function usePointerDrag(containerRef: RefObject<HTMLElement | null>) {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const local = useCallback(
    (e: { clientX: number; clientY: number }): [number, number] => {
      const r = containerRef.current?.getBoundingClientRect();
      return r ? [e.clientX - r.left, e.clientY - r.top] : [e.clientX, e.clientY];
    },
    [containerRef],
  );

  const begin = useCallback(
    (handlers: DragHandlers) => {
      stop.current?.();
      const onMove = (e: PointerEvent) => handlers.move(...local(e));
      const onUp = (e: PointerEvent) => {
        done();
        handlers.end(...local(e));
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        done();
        handlers.cancel();
      };
      const onCancel = () => {
        done();
        handlers.cancel();
      };
      const done = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        window.removeEventListener('keydown', onKey, true);
        stop.current = null;
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      stop.current = done;
    },
    [local],
  );

  return { begin, local };
}
