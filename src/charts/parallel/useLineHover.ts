/**
 * Linked hover on the lines: the nearest line under the pointer (see lineHitTest), reported once per
 * change; nothing while a brush or an axis is being dragged. The hovered row is found again when the
 * lines move under a still pointer (new data, a reorder, a resize).
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { hitLine, lineYAt, type LineGeometry } from './lineHitTest';

export interface LineHover {
  row: number;
  /** Where the tooltip points: the pointer's x, the line's y there. */
  x: number;
  y: number;
}

export function useLineHover(
  containerRef: RefObject<HTMLElement | null>,
  geometry: LineGeometry,
  busy: boolean,
  onHover: (row: number | null) => void,
) {
  const [hover, setHover] = useState<LineHover | null>(null);
  const pointer = useRef<[number, number] | null>(null);
  const current = useRef<number | null>(null);
  const onHoverRef = useRef(onHover);
  onHoverRef.current = onHover;

  const rowAt = useCallback((x: number, y: number): number | null => {
    const row = hitLine(geometry, x, y);
    return row >= 0 ? row : null;
  }, [geometry]);

  const update = useCallback(
    (row: number | null, x: number, fresh = false) => {
      if (current.current !== row) {
        current.current = row;
        onHoverRef.current(row);
      }
      // The card stays where the line was first met, unless the lines themselves moved.
      setHover((h) => (row === null ? null : h && h.row === row && !fresh ? h : { row, x, y: lineYAt(geometry, row, x) }));
    },
    [geometry],
  );

  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = containerRef.current?.getBoundingClientRect();
    return r ? [e.clientX - r.left, e.clientY - r.top] : [NaN, NaN];
  };

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    pointer.current = local(e);
    if (busy) return;
    const [x, y] = pointer.current;
    update(rowAt(x, y), x);
  };
  const onPointerLeave = () => {
    pointer.current = null;
    update(null, 0);
  };

  useEffect(() => {
    if (busy || !pointer.current) update(null, 0);
    else update(rowAt(...pointer.current), pointer.current[0], true);
  }, [busy, rowAt, update]);

  return { hover, rowAt, local, onPointerMove, onPointerLeave };
}
