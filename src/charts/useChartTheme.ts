import { useLayoutEffect, useState, type RefObject } from 'react';
import { readChartTheme, type ChartTheme } from './theme';

function sameTheme(a: ChartTheme, b: ChartTheme): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The chart theme, re-read whenever <html>'s or <body>'s class or style changes (the dark-mode toggle). */
export function useChartTheme(ref: RefObject<Element | null>): ChartTheme {
  const [theme, setTheme] = useState<ChartTheme>(() => readChartTheme(null));
  useLayoutEffect(() => {
    const update = () =>
      setTheme((prev) => {
        const next = readChartTheme(ref.current);
        return sameTheme(prev, next) ? prev : next;
      });
    update();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(update);
    const watch = { attributes: true, attributeFilter: ['class', 'style'] };
    observer.observe(document.documentElement, watch);
    if (document.body) observer.observe(document.body, watch);
    return () => observer.disconnect();
  }, [ref]);
  return theme;
}
