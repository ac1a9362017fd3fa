/**
 * The hover card: title and label/value rows, next to the point and kept inside the chart. It goes
 * towards the dominated side when the senses are known (where there is less to hide) and flips when
 * it would overflow.
 */
import { useLayoutEffect, useRef } from 'react';
import type { TooltipContent } from './types';

interface TooltipProps {
  content: TooltipContent;
  /** Point centre in chart coordinates, and its marker radius. */
  x: number;
  y: number;
  r: number;
  /** Chart size: the card stays inside it. */
  width: number;
  height: number;
  /** Preferred side: +1 right/below, −1 left/above. */
  dx: 1 | -1;
  dy: 1 | -1;
}

const GAP = 10;
const EDGE = 4;

export function Tooltip({ content, x, y, r, width, height, dx, dy }: TooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const off = r + GAP;
    let left = dx > 0 ? x + off : x - off - w;
    if (left + w > width - EDGE || left < EDGE) left = dx > 0 ? x - off - w : x + off;
    let top = dy > 0 ? y + off * 0.4 : y - off * 0.4 - h;
    if (top + h > height - EDGE || top < EDGE) top = dy > 0 ? y - off * 0.4 - h : y + off * 0.4;
    el.style.left = `${Math.max(EDGE, Math.min(width - w - EDGE, left))}px`;
    el.style.top = `${Math.max(EDGE, Math.min(height - h - EDGE, top))}px`;
    el.style.visibility = 'visible';
  });
  return (
    <div
      ref={ref}
      role="tooltip"
      data-testid="scatter-tooltip"
      style={{ left: 0, top: 0, visibility: 'hidden' }}
      className="pointer-events-none absolute z-20 max-w-[18rem] rounded-md border border-slate-200 bg-white/95 px-2.5 py-2 text-xs leading-snug text-slate-800 shadow-lg backdrop-blur-sm dark:border-slate-600 dark:bg-slate-800/95 dark:text-slate-100"
    >
      <div className="mb-1 font-semibold break-words">{content.title}</div>
      {content.rows.length > 0 && (
        <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
          {content.rows.map((row, i) => (
            <div key={i} className="contents">
              <dt className="text-slate-500 dark:text-slate-400">{row.label}</dt>
              <dd className="text-right font-medium tabular-nums">{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
