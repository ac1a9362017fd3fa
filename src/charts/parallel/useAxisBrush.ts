/**
 * Brushing an axis with the pointer: the span follows the drag (see brushGesture) and is reported in
 * data units on release; a click without a drag clears the axis's brush. While dragging, the draft is
 * shown instead of the controlled `brushes[key]`.
 */
import { useCallback, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { dragBrush, isClick, startBrush } from './brushGesture';
import { dataRangeToPixels, pixelRangeToData, type AxisScale } from './scales';
import { usePointerDrag } from './usePointerDrag';

export interface BrushDraft {
  key: string;
  span: [number, number];
}

export function useAxisBrush(
  containerRef: RefObject<HTMLElement | null>,
  scaleOf: (key: string) => AxisScale | undefined,
  brushes: Record<string, [number, number]>,
  onBrush: (key: string, range: [number, number] | null) => void,
) {
  const [draft, setDraft] = useState<BrushDraft | null>(null);
  const { begin, local } = usePointerDrag(containerRef);

  const onPointerDown = useCallback(
    (key: string, e: ReactPointerEvent) => {
      const scale = scaleOf(key);
      if (!scale || e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      const [, y0] = local(e);
      const current = brushes[key] ? dataRangeToPixels(scale, brushes[key]) : null;
      const gesture = startBrush(y0, current);
      const axis: [number, number] = [scale.top, scale.bottom];
      let span: [number, number] | null = null;
      begin({
        move: (_x, y) => {
          if (span === null && isClick(gesture, y)) return;
          span = dragBrush(gesture, y, axis);
          setDraft({ key, span });
        },
        end: (_x, y) => {
          setDraft(null);
          const last = span ? dragBrush(gesture, y, axis) : null;
          if (last && last[1] - last[0] >= 1) onBrush(key, pixelRangeToData(scale, last[0], last[1]));
          else if (brushes[key]) onBrush(key, null);
        },
        cancel: () => setDraft(null),
      });
    },
    [scaleOf, brushes, onBrush, begin, local],
  );

  return { draft, onPointerDown };
}
