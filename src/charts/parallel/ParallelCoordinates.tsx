/**
 * Parallel coordinates: one vertical axis per objective, better up, one line per row on a canvas
 * (faint, then dominated, then the front on top), with axes, brushes, titles and the hovered and
 * selected lines in an SVG above. It draws what it is given and reports brushes, reorders, hovers and
 * clicks; the feature layer turns brushes into constraints.
 */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FONT_FAMILY } from '../layout';
import { Tooltip } from '../Tooltip';
import { useChartTheme } from '../useChartTheme';
import { useDevicePixelRatio } from '../useDevicePixelRatio';
import { useElementSize } from '../useElementSize';
import { sameColor, useStable } from '../useStable';
import { AxisTitle } from './AxisTitle';
import { AxisView } from './AxisView';
import { HighlightLines } from './HighlightLines';
import { moveKey, sameOrder } from './reorder';
import { dataRangeToPixels } from './scales';
import type { ParallelAxis, ParallelProps } from './types';
import { useAxisBrush } from './useAxisBrush';
import { useAxisDrag } from './useAxisDrag';
import { useLineHover } from './useLineHover';
import { useLinesCanvas } from './useLinesCanvas';
import { useParallelModel } from './useParallelModel';

export const DEFAULT_HEIGHT = 420;

/** Same keys, labels, senses, scales and value arrays (by identity): a rebuilt array is not new input. */
export function sameAxes(a: ParallelAxis[], b: ParallelAxis[]): boolean {
  return a.length === b.length && a.every((x, i) => x.key === b[i].key && x.label === b[i].label && x.sense === b[i].sense && x.values === b[i].values && (x.scale ?? 'linear') === (b[i].scale ?? 'linear'));
}

export function ParallelCoordinates(props: ParallelProps) {
  const { status, brushes, onBrush, onReorder, highlighted, selected, onSelect, tooltip } = props;
  const axes = useStable(props.axes, sameAxes);
  const color = useStable(props.color, sameColor);
  const height = props.height ?? DEFAULT_HEIGHT;
  const helpId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width } = useElementSize(containerRef);
  const theme = useChartTheme(containerRef);
  const dpr = useDevicePixelRatio();
  const { layout, scales, ticks, geometry, lines } = useParallelModel(axes, status, color, theme, width, height);
  const keys = useMemo(() => axes.map((a) => a.key), [axes]);
  const inputToken = useMemo(() => ({}), [axes, status, color]);
  useLinesCanvas(canvasRef, containerRef, { geometry, lines, width, height, dpr, inputToken });

  const scaleOf = useCallback((key: string) => scales[keys.indexOf(key)], [scales, keys]);
  const brush = useAxisBrush(containerRef, scaleOf, brushes, onBrush);
  const { drag, onPointerDown: onTitlePointerDown } = useAxisDrag(containerRef, keys, layout.xs, onReorder);
  const busy = brush.draft !== null || drag !== null;
  const pointer = useLineHover(containerRef, geometry, busy, props.onHover);
  const [announcement, setAnnouncement] = useState('');

  // A keyboard move re-orders the titles; focus stays on the one that moved.
  const titleRefs = useRef(new Map<string, SVGGElement>());
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (refocus.current) titleRefs.current.get(refocus.current)?.focus();
    refocus.current = null;
  }, [keys]);

  const clear = (axis: ParallelAxis) => {
    onBrush(axis.key, null);
    setAnnouncement(`Cleared the brush on ${axis.label}.`);
  };
  const onTitleKey = (axis: ParallelAxis) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      e.stopPropagation();
      const next = moveKey(keys, axis.key, e.key === 'ArrowLeft' ? -1 : 1);
      if (sameOrder(next, keys)) {
        setAnnouncement(`${axis.label} is already the ${e.key === 'ArrowLeft' ? 'first' : 'last'} axis.`);
        return;
      }
      refocus.current = axis.key;
      onReorder(next);
      setAnnouncement(`Moved ${axis.label} to position ${next.indexOf(axis.key) + 1} of ${next.length}.`);
    } else if (e.key === 'Escape' && brushes[axis.key]) {
      e.preventDefault();
      e.stopPropagation();
      clear(axis);
    }
  };

  const hoverRow = pointer.hover?.row ?? highlighted;
  const tooltipContent = useMemo(() => (pointer.hover ? tooltip(pointer.hover.row) : null), [pointer.hover, tooltip]);
  const selectedDrawn = selected !== null && selected >= 0 && selected < status.length && status[selected] !== 0;
  const selectedText = useMemo(() => (selected !== null && selectedDrawn ? `Selected: ${tooltip(selected).title}` : ''), [selected, selectedDrawn, tooltip]);
  const overlayWidth = Math.max(16, Math.min(32, layout.spacing * 0.3));
  const { xs } = layout;
  const empty = axes.length === 0 ? 'No objectives to show' : lines.rows.count === 0 ? 'No rows to show' : null;

  return (
    <div
      ref={containerRef}
      data-testid="parallel"
      tabIndex={0}
      role="group"
      aria-roledescription="parallel coordinates"
      aria-label={props.ariaLabel}
      aria-describedby={helpId}
      onPointerMove={pointer.onPointerMove}
      onPointerLeave={pointer.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selected !== null) onSelect(null);
      }}
      className="relative w-full overflow-hidden rounded-md outline-none select-none focus-visible:ring-2 focus-visible:ring-blue-500/70 dark:focus-visible:ring-blue-400/70"
      style={{ height }}
    >
      <canvas
        ref={canvasRef}
        data-testid="parallel-canvas"
        className={`absolute inset-0 ${pointer.hover ? 'cursor-pointer' : ''}`}
        style={{ width, height }}
        onClick={(e) => onSelect(pointer.rowAt(...pointer.local(e)))}
      />
      <svg className="pointer-events-none absolute inset-0" width={width} height={height} fontFamily={FONT_FAMILY}>
        {drag && xs[drag.target] !== undefined && (
          <line x1={xs[drag.target]} x2={xs[drag.target]} y1={layout.top - 4} y2={layout.bottom} stroke={theme.focus} strokeWidth={2} strokeDasharray="4 3" data-testid="parallel-drop" />
        )}
        {axes.map((axis, j) => {
          const scale = scales[j];
          const dragging = drag?.key === axis.key;
          const x = dragging ? Math.max(xs[0], Math.min(xs[xs.length - 1], drag.x)) : xs[j];
          const draft = brush.draft?.key === axis.key ? brush.draft.span : null;
          const span = draft ?? (brushes[axis.key] ? dataRangeToPixels(scale, brushes[axis.key]) : null);
          return (
            <AxisView
              key={axis.key}
              axisKey={axis.key}
              label={axis.label}
              x={x}
              scale={scale}
              ticks={ticks[j]}
              theme={theme}
              overlayWidth={overlayWidth}
              span={span}
              drafting={draft !== null}
              dragging={dragging}
              onBrushPointerDown={(e) => brush.onPointerDown(axis.key, e)}
              onClear={() => clear(axis)}
              title={
                <AxisTitle
                  label={axis.label}
                  sense={axis.sense}
                  index={j}
                  count={axes.length}
                  width={layout.titleWidth}
                  top={layout.top}
                  theme={theme}
                  dragging={dragging}
                  describedBy={helpId}
                  titleRef={(el) => {
                    if (el) titleRefs.current.set(axis.key, el);
                    else titleRefs.current.delete(axis.key);
                  }}
                  onPointerDown={(e) => {
                    e.currentTarget.focus();
                    onTitlePointerDown(axis.key, e);
                  }}
                  onKeyDown={onTitleKey(axis)}
                />
              }
            />
          );
        })}
        <HighlightLines geometry={geometry} lines={lines} theme={theme} hover={busy ? null : hoverRow} selected={selectedDrawn ? selected : null} />
        {empty && (
          <text x={width / 2} y={(layout.top + layout.bottom) / 2} textAnchor="middle" dominantBaseline="central" fontSize={14} fill={theme.textMuted} data-testid="parallel-empty">
            {empty}
          </text>
        )}
      </svg>
      {tooltipContent && pointer.hover && !busy && (
        <Tooltip content={tooltipContent} x={pointer.hover.x} y={pointer.hover.y} r={3} width={width} height={height} dx={1} dy={-1} />
      )}
      <p id={helpId} className="sr-only">
        Axis titles are buttons: left and right arrow keys move the focused axis, Escape clears its brush. Drag
        vertically on an axis to brush it; a click on the axis clears the brush. Drag a title sideways to move its axis.
      </p>
      <div className="sr-only" aria-live="polite" data-testid="parallel-announce">
        {announcement}
      </div>
      <div className="sr-only" aria-live="polite">
        {selectedText}
      </div>
    </div>
  );
}
