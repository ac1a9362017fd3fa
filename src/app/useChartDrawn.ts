import { useEffect, useState } from 'react';
import { RENDER_MARK } from '../charts/useDrawMarks';

/**
 * Whether a chart has drawn on this page (the charts' RENDER_MARK performance mark). Panels below the
 * chart that download their code (the group comparison) wait for it, so the chart is not kept waiting
 * by code nobody sees yet; after `fallbackMs` they come anyway, so a chart that never draws (an error,
 * an empty view) does not keep them away.
 */
export function useChartDrawn(fallbackMs = 3000): boolean {
  const [drawn, setDrawn] = useState(() => performance.getEntriesByName(RENDER_MARK).length > 0);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    const finish = () => {
      if (live) setDrawn(true);
      live = false;
    };
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(RENDER_MARK).length > 0) finish();
      });
      observer.observe({ type: 'mark' });
    } catch {
      finish(); // no PerformanceObserver: nothing to wait for
    }
    // A mark set between the first render and the observer.
    if (performance.getEntriesByName(RENDER_MARK).length > 0) finish();
    const timer = setTimeout(finish, fallbackMs);
    return () => {
      live = false;
      observer?.disconnect();
      clearTimeout(timer);
    };
  }, [drawn, fallbackMs]);
  return drawn;
}
