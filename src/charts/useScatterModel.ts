/**
 * Everything the Scatter derives from its data props, memoized on exactly what it depends on:
 * axis-space coordinates, the padded window, point styles and the hit-test index. None of it changes
 * on hover, zoom or selection.
 */
import { useEffect, useMemo, useRef } from 'react';
import { axisDomain, extentOf, toAxisSpace, validWindow, type AxisScaleType } from './domain';
import { buildHitIndex, hitIndexSteps, type HitIndex } from './hitTest';
import { buildPointStyles, type BaseTone, type StyledPoints } from './pointStyles';
import type { ChartTheme } from './theme';
import type { ScatterColor, ScatterProps } from './types';

/** The longest stretch of one idle step building the hover index, in milliseconds. */
const IDLE_SLICE_MS = 12;

export interface ScatterModel {
  ax: Float64Array;
  ay: Float64Array;
  /** Unzoomed data windows. */
  xDomain: [number, number];
  yDomain: [number, number];
  /** The same windows in axis space (log10 on a log axis). */
  xWindow: [number, number];
  yWindow: [number, number];
  styled: StyledPoints;
  /** Built on first use, then kept until the data changes. */
  hitIndex: () => HitIndex;
  /** Drawable front rows sorted by x, and by y (keyboard navigation). */
  frontByX: Uint32Array;
  frontByY: Uint32Array;
}

function axisWindow(domain: [number, number], type: AxisScaleType): [number, number] {
  return type === 'log' ? [Math.log10(domain[0]), Math.log10(domain[1])] : domain;
}

function frontSorted(styled: StyledPoints, key: Float64Array): Uint32Array {
  const rows = styled.order.slice(styled.offsets[styled.frontStart], styled.offsets[styled.styles.length]);
  return rows.sort((a, b) => key[a] - key[b] || a - b);
}

export function useScatterModel(
  x: Float64Array,
  y: Float64Array,
  status: Uint8Array,
  xType: AxisScaleType,
  yType: AxisScaleType,
  color: ScatterColor,
  theme: ChartTheme,
  /** A fixed window instead of the data's extent (see ScatterProps.domain). */
  domain: ScatterProps['domain'] = null,
  tone: BaseTone = 'normal',
): ScatterModel {
  const ax = useMemo(() => toAxisSpace(x, xType), [x, xType]);
  const ay = useMemo(() => toAxisSpace(y, yType), [y, yType]);
  // By value: a parent may pass a fresh domain object on every render.
  const [gx0, gx1, gy0, gy1] = domain ? [...domain.x, ...domain.y] : [NaN, NaN, NaN, NaN];
  const xDomain = useMemo(() => {
    const given: [number, number] = [gx0, gx1];
    return axisDomain(given, validWindow(given, xType) ? null : extentOf(x, y, status, xType, yType), xType);
  }, [x, y, status, xType, yType, gx0, gx1]);
  const yDomain = useMemo(() => {
    const given: [number, number] = [gy0, gy1];
    return axisDomain(given, validWindow(given, yType) ? null : extentOf(y, x, status, yType, xType), yType);
  }, [x, y, status, xType, yType, gy0, gy1]);
  const xWindow = useMemo(() => axisWindow(xDomain, xType), [xDomain, xType]);
  const yWindow = useMemo(() => axisWindow(yDomain, yType), [yDomain, yType]);
  const styled = useMemo(() => buildPointStyles(ax, ay, status, color, theme, tone), [ax, ay, status, color, theme, tone]);
  const frontByX = useMemo(() => frontSorted(styled, ax), [styled, ax]);
  const frontByY = useMemo(() => frontSorted(styled, ay), [styled, ay]);

  // The hover index of the current data and axes: finished, or part-built by the idle steps below.
  const cache = useRef<{ key: unknown[]; index?: HitIndex; steps?: Generator<void, HitIndex, void> } | null>(null);
  const hitIndex = useMemo(() => {
    const key = [ax, ay, xWindow, yWindow];
    return () => {
      const c = cache.current;
      if (c && c.key.every((k, i) => k === key[i])) {
        if (c.index) return c.index;
        // A hover before the idle steps are done: finish the rest now.
        if (c.steps) {
          for (;;) {
            const step = c.steps.next();
            if (step.done) return (c.index = step.value);
          }
        }
      }
      const index = buildHitIndex(ax, ay, xWindow, yWindow);
      cache.current = { key, index };
      return index;
    };
  }, [ax, ay, xWindow, yWindow]);

  // Build the index while the page is idle, so that the first hover after new data is instant: in steps
  // of at most IDLE_SLICE_MS each, so that a million rows never hold the page in one long task.
  useEffect(() => {
    const w = typeof window !== 'undefined' ? window : undefined;
    if (!w) return;
    const key = [ax, ay, xWindow, yWindow];
    const c = cache.current;
    const entry = c && c.key.every((k, i) => k === key[i]) ? c : { key, steps: hitIndexSteps(ax, ay, xWindow, yWindow) };
    cache.current = entry;
    let cancel = () => {};
    const work = () => {
      if (entry.index || !entry.steps) return;
      const until = performance.now() + IDLE_SLICE_MS;
      do {
        const step = entry.steps.next();
        if (step.done) {
          entry.index = step.value;
          return;
        }
      } while (performance.now() < until);
      schedule();
    };
    const schedule = () => {
      if ('requestIdleCallback' in w) {
        const id = w.requestIdleCallback(work, { timeout: 500 });
        cancel = () => w.cancelIdleCallback(id);
      } else {
        const id = setTimeout(work, 50);
        cancel = () => clearTimeout(id);
      }
    };
    schedule();
    return () => cancel();
  }, [ax, ay, xWindow, yWindow]);

  return useMemo(
    () => ({ ax, ay, xDomain, yDomain, xWindow, yWindow, styled, hitIndex, frontByX, frontByY }),
    [ax, ay, xDomain, yDomain, xWindow, yWindow, styled, hitIndex, frontByX, frontByY],
  );
}
