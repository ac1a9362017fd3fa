import { useCallback, useRef, type RefObject } from 'react';

/** The performance mark a chart sets once it has drawn a new input (for e2e tests and benchmarks). */
export const RENDER_MARK = 'paretoscope:chart-rendered';

/**
 * Wraps a canvas chart's draw: its time goes to `data-draw-ms` on the container, and once per new
 * `inputToken` it marks `RENDER_MARK` and bumps `data-render-count`, so that redraws for zoom, resize
 * or theme are not counted as new renders.
 */
export function useDrawMarks(containerRef: RefObject<HTMLElement | null>): (inputToken: object, draw: () => void) => void {
  const marked = useRef<object | null>(null);
  const renders = useRef(0);
  return useCallback(
    (inputToken: object, draw: () => void) => {
      const started = performance.now();
      draw();
      const container = containerRef.current;
      if (container) container.dataset.drawMs = (performance.now() - started).toFixed(1);
      if (marked.current !== inputToken) {
        marked.current = inputToken;
        performance.mark(RENDER_MARK);
        renders.current += 1;
        if (container) container.dataset.renderCount = String(renders.current);
      }
    },
    [containerRef],
  );
}
