/**
 * Zoom and pan with d3-zoom on the plot's canvas: wheel or pinch zooms both axes together, drag pans,
 * the view cannot leave the data window. The transform lives in React state so that axes and points
 * redraw together. Resizing keeps the visible window; a new `resetToken` (new data or axes) resets it.
 */
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export const MAX_ZOOM = 2000;
const ANIMATION_MS = 250;

export interface ZoomApi {
  transform: ZoomTransform;
  /** A drag or a wheel/pinch gesture is in progress. */
  active: boolean;
  reset: (animate?: boolean) => void;
  /** Zoom by `factor` about a plot point (default: the centre). */
  scaleBy: (factor: number, at?: [number, number]) => void;
  /** Pan so that the unzoomed plot point (bx, by) is in the centre. */
  centerOn: (bx: number, by: number) => void;
}

/** d3-zoom's own test for which events may start a gesture: no secondary buttons, no ctrl+drag. */
function defaultFilter(e: MouseEvent | TouchEvent | WheelEvent): boolean {
  return (!e.ctrlKey || e.type === 'wheel') && !(e as MouseEvent).button;
}

export function useZoom(
  ref: RefObject<HTMLCanvasElement | null>,
  width: number,
  height: number,
  resetToken: unknown,
  /** Optional extra test: return false to leave an event to someone else (e.g. Shift-drag brushing). */
  allow?: (e: MouseEvent | TouchEvent | WheelEvent) => boolean,
): ZoomApi {
  const allowRef = useRef(allow);
  allowRef.current = allow;
  // The transform is kept with the token it belongs to: on new data the view is the identity from the
  // very first render, so the new points are never drawn in the old window.
  const [state, setState] = useState<{ t: ZoomTransform; token: unknown }>({ t: zoomIdentity, token: resetToken });
  const transform = state.token === resetToken ? state.t : zoomIdentity;
  const tokenRef = useRef(resetToken);
  tokenRef.current = resetToken;
  const setTransform = useCallback((t: ZoomTransform) => setState({ t, token: tokenRef.current }), []);
  const [active, setActive] = useState(false);
  const behavior = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const size = useRef({ width, height });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const z = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .filter((e: MouseEvent | TouchEvent | WheelEvent) => defaultFilter(e) && (allowRef.current?.(e) ?? true))
      .extent(() => [[0, 0], [size.current.width, size.current.height]])
      .on('start', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        if (e.sourceEvent) setActive(true);
      })
      .on('zoom', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => setTransform(e.transform))
      .on('end', () => setActive(false));
    behavior.current = z;
    const sel = select(el);
    // Double click resets (see the component) instead of zooming in.
    sel.call(z).on('dblclick.zoom', null);
    return () => {
      sel.on('.zoom', null);
      behavior.current = null;
    };
  }, [ref, setTransform]);

  // Keep the visible window across resizes: scale each translation by its axis' growth.
  useLayoutEffect(() => {
    const prev = size.current;
    size.current = { width, height };
    const z = behavior.current;
    const el = ref.current;
    if (!z || !el) return;
    z.translateExtent([[0, 0], [width, height]]);
    const t = transform;
    if (prev.width > 0 && prev.height > 0 && (prev.width !== width || prev.height !== height) && t.k !== 1) {
      const next = zoomIdentity.translate((t.x * width) / prev.width, (t.y * height) / prev.height).scale(t.k);
      z.transform(select(el), next);
    }
    // Only size changes matter here; the transform is read, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, ref]);

  // Bring d3-zoom's own record of the transform in line with the reset.
  useLayoutEffect(() => {
    const z = behavior.current;
    if (z && ref.current) z.transform(select(ref.current), zoomIdentity);
  }, [resetToken, ref]);

  const reset = useCallback(
    (animate = true) => {
      const z = behavior.current;
      if (!z || !ref.current) return;
      const sel = select(ref.current);
      if (animate) sel.transition().duration(ANIMATION_MS).call(z.transform, zoomIdentity);
      else z.transform(sel, zoomIdentity);
    },
    [ref],
  );

  const scaleBy = useCallback(
    (factor: number, at?: [number, number]) => {
      const z = behavior.current;
      if (!z || !ref.current) return;
      const p = at ?? [size.current.width / 2, size.current.height / 2];
      select(ref.current).transition().duration(ANIMATION_MS).call(z.scaleBy, factor, p);
    },
    [ref],
  );

  const centerOn = useCallback(
    (bx: number, by: number) => {
      const z = behavior.current;
      if (!z || !ref.current) return;
      select(ref.current).transition().duration(ANIMATION_MS).call(z.translateTo, bx, by);
    },
    [ref],
  );

  return { transform, active, reset, scaleBy, centerOn };
}
