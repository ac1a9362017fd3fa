/**
 * The reference point as a handle on the chart: drag it with the pointer, or focus it (Tab) and move
 * it with the arrow keys (Shift for bigger steps). It reports positions in data units through the
 * current zoom; while dragging it follows the pointer even if the owner updates a frame later.
 * Outside the visible window it waits at the nearest edge, drawn faint.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { nudge } from './decisionGeometry';
import { formatNumber } from './format';
import type { Layout } from './layout';
import type { Scale } from './viewScales';

interface ReferenceMarkerProps {
  layout: Layout;
  x: Scale;
  y: Scale;
  /** In data units. */
  point: { x: number; y: number };
  color: string;
  halo: string;
  xLabel: string;
  yLabel: string;
  /** The plot canvas: pointer positions are read relative to it. */
  plotRef: RefObject<HTMLElement | null>;
  onMove?: (x: number, y: number) => void;
}

const SIZE = 26;
/** Keyboard steps as a share of the plot: 1 %, or 10 % with Shift. */
const STEP = 0.01;
const BIG_STEP = 0.1;

export function ReferenceMarker({ layout, x, y, point, color, halo, xLabel, yLabel, plotRef, onMove }: ReferenceMarkerProps) {
  const [drag, setDrag] = useState<{ x: number; y: number } | null>(null);
  const pointerId = useRef<number | null>(null);
  const shown = drag ?? point;
  const { plotWidth: w, plotHeight: h, margin } = layout;
  const rawX = x(shown.x);
  const rawY = y(shown.y);
  const fx = Number.isFinite(rawX) ? rawX : 0;
  const fy = Number.isFinite(rawY) ? rawY : h;
  const px = Math.min(w, Math.max(0, fx));
  const py = Math.min(h, Math.max(0, fy));
  const offscreen = px !== fx || py !== fy;
  const interactive = onMove !== undefined;

  const fromPointer = (e: PointerEvent<HTMLElement>) => {
    const rect = plotRef.current?.getBoundingClientRect();
    if (!rect) return null;
    const lx = Math.min(w, Math.max(0, e.clientX - rect.left));
    const ly = Math.min(h, Math.max(0, e.clientY - rect.top));
    return { x: x.invert(lx), y: y.invert(ly) };
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!interactive || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.focus();
    pointerId.current = e.pointerId;
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (pointerId.current !== e.pointerId) return;
    const p = fromPointer(e);
    if (!p) return;
    setDrag(p);
    onMove?.(p.x, p.y);
  };
  const end = (e: PointerEvent<HTMLDivElement>) => {
    if (pointerId.current !== e.pointerId) return;
    pointerId.current = null;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    setDrag(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!interactive) return;
    const k = e.shiftKey ? BIG_STEP : STEP;
    let nx = shown.x;
    let ny = shown.y;
    if (e.key === 'ArrowLeft') nx = nudge(shown.x, x, -k * w);
    else if (e.key === 'ArrowRight') nx = nudge(shown.x, x, k * w);
    else if (e.key === 'ArrowUp') ny = nudge(shown.y, y, -k * h);
    else if (e.key === 'ArrowDown') ny = nudge(shown.y, y, k * h);
    else return;
    e.preventDefault();
    e.stopPropagation();
    onMove(nx, ny);
  };

  const c = SIZE / 2;
  return (
    <div
      data-testid="reference-marker"
      role="button"
      aria-roledescription="draggable reference point"
      tabIndex={interactive ? 0 : -1}
      aria-label={`Reference point: ${xLabel} ${formatNumber(shown.x)}, ${yLabel} ${formatNumber(shown.y)}${interactive ? '. Drag it, or use the arrow keys (Shift for bigger steps).' : ''}`}
      title={`Reference point — ${xLabel}: ${formatNumber(shown.x)}, ${yLabel}: ${formatNumber(shown.y)}${interactive ? '\nDrag, or focus and use the arrow keys' : ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={onKeyDown}
      className={`absolute z-10 rounded-full outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${interactive ? (drag ? 'cursor-grabbing' : 'cursor-grab') : ''}`}
      style={{ left: margin.left + px - c, top: margin.top + py - c, width: SIZE, height: SIZE, touchAction: 'none', opacity: offscreen ? 0.55 : 1 }}
    >
      <svg width={SIZE} height={SIZE} aria-hidden="true" className="block">
        <circle cx={c} cy={c} r={7.5} fill={halo} fillOpacity={0.75} />
        <g stroke={halo} strokeWidth={4} strokeLinecap="round" opacity={0.85}>
          <line x1={c} x2={c} y1={1.5} y2={SIZE - 1.5} />
          <line y1={c} y2={c} x1={1.5} x2={SIZE - 1.5} />
        </g>
        <g stroke={color} strokeWidth={1.6} strokeLinecap="round">
          <line x1={c} x2={c} y1={1.5} y2={c - 3.5} />
          <line x1={c} x2={c} y1={c + 3.5} y2={SIZE - 1.5} />
          <line y1={c} y2={c} x1={1.5} x2={c - 3.5} />
          <line y1={c} y2={c} x1={c + 3.5} x2={SIZE - 1.5} />
        </g>
        <circle cx={c} cy={c} r={6.5} fill={color} fillOpacity={0.18} stroke={color} strokeWidth={1.8} strokeDasharray={offscreen ? '2 2' : undefined} />
        <circle cx={c} cy={c} r={1.6} fill={color} />
      </svg>
    </div>
  );
}
